"""The scorer of spec/claims.md: precision, recall and F1 per claim type and overall.

Its matching rules are the contract's, and the same as ``shared/tools/score.py``
(which runs the CLI per file): entities match on folded name, id or text against
``A|B`` alternatives or on the slug of a gold name; list roles must cover every
gold entity; amounts within 1 % in the same currency; dates by prefix; each gold
attr by value (an amount-valued attr like an amount; ``title`` not scored).
Gold claims, most specific first, each take the first unused prediction that
matches, predictions ordered by confidence (greedy, best first). The overall
figure sums the counts of all types.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from .errors import InputError, WarchestError

UNSCORED_ATTRS = frozenset({"title"})  # free text: reported, not scored
AMOUNT_TOLERANCE = 0.01


# ---------------------------------------------------------------- matching rules


def fold(s: Any) -> str:
    """Lower case, letters and digits only (NFKC first)."""
    s = unicodedata.normalize("NFKC", str(s)).lower()
    return "".join(ch for ch in s if unicodedata.category(ch)[0] in "LN")


def slug(s: Any) -> str:
    s = unicodedata.normalize("NFKC", str(s)).lower()
    return re.sub(r"[^0-9a-z\uac00-\ud7a3]+", "-", s).strip("-")


def _as_list(x: Any) -> list:
    if x is None:
        return []
    return x if isinstance(x, list) else [x]


def entity_matches(pred: Any, gold_alts: str) -> bool:
    alts = gold_alts.split("|")
    folded = {fold(a) for a in alts}
    if not isinstance(pred, dict):
        pred = {"name": pred}
    if any(pred.get(key) and fold(pred[key]) in folded for key in ("name", "id", "text")):
        return True
    return bool(pred.get("id")) and pred["id"] in {slug(a) for a in alts}


def role_matches(pred_args: Mapping[str, Any], role: str, gold_value: Any) -> bool:
    value = pred_args.get(role)
    if value is None:  # singular and plural spellings of a role are one role
        value = pred_args.get(role[:-1] if role.endswith("s") else role + "s")
    if value is None:
        return False
    preds = _as_list(value)
    return all(any(entity_matches(p, g) for p in preds) for g in _as_list(gold_value))


def amount_matches(pred: Any, gold: Mapping[str, Any]) -> bool:
    if not isinstance(pred, dict):
        return False
    try:
        pv, gv = float(pred.get("value")), float(gold["value"])
    except (TypeError, ValueError):
        return False
    return abs(pv - gv) <= AMOUNT_TOLERANCE * abs(gv) and pred.get("currency") == gold["currency"]


def claim_matches(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    """Whether a predicted claim (contract JSON) matches a gold claim."""
    if pred.get("type") != gold["type"]:
        return False
    pargs = pred.get("args") or {}
    if not all(role_matches(pargs, role, gv) for role, gv in (gold.get("args") or {}).items()):
        return False
    if "amount" in gold and not amount_matches(pred.get("amount"), gold["amount"]):
        return False
    if "date" in gold:
        value = (pred.get("date") or {}).get("value")
        if not value or not str(value).startswith(gold["date"]["value"]):
            return False
    pattrs = pred.get("attrs") or {}
    for key, gv in (gold.get("attrs") or {}).items():
        if key in UNSCORED_ATTRS:
            continue
        if isinstance(gv, dict) and "value" in gv:
            if not amount_matches(pattrs.get(key), gv):
                return False
        elif pattrs.get(key) != gv:
            return False
    return True


def specificity(gold: Mapping[str, Any]) -> int:
    return len(gold.get("args") or {}) + ("amount" in gold) + ("date" in gold) + len(gold.get("attrs") or {})


# ---------------------------------------------------------------- counting


@dataclass
class Counts:
    """Gold and predicted claims of one type, and how many of each matched."""

    gold: int = 0
    pred: int = 0
    matched_gold: int = 0
    matched_pred: int = 0

    def add(self, other: "Counts") -> None:
        self.gold += other.gold
        self.pred += other.pred
        self.matched_gold += other.matched_gold
        self.matched_pred += other.matched_pred

    @property
    def precision(self) -> float:
        return self.matched_pred / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class DocumentResult:
    """One document's misses (gold not matched) and false positives."""

    doc: str
    missed: list[dict] = field(default_factory=list)
    false: list[dict] = field(default_factory=list)
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"doc": self.doc, "missed": self.missed, "false": self.false}
        if self.error:
            out["error"] = self.error
        return out


@dataclass
class Report:
    """Counts per claim type and the per-document details behind them."""

    by_type: dict[str, Counts] = field(default_factory=dict)
    documents: list[DocumentResult] = field(default_factory=list)

    @property
    def overall(self) -> Counts:
        total = Counts()
        for counts in self.by_type.values():
            total.add(counts)
        return total

    @property
    def errors(self) -> list[str]:
        return [f"{d.doc}: {d.error}" for d in self.documents if d.error]

    def to_json(self) -> dict[str, Any]:
        def row(c: Counts) -> dict[str, Any]:
            return {"gold": c.gold, "pred": c.pred, "precision": round(c.precision, 4),
                    "recall": round(c.recall, 4), "f1": round(c.f1, 4)}

        return {"types": {t: row(c) for t, c in sorted(self.by_type.items())}, "overall": row(self.overall),
                "errors": self.errors}


def score_document(
    golds: Sequence[Mapping[str, Any]], preds: Sequence[Mapping[str, Any]], name: str
) -> tuple[dict[str, Counts], DocumentResult]:
    """Greedy best-first matching of one document's predictions to its gold."""
    counts: dict[str, Counts] = defaultdict(Counts)
    ordered = sorted(preds, key=lambda p: -float(p.get("confidence") or 0))
    used: set[int] = set()
    result = DocumentResult(name)
    for g in sorted(golds, key=specificity, reverse=True):
        counts[g["type"]].gold += 1
        hit = next((i for i, p in enumerate(ordered) if i not in used and claim_matches(p, g)), None)
        if hit is None:
            result.missed.append(dict(g))
        else:
            used.add(hit)
            counts[g["type"]].matched_gold += 1
    for i, p in enumerate(ordered):
        c = counts[p.get("type", "?")]
        c.pred += 1
        if i in used:
            c.matched_pred += 1
        else:
            result.false.append(dict(p))
    return counts, result


# ---------------------------------------------------------------- a corpus

Extractor = Callable[[Path, "str | None"], list[dict]]


def gold_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise InputError(str(directory), "not a directory")
    return sorted(directory.glob("*.json"))


def evaluate(
    directory: Path,
    extract: Extractor,
    html: bool = False,
    types: Iterable[str] = (),
) -> Report:
    """Score ``extract`` (source path, publication date -> contract JSON claims)
    on every gold file of ``directory`` that has its .txt (or, with ``html``, its
    .html). As in score.py, clean text gets the gold's publication date unless the
    gold says the text carries it; a page must find its own."""
    only = set(types)
    report = Report()
    for gold_path in gold_files(directory):
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise InputError(str(gold_path), f"unreadable gold file: {e}") from e
        source = gold_path.with_suffix(".html" if html else ".txt")
        if not source.exists():
            continue
        published = None if html or gold.get("published_in_text", False) else gold.get("published")
        error = None
        try:
            preds = extract(source, published)
        except WarchestError as e:
            preds, error = [], e.message
        golds = [g for g in gold.get("claims", []) if not only or g["type"] in only]
        preds = [p for p in preds if not only or p.get("type") in only]
        counts, result = score_document(golds, preds, source.name)
        result.error = error
        for t, c in counts.items():
            report.by_type.setdefault(t, Counts()).add(c)
        report.documents.append(result)
    return report


def pipeline_extractor() -> Extractor:
    """Run the in-process pipeline on one file, as ``warchest extract`` would."""
    from .pipeline import analyze, default_resources
    from .sources import read_path

    def run(path: Path, published: str | None) -> list[dict]:
        resources = default_resources()
        return [c.to_json() for raw in read_path(str(path)) for c in analyze(raw, resources, published=published).claims]

    return run


def format_report(report: Report) -> list[str]:
    """The score.py layout: one line per type, then the overall line."""
    lines = []
    for t, c in sorted(report.by_type.items()):
        lines.append(f"{t:13s} gold {c.gold:3d} pred {c.pred:3d}  P {c.precision:.2f} R {c.recall:.2f} F1 {c.f1:.2f}")
    o = report.overall
    lines.append(f"F1 {o.f1:.3f} P {o.precision:.3f} R {o.recall:.3f} over {o.gold} gold claims")
    return lines
