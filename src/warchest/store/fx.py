"""A dated exchange-rate table: monthly averages of units per US dollar.

Conversion happens only in consolidation and views (never in extraction), with
the rate of the amount's month; every conversion can name the rate it used and
the table's recorded source. The table lives in ``data/fx/usd_monthly.csv``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from ..config import data_dir
from ..errors import WarchestError

FX_FILE = "usd_monthly.csv"


@dataclass(frozen=True)
class Rate:
    currency: str
    month: str  # YYYY-MM
    per_usd: Decimal  # units of ``currency`` per 1 USD
    basis: str  # "observed" or "carried"

    def to_json(self) -> dict:
        return {"currency": self.currency, "month": self.month, "per_usd": float(self.per_usd), "basis": self.basis}


class FxTable:
    """Monthly rates per currency; a date outside the table uses its nearest month."""

    def __init__(self, rates: dict[str, dict[str, Rate]], source: str):
        self._rates = rates
        self._months = {currency: sorted(months) for currency, months in rates.items()}
        self.source = source

    @classmethod
    def load(cls, path: Path | None = None) -> "FxTable":
        path = path or data_dir() / "fx" / FX_FILE
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as e:
            raise WarchestError(str(path), f"cannot read the FX table: {e.strerror or e}") from None
        notes = [line.lstrip("# ").rstrip() for line in lines if line.startswith("#")]
        rates: dict[str, dict[str, Rate]] = {}
        for n, row in enumerate(csv.DictReader(line for line in lines if not line.startswith("#")), start=2):
            try:
                rate = Rate(row["currency"], row["month"], Decimal(row["per_usd"]), row["basis"])
            except (KeyError, TypeError, InvalidOperation):
                raise WarchestError(str(path), f"malformed row {n}: {row}") from None
            rates.setdefault(rate.currency, {})[rate.month] = rate
        return cls(rates, " ".join(notes))

    def currencies(self) -> tuple[str, ...]:
        return ("USD", *sorted(self._rates))

    def rate(self, currency: str, day: str | None) -> Rate | None:
        """The rate for ``currency`` in the month of ``day`` (YYYY, YYYY-MM or YYYY-MM-DD).

        None for a currency the table lacks, and for USD itself. Without a day
        (or with only a year) the latest month of that year, or of the table, is used.
        """
        months = self._rates.get(currency)
        if not months:
            return None
        keys = self._months[currency]
        if day is None:
            return months[keys[-1]]
        month = day[:7] if len(day) >= 7 else max((k for k in keys if k.startswith(day[:4])), default=f"{day[:4]}-12")
        if month in months:
            return months[month]
        return months[keys[0]] if month < keys[0] else months[keys[-1]]

    def to_usd(self, value: Decimal, currency: str, day: str | None) -> Decimal | None:
        """``value`` in US dollars at the rate of ``day``; None when the currency is unknown."""
        if currency == "USD":
            return value
        rate = self.rate(currency, day)
        return None if rate is None else value / rate.per_usd

    def from_usd(self, usd: Decimal, currency: str, day: str | None) -> Decimal | None:
        if currency == "USD":
            return usd
        rate = self.rate(currency, day)
        return None if rate is None else usd * rate.per_usd


@lru_cache(maxsize=1)
def default_fx() -> FxTable:
    return FxTable.load()
