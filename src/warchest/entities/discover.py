"""Discovery: names the gazetteer lacks, found from the cues deal news puts around them.

Korean and English cues sit side by side, each a small set of patterns:
"스타트업 X", "X 최고경영자(CEO)", "X 창업자", "startup X", "X Inc.", "founded by X",
"X, chief executive of". A cue gives the kind (org or person); Kiwi's proper-noun tag
(NNP) or Latin script confirms that a Korean candidate is a name and not a common
noun. A discovered name is then found again wherever else the document uses it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Sequence

from ..model import Entity, Mention, Sentence
from .gazetteer import Name, slugify
from .recognize import NameMatcher, is_hangul, is_particle_chain


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    kind: str  # "org" or "person"


class _Tokens:
    """Kiwi tags by offset, analysed lazily sentence by sentence (None without Kiwi)."""

    def __init__(self, text: str, sentences: Sequence[Sentence], morphology):
        self._text, self._sentences, self._morph = text, sentences, morphology
        self._tags: dict[int, str] = {}
        self._done: set[int] = set()

    def tag_at(self, offset: int) -> str | None:
        if self._morph is None:
            return None
        for s in self._sentences:
            if s.start <= offset < s.end:
                if s.index not in self._done:
                    self._done.add(s.index)
                    for t in self._morph.tokens(s.text, s.start):
                        self._tags.setdefault(t.start, t.tag)
                return self._tags.get(offset)
        return None


# ---------------------------------------------------------------- Korean cues

_KO_WORD = r"[\uac00-\ud7a3A-Za-z0-9][\uac00-\ud7a3A-Za-z0-9&.\-]*"
_KO_ORG_BEFORE = re.compile(
    r"(?:스타트업|신생\s?기업|신생업체|업체|개발사|제조사|벤처캐피털|투자사|운용사|팹리스|유니콘|자회사|계열사)\s+"
    rf"({_KO_WORD})"
)
_KO_TITLES = (
    "대표이사|대표|최고경영자|최고기술책임자|최고재무책임자|최고운영책임자|최고전략책임자|최고과학자|"
    "CEO|CTO|CFO|COO|CSO|공동\\s?창업자|창업자|창업주|회장|의장|사장|부사장|연구소장|총괄"
)
_KO_BEFORE_TITLE = re.compile(rf"(?:({_KO_WORD})\s+)?({_KO_WORD})\s+(?:{_KO_TITLES})(?![\uac00-\ud7a3])")
_SURNAMES = frozenset(
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 "
    "주 우 구 민 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 라 왕 금 옥 육 "
    "인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부".split()
)
_NOT_NAMES_KO = frozenset(
    "이번 현재 당시 지난 올해 내년 신임 신규 공동 전 현 초대 각자 해당 이 그 같은 양사 회사 기업 업체 국내 해외 "
    "미국 한국 중국 일본 글로벌 최초 최대 단독 기존".split()
)


def _strip_particles(word: str) -> str:
    """The name part of an eojeol: the shortest stem whose Hangul tail is a particle chain."""
    for end in range(1, len(word) + 1):
        tail = word[end:]
        if all(is_hangul(c) for c in tail) and is_particle_chain(tail):
            return word[:end]
    return word


def _is_korean_person(word: str) -> bool:
    return len(word) == 3 and all(is_hangul(c) for c in word) and word[0] in _SURNAMES


def _korean_candidates(text: str, tokens: _Tokens) -> Iterator[Candidate]:
    for m in _KO_ORG_BEFORE.finditer(text):
        cand = _org(text, m.start(1), m.group(1), tokens)
        if cand:
            yield cand
    for m in _KO_BEFORE_TITLE.finditer(text):
        near, start = m.group(2), m.start(2)
        if _is_korean_person(near) and tokens.tag_at(start) != "NNG":
            yield Candidate(start, start + len(near), "person")
            continue
        org = _org(text, start, near, tokens)
        if org:
            yield org
            far = m.group(1)
            if far and _is_korean_person(far) and tokens.tag_at(m.start(1)) != "NNG":
                yield Candidate(m.start(1), m.start(1) + len(far), "person")


def _org(text: str, start: int, word: str, tokens: _Tokens) -> Candidate | None:
    """An org candidate if ``word`` (particles removed) looks like a proper name."""
    name = _strip_particles(word).rstrip(".-")
    if len(name) < 2 or name in _NOT_NAMES_KO or name.isdigit():
        return None
    has_latin = any(c.isascii() and c.isalpha() for c in name)
    if not has_latin and tokens.tag_at(start) not in ("NNP", None):
        return None
    if not has_latin and tokens.tag_at(start) is None and not _glossed(text, start + len(name)):
        return None
    return Candidate(start, start + len(name), "org")


def _glossed(text: str, end: int) -> bool:
    """Whether a name is followed by its Latin spelling in brackets: 딥엘(DeepL)."""
    return bool(re.match(r"\([A-Z][\w .&-]*\)", text[end : end + 40]))


# ---------------------------------------------------------------- English cues

_CAP = r"[A-Z][\w&'’.-]*"
_EN_ORG_NAME = rf"({_CAP}(?: (?:{_CAP}|AI))*)"
_EN_ORG_BEFORE = re.compile(
    r"\b(?:startup|start-up|company|firm|lab|unicorn|chipmaker|developer|maker|rival|provider|investor|"
    rf"venture firm|fund)\s+(?:called\s+|named\s+)?{_EN_ORG_NAME}"
)
_EN_ORG_SUFFIX = re.compile(rf"\b((?:{_CAP} ){{0,3}}{_CAP}),? (?:Inc|Corp|Ltd|LLC|GmbH|SAS|AG|Co)\b")
_PERSON = r"([A-Z][a-zà-ÿ'’-]+(?: [A-Z]\.)?(?: [A-Z][a-zà-ÿ'’-]+){1,2})"
_EN_PERSON_CUES = (
    re.compile(rf"\bfounded (?:in \d{{4}} )?by\s+{_PERSON}"),
    re.compile(rf"\b(?:co-?founder|founder|chief executive|CEO|CTO|CFO|COO|president|chairman|researcher|scientist)\s+{_PERSON}"),
    re.compile(rf"{_PERSON},\s+(?:the\s+|its\s+|a\s+|\w+'s\s+)?(?:co-?founder|founder|chief|CEO|CTO|CFO|COO|president|chairman|head)\b"),
    re.compile(rf"\band\s+{_PERSON}(?=,?\s+(?:who\s+)?co-?founded)"),
)
_NOT_NAMES_EN = frozenset(
    """The A An In On At By For From With This That These It Its He She They We His Her Their Our
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December CEO CTO CFO AI US U.S. UK EU Series Chief
    Executive President Chairman Founder Co-founder Korean Korea American Chinese French Seoul
    Paris London Beijing Tokyo Silicon Valley San Francisco New York""".split()
)


def _english_candidates(text: str, tokens: _Tokens) -> Iterator[Candidate]:
    for pattern in (_EN_ORG_BEFORE, _EN_ORG_SUFFIX):
        for m in pattern.finditer(text):
            cand = _english_name(m.group(1), m.start(1), "org")
            if cand:
                yield cand
    for pattern in _EN_PERSON_CUES:
        for m in pattern.finditer(text):
            cand = _english_name(m.group(1), m.start(1), "person")
            if cand:
                yield cand


def _english_name(surface: str, start: int, kind: str) -> Candidate | None:
    """The candidate without leading or trailing words that are not names (The, Monday)."""
    words = surface.rstrip(".,'’").split(" ")
    while words and words[0] in _NOT_NAMES_EN:
        words.pop(0)
    while words and words[-1] in _NOT_NAMES_EN:
        words.pop()
    if not words:
        return None
    begin = start + surface.find(words[0])
    end = start + surface.rfind(words[-1]) + len(words[-1])
    return Candidate(begin, end, kind)


# ---------------------------------------------------------------- the stage

CueFinder = Callable[[str, _Tokens], Iterable[Candidate]]
CUES: tuple[CueFinder, ...] = (_korean_candidates, _english_candidates)


def discover(
    text: str, sentences: Sequence[Sentence], found: Sequence[Mention], morphology, lang: str | None = None
) -> list[Mention]:
    """Mentions of names the gazetteer lacks, each found wherever the document repeats it."""
    taken = {i for m in found for i in range(m.start, m.end)}
    tokens = _Tokens(text, sentences, morphology)
    kinds: dict[str, str] = {}
    for finder in CUES:
        for cand in finder(text, tokens):
            if any(i in taken for i in range(cand.start, cand.end)):
                continue
            kinds.setdefault(text[cand.start : cand.end], cand.kind)
    if not kinds:
        return []
    entities = {surface: _entity(text, surface, kind) for surface, kind in kinds.items()}
    matcher = NameMatcher(Name(s, e.id) for s, e in entities.items())
    out = []
    for match in matcher.find(text):
        if any(i in taken for i in range(match.start, match.end)):
            continue
        surface = text[match.start : match.end]
        out.append(Mention(match.start, match.end, surface, entities[surface], how="discovered"))
    return out


def _entity(text: str, surface: str, kind: str) -> Entity:
    """An unknown entity; a Latin gloss in brackets (딥엘(DeepL)) becomes its name."""
    name = surface
    at = text.find(surface + "(")
    if at >= 0 and any(is_hangul(c) for c in surface):
        gloss = re.match(r"\(([A-Z][\w .&-]*)\)", text[at + len(surface) :])
        if gloss:
            name = gloss.group(1).strip()
    return Entity(id=slugify(name), name=name, kind=kind, known=False)
