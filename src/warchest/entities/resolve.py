"""Resolution: which entity a matched or near-matched name means.

- Weak names (파이, Scale, X, and native Korean person names such as 김성훈) count
  only when the document also names, by a strong name, the entity, its parent chain,
  its children, or an entity under the same parents; shared names go to the entity
  the document supports.
- Spelling variants the gazetteer lacks (엔스로픽 for 앤스로픽) resolve by a jamo
  edit distance in which the substitutions transliteration actually produces
  (ㅐ/ㅔ, ㅅ/ㅌ for "th", ㅂ/ㅍ ...) cost half.
- An abbreviation a document defines ("국가AI위원회(NAIC)", "Amazon Web Services
  (AWS)") refers back to the defined entity for the rest of the document, and a named
  person's last or given name alone (Altman, 무스타파) refers back to that person.
- A known product family followed by a version or tier (GPT-4.1 mini, 라마 4 스카우트)
  is a new product of the same maker, and a known firm followed by unit words
  (골드만삭스 얼터너티브) a new organisation under it.
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from ..model import Entity, Mention
from .discover_ko import KO_PERSON_TITLE, KO_TITLE
from .gazetteer import Gazetteer, Name, slugify
from .hangul import KOREAN_SURNAMES, is_hangul, is_particle_chain
from .recognize import Match, left_boundary_ok, right_boundary_ok

# ---------------------------------------------------------------- gazetteer matches


def name_mentions(text: str, matches: Sequence[Match], gazetteer: Gazetteer) -> list[Mention]:
    """Mentions for trie matches, dropping weak names the document does not support."""
    strong = {n.entity_id for m in matches for n in m.names if not n.weak and len(m.names) == 1}
    context = strong | {e.id for i in strong for e in gazetteer.parent_chain(i)}

    def supported(name: Name) -> bool:
        return bool(gazetteer.relatives(name.entity_id) & context)

    out = []
    for match in matches:
        candidates = [n for n in match.names if not n.weak or supported(n) or _latin_in_korean(text, match)]
        if len(candidates) > 1:
            candidates = [n for n in candidates if supported(n)] or candidates[:1]
        if not candidates:
            continue
        name = candidates[0]
        entity = gazetteer.entities[name.entity_id]
        out.append(Mention(match.start, match.end, text[match.start : match.end], entity, how=name.how))
    return out


def _latin_in_korean(text: str, match: Match) -> bool:
    """A capitalised Latin word amid Korean (영국 기업 Arm과): Korean prose has no English
    common word there, so even a weak name (Arm, Cursor) is the name."""
    word = text[match.start : match.end]
    if not (word[:1].isupper() and word.isascii()):
        return False
    return any(is_hangul(c) for c in text[max(0, match.start - 12) : match.end + 12])


# ---------------------------------------------------------------- product versions

# Tier words that follow a model family's name, and the English the press uses for
# their Korean spellings: 제미나이 2.5 프로 is Gemini 2.5 Pro.
_TIERS_EN = frozenset(
    """Pro Ultra Max Mini Nano Flash Turbo Sonnet Opus Haiku Large Medium Small Scout Maverick Instruct
    Preview Lite Plus Vision pro mini nano turbo max""".split()
)
_TIERS_KO = {
    "프로": "Pro", "울트라": "Ultra", "맥스": "Max", "미니": "Mini", "나노": "Nano", "플래시": "Flash",
    "터보": "Turbo", "소네트": "Sonnet", "소넷": "Sonnet", "오퍼스": "Opus", "하이쿠": "Haiku",
    "라지": "Large", "미디엄": "Medium", "스몰": "Small", "스카우트": "Scout", "매버릭": "Maverick",
    "라이트": "Lite", "플러스": "Plus",
}
_VERSION = re.compile(
    r"(?:\.\d+|[ -]?(?:\d+(?:\.\d+)*[a-z]?|[A-Z]\d+)|[ -](?:"
    + "|".join(sorted(_TIERS_EN | set(_TIERS_KO), key=len, reverse=True))
    + r"))+"
)


def versioned_products(text: str, found: list[Mention]) -> list[Mention]:
    """Product mentions stretched over the version and tier that follow them: a new
    release of a known family (Gemini 2.5 Pro, 라마 4 스카우트) becomes its own product,
    unknown to the gazetteer but linked to the family's maker."""
    out = []
    for mention in found:
        m = _VERSION.match(text, mention.end) if mention.entity.kind == "product" else None
        if not m or not right_boundary_ok(text, m.end()) or not re.search(r"\d|[^\W\d]", m.group(0)):
            out.append(mention)
            continue
        base = mention.entity
        tail = re.sub(r"[\uac00-\ud7a3]+", lambda t: _TIERS_KO.get(t.group(0), t.group(0)), m.group(0))
        name = base.name + (tail if tail[:1] in " -." else " " + tail)
        entity = Entity(id=slugify(name), name=name, kind="product", parent=base.parent, known=False, subkind=base.subkind)
        out.append(Mention(mention.start, m.end(), text[mention.start : m.end()], entity, how="variant"))
    return out


# ---------------------------------------------------------------- organisation units

# Transliterated words that make a known firm's name into one of its units, written
# apart: 피델리티 매니지먼트 앤드 리서치, 골드만삭스 얼터너티브, 소프트뱅크 벤처스.
_UNIT_WORDS = (
    "매니지먼트 리서치 얼터너티브스 얼터너티브 어드바이저스 어드바이저 에셋 인베스트먼츠 인베스트먼트 "
    "캐피털 캐피탈 벤처스 파트너스 자산운용 프라이빗 에쿼티 크레딧 그로스"
).split()
_UNIT_TAIL = re.compile(
    r"(?:\s(?:(?:앤드|앤|&)\s)?(?:" + "|".join(sorted(_UNIT_WORDS, key=len, reverse=True)) + r"))+"
)


def org_units(text: str, found: list[Mention]) -> list[Mention]:
    """Korean org mentions stretched over the unit words that follow them: a fund or
    asset manager of a known group is its own organisation, linked to the group."""
    out = []
    for mention in found:
        m = _unit_tail(text, mention)
        if not m:
            out.append(mention)
            continue
        base = mention.entity
        name = text[mention.start : m.end()]
        entity = Entity(id=slugify(name), name=name, kind="org", parent=base.id, known=False, subkind=base.subkind)
        out.append(Mention(mention.start, m.end(), name, entity, how="variant"))
    return out


def _unit_tail(text: str, mention: Mention) -> re.Match | None:
    if mention.entity.kind != "org" or not is_hangul(mention.text[-1]):
        return None
    m = _UNIT_TAIL.match(text, mention.end)
    return m if m and right_boundary_ok(text, m.end()) else None


# ---------------------------------------------------------------- jamo variants

_CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_JONG = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"

# Pairs that Korean renders of one foreign sound alternate between.
_CONFUSABLE = frozenset(
    frozenset(pair)
    for pair in (
        "ㅐㅔ", "ㅒㅖ", "ㅙㅞ", "ㅚㅞ", "ㅙㅚ", "ㅓㅗ", "ㅏㅓ",
        "ㄷㅌ", "ㄷㄸ", "ㅅㅆ", "ㅅㅌ", "ㅂㅍ", "ㅂㅃ", "ㄱㅋ", "ㄱㄲ", "ㅈㅊ", "ㅈㅉ",
    )
)
MIN_SYLLABLES = 3  # shorter names (애플, 메타) are too close to ordinary words to guess at


def jamo(word: str) -> tuple[str, ...]:
    """Hangul syllables as (initial, medial, final) jamo, each slot kept for alignment."""
    out: list[str] = []
    for c in word:
        if is_hangul(c):
            code = ord(c) - 0xAC00
            out += [_CHO[code // 588], _JUNG[(code % 588) // 28], _JONG[code % 28]]
        else:
            out += [c, "", ""]
    return tuple(out)


def _substitution(a: str, b: str) -> float:
    if a == b:
        return 0.0
    return 0.5 if frozenset((a, b)) in _CONFUSABLE else 1.0


def jamo_distance(a: str, b: str) -> float:
    """Weighted edit distance over jamo; confusable substitutions cost 0.5."""
    x, y = jamo(a), jamo(b)
    prev = [float(j) for j in range(len(y) + 1)]
    for i in range(1, len(x) + 1):
        cur = [float(i)] + [0.0] * len(y)
        for j in range(1, len(y) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + _substitution(x[i - 1], y[j - 1]))
        prev = cur
    return prev[-1]


def variant_threshold(word: str) -> float:
    """How far a spelling may stray: one confusable jamo, or one full jamo from 5 syllables."""
    return 1.0 if len(word) >= 5 else 0.5


def is_variant(word: str, name: str) -> bool:
    """Whether ``word`` is a spelling variant of the Korean name ``name``."""
    if min(len(word), len(name)) < MIN_SYLLABLES or word == name:
        return word == name
    return jamo_distance(word, name) <= variant_threshold(min(word, name, key=len))


def _keys(word: str) -> Iterable[str]:
    """The word and each one-syllable deletion of it: variants share at least one."""
    yield word
    for i in range(len(word)):
        yield word[:i] + "\x00" + word[i + 1 :]
        yield word[:i] + word[i + 1 :]


class VariantIndex:
    """Korean gazetteer names indexed for near-miss lookup."""

    def __init__(self, gazetteer: Gazetteer):
        self._gazetteer = gazetteer
        self._index: dict[str, set[tuple[str, str]]] = {}
        for name in gazetteer.names:
            word = name.text
            if name.weak or len(word) < MIN_SYLLABLES or not all(is_hangul(c) for c in word):
                continue
            for key in _keys(word):
                self._index.setdefault(key, set()).add((word, name.entity_id))

    def resolve(self, word: str) -> Entity | None:
        """The one entity ``word`` is a variant of, or None (none, or several equally near)."""
        if len(word) < MIN_SYLLABLES or not all(is_hangul(c) for c in word):
            return None
        scored: dict[str, float] = {}
        for key in set(_keys(word)):
            for name, entity_id in self._index.get(key, ()):
                if is_variant(word, name):
                    d = jamo_distance(word, name)
                    scored[entity_id] = min(d, scored.get(entity_id, d))
        if not scored:
            return None
        best = min(scored.values())
        winners = [e for e, d in scored.items() if d == best]
        return self._gazetteer.entities[winners[0]] if len(winners) == 1 else None


_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]{3,}")


def variant_mentions(text: str, found: Sequence[Mention], index: VariantIndex) -> list[Mention]:
    """Korean words outside known mentions that are spelling variants of a name."""
    taken = _taken(found)
    out = []
    for run in _HANGUL_RUN.finditer(text):
        start = run.start()
        if start in taken or not left_boundary_ok(text, start):
            continue
        if not right_boundary_ok(text, run.end()):
            continue
        for stem_end in _stem_ends(run.group(0)):
            entity = index.resolve(run.group(0)[:stem_end])
            if entity:
                end = start + stem_end
                out.append(Mention(start, end, text[start:end], entity, how="variant"))
                break
    return out


def _stem_ends(word: str) -> Iterable[int]:
    """Where a name may end inside ``word``: before a particle chain, longest stem first."""
    for end in range(len(word), MIN_SYLLABLES - 1, -1):
        if is_particle_chain(word[end:]):
            yield end


def _taken(found: Sequence[Mention]) -> set[int]:
    return {i for m in found for i in range(m.start, m.end)}


# ---------------------------------------------------------------- surnames


def short_name_mentions(text: str, found: Sequence[Mention]) -> list[Mention]:
    """Later uses of a named person's last or given name alone (Altman, 아모데이, 무스타파),
    when only one person in the document carries it."""
    taken = _taken(found)
    owners: dict[str, set[str]] = {}
    first_use: dict[str, tuple[int, Entity]] = {}
    for m in found:
        words = m.text.split()
        if m.entity.kind != "person" or len(words) < 2:
            continue
        for word in {words[0], words[-1]}:
            if len(word) >= (2 if word is words[-1] else 3):
                owners.setdefault(word, set()).add(m.entity.id)
                first_use.setdefault(word, (m.end, m.entity))
    out = []
    for word, (after, entity) in sorted(first_use.items()):
        if len(owners[word]) > 1:
            continue
        for m in re.finditer(re.escape(word), text):
            if m.start() < after or m.start() in taken or not left_boundary_ok(text, m.start()):
                continue
            if right_boundary_ok(text, m.end()):
                out.append(Mention(m.start(), m.end(), word, entity, how="alias"))
                taken.update(range(m.start(), m.end()))
    return out


_BACK_TITLE = re.compile(rf"\s+(?:(?:신임|전|현|공동)\s+)?(?:{KO_TITLE}|{KO_PERSON_TITLE})")


def _korean_surname(person: Mention) -> str | None:
    """The family name of a person written in Hangul: 오 of 오승택, 김 of 로버트 김."""
    words = person.text.split()
    if not all(is_hangul(c) for w in words for c in w):
        return None
    if len(words) == 1 and len(words[0]) == 3 and words[0][0] in KOREAN_SURNAMES:
        return words[0][0]
    if len(words) >= 2 and words[-1] in KOREAN_SURNAMES:
        return words[-1]
    return None


def titled_surname_mentions(text: str, found: Sequence[Mention]) -> list[Mention]:
    """Later "surname + title" references to a named person (오 신임 CEO, 배 박사, 김 대표는),
    when only one person in the document carries that family name."""
    taken = _taken(found)
    person_ends = {m.end for m in found if m.entity.kind == "person"}
    owners: dict[str, set[str]] = {}
    first_use: dict[str, tuple[int, Entity]] = {}
    for m in found:
        surname = _korean_surname(m) if m.entity.kind == "person" else None
        if surname:
            owners.setdefault(surname, set()).add(m.entity.id)
            first_use.setdefault(surname, (m.end, m.entity))
    out = []
    for surname, (after, entity) in sorted(first_use.items()):
        if len(owners[surname]) > 1:
            continue
        for m in re.finditer(re.escape(surname), text):
            at = m.start()
            if at < after or at in taken or not left_boundary_ok(text, at) or not _BACK_TITLE.match(text, m.end()):
                continue
            if text[:at].rstrip() and len(text[:at].rstrip()) in person_ends:
                continue  # 김철수 전 대표: 전 is "former" after a name, not a family name
            out.append(Mention(at, m.end(), surname, entity, how="alias"))
    return out


# ---------------------------------------------------------------- organisation short forms

_GENERIC_TAIL = re.compile(
    r"^(.+?) (?:AI|Labs?|Inc\.?|Corp\.?|Technologies|Robotics|Systems|Holdings|Data|Analytics|Therapeutics|Bio|"
    r"Biosciences|Health|Dynamics|Networks|Software|Semiconductor|Computing|Intelligence|"
    r"(?:Capital |Venture )?Partners|Capital|Ventures|Investments|Group|Freight|Logistics)$"
)


def short_form(name: str) -> str | None:
    """What the press shortens a company name to on later mentions: Grainline for Grainline AI,
    Northpeak for Northpeak Capital Partners."""
    m = _GENERIC_TAIL.match(name)
    return m.group(1) if m and len(m.group(1)) >= 3 else None


def org_short_mentions(text: str, found: Sequence[Mention]) -> list[Mention]:
    """Later uses of a known organisation's name without its generic tail (Sakana for
    Sakana AI), where the text has no other name there."""
    taken = _taken(found)
    out = []
    for head, (after, entity) in sorted(_short_heads(found).items()):
        for m in re.finditer(re.escape(head), text):
            at = m.start()
            if at >= after and at not in taken and left_boundary_ok(text, at) and right_boundary_ok(text, m.end()):
                out.append(Mention(at, m.end(), head, entity, how="alias"))
                taken.update(range(at, m.end()))
    return out


def _short_heads(found: Sequence[Mention]) -> dict[str, tuple[int, Entity]]:
    """Each Latin short form of a named organisation, with where it may first be used."""
    heads: dict[str, tuple[int, Entity]] = {}
    for m in found:
        head = short_form(m.text) if m.entity.kind == "org" and m.text.isascii() else None
        if head and head[0].isupper():
            heads.setdefault(head, (m.end, m.entity))
    return heads


# ---------------------------------------------------------------- abbreviations

_ABBREVIATION = re.compile(r"\s?\(([A-Z][A-Z0-9&]{1,7})\)")


def abbreviation_mentions(text: str, found: Sequence[Mention]) -> list[Mention]:
    """Later uses of an abbreviation the document defines right after a mention."""
    taken = _taken(found)
    defined: dict[str, Entity] = {}
    for mention in found:
        m = _ABBREVIATION.match(text, mention.end)
        if m and m.start(1) not in taken:
            defined.setdefault(m.group(1), mention.entity)
    out = []
    for abbr, entity in sorted(defined.items()):
        for m in re.finditer(re.escape(abbr), text):
            if m.start() in taken or not left_boundary_ok(text, m.start()):
                continue
            if right_boundary_ok(text, m.end()):
                out.append(Mention(m.start(), m.end(), abbr, entity, how="alias"))
    return out

