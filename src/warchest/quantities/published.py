"""The publication date an article states in its plain text: 입력 2024.11.23 05:31,
기사입력, 등록, 승인, Published, Posted, Updated, or a wire dateline.

First publication wins over updates: a labelled first-publication stamp (입력, 등록,
Published) is preferred to an update stamp (수정, Updated), which is used only when it
is the only one. With no label, a dateline that carries its year (SEOUL, June 4, 2024 --)
is used.
"""

from __future__ import annotations

import re

from .datemath import safe_date

_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATE = (
    r"(?:(?P<y>(?:19|20)\d{2})\s?(?:[.\-/]|년)\s?(?P<m>\d{1,2})\s?(?:[.\-/]|월)\s?(?P<d>\d{1,2})\s?(?:일|\.)?"
    rf"|{_MON}\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>(?:19|20)\d{{2}})"
    rf"|(?P<d3>\d{{1,2}})\s+{_MON.replace('mon', 'mon3')}\s+(?P<y3>(?:19|20)\d{{2}}))"
)
_TIME = (
    r"(?:[\sT,|]*(?:\((?:[월화수목금토일]|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\)\s*)?(?:(?P<ampm_ko>오전|오후)\s?)?"
    r"(?P<h>\d{1,2})\s?(?::|시)\s?(?P<mi>\d{2})(?:\s?분)?(?::\d{2})?(?:\s?(?P<ampm>[AaPp])\.?[Mm]\.?)?)?"
)
_FIRST = r"최초\s?입력|기사\s?입력|입력\s?일?|등록\s?일?|승인|작성\s?일?|게재\s?일?|송고\s?(?:시간|일)?|발행\s?일?|Published(?:\s+on)?|Posted(?:\s+on)?|First\s+published(?:\s+on)?|Created|Date"
_UPDATE = r"최종\s?수정|기사\s?수정|수정\s?일?|업데이트|Updated(?:\s+on)?|Last\s+updated(?:\s+on)?|Modified"
_STAMP = re.compile(rf"(?:(?P<first>{_FIRST})|(?P<update>{_UPDATE}))\s*(?:[:：]|시간|일시)?\s*{_DATE}{_TIME}", re.IGNORECASE)
_DATELINE = re.compile(rf"^[A-Z][A-Za-z .'-]+,(?:\s+[A-Z][A-Za-z .]+,)?\s+{_DATE}", re.MULTILINE)


def find_published(text: str) -> str | None:
    """The publication date (YYYY-MM-DD, or YYYY-MM-DDTHH:MM with a time) or None."""
    stamps = [(m.group("first") is None, m.start(), _stamp(m)) for m in _STAMP.finditer(text)]
    stamps = [s for s in stamps if s[2]]
    if stamps:
        return min(stamps)[2]
    m = _DATELINE.search(text)
    return _stamp(m) if m else None


def _stamp(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    if g.get("y"):
        y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
    elif g.get("y2"):
        y, mo, d = int(g["y2"]), _MONTHS.index(g["mon"][:3].lower()) + 1, int(g["d2"])
    else:
        y, mo, d = int(g["y3"]), _MONTHS.index(g["mon3"][:3].lower()) + 1, int(g["d3"])
    day = safe_date(y, mo, d)
    if day is None:
        return None
    if g.get("h") is None:
        return day.isoformat()
    hour, minute = int(g["h"]), int(g["mi"])
    pm = g.get("ampm_ko") == "오후" or (g.get("ampm") or "").lower() == "p"
    am = g.get("ampm_ko") == "오전" or (g.get("ampm") or "").lower() == "a"
    if pm and hour < 12:
        hour += 12
    elif am and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return day.isoformat()
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}"
