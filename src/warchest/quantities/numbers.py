"""Numerals: Arabic digits, Sino-Korean and native Korean words, English words and scales.

``find_numerals`` yields every stretch of text that spells a number, with its value;
whether that number is money, a percent, a count or nothing at all is decided later,
from its context (``scan``). The readers here only say what number a string spells and
reject strings that are not well-formed numerals (사이, 일일), so ordinary Korean
words made of numeral syllables do not turn into numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .hangul import is_hangul

SINO_DIGITS = {"영": 0, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "륙": 6, "칠": 7, "팔": 8, "구": 9}
SMALL_UNITS = {"십": 10, "백": 100, "천": 1000}
BIG_UNITS = {"만": 10**4, "억": 10**8, "조": 10**12}

NATIVE_TENS = {"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60, "일흔": 70, "여든": 80, "아흔": 90}
NATIVE_UNITS = {
    "하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "석": 3, "넷": 4, "네": 4, "넉": 4,
    "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9,
}  # fmt: skip

EN_ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
EN_SCALES = {
    "dozen": 12, "hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "mn": 10**6, "mln": 10**6, "bn": 10**9, "bln": 10**9, "tn": 10**12, "trn": 10**12,
}  # fmt: skip
# Single letters scale a number only right after a currency ($500M, £100m, $2.5k).
LETTER_SCALES = {"k": 10**3, "m": 10**6, "b": 10**9, "t": 10**12}

_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"
_SINO = "".join(SINO_DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS)
_SINO_DIGIT_CLASS = "[" + "".join(d for d in SINO_DIGITS if d != "영") + "]"
_KO_PIECE = rf"(?:{_DIGITS}|점{_SINO_DIGIT_CLASS}+|[{_SINO}])"
_KO_RUN = rf"{_KO_PIECE}(?:{_KO_PIECE}|(?<=[만억조])\s(?=\d|{_SINO_DIGIT_CLASS}|[십백천]))*"
_NATIVE = "(?:{t})(?:{u})?|(?:{u})".format(
    t="|".join(sorted(NATIVE_TENS, key=len, reverse=True)), u="|".join(sorted(NATIVE_UNITS, key=len, reverse=True))
)
_EN_WORD = "|".join(sorted([*EN_ONES, "dozen", "hundred", "thousand", "million", "billion", "trillion"], key=len, reverse=True))
_EN_WORDS = (
    r"\b(?:(?:a|half\s+a)\s+(?=(?:dozen|hundred|thousand|million|billion|trillion)\b))?"
    rf"(?:{_EN_WORD})(?:(?:\s+|-)(?:and\s+)?(?:{_EN_WORD}))*\b"
)
_EN_SCALE_AFTER = re.compile(r"[\s-]?(trillion|billion|million|thousand|mln|bln|trn|mn|bn|tn)\b", re.IGNORECASE)

NUMERAL_RE = re.compile(
    rf"(?P<native>(?<![가-힣])(?:{_NATIVE}))|(?P<ko>{_KO_RUN})|(?P<en>{_EN_WORDS})", re.IGNORECASE
)
_KO_TOKEN = re.compile(rf"{_DIGITS}|점{_SINO_DIGIT_CLASS}+|[{_SINO}]|\s")


@dataclass(frozen=True)
class Numeral:
    """A stretch of text that spells a number."""

    start: int
    end: int
    value: Decimal
    script: str  # "digits" (Arabic, maybe with 만/억 or million), "sino", "native", "words"
    scale: int = 1  # the unit its leading figure is counted in: 억 in "20억", 10**9 in "65 billion"

    @property
    def hangul(self) -> bool:
        """Spelled with Korean numeral words only, which need context to be trusted."""
        return self.script in ("sino", "native")


def whole(value: Decimal) -> Decimal:
    """A Decimal without exponent or trailing zeros, so equal values print the same."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def parse_digits(s: str) -> Decimal:
    return Decimal(s.replace(",", ""))


_ABOVE_SMALL = 10**4  # above every small unit (십, 백, 천)
_ABOVE_BIG = 10**16  # above every big unit (만, 억, 조)


def _ko_value(tokens: list[str]) -> Decimal | None:
    """Value of Korean numeral tokens (digits, 십백천, 만억조), or None if ill-formed."""
    total = Decimal(0)
    section = Decimal(0)  # the part below the next 만/억/조
    current: Decimal | None = None  # the digit or figure not yet given a unit
    current_arabic = False
    last_small, last_big = _ABOVE_SMALL, _ABOVE_BIG  # units must come in falling order
    seen_arabic = False
    for tok in tokens:
        if tok.isspace():
            continue
        if tok[0].isdigit():
            if current is not None:
                return None
            current, current_arabic, seen_arabic = parse_digits(tok), True, True
        elif tok.startswith("점"):
            if current is None or current_arabic:
                return None
            current += Decimal("0." + "".join(str(SINO_DIGITS[c]) for c in tok[1:]))
        elif tok in SINO_DIGITS:
            if current is not None:
                return None
            current, current_arabic = Decimal(SINO_DIGITS[tok]), False
        elif tok in SMALL_UNITS:
            unit = SMALL_UNITS[tok]
            if unit >= last_small or (current_arabic and current is not None and current >= 10):
                return None
            section += (current if current is not None else 1) * unit
            current, last_small = None, unit
        else:
            unit = BIG_UNITS[tok]
            if unit >= last_big:
                return None
            section += current if current is not None else 0
            total += (section or 1) * unit
            section, current, last_small, last_big = Decimal(0), None, _ABOVE_SMALL, unit
    if current is not None:
        if seen_arabic and not current_arabic and last_big < _ABOVE_BIG:
            return None  # "3억이": a particle, not a trailing digit
        section += current
    return total + section


def read_korean(s: str) -> tuple[int, Decimal] | None:
    """The longest prefix of ``s`` that is a well-formed Korean numeral: (length, value)."""
    tokens = _KO_TOKEN.findall(s)
    for n in range(len(tokens), 0, -1):
        part = tokens[:n]
        if part[-1].isspace():
            continue
        if any(t.isspace() for t in part):
            tail = "".join(part[max(i for i, t in enumerate(part) if t.isspace()) + 1 :])
            if not any(u in tail for u in "조억만천백십") and len(tail.replace(",", "")) < 3:
                continue  # "12억 5000만", "5만 5000", "이만 오천" continue a number; "3억 2" does not
            if _words_then_digits(part):
                continue  # "기업만 2000억", "구조 2000명": a word, then a figure
        value = _ko_value(part)
        if value is not None:
            return len("".join(part)), value
    return None


def _words_then_digits(tokens: list[str]) -> bool:
    """Whether numeral syllables spelled as words (만, 구조) are followed, across a space,
    by Arabic digits: writers spell such a number 1만 2000, so the syllables belong to
    a word or particle (에서만, 만큼) and the figure stands alone."""
    head = tokens[: next(i for i, t in enumerate(tokens) if t.isspace())]
    return not any(t[0].isdigit() for t in head) and any(t[0].isdigit() for t in tokens[len(head) :])


def read_native(s: str) -> Decimal:
    for tens, value in sorted(NATIVE_TENS.items(), key=lambda kv: -len(kv[0])):
        if s.startswith(tens):
            return Decimal(value + NATIVE_UNITS.get(s[len(tens) :], 0))
    return Decimal(NATIVE_UNITS[s])


def read_english(s: str) -> tuple[int, Decimal] | None:
    """The longest prefix of ``s`` made of well-formed English number words."""
    words = list(re.finditer(r"[a-z]+", s.lower()))
    best = None
    total, current, last = Decimal(0), Decimal(0), None
    for m in words:
        w = m.group()
        if w in ("and", "a", "half"):
            if w == "half":
                current += Decimal("0.5")
            elif w == "a" and current == 0:
                current = Decimal(1)
            continue
        if w in EN_ONES:
            v = EN_ONES[w]
            if last == "ones" and not (v < 10 and current % 100 >= 20 and current % 10 == 0):
                break
            current += v
            last = "ones"
        elif w == "hundred":
            if last == "hundred":
                break
            current = (current or 1) * 100
            last = "hundred"
        else:
            scale = EN_SCALES[w]
            total += (current or 1) * scale
            current, last = Decimal(0), "scale"
        best = (m.end(), total + current)
    return best


def _negative(text: str, start: int) -> bool:
    """A minus sign glued to the figure and free before it (-3.5%, (−4%)), not a dash
    between two figures (10-20%, 2023-24)."""
    return start > 0 and text[start - 1] in "-−" and (start == 1 or text[start - 2] in " \t\n([:")


def _glued_figure(text: str, m: re.Match[str]) -> int | None:
    """Where the figure starts when a run opens with numeral syllables glued to the
    word before (회사만2000억: 만 is a particle), else None."""
    if m.start() == 0 or not is_hangul(text[m.start() - 1]) or m.group()[0].isdigit():
        return None
    digit = re.search(r"\d", m.group())
    return m.start() + digit.start() if digit else None


def find_numerals(text: str) -> list[Numeral]:
    """Every numeral in ``text``, left to right, not overlapping."""
    out: list[Numeral] = []
    pos = 0
    while m := NUMERAL_RE.search(text, pos):
        pos = max(m.end(), m.start() + 1)
        s = m.group()
        if m.group("ko"):
            figure = _glued_figure(text, m)
            if figure is not None:
                pos = figure
                continue
            read = read_korean(s)
            if read is None:
                continue
            length, value = read
            pos = m.start() + length
            script = "digits" if any(c.isdigit() for c in s[:length]) else "sino"
            end = m.start() + length
            unit = next((c for c in s[:length] if c in BIG_UNITS), None)
            scale = BIG_UNITS[unit] if unit else 1
            if script == "digits" and not unit and s[:length].replace(",", "").replace(".", "").isdigit():
                after = _EN_SCALE_AFTER.match(text, end)
                if after:
                    scale = EN_SCALES[after.group(1).lower()]
                    value *= scale
                    end = pos = after.end()
            start = m.start()
            if script == "digits" and _negative(text, start):
                start, value = start - 1, -value
            out.append(Numeral(start, end, whole(value), script, scale))
        elif m.group("native"):
            out.append(Numeral(m.start(), m.end(), read_native(s), "native"))
        else:
            read = read_english(s)
            if read is not None:
                words = s[: read[0]].lower().split()
                scale = max((EN_SCALES[w] for w in words if w in EN_SCALES and w not in ("dozen", "hundred")), default=1)
                out.append(Numeral(m.start(), m.start() + read[0], whole(read[1]), "words", scale))
    return out
