"""One way to build a Claim, whatever the family: evidence is the sentence, entity
roles become EntityRefs, and confidence follows how the roles were filled."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from ..model import Amount, Claim, Sentence, When
from .args import CARRY, COREF, Arg
from .context import DocContext

# Confidence by the weakest way a role was filled: named in the sentence itself,
# referred to ("이 회사", "the company"), or carried from an earlier sentence.
CONFIDENCE = {"direct": 0.9, COREF: 0.8, CARRY: 0.7}


def confidence_for(args: Mapping[str, Arg | Sequence[Arg]], base: float | None = None) -> float:
    """The confidence a claim earns from how its roles were filled."""
    hows = [a.how for v in args.values() for a in (v if isinstance(v, (list, tuple)) else [v])]
    score = min((CONFIDENCE.get(h, 0.5) for h in hows), default=0.5)
    return min(score, base) if base is not None else score


def make_claim(
    ctx: DocContext,
    type: str,
    sentence: Sentence,
    args: Mapping[str, Arg | Sequence[Arg]],
    amount: Amount | None = None,
    date: When | None = None,
    attrs: Mapping[str, Any] | None = None,
    confidence: float | None = None,
) -> Claim:
    """A claim anchored to ``sentence``; a role that ends in ``s`` is a list.

    ``confidence`` defaults to ``confidence_for(args)``; pass a number to cap it.
    """
    refs: dict[str, Any] = {}
    for role, value in args.items():
        items = list(value) if isinstance(value, (list, tuple)) else [value]
        if not items:
            continue
        seen: dict[str, Arg] = {}
        for a in items:
            seen.setdefault(a.entity_id, a)
        refs[role] = tuple(a.ref() for a in seen.values()) if role.endswith("s") else items[0].ref()
    return Claim(
        type=type,
        args=refs,
        evidence=sentence.span,
        evidence_text=sentence.text,
        doc_id=ctx.document.id,
        source=ctx.document.source,
        amount=amount,
        date=date,
        attrs=dict(attrs or {}),
        confidence=round(confidence_for(args, confidence), 3),
    )
