"""The bundled samples keep the shape README promises: saved-article texts with a
publication line, complete pages with their metadata, one of them in EUC-KR."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT

SAMPLES = ROOT / "data" / "samples"
TEXTS = sorted(SAMPLES.glob("*.txt"))
PAGES = sorted(SAMPLES.glob("*.html"))
PUBLISHED_LINE = re.compile(r"^(입력 \d{4}-\d{2}-\d{2} \d{2}:\d{2}|Published [A-Z][a-z]+ \d{1,2}, \d{4}\b.*)$")


def test_both_languages_and_forms_are_there():
    names = [p.name for p in TEXTS + PAGES]
    assert 12 <= len(names) <= 14
    assert sum("_ko_" in n for n in names) >= 6 and sum("_en_" in n for n in names) >= 6
    assert 3 <= len(PAGES) <= 4


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_text_is_a_saved_article(path):
    text = path.read_text(encoding="utf-8")
    headline, blank, published, blank2, *body = text.rstrip("\n").split("\n")
    assert headline.strip() and blank == "" and blank2 == ""
    assert PUBLISHED_LINE.match(published), published
    paragraphs = [p for p in "\n".join(body).split("\n\n") if p.strip()]
    assert len(paragraphs) >= 5
    assert 120 <= len(text.split()) <= 400


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_page_carries_its_metadata(path):
    data = path.read_bytes()
    html = data.decode("cp949" if b'charset="euc-kr"' in data else "utf-8")
    for needle in ("<title>", 'property="og:title"', 'property="article:published_time"', "footer", "</html>"):
        assert needle in html, needle


def test_one_page_is_euc_kr():
    encoded = [p for p in PAGES if b'<meta charset="euc-kr"' in p.read_bytes()]
    assert len(encoded) == 1
    data = encoded[0].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert "미스트랄AI" in data.decode("euc_kr")
