"""The CLI end to end, in a subprocess: what ``warchest extract`` prints on the
bundled samples and on every text and page of the dev corpus is the contract,
line by line, and its evidence offsets index what ``warchest text`` prints."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from conftest import ROOT
from warchest.contract import claim_problems
from warchest.page import to_document
from warchest.sources import read_path

SAMPLES = ROOT / "data" / "samples"
QUANTITY_KINDS = {"money", "number", "percent", "multiple", "date"}


def articles(folder: Path) -> list[str]:
    """The text and HTML articles of a folder, sorted, as relative-or-absolute paths."""
    return sorted(str(p) for p in folder.iterdir() if p.suffix in (".txt", ".html"))


def clean_texts(paths: list[str]) -> dict[str, str]:
    """source -> the clean text its claims' offsets index (what ``warchest text`` prints)."""
    return {doc.source: doc.text for path in paths for doc in map(to_document, read_path(path))}


def check_extract(cli, paths: list[str]) -> list[dict]:
    """Run ``extract`` over ``paths`` in one process; assert a clean run and valid lines."""
    proc = cli("extract", *paths)
    stderr = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 0, stderr
    assert "Traceback" not in stderr and "error:" not in stderr, stderr
    texts = clean_texts(paths)
    claims = []
    for number, line in enumerate(proc.stdout.decode("utf-8").splitlines(), 1):
        obj = json.loads(line)
        source = obj["doc"]["source"]
        assert source in texts, f"line {number}: unknown source {source!r}"
        problems = claim_problems(obj, texts[source])
        assert problems == [], f"line {number} ({source}): {problems}"
        claims.append(obj)
    return claims


@pytest.fixture(scope="module")
def sample_claims(cli) -> list[dict]:
    return check_extract(cli, articles(SAMPLES))


def test_samples_give_contract_valid_claims(sample_claims):
    types = Counter(c["type"] for c in sample_claims)
    assert types["investment"] >= 1, types
    sources = {c["doc"]["source"] for c in sample_claims}
    assert any(s.endswith(".html") for s in sources), "no claim came from a page"
    assert any("_ko_" in s for s in sources) and any("_en_" in s for s in sources), sources


def test_claims_of_one_document_share_its_id(sample_claims):
    ids: dict[str, set[str]] = {}
    for c in sample_claims:
        ids.setdefault(c["doc"]["source"], set()).add(c["doc"]["id"])
    assert all(len(v) == 1 for v in ids.values()), ids


def test_extract_is_deterministic(cli, sample_claims):
    paths = [str(SAMPLES / name) for name in ("02_ko_anthropic_series_f.txt", "03_en_mistral_asml.html")]
    again = [json.loads(line) for line in cli("extract", *paths).stdout.decode("utf-8").splitlines()]
    before = [c for c in sample_claims if c["doc"]["source"] in paths]
    assert again == before


def test_dev_corpus_gives_contract_valid_claims(cli, dev_corpus):
    paths = articles(dev_corpus)
    assert len(paths) == 42  # 30 texts and 12 pages
    check_extract(cli, paths)


@pytest.mark.parametrize(
    "name", ["01_en_anthropic_series_f.txt", "04_ko_mistral_rumor.html", "10_ko_meta_superintelligence.html"]
)
def test_text_prints_the_clean_text_offsets_index(cli, name):
    path = str(SAMPLES / name)
    expected = clean_texts([path])[path]
    proc = cli("text", path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode("utf-8") == expected + "\n"
    meta = json.loads(cli("text", path, "--format", "json").stdout)
    assert meta["text"] == expected and meta["source"] == path
    assert meta["lang"] == name.split("_")[1]
    assert meta["published"] and meta["published"].startswith("2025-")


def test_text_reads_the_euc_kr_page_as_korean(cli):
    meta = json.loads(cli("text", str(SAMPLES / "04_ko_mistral_rumor.html"), "--format", "json").stdout)
    assert "미스트랄AI" in meta["text"] and "블룸버그통신" in meta["text"]
    assert "많이 본 뉴스" not in meta["text"] and "코스피" not in meta["text"]


def test_quantities_prints_spans_of_each_input(cli):
    texts = ["앤스로픽은 130억 달러(약 18조1000억 원)를 유치했다.", "It raised about $3.5 billion in March."]
    proc = cli("quantities", *texts, "--published", "2025-09-03")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    for row in rows:
        assert row["kind"] in QUANTITY_KINDS
        assert texts[row["input"]][row["start"] : row["end"]] == row["text"]
    money = [(r["input"], r["value"], r["currency"]) for r in rows if r["kind"] == "money"]
    assert (0, 13_000_000_000, "USD") in money
    assert (1, 3_500_000_000, "USD") in money


def test_ingest_then_deals_and_events_consolidate_the_samples(cli, tmp_path):
    """``make run``'s flow: the samples go into a store, ``deals`` lists their
    investments, and one event gathers the English and Korean reports of a deal."""
    db = str(tmp_path / "samples.db")
    proc = cli("ingest", *articles(SAMPLES), "--db", db)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    deals = json.loads(cli("deals", "--db", db, "--format", "json").stdout)
    assert any(d["type"] == "investment" and d["amount"] for d in deals), deals
    events = json.loads(cli("events", "--db", db, "--type", "investment", "--format", "json").stdout)
    langs = [{s["lang"] for s in e["sources"]} for e in events]
    sources = {s["source"] for e in events for s in e["sources"]}
    assert not any(str(SAMPLES) in s for s in sources), sources  # a URL or a file name, not where the file lives
    assert {"ko", "en"} in langs, "no investment event has both a Korean and an English source"
