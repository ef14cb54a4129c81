"""The publication date stated in an article's plain text."""

from __future__ import annotations

import pytest

from warchest.quantities import find_published


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("입력 2024.11.23 05:31 | 수정 2024.11.23 09:12\n본문", "2024-11-23T05:31"),
        ("수정 2024.11.24 10:00\n입력 2024.11.23 05:31", "2024-11-23T05:31"),
        ("기사입력 2024-03-28 오후 3:21  최종수정 2024-03-29 오전 9:00", "2024-03-28T15:21"),
        ("등록 2024년 03월 28일 15시 21분", "2024-03-28T15:21"),
        ("승인 2024.03.28 15:21:07", "2024-03-28T15:21"),
        ("송고시간2024-03-28 07:00", "2024-03-28T07:00"),
        ("입력 : 2024-03-28", "2024-03-28"),
        ("Published March 28, 2024 3:21 p.m. ET", "2024-03-28T15:21"),
        ("Posted on 28 March 2024", "2024-03-28"),
        ("Updated: 2024-03-29T10:00Z", "2024-03-29T10:00"),
        ("Published Thursday, March 28, 2024", "2024-03-28"),
        ("Updated 9:00 AM ET, Fri March 29, 2024 | Published 3:21 PM ET, Thu March 28, 2024", "2024-03-28T15:21"),
        ("SEOUL, June 4, 2024 /PRNewswire/ -- Twelve Labs today announced", "2024-06-04"),
        ("홍길동 기자 2024.03.28 15:21\n\n본문입니다.", "2024-03-28T15:21"),
    ],
)
def test_publication_stamps(text, published):
    assert find_published(text) == published


@pytest.mark.parametrize(
    "text",
    ["no date here 2024", "SEOUL, Nov 22 (Wire) - Amazon said", "아마존은 2024년 3월 27일 발표했다.", "입력 2024.13.45 05:31"],
)
def test_no_publication_stamp(text):
    assert find_published(text) is None
