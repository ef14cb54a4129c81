"""Currencies: the words and symbols that make a number an amount of money.

A currency is written before the figure ($, US$, €, USD 4 billion) or after it (달러,
원, 유로, won, yen, 10₩). Both sides map to ISO 4217 codes. Korean currency words may
carry 화 (달러화) and a particle (달러를); they must not be the start of another word
(원장, 엔비디아).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .hangul import ends_word
from .numbers import LETTER_SCALES

CODES = ("USD", "EUR", "KRW", "JPY", "CNY", "RMB", "GBP", "INR", "AUD", "CAD", "HKD", "SGD", "TWD", "CHF")
_CODE_ALIAS = {"RMB": "CNY"}

_SYMBOLS_BEFORE = {
    "US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "HK$": "HKD",
    "S$": "SGD", "NT$": "TWD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "￥": "JPY", "₩": "KRW",
    "￦": "KRW", "₹": "INR", "Rs.": "INR", "Rs": "INR",
}  # fmt: skip
_WORDS_AFTER_KO = {
    "미국 달러": "USD", "미 달러": "USD", "호주 달러": "AUD", "캐나다 달러": "CAD", "홍콩 달러": "HKD",
    "싱가포르 달러": "SGD", "대만 달러": "TWD", "스위스 프랑": "CHF", "달러": "USD", "불": "USD",
    "원": "KRW", "유로": "EUR", "엔": "JPY", "위안": "CNY", "파운드": "GBP", "루피": "INR", "프랑": "CHF",
}  # fmt: skip
_WORDS_AFTER_EN = {
    "US dollars": "USD", "U.S. dollars": "USD", "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR",
    "won": "KRW", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "pounds sterling": "GBP", "pounds": "GBP",
    "sterling": "GBP", "rupees": "INR", "Swiss francs": "CHF",
}  # fmt: skip
_SYMBOLS_AFTER = {"₩": "KRW", "￦": "KRW", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s?") for w in sorted(words, key=len, reverse=True))


_BEFORE_RE = re.compile(
    rf"(?:(?<![A-Za-z])(?P<sym>{_alternation(_SYMBOLS_BEFORE)})|\b(?P<code>{'|'.join(CODES)}))\s?$"
)
_AFTER_KO_RE = re.compile(rf"\s?(?P<yeo>여\s?)?(?P<cur>{_alternation(_WORDS_AFTER_KO)})(?P<hwa>화)?(?P<dae>대(?![가-힣]))?")
_AFTER_EN_RE = re.compile(
    rf"\s?(?:(?P<code>{'|'.join(CODES)})\b|(?P<sym>{_alternation(_SYMBOLS_AFTER)})|(?P<word>{_alternation(_WORDS_AFTER_EN)})\b)",
    re.IGNORECASE,
)
_LETTER_SCALE_RE = re.compile(r"(?P<letter>[kKmMbBtT])(?![\w])")
# Words that may separate the amount from its currency in a parenthesised conversion.
CONVERSION_OPEN = re.compile(r"\s?[(（]\s?(?:(?:한화|원화|미화|달러화|우리\s?돈|USD|US|about|roughly|approximately|or|around)\s?)*")
CONVERSION_CLOSE = re.compile(r"\s?(?:규모|상당)?\s?[)）]")


@dataclass(frozen=True)
class Currency:
    """A currency found next to a figure: its code and the stretch it covers."""

    code: str
    start: int
    end: int
    approx: bool = False  # 10억여 원, 1조원대: 여 or 대 make the figure approximate


def currency_before(text: str, start: int) -> Currency | None:
    """The currency symbol or code written just before ``start`` ($, US$, EUR )."""
    m = _BEFORE_RE.search(text, max(0, start - 6), start)
    if not m:
        return None
    if m.group("sym"):
        return Currency(_SYMBOLS_BEFORE[m.group("sym").replace(" ", "")], m.start(), start)
    code = m.group("code")
    return Currency(_CODE_ALIAS.get(code, code), m.start(), start)


def currency_after(text: str, end: int, short_numeral: bool = False) -> Currency | None:
    """The currency word or symbol written just after ``end`` (달러, 원, won, 10₩).

    ``short_numeral`` marks a one-syllable Korean numeral (일, 사, 구), which with a
    one-syllable currency spells an ordinary word (사원, 구원, 이불), not money.
    """
    m = _AFTER_KO_RE.match(text, end)
    if m and (m.group("hwa") or ends_word(text, m.end())):
        word = m.group("cur")
        if not (short_numeral and len(word) == 1):
            return Currency(_code_ko(word), end, m.end(), approx=bool(m.group("yeo") or m.group("dae")))
    m = _AFTER_EN_RE.match(text, end)
    if m:
        if m.group("code"):
            code = m.group("code").upper()
            return Currency(_CODE_ALIAS.get(code, code), end, m.end())
        if m.group("sym"):
            return Currency(_SYMBOLS_AFTER[m.group("sym")], end, m.end())
        word = m.group("word").lower()
        return Currency(next(c for w, c in _WORDS_AFTER_EN.items() if w.lower() == word), end, m.end())
    return None


def _code_ko(word: str) -> str:
    """Code of a Korean currency word, two-word ones written with or without a space."""
    squeezed = word.replace(" ", "")
    return next(c for w, c in _WORDS_AFTER_KO.items() if w.replace(" ", "") == squeezed)


def letter_scale(text: str, end: int) -> tuple[int, int] | None:
    """A one-letter scale right after a figure that follows a currency: $500M, £100m."""
    m = _LETTER_SCALE_RE.match(text, end)
    if not m:
        return None
    return LETTER_SCALES[m.group("letter").lower()], m.end()
