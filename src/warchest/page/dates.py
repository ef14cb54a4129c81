"""Publication timestamps as the contract writes them: ``YYYY-MM-DD`` or full ISO 8601.

Pages, feeds and dumps state the time in many shapes (ISO 8601, RFC 822 in RSS,
``2024.11.23 05:31`` on Korean sites); each is rewritten in one shape, keeping
the time and zone where the source gives them and never inventing either.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

_ISO = re.compile(
    r"^\s*(\d{4})[-./](\d{1,2})[-./](\d{1,2})\.?"
    r"(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?\s*$",
    re.I,
)


def _zone(text: str | None) -> dt.tzinfo | None:
    if not text:
        return None
    if text.upper() in ("Z", "UTC", "GMT"):
        return dt.timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _format(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def iso_published(value: str | None) -> str | None:
    """``value`` as ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM:SS[zone]``; None if it is
    not a date."""
    if not value or not value.strip():
        return None
    m = _ISO.match(value)
    try:
        if m:
            year, month, day, hour, minute, second, zone = m.groups()
            day_ = dt.date(int(year), int(month), int(day))
            if hour is None:
                return day_.isoformat()
            moment = dt.datetime(
                day_.year, day_.month, day_.day, int(hour), int(minute), int(second or 0), tzinfo=_zone(zone)
            )
            return _format(moment)
        moment = email.utils.parsedate_to_datetime(value.strip())
    except (ValueError, TypeError, IndexError):
        return None
    return _format(moment)
