"""Bytes to text: byte-order mark, declared charset, then detection.

The order follows browsers: a BOM wins; then the charset the container
declared (HTTP header, feed), then the page's own ``<meta charset>``,
``http-equiv`` or XML declaration; then detection (charset-normalizer).
A declaration is trusted only if the bytes decode under it without error, and
bytes that are valid UTF-8 with non-ASCII characters are taken as UTF-8 even
when a legacy charset is declared, since that is almost never an accident.

Labels are mapped as the WHATWG Encoding Standard maps them: ``euc-kr`` means
Windows-949 (CP949), so pages that declare EUC-KR but use the 8,822 syllables
only CP949 has decode exactly; ``iso-8859-1`` means Windows-1252, and so on.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from ..errors import DecodeError

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM it starts with
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Labels browsers accept that Python's codec registry does not know.
ALIASES = {"x-windows-949": "cp949", "windows-949": "cp949", "x-euc-kr": "cp949", "x-sjis": "cp932"}
# WHATWG label -> the Python codec that decodes what pages labelled so contain.
SUPERSETS = {
    "euc_kr": "cp949",
    "iso8859_1": "cp1252",
    "ascii": "cp1252",
    "iso8859_9": "cp1254",
    "iso8859_11": "cp874",
    "tis_620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "big5": "big5hkscs",
}
MULTIBYTE = ("utf_8", "utf_16", "utf_32", "cp949", "gb18030", "cp932", "big5hkscs", "euc_jp", "iso2022_jp")

_META = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.I,
)
DECLARATION_WINDOW = 4096
MAX_CONTROL_SHARE = 0.01


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # the label reported to users: the declared one where it held


def codec_for(label: str | None) -> str | None:
    """The Python codec that reads bytes labelled ``label``, or None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    try:
        name = codecs.lookup(ALIASES.get(label, label)).name
    except LookupError:
        return None
    name = name.replace("-", "_")
    return SUPERSETS.get(name, name)


def declared_charset(head: bytes) -> str | None:
    """The charset a page names in its first bytes (meta charset, http-equiv or
    XML declaration)."""
    m = _META.search(head[:DECLARATION_WINDOW])
    if not m:
        return None
    return (m.group(1) or m.group(2)).decode("ascii")


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _label(declared: str, codec: str) -> str:
    """The name to report: the declared label, lower-cased, as users know it."""
    return declared.strip().strip("\"'").lower() or codec


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def strip_controls(text: str) -> str:
    """``text`` without the characters XML forbids (C0 controls other than tab,
    line feed and carriage return; U+FFFE, U+FFFF): they are never article
    text, and the HTML parser refuses them."""
    return _CONTROL.sub("", text)


def _control_share(text: str) -> float:
    sample = text[:65536]
    return len(_CONTROL.findall(sample)) / max(1, len(sample))


def _detect(data: bytes) -> tuple[str, str] | None:
    best = from_bytes(data[:1_000_000]).best()
    if best is None:
        return None
    codec = codec_for(best.encoding)
    text = _strict(data, codec) if codec else None
    return (text, codec.replace("_", "-")) if text is not None else None


def _is_utf8_text(data: bytes) -> str | None:
    text = _strict(data, "utf-8")
    return text if text is not None and not text.isascii() else None


def decode(data: bytes, source: str, declared: str | None = None, html: bool = False) -> Decoded:
    """Decode ``data``; ``declared`` is the container's charset, ``html`` says
    whether to look for the page's own declaration. Raises DecodeError."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            text = _strict(data, codec)
            if text is None:
                raise DecodeError(source, f"starts with a {codec} byte-order mark but does not decode as {codec}")
            return _checked(text.lstrip("\ufeff"), codec.replace("-sig", ""), source)
    labels = [declared] + ([declared_charset(data)] if html else [])
    utf8 = _is_utf8_text(data)
    for label in filter(None, labels):
        codec = codec_for(label)
        if codec is None:
            continue
        if utf8 is not None and codec not in MULTIBYTE:
            return _checked(utf8, "utf-8", source)
        text = _strict(data, codec)
        if text is not None and (codec in MULTIBYTE or _plausible_single_byte(data, codec)):
            return _checked(text, _label(label, codec), source)
    text = _strict(data, "utf-8")
    if text is not None:
        return _checked(text, "utf-8", source)
    found = _detect(data)
    if found is None:
        raise DecodeError(source, "not text in any known encoding")
    return _checked(found[0], found[1], source)


def _plausible_single_byte(data: bytes, codec: str) -> bool:
    """A single-byte label decodes anything, so it is kept only when detection
    does not find a multi-byte encoding that reads the bytes as well."""
    found = _detect(data)
    return found is None or codec_for(found[1]) not in MULTIBYTE


def _checked(text: str, encoding: str, source: str) -> Decoded:
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise DecodeError(source, "binary data, not text")
    return Decoded(strip_controls(text), encoding)
