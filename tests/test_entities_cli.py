"""`warchest entities FILE`: one JSON line per mention, errors named, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from warchest.cli import app

FIXTURES = Path(__file__).parent / "fixtures" / "entities"


def test_entities_prints_spans_ids_kinds_and_known():
    path = FIXTURES / "unknown_company_ko.txt"
    result = CliRunner().invoke(app, ["entities", str(path)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    text = path.read_text(encoding="utf-8").rstrip("\n")
    assert all(text[r["start"] : r["end"]] == r["text"] for r in rows)
    first = rows[0]
    assert (first["text"], first["id"], first["kind"], first["known"], first["how"]) == (
        "노바리스", "novaris", "org", False, "discovered",
    )
    known = next(r for r in rows if r["text"] == "카카오벤처스")
    assert (known["id"], known["kind"], known["subkind"], known["known"]) == ("kakao-ventures", "org", "vc", True)


def test_entities_table_and_missing_file(tmp_path):
    result = CliRunner().invoke(app, ["entities", str(FIXTURES / "unknown_company_en.txt"), "--format", "table"])
    assert result.exit_code == 0 and "known" in result.stdout and "Lumora" in result.stdout
    missing = tmp_path / "nope.txt"
    result = CliRunner().invoke(app, ["entities", str(missing)])
    assert result.exit_code == 1
    assert f"error: {missing}" in result.output and "Traceback" not in result.output
