"""Inputs are recognised by their content, whatever their file name says."""

from __future__ import annotations

import gzip

import pytest

from conftest import FIXTURES
from warchest.sources import Kind, sniff
from warchest.sources.sniff import binary_kind

PAGES = FIXTURES / "pages"
SOURCES = FIXTURES / "sources"


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"WARC/1.0\r\nWARC-Type: response\r\n", Kind.WARC),
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', Kind.FEED),
        (b'<?xml version="1.0"?><!-- c --><feed xmlns="http://www.w3.org/2005/Atom">', Kind.FEED),
        (b"<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>", Kind.FEED),
        (b"<!DOCTYPE html>\n<html><head>", Kind.HTML),
        (b'<?xml version="1.0" encoding="euc-kr"?>\n<!DOCTYPE html PUBLIC "x">\n<html>', Kind.HTML),
        (b"<p>A fragment</p><p>of a page</p>", Kind.HTML),
        (b'{"text": "hello", "url": "https://a.example"}\n{"text": "x"}\n', Kind.JSONL),
        (b"{not json at all\n", Kind.TEXT),
        ("아마존이 앤스로픽에 투자했다.\n".encode("utf-8"), Kind.TEXT),
        ("아마존이 앤스로픽에 투자했다.".encode("cp949"), Kind.TEXT),
        (b"\x1f\x8b\x08\x00", Kind.GZIP),
        (b"%PDF-1.7\n", Kind.BINARY),
        (b"\x89PNG\r\n\x1a\n\x00\x00", Kind.BINARY),
        (b"abc\x00def", Kind.BINARY),
        ("<html><body>x</body></html>".encode("utf-16"), Kind.HTML),
        (b"<main><header>Menu</header><p>Body</p></main>", Kind.HTML),
        ("저장한 페이지\n<p>첫 문단입니다.</p>\n<p>둘째 문단입니다.</p>".encode("utf-8"), Kind.HTML),
        (b"Revenue grew 3 < 5 times and margins > 2%.\n", Kind.TEXT),
    ],
)
def test_sniff(head, kind):
    assert sniff(head) is kind


def test_extension_is_not_trusted():
    """A page saved as .txt is still HTML; a feed is a feed whatever its name."""
    page = (PAGES / "no_meta_sidebar.html").read_bytes()
    assert sniff(page) is Kind.HTML
    assert sniff((SOURCES / "rss.xml").read_bytes()) is Kind.FEED
    assert sniff(gzip.compress(page)) is Kind.GZIP


def test_binary_kind_names_the_format():
    assert binary_kind(b"%PDF-1.4") == "a PDF document"
    assert binary_kind(b"PK\x03\x04rest") == "a ZIP archive (or an Office document)"
    assert binary_kind("한국어".encode("utf-8")) is None
