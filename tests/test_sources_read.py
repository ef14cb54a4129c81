"""Reading what users point warchest at: files, folders, stdin, WARC, feeds, JSONL,
and inputs built to hurt (huge, inflating, endless feeds, garbage)."""

from __future__ import annotations

import gzip
import io
import json
import os
import shutil

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import FIXTURES
from warchest.errors import InputError, LimitError, NotAnArticleError, WarchestError
from warchest.model import RawDoc
from warchest.page import to_document
from warchest.sources import Limits, expand, iter_raw, read_path

PAGES = FIXTURES / "pages"
SOURCES = FIXTURES / "sources"
PAGE = PAGES / "no_meta_sidebar.html"


def write_warc(path, records, compress=True):
    """A WARC file of ``(uri, content_type, status, body)`` HTTP responses."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=compress)
        for uri, content_type, status, body in records:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)
    return path


def split(items):
    docs = [i for i in items if isinstance(i, RawDoc)]
    errors = [i for i in items if isinstance(i, WarchestError)]
    return docs, errors


# ---------------------------------------------------------------- files and folders


def test_html_and_text_files_are_typed_by_content(tmp_path):
    saved = tmp_path / "page.txt"  # a page saved under the wrong extension
    shutil.copy(PAGE, saved)
    [raw] = read_path(str(saved))
    assert raw.content_type == "text/html"
    assert raw.source == str(saved)
    [txt] = read_path(str(PAGES / "no_meta_sidebar.txt"))
    assert txt.content_type == "text/plain"


def test_directories_are_walked_in_order_without_hidden_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/2.txt", "a.txt", ".hidden.txt", ".git/x.txt"):
        (tmp_path / name).write_text("text")
    assert [os.path.relpath(p, tmp_path) for p in expand([str(tmp_path)])] == ["a.txt", "b/2.txt"]


def test_missing_file_and_directory_errors_name_the_path(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_path(str(tmp_path / "nope.html"))
    with pytest.raises(InputError, match="is a directory"):
        read_path(str(tmp_path))


def test_stdin_is_read_and_named(cli):
    proc = cli("text", "-", "--format", "json", stdin=PAGE.read_bytes())
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["source"] == "<stdin>"
    assert doc["title"] == "Lumen Robotics raises $120 million to build warehouse humanoids"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty input"),
        (b"  \n\t\n", "empty input"),
        (b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n", "a PDF document, not an article"),
        (bytes(range(256)) * 20, "binary data, not an article"),
    ],
)
def test_files_that_are_not_articles(tmp_path, data, message):
    path = tmp_path / "input.html"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        read_path(str(path))


# ---------------------------------------------------------------- limits and hostile files


def test_a_50_mb_file_is_refused_at_once(tmp_path):
    path = tmp_path / "big.txt"
    with open(path, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(LimitError, match="larger than the limit of 20971520 bytes"):
        read_path(str(path))
    [raw] = read_path(str(PAGE), Limits(max_bytes=60 * 1024 * 1024))
    assert raw.data == PAGE.read_bytes()


def test_gzip_that_inflates_without_end_is_stopped(tmp_path):
    path = tmp_path / "bomb.html.gz"
    with gzip.open(path, "wb", compresslevel=9) as f:
        block = b"<p>" + b" " * (1024 * 1024)
        for _ in range(64):  # 64 MiB of spaces in ~64 KB
            f.write(block)
    assert path.stat().st_size < 200_000
    with pytest.raises(LimitError, match="decompressed input is larger than the limit"):
        read_path(str(path), Limits(max_bytes=8 * 1024 * 1024))


def test_gzipped_page_and_truncated_gzip(tmp_path):
    good = tmp_path / "page.gz"
    good.write_bytes(gzip.compress(PAGE.read_bytes()))
    [raw] = read_path(str(good))
    assert raw.data == PAGE.read_bytes()
    cut = tmp_path / "cut.gz"
    cut.write_bytes(good.read_bytes()[:300])
    with pytest.raises(InputError, match="broken gzip stream"):
        read_path(str(cut))


def test_feed_with_10000_items_stops_at_the_limit(tmp_path):
    item = "<item><title>Deal {0}</title><link>https://f.example/{0}</link><description>Startup {0} raised $5 million.</description></item>"
    feed = tmp_path / "big.rss"
    feed.write_text('<rss version="2.0"><channel>' + "".join(item.format(i) for i in range(10_000)) + "</channel></rss>")
    docs, errors = split(list(iter_raw([str(feed)])))
    assert len(docs) == 1000 and docs[-1].source == f"{feed}#1000"
    assert [str(e) for e in errors] == [f"{feed}: more than 1000 items; the rest are skipped"]
    docs, errors = split(list(iter_raw([str(feed)], Limits(max_feed_items=10_000))))
    assert len(docs) == 10_000 and not errors


def test_limits_must_be_positive():
    with pytest.raises(ValueError):
        Limits(max_bytes=0)
    assert Limits().override(max_bytes=None, max_feed_items=5) == Limits(max_feed_items=5)


# ---------------------------------------------------------------- WARC


def test_warc_yields_html_responses_with_their_headers(tmp_path):
    korean = (PAGES / "cp949_only_syllables.html").read_bytes()
    warc = write_warc(
        tmp_path / "crawl.warc.gz",
        [
            ("https://a.example/ko", "text/html; charset=euc-kr", "200 OK", korean),
            ("https://a.example/logo.png", "image/png", "200 OK", b"\x89PNG\r\n\x1a\n"),
            ("https://a.example/gone", "text/html", "404 Not Found", b"<html>gone</html>"),
            ("https://a.example/en", "text/html", "200 OK", PAGE.read_bytes()),
        ],
    )
    docs, errors = split(list(iter_raw([str(warc)])))
    assert not errors
    assert [(d.source, d.url, d.charset) for d in docs] == [
        (f"{warc}#1", "https://a.example/ko", "euc-kr"),
        (f"{warc}#4", "https://a.example/en", None),
    ]
    assert docs[0].data == korean
    assert "똠랩" in to_document(docs[0]).text


def test_uncompressed_and_truncated_warc(tmp_path):
    records = [(f"https://a.example/{i}", "text/html", "200 OK", PAGE.read_bytes()) for i in range(3)]
    plain = write_warc(tmp_path / "crawl.warc", records, compress=False)
    assert len(read_path(str(plain))) == 3
    packed = write_warc(tmp_path / "crawl.warc.gz", records)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(packed.read_bytes()[: packed.stat().st_size * 9 // 10])  # inside the last payload
    docs, errors = split(list(iter_raw([str(cut)])))
    assert [d.source for d in docs] == [f"{cut}#1", f"{cut}#2"]
    assert len(errors) == 1 and str(errors[0]).startswith(f"{cut}#3: truncated record (")


# ---------------------------------------------------------------- feeds


def test_rss_items_prefer_full_content_and_keep_links_and_dates():
    docs, errors = split(list(iter_raw([str(SOURCES / "rss.xml")])))
    assert [(d.source.rsplit("#", 1)[1], d.url, d.published) for d in docs] == [
        ("1", "https://harbortech.example/2025/03/04/lumen", "2025-03-04T14:30:00Z"),
        ("2", "https://harbortech.example/ko/2025/03/05/pika", "2025-03-05T09:00:00+09:00"),
    ]
    assert [type(e) for e in errors] == [NotAnArticleError]
    assert errors[0].source.endswith("rss.xml#3")
    first = to_document(docs[0])
    assert first.text == (
        "Lumen Robotics raises $120 million\n\n"
        "Lumen Robotics said on Tuesday it had raised $120 million in a Series C round led by Granite Peak Partners.\n\n"
        "The round values the company at about $900 million."
    )
    assert "teaser" not in first.text


def test_atom_entries_with_html_xhtml_and_summary():
    docs = read_path(str(SOURCES / "atom.xml"))
    texts = [to_document(d).text for d in docs]
    assert texts[1] == "Intel stake\n\nNvidia agreed to buy $5 billion of Intel common stock."
    assert texts[2] == "Summary only\n\nCoreWeave signed a new capacity contract with OpenAI."
    assert [d.url for d in docs] == [
        "https://compute.example/p/circular",
        "https://compute.example/p/intel",
        "https://compute.example/p/summary",
    ]
    assert docs[0].published == "2025-09-24T12:00:00Z"  # published, not updated


def test_feed_entities_are_not_expanded(tmp_path):
    feed = tmp_path / "laughs.xml"
    feed.write_text(
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        '<rss version="2.0"><channel><item><title>t</title><description>x &c; y</description></item></channel></rss>'
    )
    items = list(iter_raw([str(feed)]))
    assert all(len(getattr(i, "data", b"")) < 1000 for i in items)


# ---------------------------------------------------------------- JSONL


def test_jsonl_lines_become_documents_and_bad_lines_errors(tmp_path):
    dump = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"text": "Body only.", "title": "A title", "url": "https://j.example/1", "published": "2025-01-02"}),
        "{broken",
        "",
        json.dumps({"html": PAGE.read_text(), "url": "https://j.example/2"}),
        json.dumps({"url": "https://j.example/3"}),
        json.dumps([1, 2]),
    ]
    dump.write_text("\n".join(lines) + "\n")
    docs, errors = split(list(iter_raw([str(dump)])))
    assert [d.source for d in docs] == [f"{dump}#1", f"{dump}#4"]
    assert [e.source for e in errors] == [f"{dump}#2", f"{dump}#5", f"{dump}#6"]
    first, second = (to_document(d) for d in docs)
    assert first.text == "A title\n\nBody only." and first.published == "2025-01-02"
    assert second.url == "https://j.example/2" and second.title.startswith("Lumen Robotics")


def test_jsonl_line_limit(tmp_path):
    dump = tmp_path / "many.jsonl"
    dump.write_text("".join(json.dumps({"text": f"Item {i}."}) + "\n" for i in range(30)))
    docs, errors = split(list(iter_raw([str(dump)], Limits(max_jsonl_lines=10))))
    assert len(docs) == 10 and "more than 10 lines" in str(errors[0])


# ---------------------------------------------------------------- a mixed batch


def test_mixed_folder_loses_nothing_but_the_bad_files(tmp_path, cli, dev_corpus):
    """txt, html (EUC-KR too), WARC, feed, JSONL and garbage in one folder: one
    error line per bad file, every good item comes out."""
    shutil.copy(dev_corpus / "002_ko_amazon_anthropic_wire.txt", tmp_path / "a.txt")
    shutil.copy(dev_corpus / "001_ko_amazon_anthropic_additional_4b.html", tmp_path / "b.html")
    (tmp_path / "sub").mkdir()
    shutil.copy(SOURCES / "atom.xml", tmp_path / "sub" / "c.xml")
    write_warc(tmp_path / "sub" / "d.warc.gz", [("https://w.example/1", "text/html", "200 OK", PAGE.read_bytes())])
    (tmp_path / "e.jsonl").write_text(json.dumps({"text": "Title\n\nOne line of text.", "url": "https://j.example"}) + "\n")
    (tmp_path / "f.html").write_bytes(os.urandom(4096).replace(b"\x00", b"") + b"\x00" * 64)
    (tmp_path / "g.pdf").write_bytes(b"%PDF-1.4\n" + os.urandom(512))
    (tmp_path / "h.txt").write_bytes(b"")

    proc = cli("text", str(tmp_path), "--format", "json")
    assert proc.returncode == 1
    errors = proc.stderr.decode().splitlines()
    assert "Traceback" not in proc.stderr.decode()
    assert sorted(line.split(": ")[1] for line in errors) == [str(tmp_path / n) for n in ("f.html", "g.pdf", "h.txt")]
    docs = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert sorted(d["source"].replace(str(tmp_path) + "/", "") for d in docs) == [
        "a.txt", "b.html", "e.jsonl#1", "sub/c.xml#1", "sub/c.xml#2", "sub/c.xml#3", "sub/d.warc.gz#1",
    ]  # fmt: skip
    assert next(d for d in docs if d["source"].endswith("b.html"))["encoding"] == "euc-kr"


def test_whole_json_documents(tmp_path):
    """A JSON array of articles, or one pretty-printed object, is read like JSONL;
    text that merely starts with a bracket stays text."""
    array = tmp_path / "dump.json"
    array.write_text(json.dumps([{"text": "T\n\nBody one.", "url": "https://j.example/1"}, 3]))
    docs, errors = split(list(iter_raw([str(array)])))
    assert [d.source for d in docs] == [f"{array}#1"] and [e.source for e in errors] == [f"{array}#2"]
    assert to_document(docs[0]).text == "T\n\nBody one."
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"title": "Solo", "text": "Solo body line."}, indent=2))
    assert to_document(read_path(str(single))[0]).text == "Solo\n\nSolo body line."
    bracket = tmp_path / "k.txt"
    bracket.write_text("[해설] 메타는 왜 AI 인재에 돈을 쓰나\n\n메타가 인재 영입에 나섰다.\n")
    [raw] = read_path(str(bracket))
    assert raw.content_type == "text/plain"
