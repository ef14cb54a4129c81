"""The ``warchest`` command line: parse arguments, call the library, render.

Every error a user can cause prints ``error: <input>: <message>`` on stderr and
makes the exit status non-zero, without a traceback; the other inputs still run.
"""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from enum import Enum
from typing import Iterator, List, Optional

import typer
from rich.console import Console
from rich.table import Table

from .errors import WarchestError
from .model import Amount, Analysis, Document, QuantityLike, Skipped, When, quantity_kind

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


def notice(skipped: Skipped) -> None:
    """One ``skipped:`` line on stderr: a file of a folder that is not a document."""
    err.print(f"skipped: {skipped}", markup=False, highlight=False)


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
        if isinstance(item, Skipped):
            notice(item)
            continue
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


class TextFormat(str, Enum):
    text = "text"
    json = "json"


def _limits(max_bytes: int | None, max_items: int | None):
    """The default source limits with those given on the command line."""
    from .sources import DEFAULT_LIMITS

    return DEFAULT_LIMITS.override(max_bytes=max_bytes, max_feed_items=max_items)


MAX_BYTES = typer.Option(None, "--max-bytes", min=1, help="largest input (or WARC record) read, in bytes")
MAX_ITEMS = typer.Option(None, "--max-items", min=1, help="most items read from one feed")


@app.command()
def text(
    files: List[str] = typer.Argument(..., help="pages, text, WARC, feeds, JSONL, directories, or - for stdin"),
    format: TextFormat = typer.Option(TextFormat.text, "--format", help="text (the clean text) or json"),
    published: Optional[str] = typer.Option(None, help="publication date YYYY-MM-DD"),
    lang: Optional[Lang] = typer.Option(None, help="override language detection"),
    max_bytes: Optional[int] = MAX_BYTES,
    max_items: Optional[int] = MAX_ITEMS,
) -> None:
    """Print the clean text that evidence offsets index (or each document as JSON)."""
    from .sources import iter_documents

    check_date(published)
    failed = False
    for doc in iter_documents(files, _limits(max_bytes, max_items), published, lang.value if lang else None):
        if isinstance(doc, Skipped):
            notice(doc)
        elif isinstance(doc, WarchestError):
            report(doc)
            failed = True
        elif format is TextFormat.json:
            emit_json(doc.to_json())
        else:
            sys.stdout.write(doc.text + "\n")
    raise typer.Exit(1 if failed else 0)


@app.command()
def dupes(
    files: List[str] = typer.Argument(..., help="pages, text, WARC, feeds, JSONL, directories, or - for stdin"),
    threshold: float = typer.Option(0.7, min=0.01, max=1.0, help="least estimated Jaccard similarity reported"),
    max_bytes: Optional[int] = MAX_BYTES,
    max_items: Optional[int] = MAX_ITEMS,
) -> None:
    """Print each document that repeats an earlier one (exactly, or as a reprint
    with small edits), one JSON object per line."""
    from .page.dedup import find_duplicates
    from .sources import iter_documents

    failed = False

    def readable() -> Iterator[Document]:
        nonlocal failed
        for doc in iter_documents(files, _limits(max_bytes, max_items)):
            if isinstance(doc, Skipped):
                notice(doc)
            elif isinstance(doc, WarchestError):
                report(doc)
                failed = True
            else:
                yield doc

    for doc, earlier in find_duplicates(readable(), threshold):
        emit_json(
            {"id": doc.id, "source": doc.source,
             "duplicates": [{"id": d.id, "source": d.source, "jaccard": j} for d, j in earlier]}
        )  # fmt: skip
    raise typer.Exit(1 if failed else 0)


def quantity_json(index: int, q: QuantityLike) -> dict:
    out = {"input": index, "kind": quantity_kind(q), "start": q.start, "end": q.end, "text": q.text}
    if isinstance(q, Amount):
        j = q.to_json()
        out.update({k: j[k] for k in ("value", "currency", "approx", "bound")})
        out.update({k: j[k] for k in ("upper", "converted") if k in j})
    elif isinstance(q, When):
        out.update({"value": q.value, "precision": q.precision})
    else:
        out["value"] = json_number(q.value)
        if q.approx or q.bound:
            out.update({"approx": q.approx, "bound": q.bound})
        if q.upper is not None:
            out["upper"] = json_number(q.upper)
        if q.unit:
            out["unit"] = q.unit
    return out


def json_number(value: Decimal) -> int | float:
    """A Decimal as JSON wants it: an int when whole, else a float."""
    return int(value) if value == value.to_integral_value() else float(value)


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


@app.command()
def serve(
    db: str = typer.Option("warchest.db", "--db", help="the store to serve"),
    host: str = typer.Option("127.0.0.1", help="address to listen on"),
    port: int = typer.Option(8000, min=1, max=65535, help="port to listen on"),
) -> None:
    """Serve the HTTP API (/api, OpenAPI at /api/docs) and the dashboard.

    Writes (POST /api/documents) need the bearer token in $WARCHEST_TOKEN; without
    it the server is read-only.
    """
    import os

    import uvicorn

    from .web import create_app

    try:
        application = create_app(db, token=os.environ.get("WARCHEST_TOKEN"))
    except WarchestError as e:
        report(e)
        raise typer.Exit(1)
    uvicorn.run(application, host=host, port=port, log_level="info")


# ------------------------------------------------------------------ the store


class QueryFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    graphml = "graphml"


DB_OPTION = typer.Option("warchest.db", "--db", help="the store file")
AS_OF_OPTION = typer.Option(None, "--as-of", help="answer from what was published by YYYY-MM-DD")
LIMIT_OPTION = typer.Option(50, "--limit", min=1, help="most rows shown")


def _store(db: str):
    """The store opened read-only, or an ``error:`` line and exit 1."""
    from .store import open_store

    try:
        return open_store(db, readonly=True)
    except WarchestError as e:
        report(e)
        raise typer.Exit(1)


def _render(kind: str, rows: list[dict], format: QueryFormat, title: str | None = None) -> None:
    """Query rows as JSON, CSV or a rich table (the table cuts long cells)."""
    import csv

    from .store.present import FLATTEN

    if format is QueryFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    columns, values = FLATTEN[kind](rows)
    if format is QueryFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(["" if v is None else v for v in row] for row in values)
        return
    table = Table(*columns, title=title, show_lines=True)
    for row in values:
        table.add_row(*("" if v is None else str(v)[:300] for v in row))
    out.print(table)


@app.command()
def ingest(
    paths: List[str] = typer.Argument(..., help="files, directories, WARC, feeds, JSONL, or - for stdin"),
    db: str = DB_OPTION,
    published: Optional[str] = typer.Option(
        None, help="publication date YYYY-MM-DD of every input (overrides what they say)"),
    lang: Optional[Lang] = typer.Option(None, help="override language detection"),
    workers: int = typer.Option(1, "--workers", min=1, help="analysis processes (each loads the models once)"),
) -> None:
    """Store documents and their claims (one transaction each), then consolidate events."""
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from .store import ingest_paths

    check_date(published)
    columns = (SpinnerColumn(), TextColumn("{task.completed} documents"), BarColumn(bar_width=None),
               TextColumn("{task.fields[rate]:.1f} docs/s"), TextColumn("{task.fields[last]}"), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("ingest", total=None, rate=0.0, last="")

        def progress(result, summary) -> None:
            if result.status in ("failed", "skipped"):
                label = "error" if result.status == "failed" else "skipped"
                bar.console.print(f"{label}: {result.source}: {result.error}", markup=False, highlight=False)
            bar.update(task, advance=1, rate=summary.docs_per_second, last=result.source[-60:])

        try:
            summary = ingest_paths(paths, db, published=published, workers=workers, progress=progress,
                                   lang=lang.value if lang else None)
        except WarchestError as e:
            report(e)
            raise typer.Exit(1)
    table = Table("new", "unchanged", "failed", "skipped", "near-duplicates", "claims", "events", "conflicts",
                  "audits", "docs/s", title=f"ingested into {db}")
    table.add_row(*(str(v) for v in (summary.new, summary.unchanged, summary.failed, summary.skipped, summary.duplicates,
                                      summary.claims, summary.events, summary.conflicts, summary.audits,
                                      f"{summary.docs_per_second:.1f}")))
    err.print(table)
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def consolidate(db: str = DB_OPTION) -> None:
    """Rebuild events, conflicts and audits from the stored claims."""
    from .store import open_store, rebuild

    try:
        open_store(db, readonly=True).close()  # an existing store, not a new empty one
        derived = rebuild(open_store(db))
    except WarchestError as e:
        report(e)
        raise typer.Exit(1)
    err.print(f"{len(derived.events)} events, {len(derived.conflicts)} conflicts, {len(derived.audits)} audits",
              markup=False, highlight=False)


@app.command()
def deals(
    db: str = DB_OPTION,
    investor: Optional[str] = typer.Option(None, help="investor or acquirer (id, name or Korean name)"),
    investee: Optional[str] = typer.Option(None, help="investee or acquisition target"),
    since: Optional[str] = typer.Option(None, help="deals dated on or after YYYY-MM-DD"),
    until: Optional[str] = typer.Option(None, help="deals dated on or before YYYY-MM-DD"),
    min_usd: Optional[float] = typer.Option(None, "--min-usd", help="smallest amount in US dollars"),
    as_of: Optional[str] = AS_OF_OPTION,
    limit: int = LIMIT_OPTION,
    format: QueryFormat = typer.Option(QueryFormat.table, "--format"),
) -> None:
    """Investments and acquisitions, newest first, one row per event."""
    from .store import queries

    for value, option in ((since, "--since"), (until, "--until"), (as_of, "--as-of")):
        check_date(value, option)
    rows = queries.deals(_store(db), investor=investor, investee=investee, since=since, until=until,
                         min_usd=min_usd, as_of=as_of, limit=limit)
    _render("deals", rows, format)


@app.command()
def events(
    db: str = DB_OPTION,
    type: Optional[str] = typer.Option(None, "--type", help="only events of this claim type"),
    entity: Optional[str] = typer.Option(None, "--entity", help="only events naming this entity"),
    as_of: Optional[str] = AS_OF_OPTION,
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="most events (default: all)"),
    format: QueryFormat = typer.Option(QueryFormat.table, "--format"),
) -> None:
    """Consolidated events with all their sources (--format json: the contract's Events)."""
    from .store import queries

    check_date(as_of, "--as-of")
    _render("events", queries.events(_store(db), type=type, entity=entity, as_of=as_of, limit=limit), format)


@app.command()
def entity(
    name: str = typer.Argument(..., help="an entity id, name or Korean name"),
    db: str = DB_OPTION,
    as_of: Optional[str] = AS_OF_OPTION,
    format: QueryFormat = typer.Option(QueryFormat.table, "--format", help="table or json"),
) -> None:
    """Money in and out, valuations, people, launches, partners and sources of one entity."""
    from .store import queries

    check_date(as_of, "--as-of")
    found = queries.entity(_store(db), name, as_of=as_of)
    if found is None:
        report(f"{name}: no such entity in {db}")
        raise typer.Exit(1)
    if format is not QueryFormat.table:
        emit_json(found)
        return
    names_ko = ", ".join(found["names_ko"])
    out.print(f"[bold]{found['name']}[/bold] ({found['id']}, {found['kind']}){' ' + names_ko if names_ko else ''}")
    for key, kind in (("money_in", "brief"), ("money_out", "brief"), ("valuations", "valuations"),
                      ("people", "people"), ("launches", "brief"), ("partners", "partners")):
        if found[key]:
            _render(kind, found[key], format, title=key.replace("_", " "))
    out.print(f"[bold]sources[/bold]: {len(found['sources'])} documents")
    for s in found["sources"]:
        out.print(f"  {s['published'] or '?'}  {s['source']}  {s['title'] or ''}", markup=False, highlight=False)


@app.command()
def conflicts(
    db: str = DB_OPTION,
    as_of: Optional[str] = AS_OF_OPTION,
    limit: int = LIMIT_OPTION,
    format: QueryFormat = typer.Option(QueryFormat.table, "--format"),
) -> None:
    """Events whose sources disagree on a number, a date or a status, with the evidence."""
    from .store import queries

    check_date(as_of, "--as-of")
    _render("conflicts", queries.conflicts(_store(db), as_of=as_of, limit=limit), format)


@app.command()
def audits(
    db: str = DB_OPTION,
    kind: Optional[str] = typer.Option(None, "--kind", help="tranche_sum, multiple, conversion or date"),
    as_of: Optional[str] = AS_OF_OPTION,
    limit: int = LIMIT_OPTION,
    format: QueryFormat = typer.Option(QueryFormat.table, "--format"),
) -> None:
    """Figures that do not add up: tranches vs totals, multiples, conversions, dates."""
    from .store import queries

    check_date(as_of, "--as-of")
    _render("audits", queries.audits(_store(db), as_of=as_of, kind=kind, limit=limit), format)


@app.command()
def search(
    text: str = typer.Argument(..., help="words every hit must contain (Korean substrings match)"),
    db: str = DB_OPTION,
    as_of: Optional[str] = AS_OF_OPTION,
    limit: int = typer.Option(20, "--limit", min=1),
    format: QueryFormat = typer.Option(QueryFormat.table, "--format"),
) -> None:
    """Full-text search over the stored documents."""
    from .store import queries

    check_date(as_of, "--as-of")
    _render("search", queries.search(_store(db), text, limit=limit, as_of=as_of), format)


@app.command()
def export(
    format: ExportFormat = typer.Option(..., "--format", help="jsonl, csv, parquet or graphml"),
    db: str = DB_OPTION,
    what: str = typer.Option("events", "--what", help="events, claims, documents or entities (not for graphml)"),
    out_path: Optional[str] = typer.Option(None, "--out", help="output file (default: stdout; parquet needs one)"),
    as_of: Optional[str] = AS_OF_OPTION,
) -> None:
    """Export the store: JSON lines, CSV, Parquet, or the entity graph as GraphML."""
    from .store.export import export as write_export

    check_date(as_of, "--as-of")
    try:
        count = write_export(_store(db), format.value, out_path, what=what, as_of=as_of)
    except WarchestError as e:
        report(e)
        raise typer.Exit(1)
    if out_path:
        err.print(f"wrote {count} records to {out_path}", markup=False, highlight=False)


@app.command("eval")
def eval_command(
    directory: str = typer.Argument(..., help="a folder of gold NAME.json files beside NAME.txt / NAME.html"),
    html: bool = typer.Option(False, "--html", help="read the .html pages instead of the .txt texts"),
    types: Optional[str] = typer.Option(None, "--types", help="only these claim types, comma-separated"),
    details: Optional[str] = typer.Option(None, "--details", help="write per-document misses and false positives (JSON)"),
    format: str = typer.Option("text", "--format", help="text (score.py's layout) or json"),
) -> None:
    """Precision, recall and F1 per claim type and overall, against gold files."""
    from pathlib import Path

    from .evaluate import evaluate, format_report, pipeline_extractor

    only = [t for t in (types or "").split(",") if t]
    try:
        result = evaluate(Path(directory), pipeline_extractor(), html=html, types=only)
    except WarchestError as e:
        report(e)
        raise typer.Exit(1)
    if details:
        Path(details).write_text(
            json.dumps([d.to_json() for d in result.documents], ensure_ascii=False, indent=1), encoding="utf-8"
        )
    if format == "json":
        emit_json(result.to_json())
    else:
        for line in format_report(result):
            sys.stdout.write(line + "\n")
    for line in result.errors:
        report(line)


@app.command()
def entities(
    files: List[str] = typer.Argument(..., help="text or HTML files, directories, or - for stdin"),
    lang: Optional[Lang] = typer.Option(None, help="override language detection"),
    format: Format = typer.Option(Format.jsonl, "--format", help="jsonl (one mention per line) or table"),
) -> None:
    """Print the entity mentions of each article: span, surface, id, kind and known."""
    from .entities import mention_json
    from .page import to_document
    from .pipeline import default_resources
    from .sources import iter_raw
    from .text import split_sentences

    failed = False
    table = Table("source", "start", "end", "text", "id", "kind", "known", "how")
    for raw in iter_raw(files):
        if isinstance(raw, Skipped):
            notice(raw)
            continue
        try:
            if isinstance(raw, WarchestError):
                raise raw
            doc = to_document(raw, lang=lang.value if lang else None)
            resources = default_resources()
        except WarchestError as e:
            report(e)
            failed = True
            continue
        for m in resources.entities.mentions(doc, split_sentences(doc.text), resources.morphology):
            row = mention_json(m)
            if format is Format.jsonl:
                emit_json({"source": doc.source, **row})
            else:
                table.add_row(doc.source, str(m.start), str(m.end), m.text, row["id"], row["kind"], str(row["known"]), m.how)
    if format is Format.table:
        out.print(table)
    raise typer.Exit(1 if failed else 0)


def main() -> None:  # pragma: no cover - console entry point
    app()
