"""The store commands and exports, end to end on a small hand-built store."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from store_helpers import money, sentence_claim, write_document
from warchest.cli import app
from warchest.store import open_store
from warchest.store.derive import rebuild

runner = CliRunner()
SENTENCES = {  # language: (headline, the merger sentence, the valuation sentence)
    "en": ("Rebellions completes Sapeon merger",
           "Rebellions said on Monday it had completed its merger with Sapeon.",
           "The combined company is valued at more than 1.3 trillion won ($890 million)."),
    "ko": ("리벨리온, 사피온 합병 완료",
           "리벨리온이 사피온코리아와의 합병을 마쳤다고 2일 밝혔다.",
           "합병 법인의 기업가치는 1조3000억 원을 넘는다."),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "cli.db"
    conn = open_store(path)
    for lang, (headline, sentence, value) in SENTENCES.items():
        text = f"{headline}\n\n{sentence} {value}"

        def claims(doc_id, text, sentence=sentence, value=value):
            return [
                sentence_claim(doc_id, text, sentence, "acquisition", {"acquirer": "rebellions", "target": "sapeon"},
                               date="2024-12-02", status="completed"),
                sentence_claim(doc_id, text, value, "valuation", {"company": "rebellions"}, date="2024-12-02",
                               amount=money("1300000000000", "KRW", bound="over",
                                            converted=money(890e6) if lang == "en" else None)),
            ]

        write_document(conn, text, claims, published="2024-12-02", lang=lang, source=f"{lang}.txt")
    rebuild(conn)
    conn.close()
    return str(path)


def test_events_json_is_the_contract_array(db):
    result = runner.invoke(app, ["events", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    events = json.loads(result.stdout)
    assert [(e["type"], len(e["sources"])) for e in events] == [("acquisition", 2), ("valuation", 2)]
    for e in events:
        assert {"id", "type", "args", "amount", "date", "attrs", "sources", "conflicts"} <= e.keys()
        assert {"doc", "source", "evidence", "amount", "date"} <= e["sources"][0].keys()


@pytest.mark.parametrize("command", [["deals"], ["events"], ["conflicts"], ["audits"], ["search", "합병"],
                                     ["entity", "rebellions"]])
def test_query_commands_render_tables(db, command):
    result = runner.invoke(app, [*command, "--db", db])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()


def test_deals_csv_and_as_of(db):
    result = runner.invoke(app, ["deals", "--db", db, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["type"], r["investors"], r["investee"], r["sources"]) for r in rows] == [
        ("acquisition", "Rebellions", "Sapeon", "2")]
    early = runner.invoke(app, ["deals", "--db", db, "--format", "json", "--as-of", "2024-12-01"])
    assert json.loads(early.stdout) == []


def test_user_errors_name_their_input(db, tmp_path):
    missing = str(tmp_path / "missing.db")
    result = runner.invoke(app, ["deals", "--db", missing])
    assert result.exit_code == 1 and result.stderr.startswith(f"error: {missing}: no such store")
    result = runner.invoke(app, ["events", "--db", db, "--as-of", "yesterday"])
    assert result.exit_code == 2 and "--as-of" in result.stderr
    result = runner.invoke(app, ["entity", "nobody", "--db", db])
    assert result.exit_code == 1 and "nobody" in result.stderr
    result = runner.invoke(app, ["export", "--db", db, "--format", "parquet"])
    assert result.exit_code == 1 and result.stderr.startswith("error: parquet:")


def test_export_jsonl_csv_parquet(db, tmp_path):
    import pyarrow.parquet as pq

    lines = runner.invoke(app, ["export", "--db", db, "--format", "jsonl"]).stdout.splitlines()
    assert [json.loads(line)["type"] for line in lines] == ["acquisition", "valuation"]
    claims = runner.invoke(app, ["export", "--db", db, "--format", "jsonl", "--what", "claims"]).stdout.splitlines()
    assert len(claims) == 4 and all(json.loads(c)["evidence"]["text"] for c in claims)
    out = tmp_path / "events.parquet"
    result = runner.invoke(app, ["export", "--db", db, "--format", "parquet", "--out", str(out)])
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert table.num_rows == 2 and {"id", "type", "usd", "json"} <= set(table.column_names)
    assert json.loads(table.column("json")[0].as_py())["type"] == "acquisition"
    header = runner.invoke(app, ["export", "--db", db, "--format", "csv", "--what", "entities"]).stdout.splitlines()[0]
    assert header.startswith("id,name,kind")


def test_export_graphml_is_the_entity_graph(db):
    result = runner.invoke(app, ["export", "--db", db, "--format", "graphml"])
    root = ET.fromstring(result.stdout.split("\n", 1)[1])
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    nodes = {n.get("id") for n in root.iterfind(".//g:node", ns)}
    edges = [(e.get("source"), e.get("target")) for e in root.iterfind(".//g:edge", ns)]
    assert nodes == {"rebellions", "sapeon"} and edges == [("rebellions", "sapeon")]


def test_consolidate_rebuilds_the_same_events(db):
    before = runner.invoke(app, ["events", "--db", db, "--format", "json"]).stdout
    result = runner.invoke(app, ["consolidate", "--db", db])
    assert result.exit_code == 0 and "2 events" in result.stderr
    assert runner.invoke(app, ["events", "--db", db, "--format", "json"]).stdout == before


def test_a_denial_conflict_lists_the_affirmed_statuses_as_words():
    from warchest.store.present import conflict_rows

    values = [{"value": "denied", "docs": ["a"]}, {"value": ["rumored", "planned"], "docs": ["b", "c"]}]
    row = {"id": "x", "event": "e", "type": "acquisition", "args": {}, "field": "status", "values": values, "sources": []}
    assert conflict_rows([row])[1][0][5] == "denied (1 doc) vs rumored, planned (2 docs)"
