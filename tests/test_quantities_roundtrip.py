"""Round trips: write a random number, amount or date in each Korean and English style
the press uses, read it back, and get exactly what was written."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from warchest.model import Amount, Quantity, When
from warchest.quantities import find_quantities

SINO = "영일이삼사오육칠팔구"
GROUPS = ((10**12, "조"), (10**8, "억"), (10**4, "만"), (1, ""))
NATIVE_TENS = ["", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"]
NATIVE_UNITS = ["", "하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉"]
EN_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
           "sixteen seventeen eighteen nineteen").split()  # fmt: skip
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
EN_MONTHS = ("January February March April May June July August September October November December").split()
AP_MONTHS = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()

settings.register_profile("quantities", max_examples=150, deadline=None)
settings.load_profile("quantities")


def groups(n: int) -> list[tuple[int, str]]:
    """``n`` split into its 조/억/만/units groups, largest first, zero groups left out."""
    out = []
    for size, unit in GROUPS:
        if n // size % 10**4:
            out.append((n // size % 10**4, unit))
    return out


def sino_group(g: int) -> str:
    """A group below 10,000 in Sino-Korean words: 1 before 십/백/천 is not said."""
    out = ""
    for size, unit in ((1000, "천"), (100, "백"), (10, "십")):
        d = g // size % 10
        if d:
            out += ("" if d == 1 else SINO[d]) + unit
    return out + (SINO[g % 10] if g % 10 else "")


def sino(n: int) -> str:
    return "".join(sino_group(g) if not (g == 1 and unit) else "" for g, unit in groups(n)) if n else "영"


def sino_with_units(n: int) -> str:
    return "".join((sino_group(g) if not (g == 1 and unit) else "") + unit for g, unit in groups(n))


def digits_with_units(n: int, space: bool, commas: bool) -> str:
    """27억5000만, 3조 7100억, 1,500억: Arabic digits per group with 조/억/만."""
    out = ""
    for g, unit in groups(n):
        spaced = space and out and (unit or g >= 100)  # "3억 2" is not one number
        out += (" " if spaced else "") + (f"{g:,}" if commas else str(g)) + unit
    return out


def digits_with_cheon(n: int) -> str:
    """1억2천만, 5천500: the thousands of each group written with 천."""
    parts = []
    for g, unit in groups(n):
        head, rest = divmod(g, 1000)
        parts.append((f"{head}천" if head else "") + (str(rest) if rest else "") + unit)
    return "".join(parts)


def english_below_thousand(n: int) -> list[str]:
    words = []
    if n >= 100:
        words += [EN_ONES[n // 100], "hundred"]
        n %= 100
    if n >= 20:
        words.append(EN_TENS[n // 10] + (f"-{EN_ONES[n % 10]}" if n % 10 else ""))
    elif n:
        words.append(EN_ONES[n])
    return words


def english(n: int) -> str:
    if n == 0:
        return "zero"
    words = []
    for size, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand"), (1, "")):
        chunk = n // size % 1000
        if chunk:
            words += english_below_thousand(chunk) + ([name] if name else [])
    return " ".join(words)


def only(text: str, published: str | None = "2024-03-28"):
    found = find_quantities(text, published)
    assert len(found) == 1, (text, found)
    q = found[0]
    assert (q.start, q.end) == (0, len(text)), (text, q)
    return q


@given(st.integers(min_value=1, max_value=10**16 - 1), st.booleans(), st.booleans(), st.sampled_from(["달러", " 달러", "원", " 원", " 유로"]))
def test_korean_digits_with_units_as_money(n, space, commas, currency):
    text = digits_with_units(n, space, commas) + currency
    q = only(text)
    assert isinstance(q, Amount) and q.value == n, text


@given(st.integers(min_value=1, max_value=10**16 - 1))
def test_korean_digits_with_cheon(n):
    text = digits_with_cheon(n) + "원"
    q = only(text)
    assert isinstance(q, Amount) and q.value == n and q.currency == "KRW", text


@given(st.integers(min_value=0, max_value=10**16 - 1))
def test_sino_korean_words(n):
    q = only(sino(n) if n < 10**4 else sino_with_units(n))
    assert isinstance(q, Quantity) and q.value == n


@given(st.integers(min_value=11, max_value=10**13), st.sampled_from(["원", "달러", " 달러", " 유로"]))
def test_sino_korean_words_as_money(n, currency):
    text = sino_with_units(n) + currency
    q = only(text)
    assert isinstance(q, Amount) and q.value == n, text


@given(st.integers(min_value=1, max_value=99), st.sampled_from(["", " 명", " 배"]))
def test_native_korean_numerals(n, unit):
    text = NATIVE_TENS[n // 10] + NATIVE_UNITS[n % 10] + unit
    q = only(text)
    assert isinstance(q, Quantity) and q.value == n
    assert q.kind == ("multiple" if unit == " 배" else "number")


@given(st.integers(min_value=2, max_value=10**12 - 1))
def test_english_number_words(n):
    q = only(english(n))
    assert isinstance(q, Quantity) and q.value == n


@given(
    st.integers(min_value=1, max_value=99999),
    st.integers(min_value=0, max_value=2),
    st.sampled_from([("million", 10**6), ("billion", 10**9), ("trillion", 10**12), ("bn", 10**9), ("m", 10**6)]),
    st.sampled_from([("$", "USD"), ("US$", "USD"), ("€", "EUR"), ("£", "GBP"), ("₩", "KRW"), ("USD ", "USD")]),
    st.booleans(),
)
def test_english_money_with_scales(mantissa, places, scale, currency, spaced):
    figure = Decimal(mantissa).scaleb(-places)
    word, size = scale
    sep = " " if spaced and len(word) > 2 else ""
    text = f"{currency[0]}{figure}{sep}{word}"
    q = only(text)
    assert isinstance(q, Amount) and q.value == figure * size and q.currency == currency[1], text


@given(st.integers(min_value=1, max_value=10**12))
def test_english_digits_with_commas(n):
    q = only(f"${n:,}")
    assert isinstance(q, Amount) and q.value == n


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31)), st.integers(min_value=0, max_value=5))
def test_absolute_dates_in_every_style(day, style):
    text = [
        f"{day.year}년 {day.month}월 {day.day}일",
        f"{day.year}.{day.month:02d}.{day.day:02d}",
        day.isoformat(),
        f"{EN_MONTHS[day.month - 1]} {day.day}, {day.year}",
        f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}",
        f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}",
    ][style]
    q = only(text, None)
    assert isinstance(q, When) and (q.value, q.precision) == (day.isoformat(), "day"), text


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2035, 12, 31)), st.integers(min_value=1, max_value=31))
def test_day_only_dates_fall_on_or_before_publication(published, day):
    q = only(f"{day}일(현지시간)", published.isoformat())
    assert isinstance(q, When)
    resolved = dt.date.fromisoformat(q.value)
    assert resolved.day == day and resolved <= published
    assert (published - resolved).days < 92


FRAGMENTS = ["1", "2", "0", "5", "9", ",", ".", " ", "-", "~", "(", ")", "%", "$", "€", "₩", "약 ", "최대 ", " 이상", "만", "억",
             "조", "천", "백", "십", "일", "이", "삼", "구", "영", "한", "세", "열", "달러", "원", "유로", "엔", "배", "명", "여",
             "년", "월", "일", "지난", "이날", "billion", "million", "about ", "up to ", "March", "on Friday", "last ",
             "2024", "02-1234-5678", "GPT-4", "\n"]  # fmt: skip


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30), st.sampled_from([None, "2024-03-28", "2023-01-01"]))
def test_any_text_reads_without_error_and_with_exact_disjoint_spans(parts, published):
    text = "".join(parts)
    found = find_quantities(text, published)
    assert [q.start for q in found] == sorted(q.start for q in found)
    by_kind: dict[str, list] = {}
    for q in found:
        assert text[q.start : q.end] == q.text
        by_kind.setdefault(type(q).__name__ + getattr(q, "kind", ""), []).append(q)
    for spans in by_kind.values():
        assert all(a.end <= b.start for a, b in zip(spans, spans[1:])), spans
