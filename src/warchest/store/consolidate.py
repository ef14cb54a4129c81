"""Consolidation: claims from many documents and languages become events.

An event is one real-world fact however many documents report it. Claims are
grouped in blocks that share a type and the party the fact is about (its
*anchor*: the investee of an investment, the target of an acquisition, the
product of a launch ...). Inside a block a claim joins an event when nothing
contradicts any member (another scope, round or pre/post basis, a different
counter-party, an incompatible date, a different number in the same document)
and something corroborates at least one member (amounts equal within tolerance
after conversion at the month's rate, the same round, the same dated
announcement, or parties that alone identify the fact). Numbers that differ
between documents about an otherwise identical fact become a *conflict* of the
event, never a second event and never silently dropped.

``consolidate`` is a pure function of the claims, so the events can be rebuilt
at any time and ``--as-of`` answers are the events of the claims published by then.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Iterable, Mapping, Sequence

from ..model import Amount, When
from .fx import FxTable
from .records import StoredClaim, short_hash

SAME_CURRENCY_TOLERANCE = Decimal("0.01")  # each side: "$2.75 billion" and "$2.8 billion" agree
FX_TOLERANCE = Decimal("0.08")  # a monthly average against the rate an outlet used that day
APPROX_TOLERANCE = Decimal("0.10")  # 약, about, roughly
OVER_CEILING = Decimal("1.5")  # "more than X" is read as at most 1.5 X
UNDER_FLOOR = Decimal("0.75")  # "a little under X" is read as at least 0.75 X
COUNT_TOLERANCE = Decimal("0.05")  # "about 3,600" and "3,700 people" are one layoff
DAY_SLACK = 3  # days: time zones, and a Friday announcement reported on Monday
MOVE_GAP = 180  # days: the same person moving twice between the same places is two moves
MONTH_SLACK = 10  # days: announced in late January, carried out in February

# The role(s) naming what a fact is about; claims are only compared within such a block.
ANCHORS: dict[str, tuple[str, ...]] = {
    "investment": ("investee",),
    "acquisition": ("target",),
    "valuation": ("company",),
    "compensation": ("employer",),
    "hire": ("person",),
    "layoff": ("org",),
    "launch": ("product",),
    "founding": ("org",),
    "partnership": ("orgs",),
    "position": ("person", "org"),
}
# Roles that must name the same entity when two claims both fill them.
COUNTERPARTS: dict[str, tuple[str, ...]] = {
    "acquisition": ("acquirer",),
    "hire": ("from", "to"),
    "launch": ("org",),
}
# Types whose parties alone identify the fact: a company is founded once, a
# product launched once; differing dates there are a conflict, not two events.
IDENTIFIED_BY_PARTIES = frozenset({"acquisition", "founding", "launch", "hire", "position"})
# Attributes that tell facts apart when both claims state them.
DISTINGUISHING_ATTRS = ("scope", "round", "basis")
# Status by how far a deal has gone; a later stage supersedes an earlier one.
PROGRESSION = ("rumored", "considering", "planned", "announced", "completed")


# ------------------------------------------------------------------ parties


def party_ids(sc: StoredClaim, role: str) -> frozenset[str]:
    value = sc.claim.args.get(role)
    if value is None:
        return frozenset()
    refs = value if isinstance(value, tuple) else (value,)
    return frozenset(r.id for r in refs)


def root(entity_id: str, parents: Mapping[str, str]) -> str:
    """The top of an entity's parent chain (Amazon for AWS); the entity itself without one."""
    seen = {entity_id}
    while entity_id in parents and parents[entity_id] not in seen:
        entity_id = parents[entity_id]
        seen.add(entity_id)
    return entity_id


def anchor(sc: StoredClaim, parents: Mapping[str, str] = {}) -> tuple | None:
    """The block key of a claim, or None when its anchor role is empty.

    A team move names no person; it is anchored on where the team went from and to.
    Partners are compared by their parent companies: a deal with AWS is a deal with Amazon.
    """
    roles = ANCHORS.get(sc.type, ())
    if sc.type == "hire" and not party_ids(sc, "person"):
        roles = ("group",) if party_ids(sc, "group") else ("from", "to")
    fold = (lambda i: root(i, parents)) if sc.type == "partnership" else (lambda i: i)
    key = tuple(tuple(sorted({fold(i) for i in party_ids(sc, role)})) for role in roles)
    if not key or any(not ids for ids in key):
        return None
    return (sc.type, roles, key)


# ------------------------------------------------------------------ amounts and dates


def amount_range(amount: Amount, tolerance: Decimal) -> tuple[Decimal, Decimal]:
    """The values an amount can stand for, given its 약/about and 이상/up to qualifiers."""
    value = amount.value
    lo, hi = value * (1 - tolerance), (amount.upper or value) * (1 + tolerance)
    if amount.approx:
        lo, hi = lo * (1 - APPROX_TOLERANCE), hi * (1 + APPROX_TOLERANCE)
    if amount.bound in ("over", "at_least"):
        hi = max(hi, value * OVER_CEILING)
    elif amount.bound == "under":
        lo = min(lo, value * UNDER_FLOOR)
    return lo, hi


def _overlap(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def amounts_agree(a: Amount, a_day: str | None, b: Amount, b_day: str | None, fx: FxTable) -> bool:
    """Whether two amounts can be the same sum: within tolerance, converted if need be.

    A parenthesised conversion in the other's currency is used before the FX table.
    """
    if a.currency == b.currency:
        return _overlap(amount_range(a, SAME_CURRENCY_TOLERANCE), amount_range(b, SAME_CURRENCY_TOLERANCE))
    for x, y in ((a, b), (b, a)):
        if x.converted is not None and x.converted.currency == y.currency:
            conv = x.converted
            return _overlap(amount_range(conv, SAME_CURRENCY_TOLERANCE + APPROX_TOLERANCE),
                            amount_range(y, SAME_CURRENCY_TOLERANCE))
    ua, ub = usd(a, a_day, fx), usd(b, b_day, fx)
    if ua is None or ub is None:
        return False
    lo_a, hi_a = amount_range(a, FX_TOLERANCE)
    lo_b, hi_b = amount_range(b, FX_TOLERANCE)
    ra, rb = ua / a.value, ub / b.value
    return _overlap((lo_a * ra, hi_a * ra), (lo_b * rb, hi_b * rb))


def usd(amount: Amount, day: str | None, fx: FxTable) -> Decimal | None:
    return fx.to_usd(amount.value, amount.currency, day)


def date_range(when: When) -> tuple[dt.date, dt.date] | None:
    """The days a date may mean at its precision (a day gets ``DAY_SLACK`` either side)."""
    value = when.value
    if not value:
        return None
    try:
        year = int(value[:4])
        if len(value) >= 10:
            day = dt.date.fromisoformat(value[:10])
            slack = dt.timedelta(days=DAY_SLACK)
            return day - slack, day + slack
        if len(value) >= 7:
            month = int(value[5:7])
            first = dt.date(year, month, 1)
            nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
            slack = dt.timedelta(days=MONTH_SLACK)
            return first - slack, nxt - dt.timedelta(days=1) + slack
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None


def dates_agree(a: When | None, b: When | None) -> bool | None:
    """True or False when both dates are known, None when either is missing."""
    ra, rb = (date_range(a) if a else None), (date_range(b) if b else None)
    if ra is None or rb is None:
        return None
    return ra[0] <= rb[1] and rb[0] <= ra[1]


# ------------------------------------------------------------------ same fact?


def _attr(sc: StoredClaim, key: str) -> Any:
    return sc.claim.attrs.get(key)


def same_round(a: StoredClaim, b: StoredClaim) -> bool:
    return _attr(a, "round") is not None and _attr(a, "round") == _attr(b, "round")


def standing_figure(sc: StoredClaim) -> bool:
    """A level rather than an act (a valuation, a total to date): reported again
    months later with the same number, it is still the same fact."""
    return sc.type == "valuation" or _attr(sc, "scope") == "cumulative"


def _claim_amounts_agree(a: StoredClaim, b: StoredClaim, fx: FxTable) -> bool:
    return amounts_agree(a.claim.amount, a.day(), b.claim.amount, b.day(), fx)


def _same_sum_same_time(a: StoredClaim, b: StoredClaim, fx: FxTable) -> bool:
    """Both give an amount and a date, and both agree: extractors' scope labels may not."""
    return a.claim.amount is not None and b.claim.amount is not None and _claim_amounts_agree(a, b, fx) \
        and dates_agree(a.claim.date, b.claim.date) is True


def contradicts(a: StoredClaim, b: StoredClaim, fx: FxTable) -> bool:
    """Whether two claims of one block cannot be the same fact."""
    ca, cb = a.claim, b.claim
    both_amounts = ca.amount is not None and cb.amount is not None
    if both_amounts and a.doc_id == b.doc_id and not _claim_amounts_agree(a, b, fx):
        return True  # one document giving two numbers means two facts
    for key in DISTINGUISHING_ATTRS:
        if _attr(a, key) is not None and _attr(b, key) is not None and _attr(a, key) != _attr(b, key):
            if not (key == "scope" and _same_sum_same_time(a, b, fx)):
                return True
    if a.type == "layoff" and not _counts_agree(_attr(a, "count"), _attr(b, "count")):
        return True
    if a.type == "hire" and _apart(ca.date, cb.date, MOVE_GAP):
        return True
    for role in COUNTERPARTS.get(a.type, ()):
        pa, pb = party_ids(a, role), party_ids(b, role)
        if pa and pb and not pa & pb:
            return True
    if a.type == "investment" and both_amounts and not same_round(a, b):
        investors_a, investors_b = party_ids(a, "investors"), party_ids(b, "investors")
        if investors_a and investors_b and not investors_a & investors_b:
            return True
    if a.type in IDENTIFIED_BY_PARTIES or same_round(a, b):
        return False
    if standing_figure(a) and standing_figure(b) and both_amounts and _claim_amounts_agree(a, b, fx):
        return False
    return dates_agree(ca.date, cb.date) is False


def corroborates(a: StoredClaim, b: StoredClaim, fx: FxTable) -> bool:
    """Whether something positive says two (non-contradicting) claims are one fact."""
    if a.type in IDENTIFIED_BY_PARTIES or same_round(a, b):
        return True
    ca, cb = a.claim, b.claim
    dated_together = dates_agree(ca.date, cb.date) is True
    if ca.amount is not None and cb.amount is not None:
        if _claim_amounts_agree(a, b, fx):
            return True
        # the same dated fact reported with another number: a conflict, not two events
        return a.doc_id != b.doc_id and dated_together and _precise(ca.date) and _precise(cb.date) \
            and _same_counterparties(a, b)
    if a.type == "investment":
        return _investment_mention_fits(a, b, dated_together)
    if a.type == "partnership":
        return dates_agree(ca.date, cb.date) is not False
    if a.type == "layoff":
        return dated_together or (ca.date is None and cb.date is None)
    return dated_together and a.doc_id == b.doc_id


def _investment_mention_fits(a: StoredClaim, b: StoredClaim, dated_together: bool) -> bool:
    """An investment told without its amount ("Nvidia also invested") fits a deal
    of the same date (or both undated) by the same investor; when one side names
    no investor (a round as a whole), one of the same date, or one at the same
    stage in the same article."""
    investors_a, investors_b = party_ids(a, "investors"), party_ids(b, "investors")
    both_undated = a.claim.date is None and b.claim.date is None
    if investors_a & investors_b:
        return dated_together or both_undated
    if investors_a and investors_b:
        return False
    return dated_together or (a.doc_id == b.doc_id and _attr(a, "status") == _attr(b, "status"))


def _counts_agree(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return True
    try:
        a, b = Decimal(str(a)), Decimal(str(b))
    except ArithmeticError:
        return a == b
    return abs(a - b) <= COUNT_TOLERANCE * max(a, b)


def _apart(a: When | None, b: When | None, days: int) -> bool:
    """Both dates known and more than ``days`` apart at their precisions."""
    ra, rb = (date_range(a) if a else None), (date_range(b) if b else None)
    if ra is None or rb is None:
        return False
    gap = dt.timedelta(days=days)
    return ra[1] + gap < rb[0] or rb[1] + gap < ra[0]


def _precise(when: When | None) -> bool:
    return when is not None and when.precision in ("day", "month")


def _same_counterparties(a: StoredClaim, b: StoredClaim) -> bool:
    if a.type != "investment":
        return True
    ia, ib = party_ids(a, "investors"), party_ids(b, "investors")
    return bool(ia) and ia == ib


def cluster(claims: Sequence[StoredClaim], fx: FxTable, parents: Mapping[str, str] = {}) -> list[list[StoredClaim]]:
    """Claims grouped into facts, in the order of their first claim.

    Greedy in the claims' order (publication day, document, position): a claim
    joins the group it fits best (``_fit``), the first among equals; else it
    starts a group.
    """
    groups: list[list[StoredClaim]] = []
    blocks: dict[tuple, list[list[StoredClaim]]] = {}
    for sc in claims:
        key = anchor(sc, parents)
        best, best_score = None, (0, 0)
        for group in blocks.get(key, ()) if key else ():
            score = _fit(sc, group, fx)
            if score > best_score:
                best, best_score = group, score
        if best is not None:
            best.append(sc)
            continue
        group = [sc]
        groups.append(group)
        if key:
            blocks.setdefault(key, []).append(group)
    return groups


def _fit(sc: StoredClaim, group: Sequence[StoredClaim], fx: FxTable) -> tuple[int, int]:
    """How well a claim fits a group: (corroborating members from its own article,
    corroborating members); (0, 0) when it does not fit.

    No member may contradict it, and a claim with an amount must be corroborated
    by a member with one where the group has any: a mention without a number
    must not chain two different sums into one event.
    """
    if any(contradicts(sc, m, fx) for m in group):
        return (0, 0)
    support = [m for m in group if corroborates(sc, m, fx)]
    if sc.claim.amount is not None and any(m.claim.amount for m in group) \
            and not any(m.claim.amount for m in support):
        return (0, 0)
    return (sum(m.doc_id == sc.doc_id for m in support), len(support))


# ------------------------------------------------------------------ events


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
            amount = {"value": _number(self.amount.value), "currency": self.amount.currency}
            if self.amount.approx:
                amount["approx"] = True
            if self.amount.bound:
                amount["bound"] = self.amount.bound
        return {
            "id": self.id,
            "type": self.type,
            "args": self.args,
            "amount": amount,
            "usd": _number(self.usd.quantize(Decimal(1))) if self.usd is not None else None,
            "date": {"value": self.date.value, "precision": self.date.precision} if self.date else None,
            "attrs": self.attrs,
            "published": self.published,
            "sources": [_source_json(m) for m in self.members],
            "conflicts": [c.to_json() for c in self.conflicts],
        }


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def amount_json(amount: Amount | None) -> dict[str, Any] | None:
    if amount is None:
        return None
    out: dict[str, Any] = {"value": _number(amount.value), "currency": amount.currency, "text": amount.text}
    if amount.approx:
        out["approx"] = True
    if amount.bound:
        out["bound"] = amount.bound
    if amount.converted is not None:
        out["converted"] = amount_json(amount.converted)
    return out


def _source_json(sc: StoredClaim) -> dict[str, Any]:
    c = sc.claim
    return {
        "claim": sc.id,
        "doc": c.doc_id,
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
    return sorted(groups, key=lambda g: -len(_docs(g)))


def _choose_amount(members: Sequence[StoredClaim], fx: FxTable) -> tuple[Amount | None, list[list[StoredClaim]]]:
    with_amount = [m for m in members if m.claim.amount is not None]
    groups = _value_groups(with_amount, lambda a, b: _claim_amounts_agree(a, b, fx))
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
    statuses = [m for m in members if _attr(m, "status")]
    if not statuses:
        return None
    stages = [s for s in (_attr(m, "status") for m in statuses) if s in PROGRESSION]
    latest = max(statuses, key=lambda m: m.published or "")
    if _attr(latest, "status") == "denied" and "completed" not in stages:
        return "denied"
    return max(stages, key=PROGRESSION.index) if stages else _attr(latest, "status")


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
            by_status.setdefault(_attr(m, "status"), []).append(m)
    for same_status in by_status.values():
        groups = _value_groups(same_status, lambda a, b: dates_agree(a.claim.date, b.claim.date) is not False)
        if len(groups) > 1 and len({d for g in groups for d in _docs(g)}) > 1:
            found.append(Conflict("date", tuple(
                {"value": g[0].claim.date.to_json(), "claims": sorted(m.id for m in g), "docs": _docs(g)}
                for g in groups)))
    scopes: dict[str, list[StoredClaim]] = {}
    for m in members:
        if _attr(m, "scope"):
            scopes.setdefault(_attr(m, "scope"), []).append(m)
    if len(scopes) > 1:
        found.append(Conflict("scope", tuple(
            {"value": scope, "claims": sorted(m.id for m in g), "docs": _docs(g)}
            for scope, g in sorted(scopes.items(), key=lambda kv: -len(_docs(kv[1]))))))
    denied = [m for m in members if _attr(m, "status") == "denied"]
    affirmed = [m for m in members if _attr(m, "status") not in (None, "denied")]
    if denied and affirmed:
        found.append(Conflict("status", (
            {"value": "denied", "claims": sorted(m.id for m in denied), "docs": _docs(denied)},
            {"value": sorted({_attr(m, "status") for m in affirmed}), "claims": sorted(m.id for m in affirmed),
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
    at_stage = [m for m in members if _attr(m, "status") == attrs.get("status")]
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
