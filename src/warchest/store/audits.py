"""Audits: internal inconsistencies in what the sources say, each naming its
claims and sources so a reader can check them.

- ``tranche_sum``: single tranches from the same investors into the same company,
  dated up to a stated cumulative total, add up to more than that total.
  (Short of it is not a finding: the total may include tranches no source reported.)
- ``multiple``: a stated multiple (4.5배, tripled, 두 배 넘게) does not match the
  ratio of the amount and the earlier amount its own sentence gives.
- ``conversion``: a parenthesised conversion is far from what the FX table gives
  for the document's month (or the claim's own month).
- ``date``: sources that report the same event at the same stage disagree on its date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Iterable, Sequence

from ..model import Amount
from .consolidate import Event
from .fx import FxTable
from .records import StoredClaim, amount_json, short_hash
from .tolerance import amount_range, usd

TRANCHE_TOLERANCE = Decimal("0.05")
MULTIPLE_TOLERANCE = Decimal("0.10")  # "4.5배" for a ratio of 4.1 to 4.95
APPROX_MULTIPLE_TOLERANCE = Decimal("0.20")  # "세 배 가까이", "roughly tripling"
CONVERSION_TOLERANCE = Decimal("0.08")  # beyond the spread of the candidate months' rates
SETTLED = (None, "completed", "announced")


@dataclass(frozen=True)
class Finding:
    kind: str
    message: str
    claims: tuple[StoredClaim, ...]
    events: tuple[str, ...] = ()
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return short_hash("a:", [self.kind, sorted(c.id for c in self.claims), self.events])

    @property
    def published(self) -> str | None:
        """When the finding became possible: the latest publication among its claims."""
        days = [c.published for c in self.claims if c.published]
        return max(days) if days else None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "message": self.message,
            "events": list(self.events),
            "claims": [c.id for c in self.claims],
            "sources": [_source(c) for c in self.claims],
            "details": self.details,
            "published": self.published,
        }


def _source(sc: StoredClaim) -> dict[str, Any]:
    c = sc.claim
    return {"claim": sc.id, "doc": c.doc_id, "source": c.source, "title": sc.title, "published": sc.published,
            "evidence": c.evidence_text, "start": c.evidence.start, "end": c.evidence.end,
            "amount": amount_json(c.amount), "date": c.date.to_json() if c.date else None}


def _money(value: Decimal, currency: str = "USD") -> str:
    return f"{value:,.0f} {currency}"


# ------------------------------------------------------------------ tranches


def tranche_sums(events: Sequence[Event], fx: FxTable) -> list[Finding]:
    by_pair: dict[tuple, list[Event]] = {}
    for e in events:
        if e.type == "investment" and e.usd is not None and e.attrs.get("status") in SETTLED:
            investors = tuple(sorted(r["id"] for r in e.args.get("investors", [])))
            investee = e.args.get("investee", {}).get("id")
            if investors and investee:
                by_pair.setdefault((investee, investors), []).append(e)
    findings = []
    for (investee, investors), group in sorted(by_pair.items()):
        singles = [e for e in group if e.attrs.get("scope") == "single" and e.date and e.date.value]
        for total in (e for e in group if e.attrs.get("scope") == "cumulative"):
            cutoff = (total.date.value if total.date and total.date.value else total.published) or ""
            parts = [e for e in singles if e.date.value[:len(cutoff)] <= cutoff]
            summed = sum((e.usd for e in parts), Decimal(0))
            ceiling = total.usd * (1 + TRANCHE_TOLERANCE) * (amount_range(total.amount, Decimal(0))[1] / total.amount.value)
            if parts and summed > ceiling:
                claims = tuple(m for e in (total, *parts) for m in e.members)
                findings.append(Finding(
                    "tranche_sum",
                    f"tranches from {', '.join(investors)} into {investee} add up to {_money(summed)}, "
                    f"more than the stated total of {_money(total.usd)}",
                    claims, tuple(e.id for e in (total, *parts)),
                    {"total_usd": int(total.usd), "tranches_usd": int(summed),
                     "tranches": [{"event": e.id, "date": e.date.value, "usd": int(e.usd)} for e in parts]}))
    return findings


# ------------------------------------------------------------------ multiples


def _multiple_fits(multiple, ratio: Decimal) -> bool:
    m = multiple.value
    tol = APPROX_MULTIPLE_TOLERANCE if multiple.approx else MULTIPLE_TOLERANCE
    if multiple.bound in ("over", "at_least"):
        return ratio >= m * (1 - tol)
    if multiple.bound in ("under", "up_to"):
        return ratio <= m * (1 + tol)
    return m * (1 - tol) <= ratio <= m * (1 + tol)


def stated_multiples(claims: Iterable[StoredClaim], fx: FxTable) -> list[Finding]:
    findings = []
    for sc in claims:
        now, before = sc.claim.amount, sc.claim.attrs.get("previous")
        if not sc.multiples or now is None or not isinstance(before, Amount) or before.value == 0:
            continue
        ratio = _ratio(now, before, sc.day(), fx)
        if ratio is None:
            continue
        if not any(_multiple_fits(m, ratio) for m in sc.multiples):
            stated = ", ".join(m.text for m in sc.multiples)
            findings.append(Finding(
                "multiple",
                f"the sentence says {stated} but {now.text} over {before.text} is {ratio:.2f}x",
                (sc,), (), {"stated": [{"text": m.text, "value": float(m.value)} for m in sc.multiples],
                            "ratio": round(float(ratio), 3)}))
    return findings


def _ratio(now: Amount, before: Amount, day: str | None, fx: FxTable) -> Decimal | None:
    """now / before in one currency: the sentence's own conversion first, else the
    rate of the claim's month; None when neither is known."""
    if now.currency == before.currency:
        return now.value / before.value
    if now.converted is not None and now.converted.currency == before.currency:
        return now.converted.value / before.value
    if day is None:
        return None
    now_usd, before_usd = usd(now, day, fx), usd(before, day, fx)
    return now_usd / before_usd if now_usd is not None and before_usd else None


# ------------------------------------------------------------------ conversions


def _amounts_with_conversion(sc: StoredClaim) -> Iterable[Amount]:
    for amount in (sc.claim.amount, sc.claim.attrs.get("previous")):
        if isinstance(amount, Amount) and amount.converted is not None and amount.value:
            yield amount


def conversions(claims: Iterable[StoredClaim], fx: FxTable) -> list[Finding]:
    findings = []
    for sc in claims:
        for amount in _amounts_with_conversion(sc):
            stated = amount.converted
            days = [d for d in (sc.published, sc.claim.date.value if sc.claim.date else None) if d]
            expected = []
            for day in days:  # no date, no rate to hold the conversion against
                in_usd = fx.to_usd(amount.value, amount.currency, day)
                value = fx.from_usd(in_usd, stated.currency, day) if in_usd is not None else None
                if value:
                    expected.append((value, day))
            if not expected:
                continue
            lo, hi = min(v for v, _ in expected), max(v for v, _ in expected)
            deviation = max(lo - stated.value, stated.value - hi, Decimal(0)) / lo
            if deviation > CONVERSION_TOLERANCE + (APPROX_MULTIPLE_TOLERANCE / 2 if stated.approx else 0):
                value, day = min(expected, key=lambda e: abs(e[0] - stated.value))
                rate = fx.rate(stated.currency if stated.currency != "USD" else amount.currency, day)
                findings.append(Finding(
                    "conversion",
                    f"{amount.text} is given as {stated.text}, but the {rate.month} rate makes it about "
                    f"{_money(value, stated.currency)} ({float(deviation):.0%} off)",
                    (sc,), (), {"stated": amount_json(stated), "expected": int(value), "rate": rate.to_json(),
                                "deviation": round(float(deviation), 3), "fx_source": fx.source}))
    return findings


# ------------------------------------------------------------------ dates


def date_disagreements(events: Sequence[Event]) -> list[Finding]:
    findings = []
    for e in events:
        for conflict in e.conflicts:
            if conflict.field != "date":
                continue
            ids = {i for v in conflict.values for i in v["claims"]}
            claims = tuple(m for m in e.members if m.id in ids)
            dates = " vs ".join(f"{v['value']['value']} ({len(v['docs'])} doc{'s' * (len(v['docs']) > 1)})"
                                for v in conflict.values)
            findings.append(Finding("date", f"sources disagree on the date of this {e.type}: {dates}",
                                    claims, (e.id,), {"values": list(conflict.values)}))
    return findings


def run_audits(events: Sequence[Event], claims: Sequence[StoredClaim], fx: FxTable) -> list[Finding]:
    """Every audit over a consolidated set of claims, in a deterministic order."""
    found = tranche_sums(events, fx) + stated_multiples(claims, fx) + conversions(claims, fx) + date_disagreements(events)
    unique = {f.id: f for f in found}
    return sorted(unique.values(), key=lambda f: (f.kind, f.published or "", f.id))
