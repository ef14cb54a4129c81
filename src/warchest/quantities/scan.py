"""The scan: numerals in context become money, percents, multiples and counts.

Dates are read first and their spans, with those of guarded digits (phone numbers,
times, ids, model names), are closed to the numeral reader. Each remaining numeral is
then read with what surrounds it: a currency before or after makes it money, %/퍼센트
a percent, 배/x/-fold a multiple, a counter (명, 곳) or a following noun a count.

Decisions:
- A money span covers the figure, its currency and its qualifiers (약, 최대, 이상,
  about, up to) but not a parenthesised conversion; the conversion is read as its own
  Amount and attached as ``converted`` (its span lies inside the parentheses). It is not
  listed again at the top level.
- A range (10억~20억 달러, $60-65 billion, 3~5%) is one quantity: ``value`` is the low
  end, ``upper`` the high end, and a bare low end takes the high end's unit (10~20억).
- Korean numerals spelled in words (삼천억, 세) count only next to a unit (원, 명, 배,
  퍼센트) or when they are the whole text, because most such syllables are words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..model import Amount, Quantity, QuantityLike
from .dates import find_dates
from .guards import guarded_spans
from .hangul import ends_word, is_hangul
from .money import CONVERSION_CLOSE, CONVERSION_OPEN, currency_after, currency_before, letter_scale
from .numbers import SINO_DIGITS, Numeral, find_numerals, whole
from .qualifiers import qualify

_PERCENT = re.compile(
    r"\s?(?:%\s?p(?![A-Za-z])|%\s?포인트|퍼센트\s?포인트|%|％|퍼센트|프로"
    r"|(?i:percentage\s+points?|percent|per\s?cent|pct)\b)"
)
_MULTIPLE = re.compile(
    r"\s?배|(?<=\d)\s?[x×](?![\w])|-?fold\b"
    r"|\s+times\s+(?=(?:more|larger|bigger|higher|greater|as|faster|over|the|its|their)\b)",
)
_WORD_MULTIPLES = re.compile(
    r"\b(?P<w>doubl|tripl|quadrupl|quintupl)(?:ed|ing|es)\b|\b(?P<f>two|three|four|five|six|seven|eight|nine|ten)fold\b",
    re.IGNORECASE,
)
_WORD_MULTIPLE_VALUES = {"doubl": 2, "tripl": 3, "quadrupl": 4, "quintupl": 5, "two": 2, "three": 3, "four": 4,
                         "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_COUNTER = re.compile(
    r"\s?(?P<yeo>여\s?)?(?P<unit>명|곳|개사|개국|개월|개|건|대|장|권|주일|주|가지|차례|번|회|인|팀|살|세|척|채|마리|년|시간|달|위안)"
)
_ORDINAL = re.compile(r"\s?(?:위|번째|째|호|세대|등|위권|차(?!례))")
_RANGE = re.compile(r"\s?(?:~|∼|〜|–|—|-)\s?|\s+(?:to|and)\s+")
_BETWEEN = re.compile(r"(?i:between|from)\s+$")
_EN_NOUN = re.compile(r"\s+(?P<unit>[a-z]+)\b")
_EN_NOT_NOUNS = {"and", "or", "of", "in", "to", "the", "a", "an", "for", "at", "by", "on", "from", "with", "as",
                 "is", "was", "were", "are", "be", "that", "than", "per", "percent", "times", "last", "this"}  # fmt: skip


@dataclass(frozen=True)
class _Measure:
    """What follows (or precedes) a figure and makes it a kind of quantity."""

    kind: str  # "money", "percent", "multiple", "number"
    value: Decimal
    start: int
    end: int
    currency: str | None = None
    approx: bool = False
    unit: str | None = None


def find_quantities(text: str, published: str | None = None) -> list[QuantityLike]:
    """Every quantity in ``text`` in order of position; dates resolve against ``published``."""
    dates = find_dates(text, published)
    closed = sorted([*guarded_spans(text), *((d.start, d.end) for d in dates)])
    numerals = [n for n in find_numerals(text) if not _overlaps(n.start, n.end, closed)]
    found: list[QuantityLike] = [*dates, *_read_numerals(text, numerals), *_word_multiples(text, closed)]
    return sorted(found, key=lambda q: (q.start, q.end, type(q).__name__))


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _read_numerals(text: str, nums: list[Numeral]) -> list[Amount | Quantity]:
    out: list[Amount | Quantity] = []
    i = 0
    while i < len(nums):
        read = _read_at(text, nums, i)
        if read is None:
            i += 1
            continue
        quantity, used = read
        out.append(quantity)
        i += used
    return out


def _read_at(text: str, nums: list[Numeral], i: int) -> tuple[Amount | Quantity, int] | None:
    """The quantity that starts with numeral ``i`` and how many numerals it used."""
    n = nums[i]
    lead = None if n.hangul else currency_before(text, n.start)
    measure = _measure(text, n, lead.code if lead else None, lead.start if lead else n.start)
    low = measure
    upper, used = None, 1
    nxt = nums[i + 1] if i + 1 < len(nums) else None
    if nxt is not None:
        ranged = _range(text, n, measure, nxt, lead)
        if ranged is not None:
            low, upper = ranged
            used = 2
    if low is None or not _acceptable(text, n, low):
        return None
    q = qualify(text, low.start, upper.end if upper else low.end)
    approx = q.approx or low.approx
    if low.kind != "money":
        kind = low.kind
        return Quantity(kind, low.value, text[q.start : q.end], q.start, q.end, approx, q.bound,
                        upper.value if upper else None, low.unit), used  # fmt: skip
    converted, used_inside = _conversion(text, nums, i + used, q.end)
    amount = Amount(
        value=low.value, currency=low.currency or "", text=text[q.start : q.end], start=q.start, end=q.end,
        approx=approx, bound=q.bound, converted=converted, upper=upper.value if upper else None,
    )  # fmt: skip
    return amount, used + used_inside


def _measure(text: str, n: Numeral, lead_code: str | None, start: int) -> _Measure | None:
    """Read the unit around numeral ``n``: currency, percent sign, 배, counter or noun."""
    value, end = n.value, n.end
    if lead_code:
        if n.scale == 1 and n.script == "digits":
            scaled = letter_scale(text, end)
            if scaled:
                value, end = whole(value * scaled[0]), scaled[1]
        return _Measure("money", value, start, end, lead_code)
    short = n.hangul and n.end - n.start == 1 and text[n.start] in SINO_DIGITS
    cur = currency_after(text, end, short_numeral=short)
    if cur:
        return _Measure("money", value, start, cur.end, cur.code, cur.approx)
    for kind, pattern in (("percent", _PERCENT), ("multiple", _MULTIPLE)):
        m = pattern.match(text, end)
        if m and ends_word(text, m.end()):
            return _Measure(kind, value, start, m.end())
    m = _COUNTER.match(text, end)
    if m and ends_word(text, m.end()) and m.group("unit") != "위안":
        return _Measure("number", value, start, m.end(), approx=bool(m.group("yeo")), unit=m.group("unit"))
    if n.hangul:
        return _Measure("number", value, start, end) if _is_whole_text(text, n) else None
    if _ORDINAL.match(text, end) and ends_word(text, _ORDINAL.match(text, end).end()):
        return None
    yeo = text.startswith("여", end) and ends_word(text, end + 1)
    noun = _EN_NOUN.match(text, end)
    unit = noun.group("unit") if noun and noun.group("unit") not in _EN_NOT_NOUNS else None
    return _Measure("number", value, start, end + yeo, approx=yeo, unit=unit)


def _acceptable(text: str, n: Numeral, m: _Measure) -> bool:
    """Whether a figure read as ``m`` is a quantity at all (not 수십억, 사이, 클로드3)."""
    before = text[n.start - 1] if n.start else ""
    if n.hangul and before and is_hangul(before):
        return False
    if m.kind != "number" or m.unit:
        return True
    if n.script == "words":
        return n.value != 1 or n.scale != 1 or _is_whole_text(text, n)
    if n.script != "digits":
        return True
    digits = text[n.start : n.end]
    if before.isalpha() or before in "-‐_":
        return False  # 클로드3, GPT-4
    if digits.isdigit() and len(digits) >= 7:
        return False  # article ids and codes, never written without separators as counts
    return not ("." in digits and re.search(r"[A-Za-z가-힣]\s$", text[max(0, n.start - 2) : n.start]))


def _is_whole_text(text: str, n: Numeral) -> bool:
    return not text[: n.start].strip() and not text[n.end :].strip()


def _range(
    text: str, n: Numeral, measure: _Measure | None, nxt: Numeral, lead
) -> tuple[_Measure, _Measure] | None:
    """The low and high ends of a range that starts at ``n`` and ends at ``nxt``."""
    bare = measure is None or (measure.kind == "number" and not measure.unit) or measure.end == n.end
    joint_start = n.end if bare else measure.end
    m = _RANGE.match(text, joint_start)
    if not m:
        return None
    connector = m.group().strip()
    if connector == "and" and not _BETWEEN.search(text, max(0, n.start - 10), lead.start if lead else n.start):
        return None
    if connector == "to" and re.search(r"(?i:from)\s+$", text[max(0, n.start - 8) : lead.start if lead else n.start]):
        return None  # "from $1 billion to $2 billion" is a change, not a range
    next_lead = currency_before(text, nxt.start) if not nxt.hangul else None
    if m.end() != (next_lead.start if next_lead else nxt.start):
        return None
    lead_code = (next_lead or lead).code if (next_lead or lead) else None
    high = _measure(text, nxt, lead_code, next_lead.start if next_lead else nxt.start)
    if high is None or high.kind == "number" and not high.unit:
        return None
    if bare:
        value = n.value * nxt.scale if n.scale == 1 and nxt.scale > 1 and n.script == "digits" else n.value
        low = _Measure(high.kind, whole(value), lead.start if lead else n.start, n.end, high.currency, unit=high.unit)
    elif measure.kind == high.kind and measure.currency == high.currency:
        low = measure
    else:
        return None
    if low.value >= high.value:
        return None
    return low, high


def _conversion(text: str, nums: list[Numeral], k: int, end: int) -> tuple[Amount | None, int]:
    """The parenthesised conversion right after an amount: 27억5000만 달러(약 3조7000억 원)."""
    opened = CONVERSION_OPEN.match(text, end)
    if not opened or k >= len(nums):
        return None, 0
    read = _read_at(text, nums, k)
    if read is None or not isinstance(read[0], Amount):
        return None, 0
    amount, used = read
    if text[opened.end() : amount.start].strip() or not CONVERSION_CLOSE.match(text, amount.end):
        return None, 0
    return amount, used


def _word_multiples(text: str, closed: list[tuple[int, int]]) -> list[Quantity]:
    out = []
    for m in _WORD_MULTIPLES.finditer(text):
        if not _overlaps(m.start(), m.end(), closed):
            key = (m.group("w") or m.group("f")).lower()
            out.append(Quantity("multiple", Decimal(_WORD_MULTIPLE_VALUES[key]), m.group(), m.start(), m.end()))
    return out

