"""Bytes to text: BOMs, declarations (right and wrong), detection, binary."""

from __future__ import annotations

import codecs

import pytest

from conftest import FIXTURES
from warchest.errors import DecodeError
from warchest.page.decode import codec_for, declared_charset, decode

KO = "앤스로픽은 아마존웹서비스(AWS)를 핵심 클라우드로 삼기로 했다. 똠랩과 햏캐피탈도 참여했다.\n" * 3
CP949_PAGE = FIXTURES / "pages" / "cp949_only_syllables.html"


def page(charset_tag: str, body: str = KO) -> str:
    return f"<html><head>{charset_tag}<title>t</title></head><body><p>{body}</p></body></html>"


@pytest.mark.parametrize(
    ("label", "codec"),
    [("euc-kr", "cp949"), ("EUC-KR", "cp949"), ("ks_c_5601-1987", "cp949"), ("x-windows-949", "cp949"),
     ("iso-8859-1", "cp1252"), ("utf8", "utf_8"), ("gb2312", "gb18030"), ("no-such-charset", None)],
)  # fmt: skip
def test_labels_map_as_browsers_map_them(label, codec):
    assert codec_for(label) == codec


def test_declarations_are_found():
    assert declared_charset(b'<meta charset="euc-kr">') == "euc-kr"
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=EUC-KR">') == "EUC-KR"
    assert declared_charset(b'<?xml version="1.0" encoding="utf-8"?><html>') == "utf-8"
    assert declared_charset(b"<html><head><title>x</title>") is None


def test_euc_kr_page_with_cp949_only_syllables_decodes_exactly():
    data = CP949_PAGE.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("euc_kr")  # strict EUC-KR cannot read it
    decoded = decode(data, "p", html=True)
    assert decoded.text == data.decode("cp949")
    assert decoded.encoding == "euc-kr"
    assert "똠랩" in decoded.text and "햏캐피탈" in decoded.text


@pytest.mark.parametrize("bom", [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])
def test_bom_wins(bom):
    codec = {codecs.BOM_UTF8: "utf-8", codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be"}[bom]
    data = bom + page('<meta charset="euc-kr">').encode(codec)
    decoded = decode(data, "p", html=True)
    assert decoded.text == page('<meta charset="euc-kr">')


def test_http_header_charset_comes_before_meta():
    data = page('<meta charset="iso-8859-1">').encode("cp949")
    assert decode(data, "p", declared="euc-kr", html=True).text == page('<meta charset="iso-8859-1">')


@pytest.mark.parametrize(
    ("tag", "codec", "expected_encoding"),
    [
        ('<meta charset="utf-8">', "cp949", "cp949"),  # declared UTF-8, bytes are CP949
        ('<meta charset="euc-kr">', "utf-8", "utf-8"),  # declared EUC-KR, bytes are UTF-8
        ('<meta charset="iso-8859-1">', "cp949", "cp949"),  # a Latin label on Korean bytes
        ('<meta charset="no-such">', "cp949", "cp949"),  # an unknown label
        ("", "cp949", "cp949"),  # nothing declared
    ],
)
def test_wrong_or_missing_declarations_are_overruled(tag, codec, expected_encoding):
    html = page(tag)
    decoded = decode(html.encode(codec), "p", html=True)
    assert decoded.text == html
    assert decoded.encoding == expected_encoding


def test_latin_page_declared_latin_stays_latin():
    html = page('<meta charset="windows-1252">', "Café owners said the deal – worth €5 million – closed.")
    assert decode(html.encode("cp1252"), "p", html=True).text == html


@pytest.mark.parametrize("data", [bytes(range(1, 32)) * 100, b"\x01\x02\x03 text \x04\x05\x06" * 50])
def test_binary_is_refused(data):
    with pytest.raises(DecodeError, match="^p: "):
        decode(data, "p")


def test_truncated_multibyte_text_still_decodes_by_detection():
    data = KO.encode("cp949")[:-1]  # cut inside the last character
    decoded = decode(data, "p")
    assert decoded.text.startswith(KO[:40])
