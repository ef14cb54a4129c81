"""Money, counts, percents and multiples in running text, and digits that are none of these."""

from __future__ import annotations

from decimal import Decimal

import pytest

from warchest.model import Amount, Quantity
from warchest.quantities import find_quantities


def amounts(text: str) -> list[Amount]:
    return [q for q in find_quantities(text, "2024-03-28") if isinstance(q, Amount)]


def kinds(text: str) -> list[tuple[str, str]]:
    return [(type(q).__name__ if not isinstance(q, Quantity) else q.kind, q.text) for q in find_quantities(text, "2024-03-28")]


def test_conversion_is_attached_and_not_listed_again():
    text = "나머지 27억5000만 달러(약 3조 7100억원)를 앤스로픽에 넣었다."
    (a,) = amounts(text)
    assert (a.text, a.value, a.currency) == ("27억5000만 달러", Decimal(2750000000), "USD")
    c = a.converted
    assert (c.text, c.value, c.currency, c.approx) == ("약 3조 7100억원", Decimal(3710000000000), "KRW", True)
    assert text[c.start : c.end] == c.text and a.end < c.start


def test_english_conversion_with_a_hedge_inside():
    (a,) = amounts("Meta offered about $800 million (roughly 1.2 trillion won) for the company.")
    assert a.approx and a.value == 800_000_000 and a.converted.currency == "KRW" and a.converted.approx


def test_conversion_with_a_currency_word_inside_the_parenthesis():
    (a,) = amounts("xAI는 40억 달러(한화 약 5조6000억원 규모)를 유치했다.")
    assert a.text == "40억 달러" and (a.converted.value, a.converted.currency) == (5_600_000_000_000, "KRW")


def test_a_bound_after_the_conversion_belongs_to_the_amount():
    (a,) = amounts("연봉은 100만 달러(약 13억9000만 원)를 넘는 경우가 흔하다.")
    assert a.bound == "over" and a.converted.bound is None and a.text.endswith("넘는")


def test_a_shared_prefix_bound_covers_a_listed_amount():
    first, second = amounts("앤스로픽은 아마존과 구글로부터 각각 최대 40억달러, 20억달러를 약속받았다.")
    assert (first.bound, second.bound) == ("up_to", "up_to")


def test_unrelated_amounts_do_not_share_a_bound():
    first, second = amounts("최대 40억 달러를 투자하기로 하고 12억5000만 달러를 먼저 집행했다.")
    assert (first.bound, second.bound) == ("up_to", None)


def test_from_to_is_a_change_not_a_range():
    found = amounts("Its valuation rose from $1 billion to $3 billion.")
    assert [(a.value, a.upper) for a in found] == [(1_000_000_000, None), (3_000_000_000, None)]


def test_ranges_share_the_high_end_unit():
    (a,) = amounts("Meta plans capex of $60-65 billion this year.")
    assert (a.value, a.upper, a.text) == (60_000_000_000, 65_000_000_000, "$60-65 billion")


def test_counts_for_layoffs():
    text = "MS는 6000여 명을 감원했다. 구글은 1만2000명을, 메타는 약 3600명을 내보냈다. It cut 3,600 jobs and at least seven researchers left."
    counts = [(q.value, q.unit, q.approx, q.bound) for q in find_quantities(text, "2024-03-28") if isinstance(q, Quantity)]
    assert counts == [
        (6000, "명", True, None),
        (12000, "명", False, None),
        (3600, "명", True, None),
        (3600, "jobs", False, None),
        (7, "researchers", False, "at_least"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "문의 02-1234-5678 또는 010-9876-5432",
        "https://news.example/articleView.html?idxno=241123017",
        "기사번호 idxno=241123017",
        "입력 2024.11.23 05:31",
        "오후 3시 21분에 발표",
        "제1조 제2항",
        "1. 첫째 항목",
        "GPT-4 출시, H100 칩",
        "클로드 3.5 소네트",
        "Llama 3.1 release",
        "구조 조정과 이번 조건",
        "수십억 달러, 수백 명",
        "하나은행과 이유로",
        "1위 2번째 3세대",
        "종목코드 (035720)",
    ],
)
def test_digits_that_are_not_money_or_counts(text):
    found = find_quantities(text, "2024-03-28")
    assert not [q for q in found if isinstance(q, Amount)], found
    assert not [q for q in found if isinstance(q, Quantity) and q.kind != "number"], found
    assert not [q for q in found if isinstance(q, Quantity) and q.value in (241123017, 5678, 1234, 35720, 3.5, 4)], found


def test_version_numbers_next_to_money_do_not_absorb_it():
    assert kinds("클로드 3.5 소네트를 공개하고 1억 달러를 투자받았다.") == [("Amount", "1억 달러")]


def test_percents_and_multiples():
    assert kinds("지분 49%를 확보했고 기업가치는 4.5배로, 매출은 세 배 가까이 늘었다. Revenue tripled, up 12 percent.") == [
        ("percent", "49%"),
        ("multiple", "4.5배"),
        ("multiple", "세 배 가까이"),
        ("multiple", "tripled"),
        ("percent", "12 percent"),
    ]


def test_spans_are_exact_and_sorted():
    text = "SK텔레콤은 지난해 8월 앤스로픽에 1억 달러(약 1300억 원)를 투자했고 올해 6월에는 1000만 달러를 넣었다."
    found = find_quantities(text, "2024-09-30")
    assert [q.start for q in found] == sorted(q.start for q in found)
    assert all(text[q.start : q.end] == q.text for q in found)


def test_a_glued_minus_sign_is_negative_but_a_range_dash_is_not():
    assert kinds("매출은 -2.1%, 이익은 10-20% 늘었다") == [("percent", "-2.1%"), ("percent", "10-20%")]
    assert [q.value for q in find_quantities("매출은 -2.1%, 이익은 10-20% 늘었다")] == [Decimal("-2.1"), 10]
