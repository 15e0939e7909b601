"""Uncounted times: lengths before "later", "-long" compounds, "the weeks ahead", "a later date"
(sentences written for these tests)."""

import pytest

from eastflank.loaders.extract.dates import PartialDate, tag_dates

ANCHOR = PartialDate(2025, 3, 5)


def tagged(text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.timex_type, e.timex_value) for e in tag_dates(text, ANCHOR)]


@pytest.mark.parametrize(
    "text, want",
    [
        ("The frigate docked in Constanta. A few days later it sailed north.", [("A few days", "DURATION", "PXD")]),
        ("Weeks later, the ministry published the review.", [("Weeks", "DURATION", "PXW")]),
        ("Several months earlier the brigade had moved east.", [("Several months", "DURATION", "PXM")]),
        ("The convoy left at dawn and hours afterwards reached the border.", [("hours", "DURATION", "PTXH")]),
    ],
)
def test_an_uncounted_length_before_later_is_a_duration_without_the_signal(
    text: str, want: list[tuple[str, str, str]]
) -> None:
    assert tagged(text) == want, tagged(text)


def test_a_counted_length_before_later_stays_a_date() -> None:
    got = tagged("The mission opened on 3 May 2024. Two days later the first patrol left.")
    assert got == [("3 May 2024", "DATE", "2024-05-03"), ("Two days later", "DATE", "2024-05-05")], got


@pytest.mark.parametrize(
    "text, want",
    [
        ("Engineers held a week-long drill near Cahul.", [("week-long", "DURATION", "P1W")]),
        ("The talks ended a decades-long dispute over the border.", [("decades-long", "DURATION", "PXDE")]),
        ("After a two-year-long pause the exercise resumed.", [("two-year", "DURATION", "P2Y")]),
        ("Both sides prefer a long-term plan and lifelong ties.", []),
    ],
)
def test_a_long_compound_is_its_unit_once_or_uncounted(text: str, want: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == want, tagged(text)


@pytest.mark.parametrize(
    "text, want",
    [
        ("Officials expect more arrivals in the weeks ahead.", [("the weeks ahead", "DURATION", "PXW")]),
        ("The vote was put off until a later date.", [("a later date", "DATE", "FUTURE_REF")]),
        ("The road ahead is long.", []),
    ],
)
def test_the_stretch_ahead_and_a_later_date(text: str, want: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == want, tagged(text)


def test_no_vague_time_dates_an_event_row() -> None:
    """A length or the future has no calendar value, so nothing here can date an event."""
    found = tag_dates("A few days later, after a week-long drill, talks moved to a later date.", ANCHOR)
    assert [e.text for e in found] == ["A few days", "week-long", "a later date"], found
    assert not any(e.anchors_events for e in found), found


@pytest.mark.parametrize(
    "text, want",
    [
        ("The talks were held the day before yesterday.", [("the day before yesterday", "DATE", "2025-03-03")]),
        ("The vote is due the day after tomorrow.", [("the day after tomorrow", "DATE", "2025-03-07")]),
    ],
)
def test_two_days_from_the_day_of_writing(text: str, want: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == want, tagged(text)


def test_a_part_of_the_day_the_story_tells_of() -> None:
    got = tagged(
        "The delegation landed in Iasi on 3 May 2024. That night it met the mayor and the next morning the governor."
    )
    assert got == [
        ("3 May 2024", "DATE", "2024-05-03"),
        ("That night", "TIME", "2024-05-03TNI"),
        ("the next morning", "TIME", "2024-05-04TMO"),
    ], got
    got = tagged("The delegation landed in Iasi on 3 May 2024. The previous evening it had called the embassy.")
    assert got == [("3 May 2024", "DATE", "2024-05-03"), ("The previous evening", "TIME", "2024-05-02TEV")], got


def test_earlier_in_the_day_needs_a_day_to_be_in() -> None:
    """A year is no day: after one, "earlier in the day" is the day of writing, not the year."""
    got = tagged("The brigade has trained there since 2009. Earlier in the day, the minister met the commander.")
    assert got == [("2009", "DATE", "2009"), ("Earlier in the day", "DATE", "2025-03-05")], got
    got = tagged("The brigade arrived on 3 May 2024. Later in the day it crossed the river.")
    assert got == [("3 May 2024", "DATE", "2024-05-03"), ("Later in the day", "DATE", "2024-05-03")], got


@pytest.mark.parametrize(
    "text, want",
    [
        ("The second battalion rotates in two weeks from now.", [("two weeks from now", "DATE", "2025-W12")]),
        ("The base should be ready in a year's time.", [("a year's time", "DATE", "2026")]),
        ("In three months' time the observers leave.", [("three months' time", "DATE", "2025-06")]),
        ("The office opened a year and a half ago.", [("a year and a half ago", "DATE", "2023-09")]),
        ("Two and a half years ago the pipeline was finished.", [("Two and a half years ago", "DATE", "2022-09")]),
    ],
)
def test_counted_from_the_day_of_writing_forward_and_by_halves(text: str, want: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == want, tagged(text)
