"""Consolidation: claims from many documents and languages become events.

An event is one real-world fact however many documents report it: the claims
``matching.cluster`` groups together. Its values are chosen by agreement (the
value most independent stories give; a reprint does not vote twice) and every
disagreement among its sources (amount, date at the same stage, scope, a
denial) is kept as a conflict of the event, never hidden.

``consolidate`` is a pure function of the claims, so the events can be rebuilt
at any time and ``--as-of`` answers are the events of the claims published by then.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Iterable, Mapping, Sequence

from ..model import Amount, When
from .fx import FxTable
from .matching import ANCHORS, COUNTERPARTS, DISTINGUISHING_ATTRS, IDENTIFIED_BY_PARTIES, claim_amounts_agree, \
    cluster, standing_figure
from .records import StoredClaim, amount_json, json_number, short_hash
from .tolerance import dates_agree, usd

# Status by how far a deal has gone; a later stage supersedes an earlier one.
PROGRESSION = ("rumored", "considering", "planned", "announced", "completed")


@dataclass(frozen=True)
class Conflict:
    """Sources of one event that disagree on a field; each value names its claims."""

    field: str
    values: tuple[dict[str, Any], ...]

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "values": list(self.values)}


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    members: tuple[StoredClaim, ...]
    args: dict[str, Any]
    amount: Amount | None
    usd: Decimal | None
    date: When | None
    attrs: dict[str, Any]
    conflicts: tuple[Conflict, ...] = field(default=())

    @property
    def published(self) -> str | None:
        days = [m.published for m in self.members if m.published]
        return min(days) if days else None

    def to_json(self) -> dict[str, Any]:
        """The contract's event object (spec/claims.md, Events), plus ``usd`` and ``published``."""
        amount = None
        if self.amount is not None:
            amount = {"value": json_number(self.amount.value), "currency": self.amount.currency}
            if self.amount.approx:
                amount["approx"] = True
            if self.amount.bound:
                amount["bound"] = self.amount.bound
        return {
            "id": self.id,
            "type": self.type,
            "args": self.args,
            "amount": amount,
            "usd": json_number(self.usd.quantize(Decimal(1))) if self.usd is not None else None,
            "date": {"value": self.date.value, "precision": self.date.precision} if self.date else None,
            "attrs": self.attrs,
            "published": self.published,
            "sources": [_source_json(m) for m in self.members],
            "conflicts": [c.to_json() for c in self.conflicts],
        }


def _source_json(sc: StoredClaim) -> dict[str, Any]:
    c = sc.claim
    return {
        "claim": sc.id,
        "doc": c.doc_id,
        "copy_of": sc.copy_of,
        "source": c.source,
        "title": sc.title,
        "published": sc.published,
        "lang": sc.lang,
        "evidence": c.evidence_text,
        "start": c.evidence.start,
        "end": c.evidence.end,
        "amount": amount_json(c.amount),
        "date": c.date.to_json() if c.date else None,
        "attrs": {k: amount_json(v) if isinstance(v, Amount) else v for k, v in c.attrs.items()},
    }


def _docs(members: Iterable[StoredClaim]) -> list[str]:
    return sorted({m.doc_id for m in members})


def _support(members: Iterable[StoredClaim]) -> int:
    """How many independent stories back a value: a reprint does not vote twice."""
    return len({m.story for m in members})


def _value_groups(members: Sequence[StoredClaim], same) -> list[list[StoredClaim]]:
    """Members partitioned by agreement on a value, largest support (documents) first."""
    groups: list[list[StoredClaim]] = []
    for m in members:
        for g in groups:
            if same(g[0], m):
                g.append(m)
                break
        else:
            groups.append([m])
    return sorted(groups, key=lambda g: -_support(g))


def _choose_amount(members: Sequence[StoredClaim], fx: FxTable) -> tuple[Amount | None, list[list[StoredClaim]]]:
    with_amount = [m for m in members if m.claim.amount is not None]
    groups = _value_groups(with_amount, lambda a, b: claim_amounts_agree(a, b, fx))
    if not groups:
        return None, []
    top = groups[0]
    counts = Counter((m.claim.amount.value, m.claim.amount.currency) for m in top)
    best = min(top, key=lambda m: (-counts[(m.claim.amount.value, m.claim.amount.currency)],
                                   m.claim.amount.approx or m.claim.amount.bound is not None))
    return best.claim.amount, groups


_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


def _choose_date(members: Sequence[StoredClaim]) -> When | None:
    dated = [m for m in members if m.claim.date and m.claim.date.value]
    groups = _value_groups(dated, lambda a, b: dates_agree(a.claim.date, b.claim.date) is not False)
    if not groups:
        return None
    counts = Counter(m.claim.date.value for m in groups[0])
    best = min(groups[0], key=lambda m: (_PRECISION_RANK.get(m.claim.date.precision, 3), -counts[m.claim.date.value]))
    return best.claim.date


def _choose_status(members: Sequence[StoredClaim]) -> str | None:
    """The furthest stage any source reports; a denial stands only if it is the latest word."""
    statuses = [m for m in members if m.attr("status")]
    if not statuses:
        return None
    stages = [s for s in (m.attr("status") for m in statuses) if s in PROGRESSION]
    latest = max(statuses, key=lambda m: m.published or "")
    if latest.attr("status") == "denied" and "completed" not in stages:
        return "denied"
    return max(stages, key=PROGRESSION.index) if stages else latest.attr("status")


def _choose_attrs(members: Sequence[StoredClaim]) -> dict[str, Any]:
    votes: dict[str, Counter] = {}
    for m in members:
        for key, value in m.claim.attrs.items():
            if key == "status":
                continue
            value = amount_json(value) if isinstance(value, Amount) else value
            votes.setdefault(key, Counter())[_frozen(value)] += 1
    attrs = {key: _thaw(c.most_common(1)[0][0]) for key, c in sorted(votes.items())}
    status = _choose_status(members)
    if status:
        attrs["status"] = status
    return attrs


def _frozen(value: Any) -> Any:
    if isinstance(value, dict):
        return ("__dict__", tuple(sorted((k, _frozen(v)) for k, v in value.items())))
    if isinstance(value, list):
        return ("__list__", tuple(_frozen(v) for v in value))
    return value


def _thaw(value: Any) -> Any:
    if isinstance(value, tuple) and value and value[0] == "__dict__":
        return {k: _thaw(v) for k, v in value[1]}
    if isinstance(value, tuple) and value and value[0] == "__list__":
        return [_thaw(v) for v in value[1]]
    return value


def _choose_args(members: Sequence[StoredClaim]) -> dict[str, Any]:
    """Every role any source fills: a list role is the union, a single role the most cited entity."""
    roles: dict[str, Counter] = {}
    names: dict[str, str] = {}
    many: set[str] = set()
    for m in members:
        for role, value in m.claim.args.items():
            refs = value if isinstance(value, tuple) else (value,)
            many.update([role] if isinstance(value, tuple) else [])
            for ref in refs:
                roles.setdefault(role, Counter())[ref.id] += 1
                names.setdefault(ref.id, ref.name)
    args: dict[str, Any] = {}
    for role, counts in roles.items():
        ranked = sorted(counts, key=lambda i: -counts[i])  # stable: first cited first among equals
        refs = [{"id": i, "name": names[i]} for i in ranked]
        args[role] = refs if role in many else refs[0]
    return args


def _conflicts(members: Sequence[StoredClaim], amount_groups: list[list[StoredClaim]], fx: FxTable) -> list[Conflict]:
    found = []
    if len(amount_groups) > 1:
        found.append(Conflict("amount", tuple(
            {"value": amount_json(g[0].claim.amount), "usd": _rounded_usd(g[0], fx),
             "claims": sorted(m.id for m in g), "docs": _docs(g)} for g in amount_groups)))
    by_status: dict[Any, list[StoredClaim]] = {}
    for m in members:
        if m.claim.date and m.claim.date.value and m.type != "position" and not standing_figure(m):
            by_status.setdefault(m.attr("status"), []).append(m)
    for same_status in by_status.values():
        groups = _value_groups(same_status, lambda a, b: dates_agree(a.claim.date, b.claim.date) is not False)
        if len(groups) > 1 and len({d for g in groups for d in _docs(g)}) > 1:
            found.append(Conflict("date", tuple(
                {"value": g[0].claim.date.to_json(), "claims": sorted(m.id for m in g), "docs": _docs(g)}
                for g in groups)))
    scopes: dict[str, list[StoredClaim]] = {}
    for m in members:
        if m.attr("scope"):
            scopes.setdefault(m.attr("scope"), []).append(m)
    if len(scopes) > 1:
        found.append(Conflict("scope", tuple(
            {"value": scope, "claims": sorted(m.id for m in g), "docs": _docs(g)}
            for scope, g in sorted(scopes.items(), key=lambda kv: -_support(kv[1])))))
    denied = [m for m in members if m.attr("status") == "denied"]
    affirmed = [m for m in members if m.attr("status") not in (None, "denied")]
    if denied and affirmed:
        found.append(Conflict("status", (
            {"value": "denied", "claims": sorted(m.id for m in denied), "docs": _docs(denied)},
            {"value": sorted({m.attr("status") for m in affirmed}), "claims": sorted(m.id for m in affirmed),
             "docs": _docs(affirmed)})))
    return found


def _rounded_usd(sc: StoredClaim, fx: FxTable) -> int | None:
    value = usd(sc.claim.amount, sc.day(), fx)
    return None if value is None else int(value.quantize(Decimal(1)))


def build_event(members: Sequence[StoredClaim], fx: FxTable) -> Event:
    """One event from the claims of one fact: values by agreement, disagreements as conflicts."""
    first = members[0]
    amount, amount_groups = _choose_amount(members, fx)
    attrs = _choose_attrs(members)
    # the date of the stage the event has reached (completed in December, not planned in June)
    at_stage = [m for m in members if m.attr("status") == attrs.get("status")]
    date = _choose_date(at_stage) or _choose_date(members)
    args = _choose_args(members)
    day = date.value if date and date.value else first.published
    value_usd = usd(amount, day, fx) if amount is not None else None
    defining = [first.type, sorted((k, sorted(v) if isinstance(v, list) else v)
                                   for k, v in _arg_ids(args, first.type).items()),
                [attrs.get(k) for k in DISTINGUISHING_ATTRS]]
    if first.type not in IDENTIFIED_BY_PARTIES:
        defining += [date.value if date else None,
                     [str(amount.value), amount.currency] if amount else None]
    return Event(
        id=short_hash("e:", defining),
        type=first.type,
        members=tuple(members),
        args=args,
        amount=amount,
        usd=value_usd,
        date=date,
        attrs=attrs,
        conflicts=tuple(_conflicts(members, amount_groups, fx)),
    )


def _arg_ids(args: dict[str, Any], type_: str) -> dict[str, Any]:
    roles = ANCHORS.get(type_, ()) + COUNTERPARTS.get(type_, ())
    return {role: [r["id"] for r in v] if isinstance(v, list) else v["id"]
            for role, v in args.items() if role in roles or not roles}


def consolidate(claims: Sequence[StoredClaim], fx: FxTable, parents: Mapping[str, str] = {}) -> list[Event]:
    """The events of a set of claims, ordered by date, then id; ids unique.

    ``parents`` maps an entity id to its parent's (the gazetteer's ``parent``).
    """
    events = [build_event(g, fx) for g in cluster(claims, fx, parents)]
    seen: set[str] = set()
    unique = []
    for e in events:
        if e.id in seen:  # two facts with the same defining fields: tell them apart by their first claim
            e = Event(short_hash("e:", [e.id, e.members[0].id]), e.type, e.members, e.args, e.amount, e.usd,
                      e.date, e.attrs, e.conflicts)
        seen.add(e.id)
        unique.append(e)
    return sorted(unique, key=lambda e: ((e.date.value if e.date else None) or e.published or "", e.id))
