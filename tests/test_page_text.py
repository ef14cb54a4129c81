"""Clean text and metadata of pages: the dev corpus bar, our own page fixtures,
the chrome filter on pages saved as text, and broken HTML."""

from __future__ import annotations

import itertools
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from warchest.errors import NotAnArticleError, WarchestError
from warchest.model import RawDoc
from warchest.page import document_id, to_document
from warchest.page.chrome import chrome_rule, strip_chrome
from warchest.page.dates import iso_published
from warchest.page.extract import block_paragraphs, parse_page
from warchest.page.metadata import strip_site
from warchest.sources import read_path
from warchest.text import split_sentences

PAGES = FIXTURES / "pages"
BODY_SHARE = 0.97


def page_doc(path):
    [raw] = read_path(str(path))
    return to_document(raw)


def sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


# ---------------------------------------------------------------- the dev corpus bar


def dev_pages(dev_corpus):
    return sorted(dev_corpus.glob("*.html"))


def test_dev_pages_keep_the_body_and_drop_the_chrome(dev_corpus):
    """On every dev page: >= 97% of the .txt sentences, no sentence that is not in
    the .txt, the gold publication date, and EUC-KR decoded exactly."""
    pages = dev_pages(dev_corpus)
    assert len(pages) == 12
    for path in pages:
        doc = page_doc(path)
        gold_text = path.with_suffix(".txt").read_text(encoding="utf-8")
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        want, got = sentences(gold_text), sentences(doc.text)
        kept = sum(1 for s in want if s in set(got)) / len(want)
        leaked = [s for s in got if s not in set(want)]
        assert kept >= BODY_SHARE, (path.name, kept)
        assert leaked == [], (path.name, leaked)
        assert doc.published_date == gold["published"], path.name
        assert doc.title == gold_text.split("\n", 1)[0], path.name
        if gold.get("html_encoding") == "euc-kr":
            raw = path.read_bytes()
            assert doc.encoding == "euc-kr"
            assert doc.text in raw.decode("cp949") or all(p in raw.decode("cp949") for p in doc.text.split("\n\n"))


def _anonymised(html: str) -> str:
    """The page without meta tags, JSON-LD, canonical link or <time> elements,
    and with every class and id replaced by a meaningless token."""
    html = re.sub(r"<meta[^>]*>|<link[^>]*>|<script[^>]*ld\+json.*?</script>", "", html, flags=re.S)
    html = re.sub(r"<time[^>]*>", "<span>", html).replace("</time>", "</span>")
    names = itertools.count()
    return re.sub(r'\b(class|id)="[^"]*"', lambda m: f'{m.group(1)}="k{next(names)}"', html)


def test_dev_pages_without_meta_tags_or_class_names(dev_corpus):
    """Our class/id rules and the meta tags gone, the text filter and the
    visible dates still carry the bar (one newsletter heading may slip)."""
    leaked_total = 0
    for path in dev_pages(dev_corpus):
        data = path.read_bytes()
        codec = "cp949" if b"euc-kr" in data[:1024] else "utf-8"
        html = _anonymised(data.decode(codec)).encode(codec)
        doc = to_document(RawDoc(source=path.name, data=html, content_type="text/html"))
        gold_text = path.with_suffix(".txt").read_text(encoding="utf-8")
        want, got = sentences(gold_text), set(sentences(doc.text))
        assert sum(1 for s in want if s in got) / len(want) >= BODY_SHARE, path.name
        leaked_total += len(got - set(want))
        assert doc.published_date == json.loads(path.with_suffix(".json").read_text())["published"], path.name
        assert doc.title == gold_text.split("\n", 1)[0], path.name
    assert leaked_total <= 1


def test_dev_page_and_its_txt_give_the_same_document(dev_corpus):
    """Evidence offsets match across a page and its text: the same clean text."""
    for path in dev_pages(dev_corpus):
        txt = page_doc(path.with_suffix(".txt"))
        assert page_doc(path).text == txt.text, path.name
        assert page_doc(path).id == txt.id


def test_dev_txt_files_pass_the_chrome_filter_untouched(dev_corpus):
    for path in sorted(dev_corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert strip_chrome(text) == text, path.name


# ---------------------------------------------------------------- our own pages


@pytest.mark.parametrize("name", ["no_meta_sidebar.html", "no_title_sidebar_h1.html"])
def test_page_without_meta_tags(name):
    """No Open Graph, a sidebar heading before the article (as an <h1> in the
    second page, which has no <title> either): the headline is still the title."""
    doc = page_doc(PAGES / name)
    assert doc.text == (PAGES / "no_meta_sidebar.txt").read_text().strip()
    assert doc.title == "Lumen Robotics raises $120 million to build warehouse humanoids"
    assert doc.published == "2025-03-04T09:30:00-05:00"
    assert doc.lang == "en"


def test_page_metadata_fields():
    doc = page_doc(PAGES / "no_meta_sidebar.html")
    assert doc.url == "https://harbortech.example/2025/03/04/lumen-robotics-series-c"
    ko = page_doc(PAGES / "cp949_only_syllables.html")
    assert (ko.title, ko.site, ko.published, ko.lang) == (
        "AI 스타트업 똠랩, 50억 원 시드 투자 유치", "가람경제", "2025-04-02T14:05:00+09:00", "ko"
    )
    assert ko.text == (PAGES / "cp949_only_syllables.txt").read_text().strip()


def test_dev_page_author_and_site(dev_corpus):
    doc = page_doc(dev_corpus / "001_ko_amazon_anthropic_additional_4b.html")
    assert (doc.author, doc.site) == ("정민호", "누리경제")


BODY = "<p>" + "Acme Robotics said on Tuesday it had raised $10 million from Northfield Ventures. " * 3 + "</p>"


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # og:title carries the site name: the heading it names is the title
        ('<meta property="og:title" content="Acme raises $10 million | Harbor">', "<h1>Acme raises $10 million</h1>",
         "Acme raises $10 million"),
        # a social title that differs from the page's heading: the statement wins
        ('<meta property="og:title" content="Why Acme is winning">', "<h1>Acme raises $10 million</h1>",
         "Why Acme is winning"),
        # only <title>, and a sidebar <h1> that it does not name
        ("<title>Acme raises $10 million - Harbor Daily</title>", "<aside><h1>Most read</h1></aside>",
         "Acme raises $10 million"),
    ],
)  # fmt: skip
def test_title_choice(head, body, expected):
    html = f"<html><head>{head}</head><body>{body}<div>{BODY}</div></body></html>"
    doc = to_document(RawDoc(source="t.html", data=html.encode(), content_type="text/html"))
    assert doc.title == expected
    assert doc.text.split("\n", 1)[0] == expected


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Amazon to invest $4 billion - Meridian Wire", "Meridian Wire", "Amazon to invest $4 billion"),
        ("누리경제 | 아마존, 앤스로픽에 투자", "누리경제", "아마존, 앤스로픽에 투자"),
        ("Lumen raises $120 million | Harbor Tech Daily", None, "Lumen raises $120 million"),
        ("A headline without a site", None, "A headline without a site"),
    ],
)
def test_site_name_is_stripped_from_title(title, site, expected):
    assert strip_site(title, site) == expected


# ---------------------------------------------------------------- pages saved as text


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_page_saved_as_text_loses_its_chrome(lang):
    raw = (PAGES / f"{lang}_page_dump.txt").read_text()
    clean = (PAGES / f"{lang}_page_dump.clean.txt").read_text().strip()
    assert strip_chrome(raw) == clean


def test_dev_pages_saved_as_text_lose_their_chrome(dev_corpus):
    """Each dev page flattened to one line per block (as a browser saves a page
    as text): the body survives and almost no chrome does."""
    leaked = 0
    for path in dev_pages(dev_corpus):
        data = path.read_bytes()
        tree = parse_page(data.decode("cp949" if b"euc-kr" in data[:1024] else "utf-8"))
        for el in tree.xpath("//script|//style|//head"):
            el.drop_tree()
        clean = strip_chrome("\n".join(block_paragraphs(tree.body)))
        want, got = sentences(path.with_suffix(".txt").read_text(encoding="utf-8")), set(sentences(clean))
        assert sum(1 for s in want if s in got) / len(want) >= BODY_SHARE, path.name
        leaked += len(got - set(want))
    assert leaked <= 6  # a blog's deck, its icon counters and a table's headers


@pytest.mark.parametrize(
    ("lang", "title", "published"),
    [
        ("ko", "반도체 설계 스타트업 누리칩, 300억 원 시리즈A 유치", "2025-04-02T09:10"),
        ("en", "Quillon AI lands $45 million to automate insurance claims", "2025-03-11T08:02"),
    ],
)
def test_page_saved_as_text_document(lang, title, published):
    """The dateline goes with the chrome, but the date it states is kept."""
    doc = page_doc(PAGES / f"{lang}_page_dump.txt")
    assert doc.text == (PAGES / f"{lang}_page_dump.clean.txt").read_text().strip()
    assert (doc.title, doc.published, doc.lang) == (title, published, lang)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("입력 2024.11.23 05:31 | 수정 2024.11.23 09:12", "dateline"),
        ("기사입력 2024-03-21 06:00 최종수정 2024-03-21 10:47", "dateline"),
        ("Updated November 22, 2024 9:05 PM UTC", "dateline"),
        ("정민호 기자 mhjung@nurikyungje.example", "byline"),
        ("By Priya Raman", "byline"),
        ("<저작권자 ⓒ 한빛일보, 무단 전재 및 재배포 금지>", "copyright"),
        ("페이스북 X(트위터) 카카오톡 밴드 URL복사 인쇄", "ui"),
        ("좋아요 0 훈훈해요 0 슬퍼요 0 화나요 0", "reactions"),
        ("코스피 2,501.24 +0.58% 코스닥 694.39 -0.56%", "ticker"),
        ("미국 워싱턴주 레드먼드의 마이크로소프트 캠퍼스. 한빛일보 자료사진", "photo_credit"),
        ("A sign at the booth in Las Vegas. File photo.", "photo_credit"),
        ("경제 > 국제경제", "breadcrumb"),
        ("많이 본 뉴스", "heading"),
        ("Reporting by Priya Raman; Editing by Helen Marsh", "credit_line"),
        ("서울 시내 한 매장의 모습. /연합뉴스", "photo_credit"),
        ("Nvidia chief Jensen Huang. Photographer: Jane Roe/Bloomberg", "photo_credit"),
        ("▶ 오픈AI, 66억 달러 투자 유치", "teaser"),
        ("배하늘 기자 sky@digitalfocus.example 승인 2024.06.12 08:41", "byline"),
        ("Marcus Velez / July 10, 2025 at 2:20 PM PDT", "byline"),
        ("페이스북X링크드인카카오톡링크복사", "ui"),
        ("♥ 31", "symbols"),
        ("(주)한빛일보사 | 서울특별시 종로구 새문안로 00 | 대표전화 02-000-5678", "imprint"),
    ],
)
def test_chrome_lines(line, rule):
    assert chrome_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "아마존은 지난해 9월 앤스로픽에 최대 40억 달러를 투자하기로 했다.",
        "Shares of Nvidia rose 2.8% to $176.97 after the announcement.",
        "―무슨 일이 있었나.",
        "The New York Times sued OpenAI and Microsoft over copyright in December.",
        "Microsoft > Google in cloud revenue growth, the note said.",
        "Media contact: press@twelvelabs.example",
        "OpenAI said ChatGPT had 10 million paying subscribers.",
        "T",
    ],
)
def test_article_lines_are_not_chrome(line):
    assert chrome_rule(line) is None


# ---------------------------------------------------------------- fragments and broken pages


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        (b"<p>One.</p><p>Two <b>bold</b>\n words.</p>", "T\n\nOne.\n\nTwo bold words."),
        (b"First line.<br><br>Second line.<br/>Third.", "T\n\nFirst line.\n\nSecond line.\n\nThird."),
        (b"Plain words only.", "T\n\nPlain words only."),
    ],
)
def test_fragment_is_read_as_it_is(fragment, text):
    """A feed item's content has no chrome: every block (and <br> line) is kept."""
    assert to_document(RawDoc(source="s", data=fragment, content_type="text/html", title="T")).text == text


@pytest.mark.parametrize(
    "page",
    [
        (PAGES / "no_meta_sidebar.html").read_bytes(),
        "<main><header>메뉴</header><p>퓨리오사AI가 800억원을 유치했다.</p><p>투자는 산업은행이 이끌었다.</p></main>".encode(),
        "저장한 페이지\n<p>퓨리오사AI가 800억원을 유치했다.</p>\n<p>투자는 산업은행이 이끌었다.</p>".encode(),
    ],
)
def test_html_without_a_content_type_is_read_as_html(page):
    """A file or record that does not say what it is: the bytes decide."""
    text = to_document(RawDoc(source="saved", data=page)).text
    assert "<" not in text and "</p>" not in text


def test_truncated_html_keeps_what_is_there():
    html = (PAGES / "no_meta_sidebar.html").read_bytes()
    cut = html[: html.index(b"chief executive Mara")]
    doc = to_document(RawDoc(source="cut.html", data=cut, content_type="text/html"))
    assert doc.text.startswith("Lumen Robotics raises $120 million to build warehouse humanoids\n\nLumen Robotics, a Boston")
    assert "robofan" not in doc.text


def test_deeply_nested_page_fails_cleanly():
    html = "<html><body>" + "<div>" * 50_000 + "<p>lost</p>" + "</div>" * 50_000 + "</body></html>"
    with pytest.raises(NotAnArticleError, match="^deep.html: no article text found$"):
        to_document(RawDoc(source="deep.html", data=html.encode(), content_type="text/html"))


def test_page_of_chrome_only_is_not_an_article():
    html = b"<html><head><title>Log in</title></head><body><nav>Home | News</nav><footer>(c) Site</footer></body></html>"
    with pytest.raises(NotAnArticleError):
        to_document(RawDoc(source="login.html", data=html, content_type="text/html"))


# ---------------------------------------------------------------- ids and dates


def test_document_id_ignores_white_space_and_normalisation():
    assert document_id("한국어  text\n") == document_id("한국어 text")
    assert document_id("\u1112\u1161\u11ab") == document_id("한")  # NFD == NFC
    assert document_id("a") != document_id("b")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-11-23T05:31:00+09:00", "2024-11-23T05:31:00+09:00"),
        ("2024-11-22T19:42:00.000Z", "2024-11-22T19:42:00Z"),
        ("2024.11.23 05:31", "2024-11-23T05:31:00"),
        ("2024-06-12", "2024-06-12"),
        ("Tue, 04 Mar 2025 14:30:00 +0000", "2025-03-04T14:30:00Z"),
        ("Fri, 22 Nov 2024 19:42:00 GMT", "2024-11-22T19:42:00Z"),
        ("yesterday", None),
        ("2024-13-45", None),
    ],
)
def test_published_timestamps(value, expected):
    assert iso_published(value) == expected


# ---------------------------------------------------------------- any input at all

PAGE_BYTES = (PAGES / "cp949_only_syllables.html").read_bytes()


def _document_or_error(raw: RawDoc) -> None:
    try:
        doc = to_document(raw)
    except WarchestError as e:
        assert e.source == raw.source
    else:
        assert doc.text.strip() and doc.id == document_id(doc.text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=3000), content_type=st.sampled_from(["text/html", "text/plain", None]))
def test_any_bytes_give_a_document_or_a_warchest_error(data, content_type):
    _document_or_error(RawDoc(source="fuzz", data=data, content_type=content_type))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(at=st.integers(0, len(PAGE_BYTES)), cut=st.integers(0, 400), noise=st.binary(max_size=40))
def test_damaged_page_gives_a_document_or_a_warchest_error(at, cut, noise):
    damaged = PAGE_BYTES[:at] + noise + PAGE_BYTES[at + cut :]
    _document_or_error(RawDoc(source="damaged.html", data=damaged, content_type="text/html"))


def test_paragraphs_split_by_line_breaks_and_list_items(dev_corpus):
    """A body written as text with <br><br> between paragraphs gives the same
    text as one with <p>s; list items come without bullets."""
    path = dev_corpus / "001_ko_amazon_anthropic_additional_4b.html"
    html = path.read_bytes().decode("cp949")
    body = re.search(r'<div id="articleBody"[^>]*>(.*?)</div>', html, re.S).group(1)
    paragraphs = re.findall(r"<p>(.*?)</p>", body, re.S)
    flat = html.replace(body, "\n" + "<br />\n<br />\n".join(paragraphs) + "\n")
    doc = to_document(RawDoc(source="br.html", data=flat.encode("utf-8"), content_type="text/html"))
    assert doc.text == path.with_suffix(".txt").read_text(encoding="utf-8").strip()

    items = "<ul><li>Acme will hire 50 engineers.</li><li>It will open an office in Ohio.</li></ul>"
    page = f"<html><head><title>Acme</title></head><body><article><h1>Acme</h1>{BODY}{items}{BODY}</article></body></html>"
    text = to_document(RawDoc(source="li.html", data=page.encode(), content_type="text/html")).text
    assert "\n\nAcme will hire 50 engineers.\n\nIt will open an office in Ohio.\n\n" in text


def test_inline_elements_inside_sentences_are_never_pruned():
    """A class that names chrome (date, tag) on a word inside a sentence keeps the word."""
    sentence = "On <span class='date'>Monday</span>, Acme said its <a class='tag' href='/t'>robots</a> shipped."
    page = (
        "<html><head><title>Acme ships</title></head><body><article><h1>Acme ships</h1>"
        f"<p>{sentence} {BODY[3:-4]}</p><div class='share'><span class='date'>Share</span></div></article></body></html>"
    )
    text = to_document(RawDoc(source="t.html", data=page.encode(), content_type="text/html")).text
    assert text.split("\n\n")[1].startswith("On Monday, Acme said its robots shipped. Acme Robotics said")
    assert "Share" not in text
