"""Exports of the store: JSON lines, CSV, Parquet, and GraphML for graph tools.

``jsonl`` writes the full objects (events as in the contract, claims as
``warchest extract`` prints them); ``csv`` and ``parquet`` write the flat rows
of ``present`` plus, in Parquet, each object as a JSON column; ``graphml`` writes
the entity graph: entities as nodes, events as edges between their parties.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import IO, Any, Iterable

from ..errors import WarchestError
from .derive import view
from .present import FLATTEN, Rows

FORMATS = ("jsonl", "csv", "parquet", "graphml")
WHAT = ("events", "claims", "documents", "entities")

# Which roles an event's edges run between: (from roles, to roles).
EDGE_ROLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "investment": (("investors",), ("investee",)),
    "acquisition": (("acquirer",), ("target",)),
    "hire": (("person", "group"), ("to",)),
    "position": (("person",), ("org",)),
    "launch": (("org",), ("product",)),
    "founding": (("founders",), ("org",)),
    "compensation": (("employer",), ()),
}


def _objects(conn: sqlite3.Connection, what: str, as_of: str | None) -> list[dict]:
    if what == "events":
        return view(conn, as_of).events
    if what == "claims":
        return [{"id": r[0], **json.loads(r[1])} for r in conn.execute(
            "SELECT c.id, c.json FROM claims c JOIN documents d ON d.id = c.doc_id "
            "WHERE ?1 IS NULL OR d.day <= ?1 ORDER BY d.day, c.doc_id, c.seq", (as_of,))]
    if what == "documents":
        return [dict(r) for r in conn.execute(
            "SELECT id, source, url, title, published, lang, encoding, author, site, text FROM documents "
            "WHERE ?1 IS NULL OR day <= ?1 ORDER BY day, id", (as_of,))]
    return [{**dict(r), "names_ko": json.loads(r["names_ko"]), "aliases": json.loads(r["aliases"]),
             "known": bool(r["known"])} for r in conn.execute("SELECT * FROM entities ORDER BY id")]


def _flat(what: str, objects: list[dict]) -> Rows:
    if what in FLATTEN:
        return FLATTEN[what](objects)
    columns = [k for k in objects[0] if k != "text"] if objects else []
    return columns, [[json.dumps(o[k], ensure_ascii=False) if isinstance(o[k], (list, dict)) else o[k]
                      for k in columns] for o in objects]


def export(conn: sqlite3.Connection, fmt: str, out: str | Path | None = None, what: str = "events",
           as_of: str | None = None) -> int:
    """Write the store's ``what`` in ``fmt`` to ``out`` (stdout when None); the number of records."""
    if fmt not in FORMATS:
        raise WarchestError(fmt, f"unknown export format (choose from {', '.join(FORMATS)})")
    if what not in WHAT:
        raise WarchestError(what, f"unknown export content (choose from {', '.join(WHAT)})")
    if fmt == "parquet" and out is None:
        raise WarchestError("parquet", "needs an output file (--out FILE)")
    if fmt == "graphml":
        return _write_text(out, lambda f: _graphml(conn, f, as_of))
    objects = _objects(conn, what, as_of)
    if fmt == "jsonl":
        return _write_text(out, lambda f: _jsonl(objects, f))
    if fmt == "csv":
        return _write_text(out, lambda f: _csv(_flat(what, objects), f))
    return _parquet(_flat(what, objects), objects, Path(out))


def _write_text(out: str | Path | None, write) -> int:
    if out is None:
        import sys

        return write(sys.stdout)
    try:
        with open(out, "w", encoding="utf-8", newline="") as f:
            return write(f)
    except OSError as e:
        raise WarchestError(str(out), f"cannot write: {e.strerror or e}") from None


def _jsonl(objects: Iterable[dict], f: IO[str]) -> int:
    n = 0
    for obj in objects:
        f.write(json.dumps(obj, ensure_ascii=False, sort_keys=True) + "\n")
        n += 1
    return n


def _csv(rows: Rows, f: IO[str]) -> int:
    columns, values = rows
    writer = csv.writer(f)
    writer.writerow(columns)
    writer.writerows(["" if v is None else v for v in row] for row in values)
    return len(values)


def _parquet(rows: Rows, objects: list[dict], out: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns, values = rows
    data: dict[str, list[Any]] = {c: [_cell(row[i]) for row in values] for i, c in enumerate(columns)}
    data["json"] = [json.dumps(o, ensure_ascii=False, sort_keys=True) for o in objects]
    try:
        pq.write_table(pa.table(data), out)
    except OSError as e:
        raise WarchestError(str(out), f"cannot write: {e}") from None
    return len(values)


def _cell(value: Any) -> Any:
    """One type per column: numbers stay numbers, everything else becomes text."""
    return value if value is None or isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)


GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
NODE_KEYS = (("name", "string"), ("kind", "string"), ("names_ko", "string"))
EDGE_KEYS = (("event", "string"), ("type", "string"), ("usd", "double"), ("date", "string"),
             ("status", "string"), ("sources", "int"))


def _graphml(conn: sqlite3.Connection, f: IO[str], as_of: str | None) -> int:
    ET.register_namespace("", GRAPHML_NS)
    root = ET.Element(f"{{{GRAPHML_NS}}}graphml")
    for scope, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        for name, kind in keys:
            ET.SubElement(root, f"{{{GRAPHML_NS}}}key", id=f"{scope[0]}_{name}", attrib={
                "for": scope, "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, f"{{{GRAPHML_NS}}}graph", id="warchest", edgedefault="directed")
    entities = {e["id"]: e for e in _objects(conn, "entities", None)}
    nodes: dict[str, dict] = {}
    edges = []
    for event in view(conn, as_of).events:
        for source, target in _edges(event):
            nodes.setdefault(source["id"], source)
            nodes.setdefault(target["id"], target)
            edges.append((source["id"], target["id"], event))
    for node_id in sorted(nodes):
        known = entities.get(node_id, {})
        node = ET.SubElement(graph, f"{{{GRAPHML_NS}}}node", id=node_id)
        _data(node, "n_name", known.get("name") or nodes[node_id].get("name"))
        _data(node, "n_kind", known.get("kind"))
        _data(node, "n_names_ko", ", ".join(known.get("names_ko", [])))
    for n, (source, target, event) in enumerate(edges):
        edge = ET.SubElement(graph, f"{{{GRAPHML_NS}}}edge", id=f"e{n}", source=source, target=target)
        for key, value in (("event", event["id"]), ("type", event["type"]), ("usd", event["usd"]),
                           ("date", (event["date"] or {}).get("value")), ("status", event["attrs"].get("status")),
                           ("sources", len(event["sources"]))):
            _data(edge, f"e_{key}", value)
    ET.indent(root)
    buffer = io.StringIO()
    ET.ElementTree(root).write(buffer, encoding="unicode", xml_declaration=True)
    f.write(buffer.getvalue() + "\n")
    return len(edges)


def _data(parent: ET.Element, key: str, value: Any) -> None:
    if value not in (None, ""):
        ET.SubElement(parent, f"{{{GRAPHML_NS}}}data", key=key).text = str(value)


def _edges(event: dict) -> list[tuple[dict, dict]]:
    args = event["args"]

    def refs(roles: tuple[str, ...]) -> list[dict]:
        found = []
        for role in roles:
            value = args.get(role)
            found += value if isinstance(value, list) else [value] if value else []
        return found

    if event["type"] == "partnership":
        orgs = refs(("orgs",))
        return [(a, b) for i, a in enumerate(orgs) for b in orgs[i + 1:]]
    sources, targets = EDGE_ROLES.get(event["type"], ((), ()))
    return [(s, t) for s in refs(sources) for t in refs(targets) if s["id"] != t["id"]]
