"""Within one document, a claim stated again is one claim with every evidence span.

A claim restates another when their type and arguments are the same and each of
its amount, date and attrs is equal to the other's or absent (a headline, "as
noted", "나델라 CEO는 …"): it says nothing the fuller one does not. It folds into
the fuller claim, which keeps every evidence span in ``more_evidence``. Claims
that conflict on any figure, or that each add something of their own, stay apart:
the store flags such conflicts later.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any, Iterable

from ..model import Amount, Claim, EntityRef, When

AMOUNT_TOLERANCE = Decimal("0.01")  # the contract's 1 % for amounts
# List roles that name members of one fixed set: a statement naming only some of
# them ("co-founder X") restates the one naming more ("founded by X and Y").
CLOSED_LISTS = {"founding": "founders"}


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
    """Equal, or absent on one side; a date also agrees with a coarser one that
    contains it (2024 and 2024-12-17)."""
    if a is None or b is None:
        return True
    if isinstance(a, Amount) and isinstance(b, Amount):
        return same_amount(a, b)
    if isinstance(a, When) and isinstance(b, When):
        return not a.value or not b.value or a.value.startswith(b.value) or b.value.startswith(a.value)
    return a == b


def figures_agree(a: Claim, b: Claim) -> bool:
    """Whether two claims' amount, date and attrs are each equal or absent on one side."""
    if not (_agree(a.amount, b.amount) and _agree(a.date, b.date)):
        return False
    return all(_agree(a.attrs.get(k), b.attrs.get(k)) for k in set(a.attrs) | set(b.attrs))


def _fewer_args(a: Claim, b: Claim) -> bool:
    """Whether one claim's args are the other's with some roles left out."""
    small, large = sorted((a, b), key=lambda c: len(c.args))
    return small.type == large.type and all(
        role in large.args and _arg_key(replace(small, args={role: v})) == _arg_key(replace(large, args={role: large.args[role]}))
        for role, v in small.args.items()
    )


def _members(claim: Claim, role: str) -> set[str]:
    value = claim.args.get(role, ())
    return {r.id for r in (value if isinstance(value, tuple) else (value,))}


def _fewer_members(a: Claim, b: Claim) -> tuple[Claim, Claim] | None:
    """(smaller, larger) when two claims differ only in a closed list role and one
    names a strict subset of the other's members (none counts as a subset)."""
    role = CLOSED_LISTS.get(a.type)
    if role is None or a.type != b.type:
        return None
    small, large = sorted((a, b), key=lambda c: len(_members(c, role)))
    if not _members(small, role) < _members(large, role):
        return None
    rest = [_arg_key(replace(c, args={r: v for r, v in c.args.items() if r != role})) for c in (small, large)]
    return (small, large) if rest[0] == rest[1] else None


def _says_no_more(small: Claim, large: Claim) -> bool:
    """Whether each of ``small``'s amount, date and attrs is absent or equal to
    ``large``'s (a coarser date, 2024 for 2024-12-17, counts as equal)."""
    if small.amount is not None and (large.amount is None or not same_amount(small.amount, large.amount)):
        return False
    if small.date is not None and small.date.value:
        if large.date is None or not (large.date.value or "").startswith(small.date.value):
            return False
    return all(k in large.attrs and _agree(v, large.attrs[k]) for k, v in small.attrs.items())


def compatible(a: Claim, b: Claim) -> bool:
    """Whether one of two claims restates the other: same type and args, and one
    says nothing the other does not. A statement that leaves out a role (a
    headline without the lead investor) restates a fuller one only when both
    give the same figure; one naming only some of the founders restates the
    one naming more."""
    if _arg_key(a) != _arg_key(b):
        subset = _fewer_members(a, b)
        if subset is not None:
            return _says_no_more(*subset)
        same_figure = a.amount is not None and b.amount is not None and same_amount(a.amount, b.amount)
        if not (same_figure and _fewer_args(a, b)):
            return False
    return _says_no_more(a, b) or _says_no_more(b, a)


def _detail(c: Claim) -> int:
    return len(c.args) + (c.amount is not None) + (c.date is not None and c.date.value is not None) + len(c.attrs)


def fold(a: Claim, b: Claim) -> Claim:
    """One claim saying all that ``a`` and ``b`` say, anchored to the fuller one."""
    subset = _fewer_members(a, b)
    head, tail = (subset[1], subset[0]) if subset else (a, b) if _detail(a) >= _detail(b) else (b, a)
    date = head.date if head.date and head.date.value else tail.date
    if date and tail.date and tail.date.value and len(tail.date.value) > len(date.value or ""):
        date = tail.date  # the more precise of two agreeing dates
    spans = {head.evidence, tail.evidence, *head.more_evidence, *tail.more_evidence} - {head.evidence}
    attrs = {**tail.attrs, **head.attrs}
    return replace(
        head,
        args={**tail.args, **head.args},
        amount=head.amount or tail.amount,
        date=date or head.date,
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
                merged[i] = fold(kept, claim)
                break
        else:
            merged.append(claim)
    return sorted(merged, key=lambda c: (c.evidence.start, c.type))
