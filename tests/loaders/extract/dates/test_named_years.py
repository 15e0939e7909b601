"""A month or unit of a year named by "this", "last", "next" or "current" (sentences written for these tests)."""

import pytest

from eastflank.loaders.extract.dates import PartialDate, tag_dates


@pytest.mark.parametrize(
    "text, want",
    [
        ("In February this year the ferry line was sold.", ("February this year", "2025-02")),
        ("The dam burst in July last year.", ("July last year", "2024-07")),
        ("Elections are due in May of next year.", ("May of next year", "2026-05")),
        ("Sales in the current fiscal year should rise.", ("the current fiscal year", "2025")),
    ],
)
def test_a_month_or_unit_of_a_named_year(text: str, want: tuple[str, str]) -> None:
    got = [(e.text, e.timex_value) for e in tag_dates(text, PartialDate(2025, 10, 30))]
    assert got == [want], got


@pytest.mark.parametrize(
    "text, want",
    [
        ("For the year, the ferry company carried fewer cars.", [("the year", "DATE", "2025")]),
        ("The brewer expects a loss for the full year.", [("the full year", "DATE", "2025")]),
        (
            "Output slowed in the last three months of the year.",
            [("the last three months", "DURATION", "P3M"), ("the year", "DATE", "2025")],
        ),
        (
            "Revenue for the year ended June 30 was flat.",
            [("the year", "DURATION", "P1Y"), ("June 30", "DATE", "2025-06-30")],
        ),
        ("Prices held steady throughout the year.", [("the year", "DURATION", "P1Y")]),
        ("She was named person of the year.", []),
    ],
)
def test_the_year_of_a_report_and_a_year_that_is_measured(text: str, want: list[tuple[str, str, str]]) -> None:
    got = [(e.text, e.timex_type, e.timex_value) for e in tag_dates(text, PartialDate(2025, 10, 30))]
    assert got == want, got


@pytest.mark.parametrize(
    "text, want",
    [
        ("The merger should close by year-end.", [("year-end", "2025", "end")]),
        ("The index has gained 4% since year-end.", [("year-end", "2024", "end")]),
        ("The shipyard expects the hull by the end of the month.", [("the end of the month", "2025-10", "end")]),
        ("Flights were cancelled earlier in the year.", [("earlier in the year", "2025", None)]),
    ],
)
def test_the_end_of_the_year_and_earlier_in_it(text: str, want: list[tuple[str, str, str | None]]) -> None:
    got = [(e.text, e.timex_value, e.modifier) for e in tag_dates(text, PartialDate(2025, 10, 30))]
    assert got == want, got


def test_that_same_day_and_that_week_refer_back() -> None:
    text = "The bridge reopened on May 6, 2024. Traffic doubled that same day, and that week the tolls rose."
    got = [(e.text, e.timex_value) for e in tag_dates(text, PartialDate(2025, 10, 30))]
    assert got == [("May 6, 2024", "2024-05-06"), ("that same day", "2024-05-06"), ("that week", "2024-W19")], got


@pytest.mark.parametrize(
    "text, want",
    [
        ("He came in the fall of 2008 and left the following spring.", ("the following spring", "2009-SP")),
        ("He came in 2008 and left the next summer.", ("the next summer", "2009-SU")),
        ("He came in June 2008; the previous winter had been hard.", ("the previous winter", "2007-WI")),
        ("He came in May 2008 and left that summer.", ("that summer", "2008-SU")),
    ],
)
def test_a_season_counted_from_the_date_told_before(text: str, want: tuple[str, str]) -> None:
    """Not from the day of writing, as "next summer" without its article is."""
    got = [(e.text, e.timex_value) for e in tag_dates(text, PartialDate(2025, 10, 30))][-1]
    assert got == want, got


@pytest.mark.parametrize(
    "text, anchor, want",
    [
        ("This winter's storms cost the region dearly.", PartialDate(2013, 3, 20), "2012-WI"),
        ("This winter's storms cost the region dearly.", PartialDate(2013, 10, 20), "2013-WI"),
        ("This winter was mild.", PartialDate(2013, 6, 20), "2012-WI"),
        ("This spring the talks stalled.", PartialDate(2013, 10, 20), "2013-SP"),
        ("Protesters vowed to march this summer.", PartialDate(2013, 3, 20), "2013-SU"),
    ],
)
def test_this_winter_is_the_nearest_one(text: str, anchor: PartialDate, want: str) -> None:
    """A winter spans two years, so "this" year's does not say which; said in March it is the one just over.
    Another season is the anchor year's, whatever the tense."""
    (got,) = tag_dates(text, anchor)
    assert got.timex_value == want, got
