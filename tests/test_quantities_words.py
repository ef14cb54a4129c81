"""Numeral syllables that belong to a word or particle, and the date forms of news
schedules: forecasts, day ranges and two-digit years."""

from __future__ import annotations

import pytest

from warchest.model import Amount, Quantity
from warchest.quantities import find_dates, find_quantities


def figures(text: str) -> list[tuple[str, str, int]]:
    """(kind, text, value) of every money amount and count in ``text``, dates left out."""
    found = find_quantities(text, "2024-03-28")
    return [("money" if isinstance(q, Amount) else q.kind, q.text, int(q.value))
            for q in found if isinstance(q, (Amount, Quantity))]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("텍사스 공장에서만 2340명을 새로 뽑는다", ("number", "2340명", 2340)),
        ("그만큼 450명이 자리를 옮겼다", ("number", "450명", 450)),
        ("두 회사만이 3200억원을 써냈다", ("money", "3200억원", 320000000000)),
        ("중견기업만 1500억원을 배정받았다", ("money", "1500억원", 150000000000)),
        ("구조 개편으로 인력 구조 800명을 줄인다", ("number", "800명", 800)),
        ("반도체 부문만2000억원을 투입한다", ("money", "2000억원", 200000000000)),
    ],
)
def test_numeral_syllables_of_a_word_do_not_join_the_figure(text, want):
    assert want in figures(text)
    assert all(value == want[2] or kind != want[0] for kind, _, value in figures(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [("1만 2000명", 12000), ("이만 오천 명", 25000), ("3조 4000억 원", 3400000000000), ("만 명", 10000)],
)
def test_numbers_spelled_across_a_space_still_join(text, value):
    assert [v for _, _, v in figures(text)] == [value]


def dates(text: str, published: str = "2024-03-28") -> list[tuple[str, str | None, str]]:
    return [(d.text, d.value, d.precision) for d in find_dates(text, published)]


@pytest.mark.parametrize(
    "text",
    [
        "퓨리오사AI는 29일 새 칩을 공개할 예정이다.",
        "카카오는 29일 판교에서 개발자 행사를 연다.",
        "리벨리온은 30일 합병안을 의결한다고 밝혔다.",
        "The startup will open its Seoul office on the 29th.",
        "Shareholders are scheduled to vote on the 30th.",
    ],
)
def test_a_forecast_day_after_publication_is_this_month(text):
    assert dates(text)[0][1] in ("2024-03-29", "2024-03-30")


@pytest.mark.parametrize(
    "text",
    ["카카오는 29일 신규 서비스를 출시했다.", "업스테이지는 29일 투자 유치를 마쳤다고 밝혔다."],
)
def test_a_past_event_on_a_later_day_is_last_month(text):
    assert dates(text)[0][1] == "2024-02-29"


def test_a_particle_ending_in_oneun_is_not_the_word_for_coming():
    assert dates("카카오는 29일 서비스를 종료했다.")[0] == ("29일", "2024-02-29", "day")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("3월 27~28일 서울에서 열린 행사", ("3월 27~28일", "2024-03-27", "day")),
        ("지난해 11월 3-5일 전시회", ("지난해 11월 3-5일", "2023-11-03", "day")),
        ("25∼26일(현지시간) 회의", ("25∼26일(현지시간)", "2024-03-25", "day")),
        ("the March 11-12 summit", ("March 11-12", "2024-03-11", "day")),
        ("held on Feb. 6–8, 2023 in Paris", ("Feb. 6–8, 2023", "2023-02-06", "day")),
    ],
)
def test_a_day_range_is_one_date_at_its_first_day(text, want):
    assert dates(text) == [want]
    assert not figures(text)


def test_a_range_running_backwards_is_not_a_date_range():
    assert all(d[0] != "28~27일" for d in dates("28~27일"))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("'24년 매출", ("'24년", "2024", "year")),
        ("’23년 말 출시", ("’23년 말", "2023", "year")),
        ("24년 3월 상장", ("24년 3월", "2024-03", "month")),
        ("25년 1월 9일 발표", ("25년 1월 9일", "2025-01-09", "day")),
        ("'97년 외환위기", ("'97년", "1997", "year")),
    ],
)
def test_two_digit_years(text, want):
    assert dates(text) == [want]


@pytest.mark.parametrize("text", ["설립 24년 만에 상장", "24년간 근무한 임원", "창사 30년 된 회사"])
def test_two_digits_before_nyeon_alone_count_years(text):
    assert dates(text) == []
