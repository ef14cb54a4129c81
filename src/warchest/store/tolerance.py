"""When two reported figures can be the same: amounts within tolerance after
conversion at the month's rate, and dates that overlap at their precisions.

Reporters round ("$6.6 billion" and "66억 달러"), convert at the day's rate
("40억 달러(약 5조6000억원)"), qualify ("more than", 약) and date an announcement
by their own time zone; these tolerances absorb that and no more.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache

from ..model import Amount, When
from .fx import FxTable

SAME_CURRENCY_TOLERANCE = Decimal("0.01")  # each side: "$2.75 billion" and "$2.8 billion" agree
FX_TOLERANCE = Decimal("0.08")  # a monthly average against the rate an outlet used that day
APPROX_TOLERANCE = Decimal("0.10")  # 약, about, roughly
OVER_CEILING = Decimal("1.5")  # "more than X" is read as at most 1.5 X
UNDER_FLOOR = Decimal("0.75")  # "a little under X" is read as at least 0.75 X
DAY_SLACK = 3  # days: time zones, and a Friday announcement reported on Monday
MONTH_SLACK = 10  # days: announced in late January, carried out in February


@lru_cache(maxsize=1 << 16)
def amount_range(amount: Amount, tolerance: Decimal) -> tuple[Decimal, Decimal]:
    """The values an amount can stand for, given its 약/about and 이상/up to qualifiers."""
    value = amount.value
    lo, hi = value * (1 - tolerance), (amount.upper or value) * (1 + tolerance)
    if amount.approx:
        lo, hi = lo * (1 - APPROX_TOLERANCE), hi * (1 + APPROX_TOLERANCE)
    if amount.bound in ("over", "at_least"):
        hi = max(hi, value * OVER_CEILING)
    elif amount.bound == "under":
        lo = min(lo, value * UNDER_FLOOR)
    return lo, hi


def _overlap(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def amounts_agree(a: Amount, a_day: str | None, b: Amount, b_day: str | None, fx: FxTable) -> bool:
    """Whether two amounts can be the same sum: within tolerance, converted if need be.

    A parenthesised conversion in the other's currency is used before the FX table.
    """
    if a.currency == b.currency:
        return _overlap(amount_range(a, SAME_CURRENCY_TOLERANCE), amount_range(b, SAME_CURRENCY_TOLERANCE))
    for x, y in ((a, b), (b, a)):
        if x.converted is not None and x.converted.currency == y.currency:
            conv = x.converted
            return _overlap(amount_range(conv, SAME_CURRENCY_TOLERANCE + APPROX_TOLERANCE),
                            amount_range(y, SAME_CURRENCY_TOLERANCE))
    ua, ub = usd(a, a_day, fx), usd(b, b_day, fx)
    if ua is None or ub is None:
        return False
    lo_a, hi_a = amount_range(a, FX_TOLERANCE)
    lo_b, hi_b = amount_range(b, FX_TOLERANCE)
    ra, rb = ua / a.value, ub / b.value
    return _overlap((lo_a * ra, hi_a * ra), (lo_b * rb, hi_b * rb))


def usd(amount: Amount, day: str | None, fx: FxTable) -> Decimal | None:
    return fx.to_usd(amount.value, amount.currency, day)


def date_range(when: When) -> tuple[dt.date, dt.date] | None:
    """The days a date may mean at its precision (a day gets ``DAY_SLACK`` either side)."""
    return _days(when.value) if when.value else None


@lru_cache(maxsize=1 << 14)
def _days(value: str) -> tuple[dt.date, dt.date] | None:
    try:
        year = int(value[:4])
        if len(value) >= 10:
            day = dt.date.fromisoformat(value[:10])
            slack = dt.timedelta(days=DAY_SLACK)
            return day - slack, day + slack
        if len(value) >= 7:
            month = int(value[5:7])
            first = dt.date(year, month, 1)
            nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
            slack = dt.timedelta(days=MONTH_SLACK)
            return first - slack, nxt - dt.timedelta(days=1) + slack
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None


def dates_agree(a: When | None, b: When | None) -> bool | None:
    """True or False when both dates are known, None when either is missing."""
    ra, rb = (date_range(a) if a else None), (date_range(b) if b else None)
    if ra is None or rb is None:
        return None
    return ra[0] <= rb[1] and rb[0] <= ra[1]


def apart(a: When | None, b: When | None, days: int) -> bool:
    """Both dates known and more than ``days`` apart at their precisions."""
    ra, rb = (date_range(a) if a else None), (date_range(b) if b else None)
    if ra is None or rb is None:
        return False
    gap = dt.timedelta(days=days)
    return ra[1] + gap < rb[0] or rb[1] + gap < ra[0]
