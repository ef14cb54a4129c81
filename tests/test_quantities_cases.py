"""Every case of the shared conformance table and of our own held-out table, read
through ``warchest quantities`` exactly as a user (or the shared scorer) runs it."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES, ROOT
from warchest.cli import app

SHARED_CASES = ROOT.parent / "shared" / "conformance" / "quantities.tsv"
OWN_CASES = FIXTURES / "quantities" / "cases.tsv"


def load_cases(path: Path) -> list[tuple[str, str, str, str]]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        cases.append((fields[0], fields[1], fields[2], fields[3] if len(fields) > 3 else "2024-03-28"))
    return cases


def run_cases(cases: list[tuple[str, str, str, str]]) -> list[str]:
    """Run the cases through the CLI, one call per reference date; return the misses."""
    by_ref: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for kind, text, expected, ref in cases:
        by_ref[ref].append((kind, text, expected))
    misses = []
    runner = CliRunner()
    for ref, group in by_ref.items():
        result = runner.invoke(app, ["quantities", *[t for _, t, _ in group], "--published", ref, "--format", "jsonl"])
        assert result.exit_code == 0, result.output
        found = defaultdict(list)
        for line in result.stdout.splitlines():
            row = json.loads(line)
            found[row["input"]].append(row)
        for i, (kind, text, expected) in enumerate(group):
            rows = sorted((r for r in found[i] if r["kind"] == kind), key=lambda r: r["start"] - r["end"])
            if not rows or not matches(kind, expected, rows[0]):
                misses.append(f"{kind} {text!r}: want {expected}, got {rows[0] if rows else None}")
    return misses


def matches(kind: str, expected: str, row: dict) -> bool:
    want = expected.split()
    if kind == "date":
        return row["value"] == want[0] and row["precision"] == want[1]
    if abs(float(row["value"]) - float(want[0])) > 1e-6 * max(1.0, abs(float(want[0]))):
        return False
    if kind != "money":
        return True
    bound = next((w.split("=", 1)[1] for w in want[2:] if w.startswith("bound=")), None)
    return row["currency"] == want[1] and row["approx"] == ("approx" in want[2:]) and row["bound"] == bound


def test_shared_conformance_cases_all_pass():
    if not SHARED_CASES.exists():
        pytest.skip("the shared conformance table is not beside this checkout")
    assert run_cases(load_cases(SHARED_CASES)) == []


def test_own_held_out_cases_all_pass():
    cases = load_cases(OWN_CASES)
    assert len(cases) >= 250
    assert run_cases(cases) == []


def test_cli_prints_ranges_conversions_and_counts():
    result = CliRunner().invoke(
        app, ["quantities", "10억~20억 달러", "40억 달러(약 5조6000억 원)", "6000여 명", "--published", "2024-03-28"]
    )
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[0]["value"] == 1_000_000_000 and rows[0]["upper"] == 2_000_000_000
    assert rows[1]["text"] == "40억 달러"
    assert rows[1]["converted"] == {"value": 5_600_000_000_000, "currency": "KRW", "approx": True, "bound": None,
                                    "text": "약 5조6000억 원"}  # fmt: skip
    assert rows[2] == {"input": 2, "kind": "number", "start": 0, "end": 7, "text": "6000여 명", "value": 6000,
                       "approx": True, "bound": None, "unit": "명"}  # fmt: skip


def test_cli_rejects_a_malformed_reference_date():
    result = CliRunner().invoke(app, ["quantities", "지난달", "--published", "28/03/2024"])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
