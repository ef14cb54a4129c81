"""Korean discovery cues: where Korean deal news puts a name the gazetteer lacks.

- a class noun before a name, quoted or not: 스타트업 '메디플로우', 팹리스 칩메이트, 솔루션 '플로우체스트 2.0';
- an organisation head glued to the name: …인베스트먼트, …벤처스, …파트너스, …로보틱스, …바이오;
- the argument slots of deal and hiring verbs: X와 업무협약, X를 인수, X에 투자, X로부터 투자를 유치, X 지분,
  X는 … 영입했다, X에서 … 자리를 옮겼다;
- a quoted name a launch verb takes: '크레인가드'를 출시했다;
- titles after people (김도현 대표, 정태민 박사, 대니얼 오 박사, 오노 키라 대표) and before them (대표 김도현);
- the words that introduce a person: 출신 케빈 로스, 전문가 로버트 김을 CTO로 영입, 이토 렌이 COO로 합류.

A cue gives the kind; Kiwi's proper-noun tag (NNP), Latin script, quotes or a Latin
gloss in brackets confirm that the word is a name and not a common noun.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..model import Sentence
from .candidates import Candidate, Scope, Tokens
from .hangul import KOREAN_SURNAMES, is_hangul, is_loan_syllable, is_particle_chain

_KO_WORD = r"[\uac00-\ud7a3A-Za-z0-9][\uac00-\ud7a3A-Za-z0-9&.\-]*"
_NOT_IN_WORD = r"(?<![\uac00-\ud7a3A-Za-z0-9&.\-])"
_LAZY_WORD = rf"{_NOT_IN_WORD}[\uac00-\ud7a3A-Za-z0-9][\uac00-\ud7a3A-Za-z0-9&.\-]*?"
_ORG_CLASS = (
    r"(?:스타트업|신생\s?기업|신생업체|기업|회사|업체|개발사|제조사|게임사|제약사|운용사|투자사|증권사|"
    r"벤처캐피털|액셀러레이터|팹리스|유니콘|자회사|계열사|법인|바이오텍)"
)
_PRODUCT_CLASS = (
    r"(?:모델|언어모델|솔루션|서비스|플랫폼|칩|반도체|로봇|휴머노이드|앱|애플리케이션|에이전트|"
    r"제품|소프트웨어|챗봇|LLM|sLLM|브랜드)"
)
# A Latin name of several words inside Korean text (로봇 스타트업 Lumina Labs가), or one eojeol.
_GLOSS_TAIL = re.compile(r"\s*\([^)]*\)\s*$")
_GENERIC_PART = re.compile(rf"{_ORG_CLASS}|{_PRODUCT_CLASS}|사업|부문|센터|데이터|시스템|기술|그룹")
_KO_NAME = rf"(?:[A-Za-z0-9][\w&.\-]*(?: [A-Z][\w&.\-]*)+[\uac00-\ud7a3]*|{_KO_WORD})"
_KO_ORG_BEFORE = re.compile(rf"{_ORG_CLASS}\s+({_KO_NAME})")
_KO_INCORPORATED = re.compile(rf"(?:㈜|\(주\)|주식회사)\s?({_KO_WORD})")
_KO_QUOTED = re.compile(
    rf"(?:(?P<org>{_ORG_CLASS})|(?P<product>{_PRODUCT_CLASS}))\s+['‘\"“](?P<name>[^'’\"”\n]{{1,30}})['’\"”]"
)
# A quoted name a launch verb takes as its object: '크레인가드'를 출시했다, 'AI 사이언티스트'를 내놨다.
_KO_QUOTED_LAUNCHED = re.compile(
    r"['‘\"“](?P<name>[^'’\"”\n]{1,30})['’\"”](?:을|를)\s+(?:\S+\s+){0,2}?"
    r"(?:출시|공개|선보|내놨|내놓|발표|론칭|공식\s?출시)"
)
# Heads that only names end with (…인베스트먼트), and heads that common nouns end with
# too (디지털헬스케어, 핀테크), which need Kiwi to call the word a proper noun.
_STRONG_HEADS = (
    "인베스트먼트 벤처스 벤처투자 파트너스 캐피탈 캐피털 랩스 로보틱스 에이아이 테크놀로지 테크놀로지스 "
    "홀딩스 네트웍스 시스템즈 다이내믹스 자산운용 인더스트리"
).split()
_WEAK_HEADS = "바이오 테크 헬스케어 파마 제약 약품 모빌리티 AI 랩 은행 금융그룹 금융지주 증권".split()
_KO_ORG_HEAD = re.compile("|".join(sorted(_STRONG_HEADS + _WEAK_HEADS, key=len, reverse=True)))
# Titles after a name: those an organisation may also stand before (대표, CEO), and
# those only people hold, so that the word before them can only be a person.
KO_TITLE = (
    r"(?:대표이사|대표|최고경영자|최고기술책임자|최고재무책임자|최고운영책임자|최고전략책임자|최고사업책임자|"
    r"최고제품책임자|최고과학자|CEO|CTO|CFO|COO|CSO|CBO|CPO|공동\s?창업자|창업자|창업주|회장|의장|사장|부사장|"
    r"연구소장|총괄)"
)
KO_PERSON_TITLE = r"(?:씨|교수|연구원|박사|장관|차관|의원|위원장|파트너|심사역|전무|상무|본부장|센터장|부문장)"
_KO_TITLES = re.compile(KO_TITLE + r"([\uac00-\ud7a3]*)")
_KO_PERSON_TITLES = re.compile(KO_PERSON_TITLE + r"([\uac00-\ud7a3]*)")
_KO_TITLE_FIRST = re.compile(
    r"(?:대표|최고\w*책임자|CEO|CTO|CFO|COO|CSO|창업자|회장|사장|부사장)\s+([\uac00-\ud7a3]{3})(?=[\uac00-\ud7a3]*[\s,.]|$)"
)
_KO_WORD_BEFORE = re.compile(rf"({_KO_WORD})\s+$")
_KO_INVESTORS = re.compile(
    rf"((?:{_KO_WORD}(?:,\s*|·|\s및\s))*{_KO_WORD})\s+(?:등(?:이|도|의)?\s+)?(?:(?:\S+\s+)?\S+에\s+)?"
    r"(?:참여|주도|공동\s?주도)"
)
_LIST_SEPARATOR = re.compile(r"(?:와|과)\s+|,\s*|·|\s+및\s+")
_GAP = r"\s+(?:\S+\s+){0,5}?\S*?"
# The slots of deal verbs an organisation fills; each group holds one name or a list.
_KO_ARG_CUES = (
    re.compile(rf"({_LAZY_WORD})(?:와|과){_GAP}(?:업무협약|협약|MOU|제휴|파트너십|공급\s?계약|계약을|손잡|맞손)"),
    re.compile(rf"({_LAZY_WORD})(?:을|를){_GAP}(?:인수|합병)"),
    re.compile(rf"({_LAZY_WORD})(?:에|에게){_GAP}(?:투자|출자)"),
    re.compile(
        rf"({_LAZY_WORD})(?:은|는|이|가){_GAP}"
        r"(?:투자를?\s?유치|유치했|인수했|인수한다|인수하기로|투자받|영입했|영입한다|영입하기로)"
    ),
    re.compile(rf"({_LAZY_WORD})에서{_GAP}(?:영입|합류|옮겼|옮긴|옮겨|이직|스카우트)"),
    re.compile(rf"((?:{_LAZY_WORD}(?:와|과|,|·)\s*)*{_LAZY_WORD})(?:로부터|으로부터){_GAP}(?:투자|유치)"),
    re.compile(rf"({_LAZY_WORD})\s+지분\s"),
)
# The words that introduce a person: 출신 케빈 로스, 전문가 로버트 김을 ...
_KO_PERSON_INTRO = re.compile(
    r"(?:출신|출신인|전문가|연구자|엔지니어|개발자|과학자|임원|지낸|였던|이던|했던|동료인)\s+"
    r"([\uac00-\ud7a3]{2,5})\s+([\uac00-\ud7a3]{1,7})(?=[\s,.]|$)"
)
# A person hired or appointed into a role, or joining in one: X를 최고기술책임자(CTO)로
# 영입했다, X를 CTO 겸 최고AI책임자로 임명했다, X가 최고운영책임자(COO)로 합류했다.
_KO_HIRED = re.compile(
    rf"{_NOT_IN_WORD}(?:([\uac00-\ud7a3]{{2,5}})\s+)?([\uac00-\ud7a3]{{1,4}}?)(?:을|를|이|가)\s+"
    r"(?:(?!\S*(?:을|를|이|가)\s)\S+\s+){0,3}?\S*?(?:로|으로)\s+(?:영입|선임|임명|스카우트|발탁|내정|합류|취임)"
)
_NOT_NAMES_KO = frozenset(
    "이번 현재 당시 지난 올해 내년 신임 신규 공동 전 현 초대 각자 해당 이 그 같은 양사 최초 최대 단독 기존".split()
)
_ROUND = re.compile(r"(?:시리즈|프리|Series|Pre-?)\s?[A-Z]\b|시드|브릿지")
_NOUNISH = frozenset({"NNP", "NNG", "SL", "SN", "SH", "NR"})
# Without Kiwi only these unambiguous particles are cut off a candidate name.
_PLAIN_PARTICLES = tuple(
    sorted("은 는 이 가 을 를 의 에 에서 에게 와 과 로 으로 도 과의 와의 에는 에서는 으로는 로는".split(), key=len, reverse=True)
)


def korean_candidates(scope: Scope, span: Sentence) -> Iterator[Candidate]:
    """Every candidate the Korean cues propose in one sentence."""
    yield from _quoted(scope, span)
    yield from _headed_orgs(scope, span)
    yield from _cued_orgs(scope, span)
    yield from _people(scope, span)


def _quoted(scope: Scope, span: Sentence) -> Iterator[Candidate]:
    """스타트업 '메디플로우', 솔루션 '플로우체스트 2.0', '크레인가드'를 출시했다: the quotes
    make any word a name, and a class noun or a launch verb says which kind."""
    for pattern in (_KO_QUOTED, _KO_QUOTED_LAUNCHED):
        for m in pattern.finditer(scope.text, span.start, span.end):
            name = _GLOSS_TAIL.sub("", m.group("name")).strip()  # ‘파이(Pi)’ is 파이
            if name and name not in scope.non_names and not name.isdigit():
                start = m.start("name") + m.group("name").find(name)
                # the quotes bound the whole name, so it may hold a known one (‘리벨 쿼드’)
                kind = "org" if m.groupdict().get("org") else "product"
                yield Candidate(start, start + len(name), kind, extends=True)


def _headed_orgs(scope: Scope, span: Sentence) -> Iterator[Candidate]:
    """Words ending in an organisation head (스톤브릿지벤처스, 카카오헬스케어), particles aside."""
    for m in re.finditer(_KO_WORD, scope.text[span.start : span.end]):
        word, start = m.group(0), span.start + m.start()
        for head in reversed(list(_KO_ORG_HEAD.finditer(word))):
            if head.start() < 2 or not is_particle_chain(word[head.end() :]):
                continue
            name = word[: head.end()]
            proper = scope.tokens.tag_at(start) in (None, "NNP") or any(c.isascii() for c in name[: head.start()])
            if name not in scope.non_names and (head.group(0) in _STRONG_HEADS or proper):
                yield Candidate(start, start + len(name), "org")
            break


def _cued_orgs(scope: Scope, span: Sentence) -> Iterator[Candidate]:
    """A proper noun after a class noun, in a list of investors, or in a deal verb's slot."""
    text = scope.text
    for m in _KO_ORG_BEFORE.finditer(text, span.start, span.end):
        cand = _org(m.start(1), m.group(1), scope, after_class=True)
        if cand:
            yield cand
    for m in _KO_INCORPORATED.finditer(text, span.start, span.end):  # the legal form marks a company
        name = _name_part(m.group(1), m.start(1), scope.tokens) or m.group(1)
        if len(name) >= 2 and name not in scope.non_names:
            yield Candidate(m.start(1), m.start(1) + len(name), "org")
    for pattern, split in ((_KO_INVESTORS, re.compile(_KO_WORD)), *((p, None) for p in _KO_ARG_CUES)):
        for m in pattern.finditer(text, span.start, span.end):
            for at, word in _items(m.group(1), split):
                cand = _org(m.start(1) + at, word, scope)
                if cand:
                    yield cand


def _items(group: str, pattern: re.Pattern | None) -> Iterator[tuple[int, str]]:
    """The names of a list (A, B 및 C; A와 B), each with its offset in the list."""
    if pattern is not None:
        for item in pattern.finditer(group):
            yield item.start(), item.group(0)
        return
    at = 0
    for part in _LIST_SEPARATOR.split(group):
        at = group.find(part, at)
        if part:
            yield at, part
        at += len(part)


def _people(scope: Scope, span: Sentence) -> Iterator[Candidate]:
    """People next to titles (김도현 대표, 대표 김도현, 대니얼 오 박사) or introduced by a cue."""
    text, tokens = scope.text, scope.tokens
    for m in _KO_PERSON_TITLES.finditer(text, span.start, span.end):
        if is_particle_chain(m.group(1)):
            words = _names_before(text, span.start, m.start(), 2)
            if words and _is_korean_person(words[-1][1], words[-1][0], tokens, titled=True):
                yield Candidate(words[-1][0], words[-1][0] + 3, "person")
            elif len(words) == 2:
                yield from _foreign_pair(scope, words[0], words[1])
    for m in _KO_TITLES.finditer(text, span.start, span.end):
        if is_particle_chain(m.group(1)):  # 대표는, not 대표적
            yield from _people_and_org_before_title(scope, _names_before(text, span.start, m.start(), 3))
    for m in _KO_TITLE_FIRST.finditer(text, span.start, span.end):
        if _is_korean_person(m.group(1), m.start(1), tokens):
            yield Candidate(m.start(1), m.end(1), "person")
    for pattern in (_KO_PERSON_INTRO, _KO_HIRED):
        for m in pattern.finditer(text, span.start, span.end):
            yield from _introduced(scope, m)


def _introduced(scope: Scope, m: re.Match) -> Iterator[Candidate]:
    """The person a cue introduces: a Korean name (출신 정태민, 김도현을) or a foreign
    given and family name (출신 케빈 로스가, 로버트 김을)."""
    tokens = scope.tokens
    if m.group(1):
        pair = list(_foreign_pair(scope, (m.start(1), m.group(1)), (m.start(2), m.group(2))))
        if pair or _is_korean_person(m.group(1), m.start(1), tokens):
            yield from pair or [Candidate(m.start(1), m.end(1), "person")]
            return
    core = _name_part(m.group(2), m.start(2), tokens)
    if _is_korean_person(core, m.start(2), tokens):
        yield Candidate(m.start(2), m.start(2) + 3, "person")


def _foreign_pair(scope: Scope, first: tuple[int, str], second: tuple[int, str]) -> Iterator[Candidate]:
    """케빈 로스(가), 로버트 김(을), 에밀리 차(를): a given name that Kiwi calls proper and a
    family name that it calls proper too, or reads as one proper noun with it (마크 헨더슨),
    or that is a Korean family name (차, 김)."""
    (at, given), (last_at, family) = first, second
    if not scope.tokens.available or at in scope.known_orgs:
        return
    run = scope.tokens.run_at(at)
    if run and run[0].tag == "NNP" and run[0].end > last_at:  # Kiwi's one token over the space
        yield Candidate(at, run[0].end, "person")
        return
    family_run = scope.tokens.run_at(last_at)
    if not family_run or not _name_like(given, at, scope):
        return
    head = family_run[0]
    if head.tag == "NNP" or (head.tag == "NNG" and head.oov) or (head.end - head.start == 1 and head.form in KOREAN_SURNAMES and head.tag in _NOUNISH | {"NNB"}):
        if not is_particle_chain(family[head.end - last_at :]) or family[: head.end - last_at] in scope.non_names:
            return
        yield Candidate(at, head.end, "person")


def _foreign_name_pair(scope: Scope, first: tuple[int, str], second: tuple[int, str]) -> bool:
    """오노 키라 대표, 줄리아 마르티 CEO: two proper nouns before a title, the second short
    like a family name (an unknown company's name before a title is seldom under four
    syllables, and seldom follows another proper noun)."""
    (at, given), (last_at, family) = first, second
    if len(family) > 3 or len(given) > 5 or at in scope.known_orgs or last_at in scope.known_orgs:
        return False
    return all(_name_like(w, i, scope) for i, w in (first, second))


def _name_like(word: str, start: int, scope: Scope) -> bool:
    """A Hangul word Kiwi reads as proper nouns or as nouns it has never seen (사친, 줄리안)."""
    if not word or not all(is_hangul(c) for c in word) or word in scope.non_names or word in _NOT_NAMES_KO:
        return False
    parts = scope.tokens.covering(start, start + len(word))
    return bool(parts) and all(t.tag == "NNP" or (t.tag == "NNG" and t.oov) for t in parts)


def _name_part(word: str, start: int, tokens: Tokens) -> str:
    """The name in an eojeol without its particles: Kiwi's nouns from ``start`` written
    together, or (without Kiwi) the word less one common particle."""
    if tokens.available:
        nouns = []
        for t in tokens.run_at(start):
            if t.tag not in _NOUNISH:
                break
            nouns.append(t)
        return word[: nouns[-1].end - start] if nouns else ""
    for particle in _PLAIN_PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 2:
            return word[: -len(particle)]
    return word


def _is_korean_person(word: str, start: int, tokens: Tokens, titled: bool = False) -> bool:
    """A three-syllable word led by a common surname that Kiwi (when loaded) reads as
    nouns, the surname or the whole a proper noun (김서진 is 김/NNP 서진/NNG). Right before
    a title, a name Kiwi has never seen may also end in what it takes for a particle
    (류하나 is 류하/NNP 나/JC)."""
    if len(word) != 3 or not all(is_hangul(c) for c in word) or word[0] not in KOREAN_SURNAMES:
        return False
    if tokens.available:
        parts = tokens.covering(start, start + len(word))
        if not parts or parts[0].tag != "NNP":
            return False
        return all(t.tag in ("NNP", "NNG") for t in parts) or (titled and parts[0].oov and parts[0].end > start + 1)
    return _name_part(word, start, tokens) == word


def _is_proper_word(word: str, start: int, scope: Scope, only_proper: bool = False) -> bool:
    """A Hangul word that Kiwi reads as nouns only, at least one (or, if ``only_proper``,
    every one) of them proper (마이클, 트루엘)."""
    if not word or not all(is_hangul(c) for c in word) or word in scope.non_names or word in _NOT_NAMES_KO:
        return False
    parts = scope.tokens.covering(start, start + len(word))
    if not parts or not all(t.tag in _NOUNISH for t in parts):
        return False
    return all(t.tag == "NNP" for t in parts) if only_proper else any(t.tag == "NNP" for t in parts)


def _names_before(text: str, lo: int, at: int, n: int) -> list[tuple[int, str]]:
    """Up to ``n`` words ending right before ``at``, nearest last, skipping the
    modifiers that stand between a name and its title (조민석 전 대표, 신임 대표)."""
    words: list[tuple[int, str]] = []
    while len(words) < n:
        m = _KO_WORD_BEFORE.search(text, lo, at)
        if not m:
            break
        at = m.start(1)
        if words or m.group(1) not in _NOT_NAMES_KO:
            words.insert(0, (m.start(1), m.group(1)))
    return words


def _people_and_org_before_title(scope: Scope, words: list[tuple[int, str]]) -> Iterator[Candidate]:
    """"김철수 대표", "정해린 노바리스 대표", "마이클 트루엘 애니스피어 CEO"."""
    if not words:
        return
    start, near = words[-1]
    if _is_korean_person(near, start, scope.tokens, titled=True):
        yield Candidate(start, start + len(near), "person")
        return
    if len(words) >= 2 and _foreign_name_pair(scope, words[-2], words[-1]):
        yield Candidate(words[-2][0], start + len(near), "person")
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


def _org(start: int, word: str, scope: Scope, after_class: bool = False) -> Candidate | None:
    """An org candidate if ``word`` (particles removed) looks like a proper name; after a
    class noun (기업 페이온은) a transliterated name Kiwi splits into known nouns counts too."""
    name = _latin_name(word) if " " in word else _name_part(word, start, scope.tokens).rstrip(".-")
    if len(name) < 2 or name in _NOT_NAMES_KO or name in scope.non_names or name.isdigit() or _ROUND.match(name):
        return None
    if _is_korean_person(name, start, scope.tokens):
        return None
    has_latin = any(c.isascii() and c.isalpha() for c in name)
    if has_latin and len(name) <= 3:  # an unknown acronym in Korean text is more often a term than a name
        return None
    proper = scope.tokens.tag_at(start) == "NNP" or scope.tokens.unknown_noun_at(start, start + len(name))
    proper = proper or (after_class and _split_loanword(name, start, scope))
    if proper and not has_latin and _generic_compound(name, start, scope):
        return None  # 클라우드서비스, 바이오사업: a common compound, whatever Kiwi calls its head
    if has_latin or _glossed(scope.text, start + len(name)) or proper:
        return Candidate(start, start + len(name), "org")
    return None


def _split_loanword(name: str, start: int, scope: Scope) -> bool:
    """마인드브릿지 (마인드/브릿지), 페이온 (페이/온): a transliterated word Kiwi reads as
    several common nouns, none of them a class or product noun (데이터센터, 플랫폼사업)."""
    parts = scope.tokens.covering(start, start + len(name))
    if len(parts) < 2 or len(name) < 3 or not all(t.tag in ("NNG", "NNP") for t in parts):
        return False
    if any(t.form in scope.non_names or _GENERIC_PART.fullmatch(t.form) for t in parts):
        return False
    return any(is_loan_syllable(c) for c in name)


def _generic_compound(name: str, start: int, scope: Scope) -> bool:
    """Whether Kiwi reads ``name`` as several nouns ending in a class or product noun."""
    parts = scope.tokens.covering(start, start + len(name))
    return len(parts) >= 2 and bool(_GENERIC_PART.fullmatch(parts[-1].form))


def _latin_name(word: str) -> str:
    """A Latin name of several words less the particles glued to it (Lumina Labs가)."""
    tail = re.search(r"[\uac00-\ud7a3]*$", word).group(0)
    return word[: len(word) - len(tail)] if is_particle_chain(tail) else ""


def _glossed(text: str, end: int) -> bool:
    """Whether a name is followed by its Latin spelling in brackets: 딥엘(DeepL)."""
    return bool(re.match(r"\([A-Z][\w .&-]*\)", text[end : end + 40]))
