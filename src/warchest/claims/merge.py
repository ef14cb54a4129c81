"""Within one document, a claim stated again is one claim with every evidence span.

Two claims are restatements when their type and arguments are the same and their
amount, date and attrs are equal or absent on one side (a headline, "as noted",
"나델라 CEO는 …"). They fold into one claim carrying the union of what both say,
anchored to the fuller statement, the others kept in ``more_evidence``. Claims
that conflict on any figure stay apart: the store flags such conflicts later.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any, Iterable

from ..model import Amount, Claim, EntityRef, When

AMOUNT_TOLERANCE = Decimal("0.01")  # the contract's 1 % for amounts


def _arg_key(claim: Claim) -> tuple:
    def ids(v: EntityRef | tuple[EntityRef, ...]) -> tuple[str, ...]:
        return tuple(sorted({r.id for r in v})) if isinstance(v, tuple) else (v.id,)

    return claim.type, tuple(sorted((role, ids(v)) for role, v in claim.args.items()))


def same_amount(a: Amount, b: Amount) -> bool:
    """Equal within the contract's tolerance, in the same currency."""
    if a.currency != b.currency:
        return False
    return abs(a.value - b.value) <= abs(b.value) * AMOUNT_TOLERANCE


def _agree(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return True
    if isinstance(a, Amount) and isinstance(b, Amount):
        return same_amount(a, b)
    if isinstance(a, When) and isinstance(b, When):
        return a.value == b.value or not a.value or not b.value
    return a == b


def _fewer_args(a: Claim, b: Claim) -> bool:
    """Whether one claim's args are the other's with some roles left out."""
    small, large = sorted((a, b), key=lambda c: len(c.args))
    return small.type == large.type and all(
        role in large.args and _arg_key(replace(small, args={role: v})) == _arg_key(replace(large, args={role: large.args[role]}))
        for role, v in small.args.items()
    )


def compatible(a: Claim, b: Claim) -> bool:
    """Whether ``b`` restates ``a``: same type and args, nothing that conflicts.
    A statement that leaves out a role (a headline without the lead investor)
    restates a fuller one only when both give the same figure."""
    if _arg_key(a) != _arg_key(b):
        same_figure = a.amount is not None and b.amount is not None and same_amount(a.amount, b.amount)
        if not (same_figure and _fewer_args(a, b)):
            return False
    if not (_agree(a.amount, b.amount) and _agree(a.date, b.date)):
        return False
    return all(_agree(a.attrs.get(k), b.attrs.get(k)) for k in set(a.attrs) | set(b.attrs))


def _detail(c: Claim) -> int:
    return len(c.args) + (c.amount is not None) + (c.date is not None and c.date.value is not None) + len(c.attrs)


def _fold(a: Claim, b: Claim) -> Claim:
    """One claim saying all that ``a`` and ``b`` say, anchored to the fuller one."""
    head, tail = (a, b) if _detail(a) >= _detail(b) else (b, a)
    spans = {head.evidence, tail.evidence, *head.more_evidence, *tail.more_evidence} - {head.evidence}
    attrs = {**tail.attrs, **head.attrs}
    return replace(
        head,
        amount=head.amount or tail.amount,
        date=head.date if head.date and head.date.value else (tail.date or head.date),
        attrs=attrs,
        confidence=max(head.confidence, tail.confidence),
        more_evidence=tuple(sorted(spans)),
    )


def merge_restatements(claims: Iterable[Claim]) -> list[Claim]:
    """Claims in document order with restatements folded together."""
    merged: list[Claim] = []
    for claim in claims:
        for i, kept in enumerate(merged):
            if compatible(kept, claim):
                merged[i] = _fold(kept, claim)
                break
        else:
            merged.append(claim)
    return sorted(merged, key=lambda c: (c.evidence.start, c.type))
