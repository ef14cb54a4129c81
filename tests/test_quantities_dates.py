"""Date resolution: the decisions documented in warchest.quantities.dates."""

from __future__ import annotations

import pytest

from warchest.model import When
from warchest.quantities import find_dates, find_quantities


def dates(text: str, published: str | None = "2024-03-28") -> list[tuple[str, str | None, str]]:
    return [(d.text, d.value, d.precision) for d in find_dates(text, published)]


def test_ko_news_sentence_dates_resolve_against_publication():
    text = "아마존이 22일(현지시간) 앤스로픽에 40억 달러를 추가로 투자한다고 발표했다. 아마존은 지난해 9월 최대 40억 달러를 약속했다."
    assert dates(text, "2024-11-23") == [
        ("22일(현지시간)", "2024-11-22", "day"),
        ("지난해 9월", "2023-09", "month"),
    ]


def test_this_day_takes_the_last_explicit_day_not_publication():
    text = "메타는 지난 13일 감원을 발표했다. 이날 주가는 올랐다. 전날에는 소문이 돌았다."
    assert dates(text, "2025-09-20")[1:] == [("이날", "2025-09-13", "day"), ("전날", "2025-09-12", "day")]


def test_this_day_without_an_earlier_day_is_the_publication_day():
    assert dates("이날 발표했다.", "2025-09-20") == [("이날", "2025-09-20", "day")]


def test_same_year_and_at_the_time_follow_the_context():
    text = "미스트랄AI는 지난해 6월 시드 투자를 받았고, 같은 해 12월에는 시리즈A를 유치했다. 당시 기업가치는 20억 달러였다."
    assert dates(text, "2024-06-12") == [
        ("지난해 6월", "2023-06", "month"),
        ("같은 해 12월", "2023-12", "month"),
        ("당시", "2023-12", "month"),
    ]


def test_english_wire_dateline_weekday_and_relative_counts():
    text = "SAN FRANCISCO, Sept 24 (Wire) - On Monday, Nvidia said it would invest. Four days earlier, it bought Intel stock."
    assert dates(text, "2025-09-24") == [
        ("Sept 24", "2025-09-24", "day"),
        ("Monday", "2025-09-22", "day"),
        ("Four days earlier", "2025-09-18", "day"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [("on Thursday", "2024-03-28"), ("last Thursday", "2024-03-21"), ("next Thursday", "2024-04-04"),
     ("지난 목요일", "2024-03-21"), ("수요일(현지시간)", "2024-03-27")],
)  # fmt: skip
def test_weekdays_on_or_before_strictly_before_or_after(text, value):
    assert dates(text)[0][1] == value


def test_day_after_the_publication_day_falls_in_the_previous_month():
    assert dates("29일", "2024-03-28") == [("29일", "2024-02-29", "day")]
    assert dates("오는 29일", "2024-03-28") == [("오는 29일", "2024-03-29", "day")]


def test_month_day_without_year_allows_a_near_schedule():
    assert dates("The final is on Oct 20.", "2025-10-12") == [("Oct 20", "2025-10-20", "day")]
    assert dates("It closed on Dec. 20.", "2025-10-12") == [("Dec. 20", "2024-12-20", "day")]


def test_periods_inside_a_unit_keep_its_precision():
    assert dates("올해 초, 이달 말, 지난해 4분기, early this year, mid-2022") == [
        ("올해 초", "2024", "year"),
        ("이달 말", "2024-03", "month"),
        ("지난해 4분기", "2023", "year"),
        ("early this year", "2024", "year"),
        ("mid-2022", "2022", "year"),
    ]


def test_relative_dates_without_publication_keep_precision_and_no_value():
    assert dates("지난달 그리고 2021년 그리고 22일(현지시간)", None) == [
        ("지난달", None, "month"),
        ("2021년", "2021", "year"),
        ("22일(현지시간)", None, "day"),
    ]


def test_durations_and_decades_are_not_dates():
    assert dates("설립 두 달 만에 5년간 30일 동안 1990년대 3일간") == []


def test_years_that_count_things_are_numbers():
    found = find_quantities("In 2019 it had 2000 employees.", "2024-03-28")
    assert [(type(q).__name__, q.text) for q in found] == [("When", "2019"), ("Quantity", "2000")]


def test_prepositions_stay_out_of_the_span():
    (when,) = find_dates("founded in 2021", "2024-03-28")
    assert isinstance(when, When) and when.text == "2021" and "founded in 2021"[when.start : when.end] == "2021"


def test_publication_timestamp_or_unreadable_metadata():
    assert dates("지난달", "2024-03-28T15:21:00+09:00") == [("지난달", "2024-02", "month")]
    assert dates("지난달 2021년", "March 28, 2024") == [("지난달", None, "month"), ("2021년", "2021", "year")]


def test_english_ordinal_days_and_named_weeks():
    assert dates("on the 27th and the 27th of March; 지난주 수요일, 지난 수요일") == [
        ("the 27th", "2024-03-27", "day"),
        ("the 27th of March", "2024-03-27", "day"),
        ("지난주 수요일", "2024-03-20", "day"),
        ("지난 수요일", "2024-03-27", "day"),
    ]
