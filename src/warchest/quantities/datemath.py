"""Date arithmetic for resolving relative dates: month shifts, the latest such day or
month on or before a reference, weekdays; and the English month names every date
reader (dates, bylines, page chrome) spells the same way."""

from __future__ import annotations

import calendar
import datetime as dt

# An English month name, full or abbreviated (Sept., Jan), not the start of a longer word.
EN_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May\.?|June?\.?|July?\.?|Aug(?:ust|\.)?"
    r"|Sept(?:ember|\.)?|Sep\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![A-Za-z])"
)
_MONTH_KEYS = "jan feb mar apr may jun jul aug sep oct nov dec".split()


def month_number(name: str) -> int:
    """1-12 for an English month name matched by ``EN_MONTH``."""
    return _MONTH_KEYS.index(name[:3].lower()) + 1


def shift_months(year: int, month: int, k: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + k
    return n // 12, n % 12 + 1


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
        return dt.date(year, month, day)
    return None


def day_of_month(ref: dt.date, day: int, forward: bool = False) -> dt.date | None:
    """Day ``day`` of the reference month, or of the month before when that day is still
    to come (of the month after, for ``forward`` phrasings such as 오는 5일)."""
    step = 1 if forward else -1
    year, month = ref.year, ref.month
    if (day > ref.day and not forward) or (day < ref.day and forward):
        year, month = shift_months(year, month, step)
    for _ in range(3):  # 31일 in a 30-day month: keep going the same way
        found = safe_date(year, month, day)
        if found:
            return found
        year, month = shift_months(year, month, step)
    return None


def latest_month(ref: dt.date, month: int, strict: bool = False) -> tuple[int, int]:
    """The latest ``month`` on or before the reference month (before it, if ``strict``)."""
    if month < ref.month or (month == ref.month and not strict):
        return ref.year, month
    return ref.year - 1, month


def next_month(ref: dt.date, month: int) -> tuple[int, int]:
    """The first ``month`` after the reference month."""
    return (ref.year, month) if month > ref.month else (ref.year + 1, month)


def latest_day(ref: dt.date, month: int, day: int, ahead: int = 31) -> dt.date | None:
    """The latest month-day on or before the reference date (Jan. 23 in March: this year),
    or this year's if it comes within ``ahead`` days after it (an announced schedule)."""
    this_year = safe_date(ref.year, month, day)
    if this_year and (this_year - ref).days <= ahead:
        return this_year
    return safe_date(ref.year - 1, month, day)


def weekday_near(ref: dt.date, weekday: int, direction: str) -> dt.date:
    """The ``weekday`` (Monday = 0) nearest ``ref`` in ``direction``: "on" = on or before,
    "last" = strictly before, "next" = strictly after."""
    if direction == "next":
        return ref + dt.timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)
    back = (ref.weekday() - weekday) % 7
    if direction == "last" and back == 0:
        back = 7
    return ref - dt.timedelta(days=back)


def year_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"
