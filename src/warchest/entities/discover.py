"""Discovery: names the gazetteer lacks, found from the cues deal news puts around them.

Korean and English cues sit side by side, each a small set of patterns:
"스타트업 X", "X 최고경영자(CEO)", "X 창업자", "A, B 등이 참여", "startup X", "X Inc.",
"founded by X", "X, chief executive of", "a round led by X", "with participation from X". A cue gives the kind (org or person); Kiwi's proper-noun tag
(NNP) or Latin script confirms that a Korean candidate is a name and not a common
noun. A discovered name is then found again wherever else the document uses it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Sequence

from ..model import Entity, Mention, Sentence
from .gazetteer import Name, slugify
from .hangul import KOREAN_SURNAMES, is_hangul, is_particle_chain
from .recognize import NameMatcher


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    kind: str  # "org" or "person"


class _Tokens:
    """Kiwi's tokens, analysed lazily sentence by sentence; empty without Kiwi."""

    def __init__(self, sentences: Sequence[Sentence], morphology):
        self._sentences, self._morph = sentences, morphology
        self._by_start: dict[int, list] = {}
        self._done: set[int] = set()

    @property
    def available(self) -> bool:
        return self._morph is not None

    def run_at(self, offset: int) -> list:
        """The tokens from ``offset`` on that are written together with it (no space)."""
        if self._morph is None:
            return []
        for s in self._sentences:
            if s.start <= offset < s.end and s.index not in self._done:
                self._done.add(s.index)
                tokens = self._morph.tokens(s.text, s.start)
                for i, t in enumerate(tokens):
                    run = [t]
                    for u in tokens[i + 1 :]:
                        if u.start != run[-1].end:
                            break
                        run.append(u)
                    self._by_start.setdefault(t.start, run)
        return self._by_start.get(offset, [])

    def covering(self, start: int, end: int) -> list:
        """The tokens that make up exactly ``start:end`` (empty if they do not fit it)."""
        inside = [t for t in self.run_at(start) if t.end <= end]
        return inside if inside and inside[-1].end == end else []

    def tag_at(self, offset: int, end: int | None = None) -> str | None:
        """The tag of the token at ``offset`` (ending at ``end``, if given); None without Kiwi."""
        if self._morph is None:
            return None
        run = self.run_at(offset)
        if not run or (end is not None and run[0].end != end):
            return ""
        return run[0].tag


@dataclass(frozen=True)
class _Scope:
    """What every cue needs: the text, its tokens, the words that are never names, and
    where the gazetteer already found an organisation."""

    text: str
    tokens: _Tokens
    non_names: frozenset[str]
    known_orgs: frozenset[int]  # start offsets of known organisation mentions


# ---------------------------------------------------------------- Korean cues

_KO_WORD = r"[\uac00-\ud7a3A-Za-z0-9][\uac00-\ud7a3A-Za-z0-9&.\-]*"
_KO_ORG_BEFORE = re.compile(
    r"(?:스타트업|신생\s?기업|신생업체|기업|회사|업체|개발사|제조사|벤처캐피털|투자사|운용사|팹리스|유니콘|자회사|계열사)\s+"
    rf"({_KO_WORD})"
)
_KO_TITLES = re.compile(
    r"(?:대표이사|대표|최고경영자|최고기술책임자|최고재무책임자|최고운영책임자|최고전략책임자|최고과학자|"
    r"CEO|CTO|CFO|COO|CSO|공동\s?창업자|창업자|창업주|회장|의장|사장|부사장|연구소장|총괄)([\uac00-\ud7a3]*)"
)
# Titles only people hold: the word before them can only be a person.
_KO_PERSON_TITLES = re.compile(
    r"(?:씨|교수|연구원|박사|장관|차관|의원|위원장|파트너|심사역|전무|상무|본부장|센터장|부문장)([\uac00-\ud7a3]*)"
)
_KO_WORD_BEFORE = re.compile(rf"({_KO_WORD})\s+$")
_KO_INVESTORS = re.compile(
    rf"((?:{_KO_WORD}(?:,\s*|·|\s및\s))*{_KO_WORD})\s+(?:등(?:이|도|의)?\s+)?(?:참여|주도|공동\s?주도)"
)
_NOT_NAMES_KO = frozenset("이번 현재 당시 지난 올해 내년 신임 신규 공동 전 현 초대 각자 해당 이 그 같은 양사 최초 최대 단독 기존".split())


_NOUNISH = frozenset({"NNP", "NNG", "SL", "SN", "SH", "NR"})
# Without Kiwi only these unambiguous particles are cut off a candidate name.
_PLAIN_PARTICLES = tuple(
    sorted("은 는 이 가 을 를 의 에 에서 에게 와 과 로 으로 도 과의 와의 에는 에서는 으로는 로는".split(), key=len, reverse=True)
)


def _name_part(word: str, start: int, tokens: _Tokens) -> str:
    """The name in an eojeol without its particles: Kiwi's nouns from ``start`` written
    together, or (without Kiwi) the word less one common particle."""
    if tokens.available:
        run = tokens.run_at(start)
        nouns = []
        for t in run:
            if t.tag not in _NOUNISH:
                break
            nouns.append(t)
        return word[: nouns[-1].end - start] if nouns else ""
    for particle in _PLAIN_PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 2:
            return word[: -len(particle)]
    return word


def _is_korean_person(word: str, start: int, tokens: _Tokens) -> bool:
    """A three-syllable word led by a common surname that Kiwi (when loaded) calls a proper noun."""
    if len(word) != 3 or not all(is_hangul(c) for c in word) or word[0] not in KOREAN_SURNAMES:
        return False
    if tokens.available:
        parts = tokens.covering(start, start + len(word))
        return bool(parts) and all(t.tag == "NNP" for t in parts)
    return _name_part(word, start, tokens) == word


def _is_proper_word(word: str, start: int, scope: _Scope) -> bool:
    """A Hangul word that Kiwi reads as nouns only, at least one of them proper (마이클, 트루엘)."""
    if not all(is_hangul(c) for c in word) or word in scope.non_names:
        return False
    parts = scope.tokens.covering(start, start + len(word))
    return bool(parts) and all(t.tag in _NOUNISH for t in parts) and any(t.tag == "NNP" for t in parts)


def _words_before(text: str, lo: int, at: int, n: int) -> list[tuple[int, str]]:
    """Up to ``n`` whitespace-separated words ending right before ``at``, nearest last."""
    words: list[tuple[int, str]] = []
    while len(words) < n:
        m = _KO_WORD_BEFORE.search(text, lo, at)
        if not m:
            break
        words.insert(0, (m.start(1), m.group(1)))
        at = m.start(1)
    return words


def _korean_candidates(scope: _Scope, span: Sentence) -> Iterator[Candidate]:
    text, tokens = scope.text, scope.tokens
    for m in _KO_ORG_BEFORE.finditer(text, span.start, span.end):
        cand = _org(m.start(1), m.group(1), scope)
        if cand:
            yield cand
    for m in _KO_INVESTORS.finditer(text, span.start, span.end):
        for item in re.finditer(_KO_WORD, m.group(1)):
            cand = _org(m.start(1) + item.start(), item.group(0), scope)
            if cand:
                yield cand
    for m in _KO_PERSON_TITLES.finditer(text, span.start, span.end):
        words = _words_before(text, span.start, m.start(), 1)
        if words and is_particle_chain(m.group(1)) and _is_korean_person(words[0][1], words[0][0], tokens):
            yield Candidate(words[0][0], words[0][0] + 3, "person")
    for m in _KO_TITLES.finditer(text, span.start, span.end):
        if is_particle_chain(m.group(1)):  # 대표는, not 대표적
            yield from _people_and_org_before_title(scope, _words_before(text, span.start, m.start(), 3))


def _people_and_org_before_title(scope: _Scope, words: list[tuple[int, str]]) -> Iterator[Candidate]:
    """"김철수 대표", "정해린 노바리스 대표", "마이클 트루엘 애니스피어 CEO"."""
    if not words:
        return
    start, near = words[-1]
    if _is_korean_person(near, start, scope.tokens):
        yield Candidate(start, start + len(near), "person")
        return
    org = _org(start, near, scope)
    if org:
        yield org
    elif start not in scope.known_orgs:
        # no organisation before the title: the words themselves may be a foreign name
        if len(words) >= 2 and all(_is_proper_word(w, at, scope) for at, w in words[-2:]):
            yield Candidate(words[-2][0], start + len(near), "person")
        return
    before = words[:-1]
    if before and _is_korean_person(before[-1][1], before[-1][0], scope.tokens):
        yield Candidate(before[-1][0], before[-1][0] + 3, "person")
    elif len(before) >= 2 and all(_is_proper_word(w, at, scope) for at, w in before[-2:]):
        yield Candidate(before[-2][0], before[-1][0] + len(before[-1][1]), "person")


def _org(start: int, word: str, scope: _Scope) -> Candidate | None:
    """An org candidate if ``word`` (particles removed) looks like a proper name."""
    name = _name_part(word, start, scope.tokens).rstrip(".-")
    if len(name) < 2 or name in _NOT_NAMES_KO or name in scope.non_names or name.isdigit():
        return None
    if _is_korean_person(name, start, scope.tokens):
        return None
    has_latin = any(c.isascii() and c.isalpha() for c in name)
    if has_latin and len(name) <= 3:  # an unknown acronym in Korean text is more often a term than a name
        return None
    if has_latin or _glossed(scope.text, start + len(name)) or scope.tokens.tag_at(start) == "NNP":
        return Candidate(start, start + len(name), "org")
    return None


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
_EN_ORG_LIST = rf"({_CAP}(?: (?:{_CAP}|AI|&))*(?:(?:, and |, | and ){_CAP}(?: (?:{_CAP}|AI|&))*)*)"
_LIST_ITEM = re.compile(r"(?:^|, and |, | and )(.+?)(?=, and |, | and |$)")
_EN_INVESTOR_CUES = (
    re.compile(rf"\b(?:round|funding|financing|investment|raise)\b[^.;]{{0,60}}?\b(?:co-)?led by {_EN_ORG_LIST}"),
    re.compile(rf"\b(?:participation from|investors including|backers including|backed by) {_EN_ORG_LIST}"),
)
_EN_ORG_CUES = (
    # "Grainline AI said on Monday that it had raised", "Lumora Labs raises $12 million"
    re.compile(rf"{_EN_ORG_NAME},? (?:said|announced)\b[^.]{{0,40}}\bit (?:has |had )?(?:raised|closed|secured)\b"),
    re.compile(rf"{_EN_ORG_NAME},? (?:has |had )?(?:raises|raised|lands|landed|secures|secured|closes|closed) (?:a |an )?[$€£¥₩]"),
    # "Lumora Labs, a Seoul-based startup that ..."
    re.compile(rf"{_EN_ORG_NAME}, (?:a|an|the) [^,.]{{0,40}}?\b(?:startup|start-up|company|firm|lab|developer|maker|unicorn)\b(?!['’])"),
)
_EN_ORG_SUFFIX = re.compile(rf"\b((?:{_CAP} ){{0,3}}{_CAP}),? (?:Inc|Corp|Ltd|LLC|GmbH|SAS|AG|Co)(?![\w-])")
_PERSON = r"([A-Z][a-zà-ÿ'’-]+(?: [A-Z]\.)?(?: [A-Z][a-zà-ÿ'’-]+){1,2})"
_EN_PERSON_CUES = (
    re.compile(rf"\b(?:co-)?founded (?:in \d{{4}} )?by {_PERSON}(?:,? and {_PERSON})?"),
    re.compile(
        r"\b(?i:co-?founder|founder|chief executive(?: officer)?|chief (?:financial|technology|operating|scientific) officer|"
        r"chief scientist|CEO|CTO|CFO|COO|president|chairman|researcher|scientist|board member|partner|analyst)"
        rf"(?:,)?\s+(?:Dr\.? |Mr\.? |Ms\.? )?{_PERSON}"
    ),
    re.compile(
        rf"{_PERSON},\s+(?:(?:the|its|a|an|[\w.]+'s)\s+){{0,2}}(?i:co-?founder|founder|chief|CEO|CTO|CFO|COO|president|"
        r"chairman|head|partner|managing director|vice president|director|analyst|researcher|professor|spokesperson)\b"
    ),
)
_NOT_NAMES_EN = frozenset(
    """The A An In On At By For From With This That These It Its He She They We His Her Their Our
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December CEO CTO CFO US U.S. UK EU Series Chief
    Executive President Chairman Million Billion Founder Co-founder Korean Korea American Chinese French Seoul
    Paris London Beijing Tokyo Silicon Valley San Francisco New York""".split()
)


def _english_candidates(scope: _Scope, span: Sentence) -> Iterator[Candidate]:
    text, non_names = scope.text, scope.non_names
    for pattern in _EN_PERSON_CUES:
        for m in pattern.finditer(text, span.start, span.end):
            for group in range(1, len(m.groups()) + 1):
                cand = m.group(group) and _english_name(m.group(group), m.start(group), "person", non_names)
                if cand:
                    yield cand
    for pattern in (_EN_ORG_BEFORE, _EN_ORG_SUFFIX, *_EN_ORG_CUES):
        for m in pattern.finditer(text, span.start, span.end):
            cand = _english_name(m.group(1), m.start(1), "org", non_names)
            if cand:
                yield cand
    for pattern in _EN_INVESTOR_CUES:
        for m in pattern.finditer(text, span.start, span.end):
            for item in _LIST_ITEM.finditer(m.group(1)):
                cand = _english_name(item.group(1), m.start(1) + item.start(1), "org", non_names)
                if cand:
                    yield cand


def _english_name(surface: str, start: int, kind: str, non_names: frozenset[str]) -> Candidate | None:
    """The candidate without leading or trailing words that are not names (The, Monday)."""
    words = surface.rstrip(".,'’").split(" ")
    while words and words[0] in _NOT_NAMES_EN:
        words.pop(0)
    while words and words[-1] in _NOT_NAMES_EN:
        words.pop()
    if not words or all(w in non_names for w in words) or " ".join(words) in non_names:
        return None
    begin = start + surface.find(words[0])
    end = start + surface.rfind(words[-1]) + len(words[-1])
    return Candidate(begin, end, kind)


# ---------------------------------------------------------------- the stage

CueFinder = Callable[[_Scope, Sentence], Iterable[Candidate]]


def cues_for(sentence: Sentence) -> CueFinder:
    """Korean cues for a sentence with Hangul in it, English cues otherwise."""
    return _korean_candidates if any(is_hangul(c) for c in sentence.text) else _english_candidates


def discover(
    text: str,
    sentences: Sequence[Sentence],
    found: Sequence[Mention],
    morphology,
    non_names: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Mentions of names the gazetteer lacks, each found wherever the document repeats it.

    ``non_names`` are words a cue must never make a name of (places, generic nouns).
    """
    taken = {i for m in found for i in range(m.start, m.end)}
    known_orgs = frozenset(m.start for m in found if m.entity.kind == "org")
    scope = _Scope(text, _Tokens(sentences, morphology), non_names, known_orgs)
    kinds: dict[str, str] = {}
    for sentence in sentences:
        for cand in cues_for(sentence)(scope, sentence):
            if any(i in taken for i in range(cand.start, cand.end)):
                continue
            kinds.setdefault(text[cand.start : cand.end], cand.kind)
    if not kinds:
        return []
    entities = {surface: _entity(text, surface, kind) for surface, kind in kinds.items()}
    for surface, entity in list(entities.items()):
        head = _short_form(surface) if entity.kind == "org" else None
        if head and head not in entities:
            entities[head] = entity
    matcher = NameMatcher(Name(s, e.id) for s, e in entities.items())
    out = []
    for match in matcher.find(text):
        if any(i in taken for i in range(match.start, match.end)):
            continue
        surface = text[match.start : match.end]
        out.append(Mention(match.start, match.end, surface, entities[surface], how="discovered"))
    return out


_GENERIC_TAIL = re.compile(r"^(.+?) (?:AI|Labs?|Inc\.?|Technologies|Robotics|Systems|Holdings)$")


def _short_form(name: str) -> str | None:
    """What the press shortens a company name to on later mentions: Grainline for Grainline AI."""
    m = _GENERIC_TAIL.match(name)
    return m.group(1) if m and len(m.group(1)) >= 3 else None


def _entity(text: str, surface: str, kind: str) -> Entity:
    """An unknown entity; a Latin gloss in brackets (딥엘(DeepL)) becomes its name."""
    name = surface
    at = text.find(surface + "(")
    if at >= 0 and any(is_hangul(c) for c in surface):
        gloss = re.match(r"\(([A-Z][\w .&-]*)\)", text[at + len(surface) :])
        if gloss:
            name = gloss.group(1).strip()
    return Entity(id=slugify(name), name=name, kind=kind, known=False)
