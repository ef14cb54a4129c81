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
- A prefix qualifier shared by a list of amounts covers each (각각 최대 40억달러, 20억달러).
- Counts are ``number`` quantities with ``unit`` set to the counter or counted noun
  (6000여 명 -> 6000, "명"; "3,600 jobs" -> 3600, "jobs").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from ..model import Amount, Quantity, QuantityLike
from .dates import find_dates
from .guards import guarded_spans
from .hangul import ends_word, is_hangul
from .money import CONVERSION_CLOSE, CONVERSION_OPEN, Currency, currency_after, currency_before, letter_scale
from .numbers import SINO_DIGITS, Numeral, find_numerals, whole
from .qualifiers import Qualified, qualify_after, qualify_before

_PERCENT = re.compile(
    r"\s?(?:%\s?p(?![A-Za-z])|%\s?포인트|퍼센트\s?포인트|%|％|퍼센트|프로"
    r"|(?i:percentage\s+points?|percent|per\s?cent|pct)\b)"
)
_MULTIPLE = re.compile(
    r"\s?배|(?<=\d)\s?[xX×](?![\w])|-?fold\b"
    r"|\s+times(?=\s+(?:more|larger|bigger|higher|greater|as|faster|over|the|its|their)\b|\s*$|[.,;)])",
)
_WORD_MULTIPLES = re.compile(
    r"\b(?P<w>doubl|tripl|quadrupl|quintupl)(?:ed|ing|es)\b|\b(?P<f>two|three|four|five|six|seven|eight|nine|ten)fold\b"
    r"|\b(?P<t>twice|halved)\b",
    re.IGNORECASE,
)
_WORD_MULTIPLE_VALUES = {"twice": 2, "halved": Decimal("0.5"), "doubl": 2, "tripl": 3, "quadrupl": 4, "quintupl": 5, "two": 2, "three": 3, "four": 4,
                         "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_COUNTER = re.compile(
    r"\s?(?P<yeo>여\s?)?(?P<unit>명|곳|개사|개국|개월|개|건|대|장|권|주일|주|가지|차례|번|회|인|팀|살|세|척|채|마리|년|시간|달)"
)
# One-syllable numerals that may be glued to what follows: 두배, 네배 (세배, 한배 are words),
# 십여 명, 만여 명 ("a dozen or so", "ten thousand or so").
_GLUED_NUMERAL = re.compile(r"[두네]배|[십백천만]여")
_ORDINAL = re.compile(r"\s?(?:위권|위|번째|째|호|세대|등|차(?!례))")
_CAPITALISED_NEXT = re.compile(r"\s+[A-Z]")
_RANGE = re.compile(r"\s?(?:~|∼|〜|–|—|-)\s?|\s+(?:to|and)\s+")
_LIST_JOIN = re.compile(r"\s*(?:,|와|과|및|and|, and)\s*")
_BETWEEN = re.compile(r"(?i:between)\s+$")
_FROM = re.compile(r"(?i:from)\s+$")
_EN_NOUN = re.compile(r"\s+(?P<unit>[a-z]+|[A-Z]{2,}s)\b")  # 3,600 jobs, 200,000 GPUs
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
    shared: Qualified | None = None  # a prefix qualifier a list of amounts may share
    i = 0
    while i < len(nums):
        read = _read_at(text, nums, i)
        if read is None:
            i += 1
            continue
        quantity, used, head = read
        if out and quantity.start < out[-1].end:  # "1$1": the $ already ended the amount before
            i += used
            continue
        if isinstance(quantity, Amount) and (head.approx or head.bound):
            shared = head
        elif shared and out and _LIST_JOIN.fullmatch(text, out[-1].end, quantity.start) and _plain(quantity):
            # 각각 최대 40억달러, 20억달러: the second amount is also "up to"
            quantity = replace(quantity, approx=shared.approx, bound=shared.bound)
        else:
            shared = None
        out.append(quantity)
        i += used
    return out


def _plain(q: Amount | Quantity) -> bool:
    return isinstance(q, Amount) and not q.approx and q.bound is None


def _read_at(text: str, nums: list[Numeral], i: int) -> tuple[Amount | Quantity, int, Qualified] | None:
    """The quantity that starts with numeral ``i``, how many numerals it used, and the
    qualifiers written before it."""
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
    head = qualify_before(text, low.start)
    tail = qualify_after(text, upper.end if upper else low.end)
    start, end = head.start, tail.end
    approx, bound = head.approx or tail.approx or low.approx, head.bound or tail.bound
    if low.kind != "money":
        quantity = Quantity(low.kind, low.value, text[start:end], start, end, approx, bound,
                            upper.value if upper else None, low.unit)  # fmt: skip
        return quantity, used, head
    converted, used_inside = _conversion(text, nums, i + used, end)
    if converted is not None:
        after = qualify_after(text, CONVERSION_CLOSE.match(text, converted.end).end())
        if after.bound or after.approx:  # 100만 달러(약 13억 원)를 넘는: the bound follows the conversion
            end, bound, approx = after.end, bound or after.bound, approx or after.approx
    amount = Amount(
        value=low.value, currency=low.currency or "", text=text[start:end], start=start, end=end,
        approx=approx, bound=bound, converted=converted, upper=upper.value if upper else None,
    )  # fmt: skip
    return amount, used + used_inside, head


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
    if n.hangul and n.end - n.start == 1 and not text.startswith(" ", end) and not _GLUED_NUMERAL.match(text, n.start):
        # 이번, 만인, 조건, 세배: a one-syllable numeral glued to a unit is a word
        return _Measure("number", value, start, end) if _is_whole_text(text, n) else None
    for kind, pattern in (("percent", _PERCENT), ("multiple", _MULTIPLE)):
        m = pattern.match(text, end)
        if m and ends_word(text, m.end()):
            return _Measure(kind, value, start, m.end())
    ordinal = _ORDINAL.match(text, end)
    if ordinal and ends_word(text, ordinal.end()):
        return None
    m = _COUNTER.match(text, end)
    if m and ends_word(text, m.end()):
        return _Measure("number", value, start, m.end(), approx=bool(m.group("yeo")), unit=m.group("unit"))
    if n.hangul:
        return _Measure("number", value, start, end) if _is_whole_text(text, n) else None
    scaled = letter_scale(text, end) if n.script == "digits" and n.scale == 1 else None
    if scaled:  # 1.2m users, 300K subscribers
        value, end = whole(value * scaled[0]), scaled[1]
    yeo = text.startswith("여", end) and ends_word(text, end + 1)
    noun = _EN_NOUN.match(text, end)
    unit = noun.group("unit") if noun and noun.group("unit") not in _EN_NOT_NOUNS else None
    return _Measure("number", value, start, end + yeo, approx=yeo, unit=unit)


def _acceptable(text: str, n: Numeral, m: _Measure) -> bool:
    """Whether a figure read as ``m`` is a quantity at all (not 수십억, 사이, 클로드3)."""
    before = text[n.start - 1] if n.start else ""
    if n.hangul and before and is_hangul(before):
        return False
    if n.hangul and n.end - n.start == 1 and text[n.start] in SINO_DIGITS:
        return not text[: m.start].strip() and not text[m.end :].strip()  # 이유로 is not 2 euros
    if m.kind != "number" or m.unit:
        return True
    if n.script == "words":
        if text[n.start].isupper() and _CAPITALISED_NEXT.match(text, n.end):
            return False  # Twelve Labs, Seven Network: part of a name
        return n.value != 1 or n.scale != 1 or _is_whole_text(text, n)
    if n.script != "digits":
        return True
    digits = text[n.start : n.end]
    after = text[m.end] if m.end < len(text) else ""
    if (before and (before.isalpha() or before in "-‐_")) or (after.isascii() and after.isalpha()):
        return False  # 클로드3, GPT-4, 7B
    if digits.isdigit() and len(digits) >= 7:
        return False  # article ids and codes, never written without separators as counts
    return not ("." in digits and re.search(r"[A-Za-z가-힣]\s$", text[max(0, n.start - 2) : n.start]))


def _is_whole_text(text: str, n: Numeral) -> bool:
    return not text[: n.start].strip() and not text[n.end :].strip()


def _range(
    text: str, n: Numeral, measure: _Measure | None, nxt: Numeral, lead: Currency | None
) -> tuple[_Measure, _Measure] | None:
    """The low and high ends of a range that starts at ``n`` and ends at ``nxt``."""
    bare = measure is None or (measure.kind == "number" and not measure.unit) or measure.end == n.end
    joint_start = n.end if bare else measure.end
    m = _RANGE.match(text, joint_start)
    if not m:
        return None
    connector = m.group().strip()
    low_start = lead.start if lead else n.start
    if connector == "and" and not _BETWEEN.search(text, max(0, low_start - 10), low_start):
        return None
    if connector == "to" and _FROM.search(text, max(0, low_start - 8), low_start):
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
        low = _Measure(high.kind, whole(value), low_start, n.end, high.currency, unit=high.unit)
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
    if not opened:
        return None, 0
    skipped = 0
    while k + skipped < len(nums) and nums[k + skipped].start < opened.end():
        skipped += 1  # 한 in 한화: a word of the opening, not a figure
    read = _read_at(text, nums, k + skipped) if k + skipped < len(nums) else None
    if read is None or not isinstance(read[0], Amount):
        return None, 0
    amount, used, _ = read
    if text[opened.end() : amount.start].strip() or not CONVERSION_CLOSE.match(text, amount.end):
        return None, 0
    return amount, skipped + used


def _word_multiples(text: str, closed: list[tuple[int, int]]) -> list[Quantity]:
    out = []
    for m in _WORD_MULTIPLES.finditer(text):
        if not _overlaps(m.start(), m.end(), closed):
            key = (m.group("w") or m.group("f") or m.group("t")).lower()
            out.append(Quantity("multiple", Decimal(_WORD_MULTIPLE_VALUES[key]), m.group(), m.start(), m.end()))
    return out

