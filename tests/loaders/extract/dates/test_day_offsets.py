"""A count of days off a date names one day (sentences written for these tests; anchor Wednesday 5 March 2025)."""

import pytest

from eastflank.loaders.extract.dates import PartialDate, tag_dates

WEDNESDAY = PartialDate(2025, 3, 5)


@pytest.mark.parametrize(
    "text, want",
    [
        ("The day before last Friday's vote, the minister resigned.", [("The day before last Friday", "2025-02-27")]),
        ("Two days after Christmas the harbour froze.", [("Two days after Christmas", "2024-12-27")]),
        ("The fleet sailed the day after Feb. 28.", [("the day after Feb. 28", "2025-03-01")]),
        ("Ten days before March 20 the lease ends.", [("Ten days before March 20", "2025-03-10")]),
    ],
)
def test_a_count_of_days_moves_the_date_it_opens(text: str, want: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in tag_dates(text, WEDNESDAY)] == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("In the days before Christmas the harbour froze.", ["Christmas"]),
        ("Two days after the 1990s began, nothing changed.", ["the 1990s"]),
        ("The talks lasted two days after a pause in May.", ["two days", "May"]),
    ],
)
def test_only_a_day_is_moved_and_only_by_a_count_right_before_it(text: str, want: list[str]) -> None:
    assert [e.text for e in tag_dates(text, WEDNESDAY)] == want
