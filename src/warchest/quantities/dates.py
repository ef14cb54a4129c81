"""Dates in Korean and English news text, absolute and relative, resolved to a value at
the precision the text supports.

Every rule is a pattern and a resolver. Resolvers see the publication date (``ref``)
and the running context: the last explicit day (what 이날 / "that day" mean) and the
last year named (what 같은 해 / "the same year" mean).

Decisions (documented here, tested in tests/test_quantities_dates.py):
- A day without a month (22일(현지시간), 지난 4일) falls in the publication month, or the
  month before when that day is still to come; 오는 5일 looks forward instead, and so does
  a day still to come in a sentence about the future (발표할 예정이다, 공개한다, "will").
- A day range (3월 27~28일, March 27-28) is one date: its first day.
- A two-digit year is read with an apostrophe ('24년, ’23년 말) or before a month (24년 3월),
  in the century that puts it at most ten years after publication; 24년 alone counts years.
- A month without a year (지난 2월, in February, 6월) is the latest such month on or before
  the publication month; "last September" is strictly before it. A month-day without a
  year (Jan. 23, 3월 27일) is the latest such day on or before publication, unless it falls
  within a month after publication in the same year (a schedule: "the final is Oct. 20").
- Weekdays ("on Friday", "Tuesday", 수요일) are the latest such day on or before
  publication; "last Tuesday" / 지난 화요일 strictly before; "next Monday" strictly after;
  "this Friday" and 지난주/이번 주/다음 주 X요일 that day in the named week (Monday first).
- 초/말/중순, 상반기, 1분기, early/late/mid-, "the first quarter" narrow a period without
  reaching the next unit: 올해 초 and "early this year" have year precision, 이달 초 month.
- 지난주 / "last week" have month precision: the month of the day a week before publication.
- 이날 / 당일 / "that day" take the last explicit day before them (else publication);
  전날 / "the day before" the day before that; "four days earlier" counts back from it.
  당시 / "at the time" repeat the last date named, at its precision (nothing before: no date).
- Relative forms with no publication date keep their precision and a null value.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable

from ..model import When
from .datemath import (EN_MONTH, day_of_month, latest_day, latest_month, month_number, next_month, safe_date,
                       shift_months, weekday_near, year_month)

Resolved = tuple[str | None, str] | None  # (value, precision); None rejects the match


@dataclass
class Context:
    """What resolvers know: the publication date and what the text said so far."""

    ref: dt.date | None
    anchor: dt.date | None = None  # the last explicit day
    year: int | None = None  # the last year named
    last: tuple[str, str] | None = None  # the last date named, at its precision

    @property
    def day(self) -> dt.date | None:
        return self.anchor or self.ref


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    resolve: Callable[[re.Match[str], Context], Resolved]
    relative_to_context: bool = False  # 이날, 같은 해: resolving it does not move the context
    trigger: re.Pattern[str] | None = None  # a cheap test: without it in the text, skip the rule


# ------------------------------------------------------------------ shared pieces

_Y = r"(?P<y>(?:19|20)\d{2})"
_M = r"(?P<m>1[0-2]|0?[1-9])"
_D = r"(?P<d>3[01]|[12]\d|0?[1-9])"
# the end of a day range, 3월 27~28일 / March 27-28: the range reads as its first day
_TO_DAY = r"(?:\s?일?\s?[~∼〜–-]\s?(?P<d2>3[01]|[12]\d|0?[1-9]))?"
_TO_DAY_EN = r"(?:\s?[–-]\s?(?P<d2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d))?"
_TZ = r"(?:\s?\((?:[^()\d\n]{0,12}?(?:시간|시각|time)|[월화수목금토일](?:요일)?|(?:ET|PT|KST|UTC|GMT|EST|PST))\)){0,2}"
_PART_Y = r"(?:\s?(?P<part>초반|중반|후반|초|말|중|상반기|하반기|[1-4]\s?분기|연초|연말))?"
_PART_M = r"(?:\s?(?:초순|중순|하순|상순|초|말|중))?"
_KO_WEEKDAYS = "월화수목금토일"
_MONTH_OF_YEAR = rf"\s?{_M}\s?월(?:\s?{_D}{_TO_DAY}\s?일{_TZ})?{_PART_M}"
_MON = rf"(?P<mon>{EN_MONTH})"
_MON_FULL = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b"
_DAY_EN = r"(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EN_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "한": 1, "일": 1, "두": 2, "세": 3, "네": 4,
             "다섯": 5, "여섯": 6}  # fmt: skip
# Plain prepositions are left out of a date's span ("in 2021" -> "2021").
_PREPOSITIONS = {"in", "since", "by", "until", "till", "through", "during", "from", "of", "before", "after", "on"}


def _day(d: dt.date | None) -> Resolved:
    return (d.isoformat() if d else None, "day")


def _month(ym: tuple[int, int] | None) -> Resolved:
    return (year_month(*ym) if ym else None, "month")


def _year(y: int | None) -> Resolved:
    return (f"{y:04d}" if y else None, "year")


def _int(m: re.Match[str], name: str) -> int:
    return int(m.group(name))


# ------------------------------------------------------------------ absolute


def _absolute(m: re.Match[str], ctx: Context) -> Resolved:
    """A date with its year: day, month or year precision by the groups present."""
    y = _int(m, "y")
    month = month_number(m.group("mon")) if m.groupdict().get("mon") else (_int(m, "m") if m.groupdict().get("m") else None)
    if month is None:
        return _year(y)
    if m.groupdict().get("d"):
        d = safe_date(y, month, _int(m, "d"))
        return _day(d) if d else None
    return _month((y, month))


def _month_day(m: re.Match[str], ctx: Context) -> Resolved:
    """A month and day with no year: the latest such day on or before publication."""
    month = month_number(m.group("mon")) if m.groupdict().get("mon") else _int(m, "m")
    rel = (m.groupdict().get("rel") or "").lower()
    if m.groupdict().get("d"):
        day = _int(m, "d")
        if not 1 <= day <= 31:
            return None
        if ctx.ref is None:
            return None, "day"
        if rel in ("오는", "next"):  # the first such day after publication
            this_year = safe_date(ctx.ref.year, month, day)
            return _day(this_year if this_year and this_year > ctx.ref else safe_date(ctx.ref.year + 1, month, day))
        if rel in ("올해", "올", "this"):
            return _day(safe_date(ctx.ref.year, month, day))
        return _day(latest_day(ctx.ref, month, day))
    return _relative_month(rel, month, ctx)


def _relative_month(rel: str, month: int, ctx: Context) -> Resolved:
    if ctx.ref is None:
        return None, "month"
    if rel in ("오는", "next", "다음"):
        return _month(next_month(ctx.ref, month))
    if rel in ("올해", "올", "this", "이번"):
        return _month((ctx.ref.year, month))
    return _month(latest_month(ctx.ref, month, strict=rel == "last"))


# ------------------------------------------------------------------ Korean relative

_KO_YEAR_WORDS = {"재작년": -2, "지난해": -1, "작년": -1, "올해": 0, "금년": 0, "올": 0, "내년": 1, "내후년": 2}
_KO_MONTH_WORDS = {"지지난달": -2, "지난달": -1, "전달": -1, "전월": -1, "이달": 0, "이번달": 0, "당월": 0, "다음달": 1, "내달": 1}


def _ko_year_word(m: re.Match[str], ctx: Context) -> Resolved:
    word = re.sub(r"\s", "", m.group("ry"))
    if word in ("같은해", "그해", "이듬해"):
        base = ctx.year
        if base is None:
            return None
        year = base + (1 if word == "이듬해" else 0)
    elif ctx.ref is None:
        year = None
    else:
        year = ctx.ref.year + _KO_YEAR_WORDS[word]
    return _in_year(m, year)


def _in_year(m: re.Match[str], year: int | None) -> Resolved:
    """The month or day of a year named by a word (지난해 9월, 같은 해 12월)."""
    if not m.groupdict().get("m"):
        return _year(year)
    if year is None:
        return None, ("day" if m.group("d") else "month")
    if m.group("d"):
        return _day(safe_date(year, _int(m, "m"), _int(m, "d")))
    return _month((year, _int(m, "m")))


def _short_year(m: re.Match[str], ctx: Context) -> Resolved:
    """A year written with two digits: in the century that puts it at most ten years
    after publication ('24 -> 2024, '98 -> 1998)."""
    yy = _int(m, "yy")
    latest = (ctx.ref.year if ctx.ref else dt.date.today().year) + 10
    return _in_year(m, 2000 + yy if 2000 + yy <= latest else 1900 + yy)


def _ko_month_word(m: re.Match[str], ctx: Context) -> Resolved:
    word = re.sub(r"\s", "", m.group("rm"))
    if ctx.ref is None:
        return None, ("day" if m.group("d") else "month")
    y, mo = shift_months(ctx.ref.year, ctx.ref.month, _KO_MONTH_WORDS[word])
    if m.group("d"):
        return _day(safe_date(y, mo, _int(m, "d")))
    return _month((y, mo))


def _day_alone(m: re.Match[str], ctx: Context) -> Resolved:
    """A day of the month alone: 22일(현지시간), 지난 4일, 오는 5일, "on the 22nd"."""
    if ctx.ref is None:
        return None, "day"
    day, rel = _int(m, "d"), m.groupdict().get("rel")
    forward = rel == "오는" or (not rel and day > ctx.ref.day and _forecast(m))
    return _day(day_of_month(ctx.ref, day, forward=forward))


_SENTENCE_END = re.compile(r"(?<=[다요])\.|[.!?](?=\s|$)|\n")
_FORECAST = re.compile(
    r"예정|계획|방침|전망|[할될]\s?것|\b(?:will|would|plans?\s+to|(?:is|are)\s+(?:set|scheduled|expected|due|slated)\s+to)\b",
    re.IGNORECASE,
)
_JONG_NIEUN = 4  # the final consonant ㄴ in a Hangul syllable


def _forecast(m: re.Match[str]) -> bool:
    """Whether the sentence around a date speaks of what is still to come (발표할 예정이다,
    공개한다, "will open on the 29th"): then a day after publication is this month's."""
    text = m.string
    starts = [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())]
    start = starts[-1] if starts else 0
    end_match = _SENTENCE_END.search(text, m.end())
    sentence = text[start : end_match.start() if end_match else len(text)]
    return bool(_FORECAST.search(sentence)) or any(_present_tense(sentence, i) for i in _endings(sentence))


def _endings(sentence: str) -> list[int]:
    """Positions of 다 ending a predicate (공개한다, 공개한다고, 열린다는), not starting a word (다음)."""
    padded = sentence + " "
    return [i for i, ch in enumerate(sentence) if ch == "다" and i > 0 and padded[i + 1] in " \t,.\"'”’)고는며"]


def _present_tense(sentence: str, i: int) -> bool:
    """공개한다, 열린다, 나선다: a verb in the plain present, which Korean news uses for a
    scheduled event; 했다, 밝혔다 are past."""
    before = sentence[i - 1]
    return before == "는" or ("가" <= before <= "힣" and (ord(before) - 0xAC00) % 28 == _JONG_NIEUN)


_KO_DAY_WORDS = {"오늘": 0, "금일": 0, "어제": -1, "작일": -1, "그제": -2, "그저께": -2, "내일": 1, "모레": 2}


def _ko_day_word(m: re.Match[str], ctx: Context) -> Resolved:
    if ctx.ref is None:
        return None, "day"
    return _day(ctx.ref + dt.timedelta(days=_KO_DAY_WORDS[m.group("w")]))


_ANCHOR_WORDS = {
    "이날": 0, "당일": 0, "같은날": 0, "그날": 0, "이튿날": 1, "다음날": 1, "전날": -1, "하루전": -1,
    "thatday": 0, "thesameday": 0, "thatsameday": 0, "thedaybefore": -1, "thepreviousday": -1,
    "adayearlier": -1, "thenextday": 1, "thefollowingday": 1, "adaylater": 1,
}  # fmt: skip


def _anchor_word(m: re.Match[str], ctx: Context) -> Resolved:
    base = ctx.day
    if base is None:
        return None, "day"
    return _day(base + dt.timedelta(days=_ANCHOR_WORDS[re.sub(r"\s", "", m.group("a")).lower()]))


def _then(m: re.Match[str], ctx: Context) -> Resolved:
    """당시 / "at the time": the last date named, at the precision it was named with."""
    return ctx.last


def _weekday(m: re.Match[str], ctx: Context) -> Resolved:
    if ctx.ref is None:
        return None, "day"
    w = m.group("w").lower()
    weekday = _KO_WEEKDAYS.index(w) if w in _KO_WEEKDAYS else _WEEKDAYS_EN.index(w)
    rel = re.sub(r"\s", "", (m.group("rel") or "").lower())
    if rel in _NAMED_WEEKS:  # 지난주 수요일: that day of the week before the publication week
        monday = ctx.ref - dt.timedelta(days=ctx.ref.weekday())
        return _day(monday + dt.timedelta(days=weekday + 7 * _NAMED_WEEKS[rel]))
    direction = {"last": "last", "지난": "last", "thispast": "last", "past": "last",
                 "next": "next", "다음": "next", "오는": "next"}.get(rel, "on")  # fmt: skip
    return _day(weekday_near(ctx.ref, weekday, direction))


_NAMED_WEEKS = {"지난주": -1, "this": 0, "이번": 0, "이번주": 0, "다음주": 1}


_WEEK_WORDS = {"지난주": -7, "지난 주": -7, "이번주": 0, "이번 주": 0, "금주": 0, "다음주": 7, "다음 주": 7, "내주": 7,
               "last": -7, "this": 0, "next": 7, "earlier this": 0, "later this": 0, "the past": -7,
               "the previous": -7}  # fmt: skip


def _week(m: re.Match[str], ctx: Context) -> Resolved:
    if ctx.ref is None:
        return None, "month"
    day = ctx.ref + dt.timedelta(days=_WEEK_WORDS[re.sub(r"\s+", " ", m.group("wk").lower())])
    return _month((day.year, day.month))


_AGO_UNITS = {"년": "year", "개월": "month", "달": "month", "주": "week", "주일": "week", "일": "day"}


def _ago(m: re.Match[str], ctx: Context) -> Resolved:
    """N units before publication (3년 전, two weeks ago) or after/before the context day."""
    n = m.group("n").lower()
    count = int(n) if n.isdigit() else _EN_SMALL[n]
    unit = _AGO_UNITS.get(m.group("u"), m.group("u").lower().rstrip("s"))
    direction = m.group("dir").lower()
    base = ctx.ref if direction in ("ago", "전") else ctx.day
    sign = 1 if direction in ("later", "after") else -1
    if base is None:
        return None, ("day" if unit in ("day", "week") else unit)
    if unit in ("day", "week"):
        return _day(base + dt.timedelta(days=sign * count * (7 if unit == "week" else 1)))
    if unit == "month":
        return _month(shift_months(base.year, base.month, sign * count))
    return _year(base.year + sign * count)


# ------------------------------------------------------------------ English relative

_EN_UNIT_SHIFT = {"last": -1, "this": 0, "next": 1, "earlier this": 0, "later this": 0, "early this": 0,
                  "late this": 0, "late last": -1, "early last": -1, "early next": 1, "late next": 1,
                  "the past": -1, "the previous": -1, "the same": None, "that": None}  # fmt: skip


def _en_unit(m: re.Match[str], ctx: Context) -> Resolved:
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    unit = m.group("u").lower()
    shift = _EN_UNIT_SHIFT[rel]
    if shift is None:  # "the same year", "that month"
        base = ctx.anchor
        if unit == "year":
            return _year(ctx.year) if ctx.year else None
        return _month((base.year, base.month)) if base and unit == "month" else None
    if ctx.ref is None:
        return None, ("year" if unit in ("year", "quarter") else "month")
    if unit in ("year", "quarter"):
        return _year(ctx.ref.year + (shift if unit == "year" else 0))
    return _month(shift_months(ctx.ref.year, ctx.ref.month, shift))


_YEAR_SHIFT = {"the": 0, "this": 0, "last": -1, "next": 1, "연초": 0, "연말": 0, "연내": 0, "연중": 0, "상반기": 0,
               "하반기": 0}  # fmt: skip


def _part_of_year(m: re.Match[str], ctx: Context) -> Resolved:
    """A part of the publication year, or of the one before or after: 연말, the end of last year."""
    return _year(ctx.ref.year + _YEAR_SHIFT[m.group("which").lower()] if ctx.ref else None)


_EN_DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
                 "the day after tomorrow": 2}  # fmt: skip


def _en_day_word(m: re.Match[str], ctx: Context) -> Resolved:
    if ctx.ref is None:
        return None, "day"
    return _day(ctx.ref + dt.timedelta(days=_EN_DAY_WORDS[re.sub(r"\s+", " ", m.group("w").lower())]))


def _en_month_alone(m: re.Match[str], ctx: Context) -> Resolved:
    rel = re.sub(r"\s+", " ", (m.groupdict().get("rel") or "").lower())
    return _relative_month(rel if rel in ("last", "next", "this") else "", month_number(m.group("mon")), ctx)


def _year_alone(m: re.Match[str], ctx: Context) -> Resolved:
    return _year(_int(m, "y"))


def _quarter(m: re.Match[str], ctx: Context) -> Resolved:
    """A quarter or half names its year: the year given, else the publication year."""
    if m.groupdict().get("y"):
        return _year(_int(m, "y"))
    if m.groupdict().get("yy"):
        return _year(2000 + _int(m, "yy"))
    return _year(ctx.ref.year if ctx.ref else None)


_PLURAL_STOP = {"its", "was", "as", "has", "is", "his", "this", "thus", "us", "plus", "versus", "whereas", "towards",
                "afterwards", "always", "perhaps", "less", "unless"}  # fmt: skip


_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_COUNTED = {"won", "yen", "yuan", "euro", "million", "billion", "thousand", "trillion", "percent", "people", "staff"}


def _bare_year(m: re.Match[str], ctx: Context) -> Resolved:
    """A four-digit year standing alone; not when it counts something (2000 employees)."""
    after = _NEXT_WORD.match(m.string, m.end())
    word = after.group(1) if after else ""
    if word in _COUNTED or (word.endswith("s") and word not in _PLURAL_STOP):
        return None
    return _year(_int(m, "y"))


# ------------------------------------------------------------------ the rules

_NOT_DIGIT_BEFORE = r"(?<![\d.,/$€£¥₩#])"
_KO_DAY_END = r"(?!\s?(?:간|동안|만에|만|이내|내|째|연속|치|가량|여|이후|후|뒤|분|번|회|차|명))"


_HANGUL = re.compile("[가-힣]")
_MONTH_NAME = re.compile(_MON)
_WEEKDAY_NAME = re.compile("day", re.IGNORECASE)


def _r(pattern: str, resolve, relative_to_context: bool = False, flags: int = 0, trigger=None) -> Rule:
    return Rule(re.compile(pattern, flags), resolve, relative_to_context, trigger)


def _ko(pattern: str, resolve, relative_to_context: bool = False) -> Rule:
    """A Korean rule: only texts with Hangul need it."""
    return _r(pattern, resolve, relative_to_context, trigger=_HANGUL)


RULES: tuple[Rule, ...] = (
    # Korean and numeric absolute dates
    _ko(rf"{_NOT_DIGIT_BEFORE}{_Y}\s?년\s?{_M}\s?월\s?{_D}{_TO_DAY}\s?일{_TZ}", _absolute),
    _r(rf"{_NOT_DIGIT_BEFORE}{_Y}\s?(?P<sep>[.\-/])\s?{_M}\s?(?P=sep)\s?{_D}(?![\d])(?:\.(?!\d))?{_TZ}", _absolute),
    _r(rf"(?<![\d/]){_M}/{_D}/{_Y}(?![\d/])", _absolute),
    _r(rf"(?<![\d/]){_D}/{_M}/{_Y}(?![\d/])", _absolute),  # 27/03/2024: only when the US reading fails
    _ko(rf"{_NOT_DIGIT_BEFORE}{_Y}\s?년\s?{_M}\s?월{_PART_M}", _absolute),
    _r(rf"{_NOT_DIGIT_BEFORE}{_Y}-(?P<m>0[1-9]|1[0-2])(?![\d.\-/])", _absolute),
    _ko(rf"{_NOT_DIGIT_BEFORE}{_Y}\s?년(?!\s?(?:대|간|동안|만에|치|째|생|도\s?예산))(?:{_PART_Y})", _absolute),
    # two-digit years: '24년, ’23년 말, 24년 3월 (without the apostrophe only before a month)
    _ko(rf"(?<![\d\w])['’‘](?P<yy>\d{{2}})\s?년(?!\s?(?:대|간|동안|만에|치|째|생))(?:{_MONTH_OF_YEAR}|{_PART_Y})", _short_year),
    _ko(rf"(?<![\d\w'’‘.,/])(?P<yy>\d{{2}})\s?년{_MONTH_OF_YEAR}", _short_year),
    # Korean relative
    _ko(
        rf"(?<![가-힣])(?P<ry>재작년|지난해|작년|올해|금년|내년|내후년|같은\s?해|그해|이듬해|올(?=\s?(?:\d{{1,2}}\s?월|초|말|상반기|하반기|[1-4]\s?분기)))"
        rf"(?:\s?{_M}\s?월(?:\s?{_D}{_TO_DAY}\s?일{_TZ})?{_PART_M}|{_PART_Y})",
        _ko_year_word,
    ),
    _ko(rf"(?<![가-힣])(?P<rm>지지난달|지난달|전달|전월|이달|이번\s?달|당월|다음\s?달|내달)(?:\s?{_D}{_TO_DAY}\s?일{_TZ}|{_PART_M})", _ko_month_word),
    _ko(rf"(?:(?<![가-힣])(?P<rel>지난|오는|이번|올해|올)\s?)?{_NOT_DIGIT_BEFORE}{_M}\s?월(?!요일)(?:\s?{_D}{_TO_DAY}\s?일{_TZ})?{_PART_M}", _month_day),
    _ko(rf"(?:(?<![가-힣])(?P<rel>지난|오는|이번\s?달)\s?)?(?<![\d.,/\-제])(?<!월\s){_D}{_TO_DAY}\s?일{_KO_DAY_END}{_TZ}", _day_alone),
    _ko(r"(?<![가-힣])(?P<w>오늘|금일|어제|작일|그저께|그제|내일|모레)(?!날|부터\s?\d)", _ko_day_word),
    _ko(r"(?<![가-힣])(?P<a>이날|당일|같은\s?날|그날|이튿날|다음\s?날|전날|하루\s?전)", _anchor_word, True),
    _ko(r"(?<![가-힣])당시(?!간|장)|\b(?i:at\s+the\s+time)\b", _then, True),
    _ko(rf"(?:(?<![가-힣])(?P<rel>지난주|이번\s?주|다음\s?주|지난|이번|다음|오는)\s?)?(?P<w>[{_KO_WEEKDAYS}])요일{_TZ}", _weekday),
    _ko(r"(?<![가-힣])(?P<wk>지난\s?주|이번\s?주|금주|다음\s?주|내주)(?!\s?[월화수목금토일]요일)(?![말간주])", _week),
    _ko(r"(?<![\d가-힣])(?P<n>\d+|한|두|세|네|다섯|여섯|일(?=주일))\s?(?P<u>년|개월|달|주일|주|일)\s?(?P<dir>전)(?:(?![가-힣])|(?=에|부터|까지|의))", _ago),
    _ko(r"(?<![\d년])(?P<q>[1-4])\s?분기", _quarter),
    _ko(r"(?<![가-힣])(?P<which>연초|연말|연내|연중|상반기|하반기)", _part_of_year),
    # English absolute
    _r(rf"\b{_MON}\s+{_DAY_EN}{_TO_DAY_EN},?\s+{_Y}\b", _absolute, trigger=_MONTH_NAME),
    _r(rf"\b{_DAY_EN}\s+(?:of\s+)?{_MON},?\s+{_Y}\b", _absolute, trigger=_MONTH_NAME),
    _r(rf"\b(?:(?:early|late|mid-?)\s*)?{_MON},?\s+(?:of\s+)?{_Y}\b", _absolute, trigger=_MONTH_NAME),
    _r(rf"\b(?:(?P<rel>(?i:last|this|next))\s+)?{_MON}\s+{_DAY_EN}{_TO_DAY_EN}(?!,?\s+\d)", _month_day, trigger=_MONTH_NAME),
    _r(rf"(?<![\d,.$])\b(?:the\s+)?{_DAY_EN}\s+(?:of\s+)?{_MON}(?!,?\s+\d)", _month_day, trigger=_MONTH_NAME),
    _r(
        r"(?:\b(?P<rel>(?i:last|this|next|in|since|by|until|through|during|from|early|late|mid-|earlier\s+in"
        rf"|later\s+in|before|after|end\s+of|start\s+of|beginning\s+of))(?:\s+|(?<=-))){_MON_FULL}",
        _en_month_alone,
        trigger=_MONTH_NAME,
    ),
    # a bare month name, not May (a verb) nor a name before a surname (April Smith)
    _r(r"\b(?P<mon>January|February|March|April|June|July|August|September|October|November|December)\b(?!\s+[A-Z])",
       _en_month_alone, trigger=_MONTH_NAME),
    _r(
        r"(?:\b(?:early|late|mid-?|fiscal|FY|the\s+end\s+of|the\s+start\s+of|the\s+(?:first|second)\s+half\s+of"
        rf"|(?:the\s+)?(?:spring|summer|fall|autumn|winter)(?:\s+of)?)\s*){_Y}\b(?![,.]?\d)",
        _year_alone,
        flags=re.IGNORECASE,
    ),
    _r(rf"(?<![\d,.$€£¥₩#\-/])\b{_Y}\b(?![,.]?\d|\s?[%가-힣]|-\d)", _bare_year),
    _r(
        r"\b(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:quarter|half)(?:\s+of)?(?:\s+(?:fiscal\s+)?" + _Y + r")?\b",
        _quarter,
        flags=re.IGNORECASE,
    ),
    _r(rf"\b(?:Q|H)(?P<q>[1-4])(?:\s?(?:'(?P<yy>\d{{2}})|{_Y}))?\b", _quarter),
    _r(rf"\b{_Y}\s?(?:Q|H)(?P<q>[1-4])\b", _quarter),
    _r(r"\b(?P<q>[1-4])(?:Q|H)\s?'?(?P<yy>\d{2})\b", _quarter),
    _r(r"\bFY\s?'?(?P<yy>\d{2})\b", _quarter),
    # English relative
    _r(r"\bthe\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Z])", _day_alone),
    _r(
        r"\b(?P<rel>(?:earlier|later|early|late)\s+this|(?:early|late)\s+(?:last|next)|the\s+past|the\s+previous"
        r"|the\s+same|last|this|next|that)\s+(?P<u>year|month|quarter)\b",
        _en_unit,
        flags=re.IGNORECASE,
    ),
    _r(
        r"\b(?:the\s+)?(?:end|start|beginning|middle|rest|(?:first|second)\s+half)\s+of\s+(?P<which>the|this|last|next)\s+year\b",
        _part_of_year,
        flags=re.IGNORECASE,
    ),
    _r(r"\b(?P<wk>earlier\s+this|later\s+this|the\s+past|the\s+previous|last|this|next)\s+week\b", _week, flags=re.IGNORECASE),
    _r(
        r"\b(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow)\b",
        _en_day_word,
        flags=re.IGNORECASE,
    ),
    _r(
        r"\b(?P<a>that\s+same\s+day|the\s+same\s+day|that\s+day|the\s+day\s+before|the\s+previous\s+day"
        r"|a\s+day\s+earlier|the\s+next\s+day|the\s+following\s+day|a\s+day\s+later)\b",
        _anchor_word,
        True,
        flags=re.IGNORECASE,
    ),
    _r(
        r"(?:\b(?P<rel>(?i:this\s+past|last|this|next|on|by|since|until|from|past))\s+)?"
        r"\b(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
        _weekday,
        trigger=_WEEKDAY_NAME,
    ),
    _r(
        r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
        r"\s+(?P<u>day|week|month|year)s?\s+(?P<dir>ago|earlier|later|before|after)\b",
        _ago,
        True,
        flags=re.IGNORECASE,
    ),
)


def _span(m: re.Match[str]) -> tuple[int, int]:
    """The match without a leading plain preposition ("in 2021" -> "2021")."""
    start = m.start()
    rel = m.groupdict().get("rel")
    if rel and rel.lower() in _PREPOSITIONS and m.start("rel") == start:
        start = m.end("rel")
        while m.string[start].isspace():
            start += 1
    return start, m.end()


def _candidates(text: str) -> list[tuple[int, int, int, re.Match[str]]]:
    found = []
    for order, rule in enumerate(RULES):
        if rule.trigger is not None and not rule.trigger.search(text):
            continue
        for m in rule.pattern.finditer(text):
            if m.end() > m.start() and _ordered_range(m):
                start, end = _span(m)
                found.append((start, end, order, m))
    return found


def _ordered_range(m: re.Match[str]) -> bool:
    """A day range must run forward (27~28일); 28-27 is not a range."""
    groups = m.groupdict()
    return not groups.get("d2") or int(groups["d2"]) > int(groups["d"])


def _chosen(found):
    """Non-overlapping matches, longest first (지난해 9월 over 지난해), in text order."""
    taken: list[tuple[int, int]] = []
    chosen = []
    for start, end, order, m in sorted(found, key=lambda c: (-(c[1] - c[0]), c[0], c[2])):
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        chosen.append((start, end, order, m))
    return sorted(chosen, key=lambda c: c[0])


def _reference(published: str | None) -> dt.date | None:
    """The publication day from YYYY-MM-DD or a full ISO timestamp; None if unreadable,
    so that a page with malformed metadata still gets its absolute dates."""
    try:
        return dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def find_dates(text: str, published: str | None = None) -> list[When]:
    """Every date expression in ``text``, resolved against ``published`` (YYYY-MM-DD...)."""
    ref = _reference(published)
    ctx = Context(ref, year=ref.year if ref else None)
    out: list[When] = []
    for start, end, order, m in _chosen(_candidates(text)):
        rule = RULES[order]
        resolved = rule.resolve(m, ctx)
        if resolved is None:
            continue
        value, precision = resolved
        out.append(When(value, precision, text[start:end], start, end))
        if value and not rule.relative_to_context:
            ctx.last = resolved
            ctx.year = int(value[:4])
            if precision == "day":
                ctx.anchor = dt.date.fromisoformat(value)
    return out
