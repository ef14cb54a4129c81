"""`warchest eval`: the contract's scoring rules, in agreement with shared/tools/score.py."""

from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DEV_CORPUS, FIXTURES
from warchest.cli import app
from warchest.evaluate import Counts, claim_matches, evaluate, score_document, specificity

SCORE_PY = DEV_CORPUS.parent.parent / "tools" / "score.py"
EVAL_DIR = FIXTURES / "claims" / "eval"


@pytest.fixture(scope="module")
def score_py():
    if not SCORE_PY.exists():
        pytest.skip("shared/tools/score.py is not beside this checkout")
    spec = importlib.util.spec_from_file_location("score_py", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def as_prediction(gold: dict) -> dict:
    """A gold claim written the way `warchest extract` writes claims."""
    def entity(name: str) -> dict:
        first = name.split("|")[0]
        return {"id": first.lower().replace(" ", "-"), "name": first, "text": name.split("|")[-1]}

    args = {r: ([entity(v) for v in val] if isinstance(val, list) else entity(val)) for r, val in gold.get("args", {}).items()}
    return {"type": gold["type"], "args": args, "amount": gold.get("amount"), "date": gold.get("date"),
            "attrs": dict(gold.get("attrs", {})), "confidence": 0.5}


def variants(pred: dict) -> list[dict]:
    """A prediction and the ways it can go wrong (or stay right)."""
    out = [pred]
    if pred["amount"]:
        for factor in (1.005, 1.02):
            p = copy.deepcopy(pred)
            p["amount"]["value"] = pred["amount"]["value"] * factor
            out.append(p)
        p = copy.deepcopy(pred)
        p["amount"]["currency"] = "XXX"
        out.append(p)
    if pred["date"]:
        p = copy.deepcopy(pred)
        p["date"] = {"value": pred["date"]["value"][:4]}
        out.append(p)
    for role, value in pred["args"].items():
        p = copy.deepcopy(pred)
        if isinstance(value, list):
            p["args"][role] = value[:1]
        else:
            del p["args"][role]
            p["args"][role + "s"] = [value]  # the other spelling of the role
        out.append(p)
    p = copy.deepcopy(pred)
    p["attrs"] = {k: "other" for k in pred["attrs"]}
    out.append(p)
    return out


def test_claim_matching_agrees_with_score_py(dev_corpus, score_py):
    golds = [g for path in sorted(dev_corpus.glob("*.json")) for g in json.loads(path.read_text("utf-8"))["claims"]]
    preds = [v for g in golds[::3] for v in variants(as_prediction(g))]
    pairs = 0
    for p in preds:
        for g in golds:
            if p["type"] == g["type"]:
                assert claim_matches(p, g) == score_py.claim_matches(p, g), (p, g)
                pairs += 1
    assert pairs > 10_000
    assert [specificity(g) for g in golds] == [score_py.specificity(g) for g in golds]


def test_greedy_matching_takes_the_most_specific_gold_first():
    specific = {"type": "investment", "args": {"investee": "Anthropic"}, "amount": {"value": 4e9, "currency": "USD"}}
    vague = {"type": "investment", "args": {"investee": "Anthropic"}}
    pred = {"type": "investment", "args": {"investee": {"name": "Anthropic"}}, "amount": {"value": 4e9, "currency": "USD"}}
    counts, result = score_document([vague, specific], [pred], "doc")
    assert (counts["investment"].matched_gold, counts["investment"].gold) == (1, 2)
    assert result.missed == [vague] and result.false == []


def test_predictions_of_an_unused_type_count_against_precision():
    counts, result = score_document([], [{"type": "layoff", "args": {}}], "doc")
    assert counts["layoff"].pred == 1 and counts["layoff"].precision == 0.0
    assert result.false == [{"type": "layoff", "args": {}}]


def test_counts_figures():
    c = Counts(gold=4, pred=5, matched_gold=3, matched_pred=3)
    assert (c.precision, c.recall, round(c.f1, 4)) == (0.6, 0.75, 0.6667)
    assert Counts().f1 == 0.0


def test_evaluate_passes_the_gold_date_for_text_and_none_for_pages(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps({"published": "2024-08-06", "claims": []}), "utf-8")
    (tmp_path / "a.txt").write_text("text", "utf-8")
    (tmp_path / "a.html").write_text("<p>page</p>", "utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"published": "2024-08-06", "claims": []}), "utf-8")  # no source: skipped
    seen = []
    evaluate(tmp_path, lambda path, published: seen.append((path.name, published)) or [])
    evaluate(tmp_path, lambda path, published: seen.append((path.name, published)) or [], html=True)
    assert seen == [("a.txt", "2024-08-06"), ("a.html", None)]


def test_evaluate_filters_types(tmp_path):
    gold = {"published": None, "claims": [{"type": "launch", "args": {"org": "OpenAI"}},
                                          {"type": "layoff", "args": {"org": "Meta"}}]}
    (tmp_path / "a.json").write_text(json.dumps(gold), "utf-8")
    (tmp_path / "a.txt").write_text("text", "utf-8")
    preds = [{"type": "launch", "args": {"org": {"name": "OpenAI"}}}, {"type": "hire", "args": {}}]
    report = evaluate(tmp_path, lambda path, published: preds, types=["launch"])
    assert list(report.by_type) == ["launch"] and report.overall.f1 == 1.0


def test_cli_eval_scores_a_folder(tmp_path):
    details = tmp_path / "details.json"
    result = CliRunner().invoke(app, ["eval", str(EVAL_DIR), "--details", str(details)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert lines[-1].startswith("F1 1.000 P 1.000 R 1.000 over 2 gold claims")
    assert [d["doc"] for d in json.loads(details.read_text("utf-8"))] == ["naver_mistral.txt", "weather.txt"]


def test_cli_eval_json_format():
    result = CliRunner().invoke(app, ["eval", str(EVAL_DIR), "--format", "json", "--types", "valuation"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert list(report["types"]) == ["valuation"] and report["overall"]["gold"] == 1


def test_cli_eval_names_a_missing_folder(tmp_path):
    missing = tmp_path / "nope"
    result = CliRunner().invoke(app, ["eval", str(missing)])
    assert result.exit_code == 1
    assert f"error: {missing}: not a directory" in result.stderr
    assert "Traceback" not in result.output
