"""Durations: their span and what is no duration at all (sentences written for these tests)."""

import pytest

from eastflank.loaders.extract.dates import PartialDate, tag_dates

ANCHOR = PartialDate(2025, 3, 5)


@pytest.mark.parametrize(
    "text, want",
    [
        ("The pipeline will be repaired within a week.", [("a week", "P1W")]),
        ("Output fell over three months.", [("three months", "P3M")]),
        ("Parliament approved the ten-year programme.", [("ten-year", "P10Y")]),
        ("Exports grew in the first nine months.", [("the first nine months", "P9M")]),
        ("The lease costs $4 million a year.", []),
        ("The ferry adds 900 seats a week on the route.", []),
        ("The refit took a year.", [("a year", "P1Y")]),
    ],
)
def test_duration_spans_leave_out_signals_and_rates(text: str, want: list[tuple[str, str]]) -> None:
    got = [(e.text, e.timex_value) for e in tag_dates(text, ANCHOR)]
    assert got == want, got


@pytest.mark.parametrize(
    "text, want",
    [
        ("The siege lasted 2 1/2 years.", [("2 1/2 years", "P2Y6M")]),
        ("Divers searched for an hour and a half.", [("an hour and a half", "PT1H30M")]),
        ("Output should recover over the next three quarters.", [("the next three quarters", "P9M")]),
        ("Three quarters of the ships returned.", []),
    ],
)
def test_halves_and_quarters_as_iso_durations(text: str, want: list[tuple[str, str]]) -> None:
    got = [(e.text, e.timex_value) for e in tag_dates(text, PartialDate(2025, 3, 5))]
    assert got == want, got


def test_a_recurrence_of_quarters_keeps_its_quarter() -> None:
    got = [(e.text, e.timex_value) for e in tag_dates("The fund pays interest every quarter.", PartialDate(2025, 3, 5))]
    assert got == [("every quarter", "P1Q")], got


@pytest.mark.parametrize(
    "text, want",
    [
        ("Over the next couple of years the brigade will double.", [("the next couple of years", "DURATION", "P2Y")]),
        ("A couple of weeks ago the ferry resumed.", [("A couple of weeks ago", "DATE", "2025-W08")]),
        ("An hour and a half later the pier reopened.", [("An hour and a half", "DURATION", "PT1H30M")]),
        ("A year and a half ago the pier reopened.", [("A year and a half ago", "DATE", "2023-09")]),
        (
            "Net for the year-earlier nine months included a gain.",
            [("the year-earlier nine months", "DURATION", "P9M")],
        ),
        ("The fortress stood for two centuries.", [("two centuries", "DURATION", "P200Y")]),
        ("The fortress stood for centuries.", [("centuries", "DURATION", "PXCE")]),
    ],
)
def test_lengths_in_couples_halves_reporting_periods_and_centuries(text: str, want: list[tuple[str, str, str]]) -> None:
    got = [(e.text, e.timex_type, e.timex_value) for e in tag_dates(text, ANCHOR)]
    assert got == want, got


@pytest.mark.parametrize(
    "text, want",
    [
        ("Two hours later the pier reopened.", [("Two hours", "DURATION", "PT2H")]),
        ("An hour earlier the crew had left.", [("An hour", "DURATION", "PT1H")]),
        ("Twenty-five minutes later the alarm stopped.", [("Twenty-five minutes", "DURATION", "PT25M")]),
        ("Hours later the alarm stopped.", [("Hours", "DURATION", "PTXH")]),
        ("Two days later the pier reopened.", [("Two days later", "DATE", "2025-03-07")]),
    ],
)
def test_a_counted_clock_length_before_later_keeps_its_count(text: str, want: list[tuple[str, str, str]]) -> None:
    got = [(e.text, e.timex_type, e.timex_value) for e in tag_dates(text, ANCHOR)]
    assert got == want, got
