"""The dated FX table: complete months, a recorded source, nearest-month lookup."""

from __future__ import annotations

from decimal import Decimal

import pytest

from warchest.errors import WarchestError
from warchest.store.fx import FxTable, default_fx


def test_the_table_covers_every_month_of_the_main_currencies():
    fx = default_fx()
    assert {"USD", "KRW", "EUR", "JPY", "CNY", "GBP"} <= set(fx.currencies())
    months = [f"{y}-{m:02d}" for y in range(2022, 2027) for m in range(1, 13)][:58]  # 2022-01 .. 2026-10
    for currency in ("KRW", "EUR", "JPY", "CNY", "GBP"):
        assert [fx.rate(currency, month).month for month in months] == months
    assert "Bank of Korea" in fx.source and "European Central Bank" in fx.source


def test_rates_are_those_of_the_month_and_plausible():
    fx = default_fx()
    krw = fx.rate("KRW", "2024-11-22")
    assert (krw.month, krw.basis) == ("2024-11", "observed") and 1300 < krw.per_usd < 1500
    assert Decimal("0.85") < fx.rate("EUR", "2024-06").per_usd < Decimal("0.97")
    assert fx.to_usd(Decimal(1394), "KRW", "2024-11") == 1
    assert fx.rate("KRW", "2026-10").basis == "carried"
    assert fx.rate("KRW", "2019-05").month == "2022-01"  # before the table: its first month
    assert fx.rate("XYZ", "2024-01") is None and fx.to_usd(Decimal(5), "USD", None) == 5


def test_a_malformed_table_is_an_error_naming_the_file(tmp_path):
    path = tmp_path / "fx.csv"
    path.write_text("# source: test\nmonth,currency,per_usd,basis\n2024-01,KRW,lots,observed\n")
    with pytest.raises(WarchestError) as e:
        FxTable.load(path)
    assert e.value.source == str(path)
    with pytest.raises(WarchestError):
        FxTable.load(tmp_path / "missing.csv")
