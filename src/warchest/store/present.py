"""Query results as flat rows (column names and plain values) for tables, CSV and
Parquet; JSON output uses the query results themselves."""

from __future__ import annotations

from typing import Any, Callable

Rows = tuple[list[str], list[list[Any]]]


def _names(value: Any) -> str:
    refs = value if isinstance(value, list) else [value] if value else []
    return ", ".join(r.get("name") or r["id"] for r in refs)


def _amount(amount: dict | None) -> str:
    if not amount:
        return ""
    value = amount["value"]
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.2f}"
    prefix = {"up_to": "≤", "at_least": "≥", "over": ">", "under": "<"}.get(amount.get("bound") or "", "")
    return f"{'~' if amount.get('approx') else ''}{prefix}{text} {amount['currency']}"


def _date(date: dict | None) -> str:
    return (date or {}).get("value") or ""


def _args(args: dict) -> str:
    return "; ".join(f"{role}={_names(value)}" for role, value in args.items())


def _attrs(attrs: dict) -> str:
    return ", ".join(f"{k}={v}" for k, v in attrs.items() if not isinstance(v, (dict, list)))


def _count(value: Any) -> int:
    """A count given as a number or as the list it counts."""
    return len(value) if isinstance(value, list) else value or 0


def deal_rows(rows: list[dict]) -> Rows:
    return (["id", "type", "date", "investors", "investee", "amount", "usd", "status", "scope", "sources", "conflicts"],
            [[r["id"], r["type"], _date(r["date"]), _names(r["investors"]), _names(r["investee"]), _amount(r["amount"]),
              r["usd"], r["attrs"].get("status"), r["attrs"].get("scope"), r["sources"], r["conflicts"]] for r in rows])


def event_rows(rows: list[dict]) -> Rows:
    return (["id", "type", "date", "args", "amount", "usd", "attrs", "sources", "conflicts"],
            [[e["id"], e["type"], _date(e["date"]), _args(e["args"]), _amount(e["amount"]), e["usd"], _attrs(e["attrs"]),
              _count(e["sources"]), ", ".join(c["field"] for c in e.get("conflicts", ()))] for e in rows])


def brief_rows(rows: list[dict]) -> Rows:
    """Events in few columns, for an entity's sections."""
    return (["date", "type", "parties", "amount", "attrs", "sources"],
            [[_date(e["date"]), e["type"], _args(e["args"]), _amount(e["amount"]), _attrs(e["attrs"]),
              _count(e["sources"])] for e in rows])


def valuation_rows(rows: list[dict]) -> Rows:
    return (["date", "amount", "usd", "attrs"],
            [[_date(v["date"]), _amount(v["amount"]), v["usd"], _attrs(v["attrs"])] for v in rows])


def people_rows(rows: list[dict]) -> Rows:
    return (["person", "type", "attrs", "date"],
            [[_names(p["person"]), p["type"], _attrs(p["attrs"]), _date(p["date"])] for p in rows])


def partner_rows(rows: list[dict]) -> Rows:
    return (["partners", "attrs", "date"], [[_names(p["partners"]), _attrs(p["attrs"]), _date(p["date"])] for p in rows])


def _values(values: list[dict]) -> str:
    parts = []
    for v in values:
        value = v["value"]
        shown = _amount(value) if isinstance(value, dict) and "currency" in value else \
            _date(value) if isinstance(value, dict) else ", ".join(map(str, value)) \
            if isinstance(value, list) else str(value)  # as the dashboard shows them: rumored, planned
        parts.append(f"{shown} ({len(v['docs'])} doc{'s' * (len(v['docs']) != 1)})")
    return " vs ".join(parts)


def conflict_rows(rows: list[dict]) -> Rows:
    return (["id", "event", "type", "args", "field", "values", "evidence"],
            [[c["id"], c["event"], c["type"], _args(c["args"]), c["field"], _values(c["values"]),
              " | ".join(f"{s['source']}: {s['evidence']}" for s in c["sources"])] for c in rows])


def audit_rows(rows: list[dict]) -> Rows:
    return (["id", "kind", "message", "sources"],
            [[a["id"], a["kind"], a["message"],
              " | ".join(f"{s['source']}: {s['evidence']}" for s in a["sources"])] for a in rows])


def search_rows(rows: list[dict]) -> Rows:
    return (["doc", "published", "lang", "title", "snippet"],
            [[r["doc"], r["published"], r["lang"], r["title"], r["snippet"]] for r in rows])


def claim_rows(rows: list[dict]) -> Rows:
    return (["id", "doc", "type", "args", "amount", "date", "attrs", "evidence"],
            [[c["id"], c["doc"]["id"], c["type"], _args(c["args"]), _amount(c["amount"]), _date(c["date"]),
              _attrs(c["attrs"]), c["evidence"]["text"]] for c in rows])


FLATTEN: dict[str, Callable[[list[dict]], Rows]] = {
    "deals": deal_rows, "events": event_rows, "conflicts": conflict_rows, "audits": audit_rows,
    "search": search_rows, "claims": claim_rows, "brief": brief_rows,
    "valuations": valuation_rows, "people": people_rows, "partners": partner_rows,
}
