"""Page layouts the page stage was not tuned on: the corpus3 pages (a portal,
an EUC-KR table paper, an EUC-KR trade paper, a Q&A magazine, an AMP wire, a
WordPress blog, a newsletter, a release wire and a paper that states its date
only in the byline), and the structural rules they called for."""

from __future__ import annotations

import json

import pytest

from conftest import FIXTURES
from test_page_text import _anonymised, page_doc
from warchest.model import RawDoc
from warchest.page import to_document
from warchest.page.chrome import chrome_rule
from warchest.page.extract import parse_page
from warchest.page.metadata import page_metadata

CORPUS3 = FIXTURES / "corpus3"
PAGES = sorted(CORPUS3.glob("*.html"))
# Pages whose only full date is in their metadata: without it there is none to find.
DATE_ONLY_IN_METADATA = {"303_ko_novalegal_interview", "401_en_mistral_series_c", "407_en_ferry_results"}
PROSE = "Acme Robotics said on Tuesday it had raised $10 million from Northfield Ventures to hire engineers. "
KO_PROSE = "물류 로봇 스타트업 가온로보틱스가 80억 원 규모의 시리즈A 투자를 유치했다고 5일 밝혔다. "


def gold(path):
    text = path.with_suffix(".txt").read_text(encoding="utf-8").strip()
    return text, json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))


def html_doc(html: str):
    return to_document(RawDoc(source="t.html", data=html.encode("utf-8"), content_type="text/html"))


def page(body: str, head: str = "<title>Acme raises $10 million</title>") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


# ---------------------------------------------------------------- the corpus3 pages


def test_corpus3_pages_give_their_clean_text_and_date():
    """Every page: exactly the .txt, the gold publication date, EUC-KR decoded."""
    assert len(PAGES) == 14
    for path in PAGES:
        doc = page_doc(path)
        text, meta = gold(path)
        assert doc.text == text, path.name
        assert doc.published_date == meta["published"], path.name
        if b'charset="euc-kr"' in path.read_bytes()[:600]:
            assert doc.encoding == "euc-kr", path.name


def test_corpus3_pages_without_meta_tags_or_class_names():
    """No meta tags, JSON-LD, <time> or class names: the structure and the
    visible text still give the clean text, and the date where the page shows it."""
    for path in PAGES:
        data = path.read_bytes()
        codec = "cp949" if b"euc-kr" in data[:600] else "utf-8"
        html = _anonymised(data.decode(codec)).encode(codec)
        doc = to_document(RawDoc(source=path.name, data=html, content_type="text/html"))
        text, meta = gold(path)
        assert doc.text == text, path.name
        if path.stem not in DATE_ONLY_IN_METADATA:
            assert doc.published_date == meta["published"], path.name


# ---------------------------------------------------------------- structure


def test_a_div_around_main_is_a_wrapper_not_a_paragraph():
    """The body container is the article's own, so an <article> whose class
    names its category (``category-tag``) is not taken for chrome."""
    html = page(
        '<div class="site"><main><article class="post category-tag"><h1>Acme raises $10 million</h1>'
        f'<div class="content"><p>{PROSE}</p><p>{PROSE.replace("Tuesday", "Friday")}</p></div></article></main>'
        '<aside><ul><li>Beta raises $2 billion</li></ul></aside></div>'
    )
    assert html_doc(html).text.split("\n\n")[1:] == [PROSE.strip(), PROSE.replace("Tuesday", "Friday").strip()]


def test_signup_box_in_the_body_is_dropped():
    box = '<div class="k9"><h3>Get our briefing</h3><p>Deals every Friday.</p><input type="email"><button>Go</button></div>'
    html = page(f"<article><h1>Acme raises $10 million</h1><p>{PROSE}</p>{box}<p>{KO_PROSE}</p></article>")
    text = html_doc(html).text
    assert "briefing" not in text and "Deals every Friday" not in text
    assert KO_PROSE.strip() in text


def test_text_entry_box_with_an_article_in_it_is_kept():
    """A page that wraps its whole article in a form keeps the article."""
    html = page(f'<form><h1>Acme raises $10 million</h1><div><p>{PROSE * 3}</p><p>{PROSE * 2}</p>'
                '<input type="text"></div></form>')  # fmt: skip
    assert (PROSE * 3).strip() in html_doc(html).text


@pytest.mark.parametrize("heading", ["Comments (2)", "댓글 3", "Most Popular", "이 시각 주요뉴스", "Share this:"])
def test_block_under_a_list_heading_is_dropped(heading):
    """Comments and lists are known by their heading, whatever their classes."""
    trap = f'<div class="k5"><h3>{heading}</h3><p>Zeta Labs should raise $900 million next, I bet.</p></div>'
    html = page(f'<div class="k1"><h1>Acme raises $10 million</h1><div class="k2"><p>{PROSE}</p>'
                f'<p>{PROSE.replace("$10", "$12")}</p></div>{trap}</div>')  # fmt: skip
    text = html_doc(html).text
    assert "Zeta Labs" not in text and PROSE.strip() in text


def test_section_under_an_ordinary_heading_is_kept():
    html = page(f"<article><h1>Acme raises $10 million</h1><p>{PROSE}</p>"
                f"<section><h3>Background</h3><p>{KO_PROSE}</p></section></article>")  # fmt: skip
    assert KO_PROSE.strip() in html_doc(html).text


def test_h3_headline_and_a_site_name_before_the_title():
    """A page whose headline is an <h3> and whose <title> puts the site first."""
    html = page(
        f'<div class="k1"><h3>가온로보틱스, 80억 원 시리즈A 유치</h3><div class="k2"><p>{KO_PROSE}</p>'
        f"<p>{KO_PROSE}</p></div></div>",
        head="<title>로봇신문 - 가온로보틱스, 80억 원 시리즈A 유치</title>",
    )
    assert html_doc(html).title == "가온로보틱스, 80억 원 시리즈A 유치"


# ---------------------------------------------------------------- dates in the visible text


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("<span>기사입력</span> <span>2024.02.07. 오후 3:05</span>", "2024-02-07T15:05:00"),
        ("<span>윤하늘 기자</span><span>sky@daily.example</span><span>입력 2023.11.30 08:10</span>",
         "2023-11-30T08:10:00"),
        ("<div>By Jo March <span>Published March 3, 2025 9:00 a.m.</span> <span>Updated March 4, 2025</span></div>",
         "2025-03-03T09:00:00"),
        ("<div>By Jo March</div><div>March 3, 2025</div>", "2025-03-03"),
    ],
)  # fmt: skip
def test_date_stated_only_in_the_visible_byline(stamp, published):
    """No date metadata: the page's labelled stamp, never the imprint's 등록일
    or a date in a list of other articles."""
    body = (
        "<ul><li>다른 기사 2022.01.05 10:00</li></ul>"
        f"<h1>Acme raises $10 million</h1>{stamp}<div><p>{PROSE}</p><p>{KO_PROSE}</p></div>"
        "<div>(주)데일리 | 등록번호 서울 아 00001 | 등록일 2011.05.02 | 발행인 홍길동</div>"
    )
    meta = page_metadata(parse_page(page(body)))
    assert meta.published == published


def test_imprint_date_is_not_the_publication_date():
    body = (f"<h1>Acme raises $10 million</h1><div><p>{PROSE}</p></div>"
            "<div>(주)데일리 | 등록번호 서울 아 00001 | 등록일 2011.05.02 | 발행인 홍길동</div>")  # fmt: skip
    assert page_metadata(parse_page(page(body))).published != "2011-05-02"


# ---------------------------------------------------------------- chrome lines


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("“좋은 인재가 곧 경쟁력이다”", "pull_quote"),
        ('"We will not sell the company"', "pull_quote"),
        ("View original content: https://wire.example/news/acme-raises-10-million.html", "link_line"),
        ("Logo - https://cdn.wire.example/acme_logo.png", "link_line"),
        ("SOURCE Acme Robotics, Inc.", "credit_line"),
        ("[관련기사] 가온로보틱스, 시리즈B 준비", "teaser"),
        ("Advertisement", "advert"),
        ("Story continues below advertisement", "advert"),
        ("Tags: robotics, funding", "tags"),
        ("키워드: 로봇, 투자", "tags"),
        ("카카오톡 공유하기", "ui"),
        ("Editor's picks", "heading"),
        ("기자의 다른 기사", "heading"),
    ],
)
def test_more_chrome_lines(line, rule):
    assert chrome_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "“좋은 인재가 곧 경쟁력입니다.”",
        '"We will not sell the company," the founder said on Monday.',
        "Source code for the model was published on Monday.",
        "Advertisement spending by AI firms rose 40% last year.",
        "광고 시장에서도 생성형 AI 도입이 빨라지고 있다.",
        "Popular demand pushed the company to open a second factory.",
    ],
)
def test_prose_is_not_taken_for_the_new_chrome_lines(line):
    assert chrome_rule(line) is None

