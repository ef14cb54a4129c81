"""The claim contract (spec/claims.md) as a checker.

``claim_problems`` lists every way one JSON object printed by ``warchest extract``
breaks the contract: types, roles per type and their shapes, the enums, amount and
date shapes, and (given the clean text) that the evidence offsets cut out exactly
the evidence sentence. Tests, the benchmark and anyone scripting against the
output use it, so the contract is written down once as code.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping

from .model import BOUNDS, CLAIM_TYPES, HIRE_KINDS, SCOPES, STATUSES


@dataclass(frozen=True)
class Role:
    """A role a claim type may fill: a single entity or (``many``) a list of them."""

    many: bool = False
    required: bool = False


# Roles per type. The contract marks few roles optional, but its gold omits
# investors (a company "raised" money) and the person of a team move, so only
# the roles no claim of that type can do without are required.
ROLES: Mapping[str, Mapping[str, Role]] = {
    "investment": {"investors": Role(many=True), "investee": Role(required=True)},
    "acquisition": {"acquirer": Role(required=True), "target": Role(required=True)},
    "valuation": {"company": Role(required=True)},
    "compensation": {"employer": Role()},
    "hire": {"person": Role(), "group": Role(), "from": Role(), "to": Role()},
    "layoff": {"org": Role()},
    "launch": {"org": Role(required=True), "product": Role(required=True)},
    "founding": {"org": Role(required=True), "founders": Role(many=True)},
    "partnership": {"orgs": Role(many=True, required=True)},
    "position": {"person": Role(required=True), "org": Role(required=True)},
}

# Types whose claims carry a sum of money; the others have ``amount: null``.
MONEY_TYPES = frozenset({"investment", "acquisition", "valuation", "compensation"})

PRECISIONS = {"year": re.compile(r"\d{4}"), "month": re.compile(r"\d{4}-\d{2}"), "day": re.compile(r"\d{4}-\d{2}-\d{2}")}
_CURRENCY = re.compile(r"[A-Z]{3}")
_DOC_ID = re.compile(r"sha256:[0-9a-f]{64}")
_ROUND = re.compile(r"[a-z][a-z0-9_]*")

Problems = list[str]


def claim_problems(obj: Any, clean_text: str | None = None) -> Problems:
    """Every way ``obj`` breaks the contract, as ``"path: what"`` lines (empty when valid).

    With ``clean_text`` (what ``warchest text`` prints for the claim's document) the
    evidence offsets and the surface forms are checked against it too.
    """
    if not isinstance(obj, dict):
        return [f"claim: expected an object, got {_kind(obj)}"]
    out: Problems = []
    ctype = obj.get("type")
    if ctype not in CLAIM_TYPES:
        return [f"type: unknown claim type {ctype!r}"]
    for key in ("args", "attrs", "evidence", "doc", "confidence"):
        if key not in obj:
            out.append(f"{key}: missing")
    out += _args_problems(ctype, obj.get("args", {}), clean_text)
    out += _amount_slot_problems(ctype, obj.get("amount"), clean_text)
    if obj.get("date") is not None:
        out += date_problems(obj["date"], "date", clean_text)
    out += _attrs_problems(ctype, obj.get("attrs", {}), clean_text)
    if "evidence" in obj:
        out += evidence_problems(obj["evidence"], clean_text)
    for i, span in enumerate(obj.get("more_evidence") or ()):
        out += _span_problems(span, f"more_evidence[{i}]", clean_text)
    if "doc" in obj:
        out += _doc_problems(obj["doc"])
    if "confidence" in obj:
        c = obj["confidence"]
        if not _is_number(c) or not 0 <= c <= 1:
            out.append(f"confidence: expected a number in 0..1, got {c!r}")
    return out


# ------------------------------------------------------------------ args


def entity_problems(value: Any, path: str, clean_text: str | None = None) -> Problems:
    """An entity is ``{"id", "name", "text"}`` plus ``"known": false`` when not in the gazetteer."""
    if not isinstance(value, dict):
        return [f"{path}: expected an entity object, got {_kind(value)}"]
    out: Problems = []
    for key in ("id", "name", "text"):
        v = value.get(key)
        if not isinstance(v, str) or not v.strip():
            out.append(f"{path}.{key}: expected a non-empty string, got {v!r}")
    ident = value.get("id")
    if isinstance(ident, str) and (ident != ident.lower() or any(ch.isspace() for ch in ident)):
        out.append(f"{path}.id: expected a lower-case slug without spaces, got {ident!r}")
    if "known" in value and value["known"] is not False:
        out.append(f"{path}.known: present only as false, got {value['known']!r}")
    surface = value.get("text")
    if clean_text is not None and isinstance(surface, str) and surface and surface not in clean_text:
        out.append(f"{path}.text: {surface!r} is not in the document text")
    return out


def _args_problems(ctype: str, args: Any, clean_text: str | None) -> Problems:
    if not isinstance(args, dict):
        return [f"args: expected an object, got {_kind(args)}"]
    roles = ROLES[ctype]
    out: Problems = []
    for role, spec in roles.items():
        if spec.required and role not in args:
            out.append(f"args.{role}: required for {ctype}")
    if ctype == "hire" and not args:
        out.append("args: a hire names a person, a group, or where they moved")
    for role, value in args.items():
        spec = roles.get(role)
        path = f"args.{role}"
        if spec is None:
            out.append(f"{path}: not a role of {ctype} (roles: {', '.join(roles)})")
        elif spec.many:
            if not isinstance(value, list) or not value:
                out.append(f"{path}: expected a non-empty list of entities, got {_kind(value)}")
                continue
            for i, item in enumerate(value):
                out += entity_problems(item, f"{path}[{i}]", clean_text)
        else:
            out += entity_problems(value, path, clean_text)
    orgs = args.get("orgs") if ctype == "partnership" else None
    if isinstance(orgs, list) and len(orgs) < 2:
        out.append("args.orgs: a partnership needs two or more organisations")
    return out


# ------------------------------------------------------------------ amounts and dates


def amount_problems(value: Any, path: str, clean_text: str | None = None) -> Problems:
    """An amount: ``value`` (a number) in ``currency`` (ISO 4217), ``approx``, ``bound``, ``text``."""
    if not isinstance(value, dict):
        return [f"{path}: expected an amount object, got {_kind(value)}"]
    out: Problems = []
    v = value.get("value")
    if not _is_number(v) or v < 0:
        out.append(f"{path}.value: expected a non-negative number, got {v!r}")
    cur = value.get("currency")
    if not isinstance(cur, str) or not _CURRENCY.fullmatch(cur):
        out.append(f"{path}.currency: expected an ISO 4217 code, got {cur!r}")
    if "approx" in value and not isinstance(value["approx"], bool):
        out.append(f"{path}.approx: expected true or false, got {value['approx']!r}")
    if value.get("bound") not in BOUNDS:
        out.append(f"{path}.bound: expected one of {_listing(BOUNDS)}, got {value.get('bound')!r}")
    out += _surface_problems(value, path, clean_text)
    upper = value.get("upper")
    if upper is not None and (not _is_number(upper) or (_is_number(v) and upper < v)):
        out.append(f"{path}.upper: expected a number not below value, got {upper!r}")
    if value.get("converted") is not None:
        out += amount_problems(value["converted"], f"{path}.converted", clean_text)
    return out


def date_problems(value: Any, path: str, clean_text: str | None = None) -> Problems:
    """A date: ``value`` shaped as its ``precision`` says (or null), and ``text``."""
    if not isinstance(value, dict):
        return [f"{path}: expected a date object, got {_kind(value)}"]
    out: Problems = []
    precision, v = value.get("precision"), value.get("value")
    shape = PRECISIONS.get(precision) if isinstance(precision, str) else None
    if shape is None:
        out.append(f"{path}.precision: expected one of {_listing(PRECISIONS)}, got {precision!r}")
    elif v is not None and (not isinstance(v, str) or not shape.fullmatch(v) or not _real_date(v)):
        out.append(f"{path}.value: expected a real {precision} as {shape.pattern}, got {v!r}")
    return out + _surface_problems(value, path, clean_text)


def _amount_slot_problems(ctype: str, amount: Any, clean_text: str | None) -> Problems:
    if amount is None:
        return []
    if ctype not in MONEY_TYPES:
        return [f"amount: {ctype} carries no amount, got {_kind(amount)}"]
    return amount_problems(amount, "amount", clean_text)


def _surface_problems(value: dict, path: str, clean_text: str | None) -> Problems:
    text = value.get("text")
    if not isinstance(text, str) or not text.strip():
        return [f"{path}.text: expected the surface form, got {text!r}"]
    if clean_text is not None and text not in clean_text:
        return [f"{path}.text: {text!r} is not in the document text"]
    return []


def _real_date(value: str) -> bool:
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


# ------------------------------------------------------------------ attrs


def _enum(allowed: Iterable[Any]) -> Callable[[Any], bool]:
    allowed = tuple(allowed)
    return lambda v: v in allowed


def _text(v: Any) -> bool:
    return isinstance(v, str) and bool(v.strip())


def _count(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and v >= 0


# Per type: attr -> a check of a plain value, or "amount" for an amount object.
ATTRS: Mapping[str, Mapping[str, Any]] = {
    "investment": {"scope": _enum(SCOPES), "status": _enum(STATUSES), "round": lambda v: isinstance(v, str) and bool(_ROUND.fullmatch(v))},
    "acquisition": {"status": _enum(STATUSES)},
    "valuation": {"basis": _enum(("pre", "post")), "previous": "amount"},
    "compensation": {"population": _text, "period": _text},
    "hire": {"kind": _enum(HIRE_KINDS)},
    "layoff": {"count": _count, "population": _text},
    "launch": {},
    "founding": {},
    "partnership": {"kind": _text},
    "position": {"title": _text},
}


def _attrs_problems(ctype: str, attrs: Any, clean_text: str | None) -> Problems:
    if not isinstance(attrs, dict):
        return [f"attrs: expected an object, got {_kind(attrs)}"]
    allowed = ATTRS[ctype]
    out: Problems = []
    for key, value in attrs.items():
        check = allowed.get(key)
        path = f"attrs.{key}"
        if check is None:
            names = ", ".join(allowed) or "none"
            out.append(f"{path}: not an attr of {ctype} (attrs: {names})")
        elif check == "amount":
            out += amount_problems(value, path, clean_text)
        elif not check(value):
            out.append(f"{path}: invalid value {value!r} for {ctype}")
    return out


# ------------------------------------------------------------------ evidence and doc


def evidence_problems(evidence: Any, clean_text: str | None = None) -> Problems:
    """Offsets are str indices into the clean text and cut out exactly ``text``."""
    if not isinstance(evidence, dict):
        return [f"evidence: expected an object, got {_kind(evidence)}"]
    start, end, text = evidence.get("start"), evidence.get("end"), evidence.get("text")
    if not (_is_int(start) and _is_int(end) and 0 <= start < end):
        return [f"evidence: expected offsets 0 <= start < end, got {start!r}..{end!r}"]
    if not isinstance(text, str) or len(text) != end - start:
        return [f"evidence.text: expected {end - start} characters, got {_kind(text)} of {len(text) if isinstance(text, str) else 0}"]
    if clean_text is not None:
        if end > len(clean_text):
            return [f"evidence: end {end} is past the text's {len(clean_text)} characters"]
        if clean_text[start:end] != text:
            return [f"evidence.text: differs from clean_text[{start}:{end}] ({clean_text[start:end][:40]!r}...)"]
    return []


def _span_problems(span: Any, path: str, clean_text: str | None) -> Problems:
    """A restatement's ``{"start", "end"}``: a non-empty stretch inside the clean text."""
    start, end = (span.get("start"), span.get("end")) if isinstance(span, dict) else (None, None)
    limit = len(clean_text) if clean_text is not None else end
    if not (_is_int(start) and _is_int(end) and 0 <= start < end <= limit):
        return [f"{path}: expected offsets 0 <= start < end within the text, got {span!r}"]
    return []


def _doc_problems(doc: Any) -> Problems:
    if not isinstance(doc, dict):
        return [f"doc: expected an object, got {_kind(doc)}"]
    out: Problems = []
    if not isinstance(doc.get("id"), str) or not _DOC_ID.fullmatch(doc["id"]):
        out.append(f"doc.id: expected sha256:<64 hex>, got {doc.get('id')!r}")
    if not isinstance(doc.get("source"), str) or not doc["source"]:
        out.append(f"doc.source: expected the input's path or URL, got {doc.get('source')!r}")
    return out


# ------------------------------------------------------------------ helpers


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _kind(v: Any) -> str:
    return "null" if v is None else type(v).__name__


def _listing(values: Iterable[Any]) -> str:
    return ", ".join("null" if v is None else str(v) for v in values)
