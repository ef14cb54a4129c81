"""Small facts about Hangul text that several readers need."""

from __future__ import annotations

# Syllables a particle or copula can start with (을, 이상의, 으로, 에서, 였다 ...): a
# unit word followed by one of these is still that unit word.
PARTICLE_STARTS = frozenset("이가을를은는의에로으와과도만씩까부나다였인며고야")
# Words that may be glued to a unit without making it another word: 3억원가량, 5년간.
GLUED_SUFFIXES = ("가량", "정도", "안팎", "내외", "남짓", "쯤", "이상", "이하", "미만", "초과", "규모", "어치", "짜리", "여", "간")


def is_hangul(ch: str) -> bool:
    return "가" <= ch <= "힣"


def ends_word(text: str, end: int) -> bool:
    """True when the word that ends at ``end`` is complete: what follows is not Hangul,
    or is a particle (달러를, 명이), so 원 in 원장 or 배 in 배터리 is not a unit."""
    if end >= len(text) or not is_hangul(text[end]):
        return True
    return not is_hangul(text[end - 1]) or text[end] in PARTICLE_STARTS or text.startswith(GLUED_SUFFIXES, end)
