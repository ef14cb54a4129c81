"""Which claims report the same fact: the grouping step of consolidation.

Claims are compared only within a block that shares a type and the party the
fact is about (its *anchor*: the investee of an investment, the target of an
acquisition, the product of a launch ...). Inside a block a claim joins a group
when nothing contradicts any member (another scope, round or pre/post basis, a
different counter-party, an incompatible date, a different number in the same
document) and something corroborates a member (amounts equal within tolerance,
the same round, the same dated announcement, parties that alone identify the
fact). Numbers that differ between documents about an otherwise identical,
dated fact stay in one group: consolidation records them as a conflict.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any, Mapping, Sequence

from ..model import When
from .fx import FxTable
from .records import StoredClaim
from .tolerance import amounts_agree, apart, dates_agree, usd

COUNT_TOLERANCE = Decimal("0.05")  # "about 3,600" and "3,700 people" are one layoff
MOVE_GAP = 180  # days: the same person moving twice between the same places is two moves

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


def party_ids(sc: StoredClaim, role: str) -> frozenset[str]:
    return sc.parties.get(role, frozenset())


def root(entity_id: str, parents: Mapping[str, str]) -> str:
    """The top of an entity's parent chain (Amazon for AWS); the entity itself without one."""
    seen = {entity_id}
    while entity_id in parents and parents[entity_id] not in seen:
        entity_id = parents[entity_id]
        seen.add(entity_id)
    return entity_id


def anchor(sc: StoredClaim, parents: Mapping[str, str] = {}) -> tuple:
    """The block key of a claim. A claim whose anchor role is empty is only
    grouped with claims saying exactly the same (the same sentence reprinted).

    A team move names no person; it is anchored on where the team went from and to.
    Partners are compared by their parent companies: a deal with AWS is a deal with Amazon.
    """
    roles = ANCHORS.get(sc.type, ())
    if sc.type == "hire" and not party_ids(sc, "person"):
        roles = ("group",) if party_ids(sc, "group") else ("from", "to")
    fold = (lambda i: root(i, parents)) if sc.type == "partnership" else (lambda i: i)
    key = tuple(tuple(sorted({fold(i) for i in party_ids(sc, role)})) for role in roles)
    if not key or any(not ids for ids in key):
        return (sc.type, "unanchored", sc.content)
    return (sc.type, roles, key)


def same_round(a: StoredClaim, b: StoredClaim) -> bool:
    return a.attr("round") is not None and a.attr("round") == b.attr("round")


def standing_figure(sc: StoredClaim) -> bool:
    """A level rather than an act (a valuation, a total to date): reported again
    months later with the same number, it is still the same fact."""
    return sc.type == "valuation" or sc.attr("scope") == "cumulative"


def claim_amounts_agree(a: StoredClaim, b: StoredClaim, fx: FxTable) -> bool:
    return amounts_agree(a.claim.amount, a.day(), b.claim.amount, b.day(), fx)


def _same_sum_same_time(a: StoredClaim, b: StoredClaim, fx: FxTable) -> bool:
    """Both give an amount and a date, and both agree: extractors' scope labels may not."""
    return a.claim.amount is not None and b.claim.amount is not None and claim_amounts_agree(a, b, fx) \
        and dates_agree(a.claim.date, b.claim.date) is True


def _one_sum_two_labels(a: StoredClaim, b: StoredClaim, fx: FxTable) -> bool:
    """The same investors' same sum, once called a single investment and once the
    total to date: the same money ("Microsoft, which has invested $13 billion")."""
    investors = party_ids(a, "investors")
    return {a.attr("scope"), b.attr("scope")} == {"single", "cumulative"} and bool(investors) \
        and investors == party_ids(b, "investors") and a.claim.amount is not None \
        and b.claim.amount is not None and claim_amounts_agree(a, b, fx)


def contradicts(a: StoredClaim, b: StoredClaim, fx: FxTable) -> bool:
    """Whether two claims of one block cannot be the same fact."""
    if a.content == b.content:
        return False
    ca, cb = a.claim, b.claim
    both_amounts = ca.amount is not None and cb.amount is not None
    if both_amounts and a.doc_id == b.doc_id and not claim_amounts_agree(a, b, fx):
        return True  # one document giving two numbers means two facts
    for key in DISTINGUISHING_ATTRS:
        if a.attr(key) is not None and b.attr(key) is not None and a.attr(key) != b.attr(key):
            if not (key == "scope" and (_same_sum_same_time(a, b, fx) or _one_sum_two_labels(a, b, fx))):
                return True
    if a.type == "layoff" and not _counts_agree(a.attr("count"), b.attr("count")):
        return True
    if a.type == "hire" and apart(ca.date, cb.date, MOVE_GAP):
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
    if standing_figure(a) and standing_figure(b) and both_amounts and claim_amounts_agree(a, b, fx):
        return False
    if _one_sum_two_labels(a, b, fx):
        return False
    return dates_agree(ca.date, cb.date) is False


NONE, WEAK, STRONG = 0, 1, 2


def corroborates(a: StoredClaim, b: StoredClaim, fx: FxTable) -> int:
    """How strongly something positive says two (non-contradicting) claims are one
    fact: STRONG (the same parties of a once-only fact, the same round, the same
    sum, the same partners or layoff at the same time), WEAK (a mention without
    its sum, a sum reported differently for the same day), or NONE."""
    if a.type in IDENTIFIED_BY_PARTIES or same_round(a, b) or a.content == b.content:
        return STRONG
    ca, cb = a.claim, b.claim
    if ca.amount is not None and cb.amount is not None:
        if claim_amounts_agree(a, b, fx):
            return STRONG
        # the same dated fact reported with another number: a conflict, not two events
        same_fact = a.doc_id != b.doc_id and _precise(ca.date) and _precise(cb.date) \
            and _same_counterparties(a, b) and dates_agree(ca.date, cb.date) is True
        return WEAK if same_fact else NONE
    dated_together = dates_agree(ca.date, cb.date) is True
    if a.type == "investment":
        return WEAK if _investment_mention_fits(a, b, dated_together) else NONE
    if a.type == "partnership":
        return STRONG if dates_agree(ca.date, cb.date) is not False else NONE
    if a.type == "layoff":
        return STRONG if dated_together or (ca.date is None and cb.date is None) else NONE
    return WEAK if dated_together and a.story == b.story else NONE


def _investment_mention_fits(a: StoredClaim, b: StoredClaim, dated_together: bool) -> bool:
    """An investment told without its amount ("Nvidia also invested") fits a deal
    of the same date (or both undated) by the same investor; when one side names
    no investor (a round as a whole), one of the same date, or one at the same
    stage in the same article (or a reprint of it)."""
    investors_a, investors_b = party_ids(a, "investors"), party_ids(b, "investors")
    if investors_a & investors_b:
        return dated_together or (a.claim.date is None and b.claim.date is None)
    if investors_a and investors_b:
        return False
    return dated_together or (a.story == b.story and a.attr("status") == b.attr("status"))


def _counts_agree(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return True
    try:
        a, b = Decimal(str(a)), Decimal(str(b))
    except ArithmeticError:
        return a == b
    return abs(a - b) <= COUNT_TOLERANCE * max(a, b)


def _precise(when: When | None) -> bool:
    return when is not None and bool(when.value) and when.precision in ("day", "month")


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
    blocks: dict[tuple, _Block] = {}
    for sc in claims:
        block = blocks.setdefault(anchor(sc, parents), _Block())
        best, best_score = None, (0, 0, 0)
        for group in block.candidates(sc, fx):
            score = _fit(sc, group, fx)
            if score > best_score:
                best, best_score = group, score
        if best is None:
            best = []
            groups.append(best)
        block.add(best, sc, fx)
    return groups


BUCKET = math.log(1.25)  # width of the USD buckets that index sums
BUCKET_REACH = 4  # 1.25 ** 4 > 2.4: wider than any two sums that can agree


class _Block:
    """The groups of one block, indexed by what a claim with a sum can match
    (a round, a sum that may agree, a dated month, the same words), so that in a
    large block most groups are passed over without comparing their members.

    ``candidates`` leaves out only groups where ``_fit`` must be zero: a claim
    with a sum needs a member of the same round, a sum that may agree, a sum for
    the same dated fact or the same words (a group without sums takes it only on
    a strong link, which among these only a round or the same words give).
    Claims without a sum and once-only facts are compared with every group.
    """

    def __init__(self) -> None:
        self.groups: list[list[StoredClaim]] = []
        self._order: dict[int, int] = {}  # id(group) -> position
        self._index: dict[tuple, set[int]] = {}  # (kind, key) -> positions

    def candidates(self, sc: StoredClaim, fx: FxTable) -> list[list[StoredClaim]]:
        bucket = _bucket(sc, fx) if sc.claim.amount is not None else None
        if bucket is None or sc.type in IDENTIFIED_BY_PARTIES:
            return self.groups  # no sum, a sum in a currency the FX table lacks, or a once-only fact
        found: set[int] = set(self._index.get(("unpriced",), ()))
        for key in _lookup_keys(sc, bucket):
            found |= self._index.get(key, set())
        return [self.groups[i] for i in sorted(found)]

    def add(self, group: list[StoredClaim], sc: StoredClaim, fx: FxTable) -> None:
        if id(group) not in self._order:
            self._order[id(group)] = len(self.groups)
            self.groups.append(group)
        group.append(sc)
        position = self._order[id(group)]
        for key in _index_keys(sc, fx):
            self._index.setdefault(key, set()).add(position)


def _index_keys(sc: StoredClaim, fx: FxTable) -> list[tuple]:
    keys: list[tuple] = [("content", sc.content)]
    if sc.attr("round") is not None:
        keys.append(("round", sc.attr("round")))
    if sc.claim.amount is not None:
        bucket = _bucket(sc, fx)
        keys.append(("unpriced",) if bucket is None else ("sum", bucket))
        if _precise(sc.claim.date):
            keys.append(("month", sc.claim.date.value[:7]))
    return keys


def _lookup_keys(sc: StoredClaim, bucket: int) -> list[tuple]:
    keys: list[tuple] = [("content", sc.content)]
    if sc.attr("round") is not None:
        keys.append(("round", sc.attr("round")))
    keys += [("sum", b) for b in range(bucket - BUCKET_REACH, bucket + BUCKET_REACH + 1)]
    if _precise(sc.claim.date):
        keys += [("month", m) for m in _near_months(sc.claim.date.value)]
    return keys


def _bucket(sc: StoredClaim, fx: FxTable) -> int | None:
    value = usd(sc.claim.amount, sc.day(), fx)
    return None if value is None or value <= 0 else math.floor(math.log(value) / BUCKET)


def _near_months(value: str) -> set[str]:
    """The month of a date and the months either side (dates agree across a month's edge)."""
    year, month = int(value[:4]), int(value[5:7])
    around = ((year, month - 1) if month > 1 else (year - 1, 12), (year, month),
              (year, month + 1) if month < 12 else (year + 1, 1))
    return {f"{y:04d}-{m:02d}" for y, m in around}


def _fit(sc: StoredClaim, group: Sequence[StoredClaim], fx: FxTable) -> tuple[int, int, int]:
    """How well a claim fits a group: (strongly corroborating members, corroborating
    members from its own article, corroborating members); zeros when it does not fit.

    No member may contradict it. A claim with an amount must be corroborated by
    a member with one where the group has any (a mention without a number must
    not chain two different sums into one event), and strongly where it has none.
    """
    strength = {id(m): corroborates(sc, m, fx) for m in group}
    support = [m for m in group if strength[id(m)]]
    if not support or any(contradicts(sc, m, fx) for m in group):
        return (0, 0, 0)
    strong = sum(strength[id(m)] == STRONG for m in support)
    if sc.claim.amount is not None:
        with_amount = any(m.claim.amount for m in group)
        if (with_amount and not any(m.claim.amount for m in support)) or (not with_amount and not strong):
            return (0, 0, 0)
    return (strong, sum(m.story == sc.story for m in support), len(support))
