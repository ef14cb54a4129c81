"""The publication date an article states in its plain text: 입력 2024.11.23 05:31,
기사입력, 등록, 승인, Published, Posted, Updated, or a wire dateline.

First publication wins over updates: a labelled first-publication stamp (입력, 등록,
Published) is preferred to an update stamp (수정, Updated), which is used only when it
is the only one. With no label, a dateline that carries its year (SEOUL, June 4, 2024 --)
is used, else the first date written with its clock time (홍길동 기자 2024.03.28 15:21).
"""

from __future__ import annotations

import re

from .datemath import EN_MONTH, month_number, safe_date

_MON = rf"(?P<mon>{EN_MONTH})"
_DATE = (
    r"(?:(?P<y>(?:19|20)\d{2})\s?(?:[.\-/]|년)\s?(?P<m>\d{1,2})\s?(?:[.\-/]|월)\s?(?P<d>\d{1,2})\s?(?:일|\.)?"
    rf"|{_MON}\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>(?:19|20)\d{{2}})"
    rf"|(?P<d3>\d{{1,2}})\s+{_MON.replace('mon', 'mon3')}\s+(?P<y3>(?:19|20)\d{{2}}))"
)
_CLOCK = r"(?:(?P<ampm_ko{n}>오전|오후)\s?)?(?P<h{n}>\d{{1,2}})\s?(?::|시)\s?(?P<mi{n}>\d{{2}})(?:\s?분)?(?::\d{{2}})?(?:\s?(?P<ampm{n}>[AaPp])\.?[Mm]\.?)?"
_WEEKDAY_IN_PARENS = r"(?:\((?:[월화수목금토일]|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\)\s*)?"
_TIME_AFTER = rf"[\sT,|]*{_WEEKDAY_IN_PARENS}{_CLOCK.format(n='')}"
# "Published 3:21 PM ET, Thu March 28, 2024": a clock and a weekday may come first
_TIME_BEFORE = rf"(?:{_CLOCK.format(n='0')}(?:\s?[A-Z]{{2,4}})?,?\s*)?(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_FIRST = r"최초\s?입력|기사\s?입력|입력\s?일?|등록\s?일?|승인|작성\s?일?|게재\s?일?|송고\s?(?:시간|일)?|발행\s?일?|Published(?:\s+on)?|Posted(?:\s+on)?|First\s+published(?:\s+on)?|Created"
_UPDATE = r"최종\s?수정|기사\s?수정|수정\s?일?|업데이트|Updated(?:\s+on)?|Last\s+updated(?:\s+on)?|Modified"
_STAMP = re.compile(
    rf"(?<![\w])(?:(?P<first>{_FIRST})|(?P<update>{_UPDATE}))\s*(?:[:：]|시간|일시)?\s*{_TIME_BEFORE}{_DATE}(?:{_TIME_AFTER})?",
    re.IGNORECASE,
)
_DATELINE = re.compile(rf"^[A-Z][A-Za-z .'-]+,(?:\s+[A-Z][A-Za-z .]+,)?\s+{_DATE}", re.MULTILINE)
# With no label, a numeric date with its clock time (2024.03.28 15:21) is a byline stamp;
# prose writes 2024년 3월 27일 오후 3시 for the time of an event.
_BARE_STAMP = re.compile(
    rf"(?<![\d.])(?P<y>(?:19|20)\d{{2}})(?P<sep>[.\-/])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})\.?[\sT]+{_CLOCK.format(n='')}"
)


def find_published(text: str) -> str | None:
    """The publication date (YYYY-MM-DD, or YYYY-MM-DDTHH:MM with a time) or None."""
    stamps = [(m.group("first") is None, m.start(), _stamp(m)) for m in _STAMP.finditer(text)]
    stamps = [s for s in stamps if s[2]]
    if stamps:
        return min(stamps)[2]
    for pattern in (_DATELINE, _BARE_STAMP):
        m = pattern.search(text)
        if m and _stamp(m):
            return _stamp(m)
    return None


def _stamp(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    if g.get("y"):
        y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
    elif g.get("y2"):
        y, mo, d = int(g["y2"]), month_number(g["mon"]), int(g["d2"])
    else:
        y, mo, d = int(g["y3"]), month_number(g["mon3"]), int(g["d3"])
    day = safe_date(y, mo, d)
    if day is None:
        return None
    n = "" if g.get("h") else "0"
    if g.get("h" + n) is None:
        return day.isoformat()
    hour, minute = int(g["h" + n]), int(g["mi" + n])
    pm = g.get("ampm_ko" + n) == "오후" or (g.get("ampm" + n) or "").lower() == "p"
    am = g.get("ampm_ko" + n) == "오전" or (g.get("ampm" + n) or "").lower() == "a"
    if pm and hour < 12:
        hour += 12
    elif am and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return day.isoformat()
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}"
