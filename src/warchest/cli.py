"""The ``warchest`` command line: parse arguments, call the library, render.

Every error a user can cause prints ``error: <input>: <message>`` on stderr and
makes the exit status non-zero, without a traceback; the other inputs still run.
"""

from __future__ import annotations

import json
import re
import sys
from enum import Enum
from typing import Iterator, List, Optional

import typer
from rich.console import Console
from rich.table import Table

from .errors import WarchestError
from .model import Amount, Analysis, QuantityLike, When, quantity_kind

app = typer.Typer(
    help="warchest: an evidence-backed knowledge graph of AI money and talent news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


class Format(str, Enum):
    jsonl = "jsonl"
    table = "table"


class Lang(str, Enum):
    ko = "ko"
    en = "en"


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def report(e: WarchestError | str) -> None:
    """One ``error:`` line on stderr."""
    err.print(f"error: {e}", markup=False, highlight=False)


def check_date(value: str | None, option: str = "--published") -> str | None:
    if value is not None and not _DATE.match(value):
        report(f"{option}: expected YYYY-MM-DD, got {value!r}")
        raise typer.Exit(2)
    return value


def emit_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def analyses(files: List[str], published: str | None, lang: str | None) -> Iterator[Analysis | WarchestError]:
    """Analyse each input in turn, yielding an error value for the ones that fail."""
    from .pipeline import analyze, default_resources
    from .sources import iter_raw

    resources = None
    for item in iter_raw(files):
        if isinstance(item, WarchestError):
            yield item
            continue
        try:
            resources = resources or default_resources()
            yield analyze(item, resources, published=published, lang=lang)
        except WarchestError as e:
            yield e


def _claims_table(rows: list[Analysis]) -> Table:
    table = Table("type", "args", "amount", "date", "attrs", "evidence", show_lines=True)
    for analysis in rows:
        for c in analysis.claims:
            j = c.to_json()
            args = "; ".join(
                f"{role}={', '.join(v['name'] for v in (val if isinstance(val, list) else [val]))}"
                for role, val in j["args"].items()
            )
            amount = c.amount.text if c.amount else ""
            date = c.date.value or c.date.text if c.date else ""
            attrs = ", ".join(f"{k}={v}" for k, v in j["attrs"].items() if not isinstance(v, dict))
            table.add_row(c.type, args, amount, date or "", attrs, c.evidence_text[:120])
    return table


@app.command()
def extract(
    files: List[str] = typer.Argument(..., help="text or HTML files, directories, or - for stdin"),
    published: Optional[str] = typer.Option(None, help="publication date YYYY-MM-DD"),
    lang: Optional[Lang] = typer.Option(None, help="override language detection"),
    format: Format = typer.Option(Format.jsonl, "--format", help="jsonl (the contract) or table"),
) -> None:
    """Print the claims each article makes, one JSON object per line."""
    check_date(published)
    failed = False
    done: list[Analysis] = []
    for result in analyses(files, published, lang.value if lang else None):
        if isinstance(result, WarchestError):
            report(result)
            failed = True
        elif format is Format.jsonl:
            for claim in result.claims:
                emit_json(claim.to_json())
        else:
            done.append(result)
    if format is Format.table:
        out.print(_claims_table(done))
    raise typer.Exit(1 if failed else 0)


@app.command()
def text(
    file: str = typer.Argument(..., help="a text or HTML file, or - for stdin"),
    format: str = typer.Option("text", "--format", help="text (the clean text) or json"),
) -> None:
    """Print the clean text that evidence offsets index (or the document as JSON)."""
    from .page import to_document
    from .sources import read_path

    try:
        docs = [to_document(raw) for raw in read_path(file)]
    except WarchestError as e:
        report(e)
        raise typer.Exit(1)
    for doc in docs:
        if format == "json":
            emit_json(
                {"id": doc.id, "source": doc.source, "url": doc.url, "title": doc.title,
                 "published": doc.published, "lang": doc.lang, "text": doc.text, "encoding": doc.encoding}
            )
        else:
            sys.stdout.write(doc.text + "\n")


def quantity_json(index: int, q: QuantityLike) -> dict:
    out = {"input": index, "kind": quantity_kind(q), "start": q.start, "end": q.end, "text": q.text}
    if isinstance(q, Amount):
        j = q.to_json()
        out.update({k: j[k] for k in ("value", "currency", "approx", "bound")})
        if "converted" in j:
            out["converted"] = j["converted"]
    elif isinstance(q, When):
        out.update({"value": q.value, "precision": q.precision})
    else:
        out["value"] = int(q.value) if q.value == q.value.to_integral_value() else float(q.value)
        if q.approx or q.bound:
            out.update({"approx": q.approx, "bound": q.bound})
    return out


@app.command()
def quantities(
    texts: List[str] = typer.Argument(..., help="texts to read, each on its own"),
    published: Optional[str] = typer.Option(None, help="reference date YYYY-MM-DD (default: today)"),
    format: Format = typer.Option(Format.jsonl, "--format"),
) -> None:
    """Print the money, numbers, percents, multiples and dates found in each TEXT."""
    import datetime as dt

    from .quantities import find_quantities

    ref = check_date(published) or dt.date.today().isoformat()
    rows = [quantity_json(i, q) for i, t in enumerate(texts) for q in find_quantities(t, ref)]
    if format is Format.jsonl:
        for row in rows:
            emit_json(row)
        return
    table = Table("input", "kind", "text", "value", "detail")
    for r in rows:
        detail = " ".join(str(r[k]) for k in ("currency", "precision", "bound") if r.get(k))
        table.add_row(str(r["input"]), r["kind"], r["text"], str(r["value"]), detail + (" approx" if r.get("approx") else ""))
    out.print(table)


def main() -> None:  # pragma: no cover - console entry point
    app()
