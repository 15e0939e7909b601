"""Centuries, decades in words, fiscal years and holidays (sentences written for these tests)."""

from datetime import date

import pytest

from eastflank.loaders.extract.dates import PartialDate, tag_dates, tag_document
from eastflank.loaders.extract.dates.holidays import easter

FRIDAY = PartialDate(2025, 1, 10)


def timex(text: str, anchor: PartialDate = FRIDAY) -> list[tuple[str, str | None]]:
    return [(e.text, e.timex_value) for e in tag_dates(text, anchor)]


@pytest.mark.parametrize(
    "text, want",
    [
        ("The fort dates from the 14th century.", [("the 14th century", "13")]),
        ("It was the worst flood of this century.", [("this century", "20")]),
        ("A ninth century chapel stands on the hill.", [("ninth century", "08")]),
        ("Shipbuilding boomed in the late seventies.", [("the late seventies", "197")]),
        ("The port was rebuilt in the '60s.", [("the '60s", "196")]),
        ("The admiral, who is in his sixties, retired.", []),
        ("He sailed in the 1980s and early '90s.", [("the 1980s", "198"), ("early '90s", "199")]),
        ("Music of '60s bands filled the hall.", [("'60s", "196")]),
    ],
)
def test_centuries_and_decades_in_words(text: str, want: list[tuple[str, str]]) -> None:
    assert timex(text) == want


def test_a_decade_in_words_is_the_latest_begun() -> None:
    assert timex("Fuel prices climbed through the twenties.") == [("the twenties", "202")]


def test_a_fiscal_year_keeps_its_word() -> None:
    assert timex("In fiscal 2023 the yard delivered four hulls.") == [("fiscal 2023", "2023")]


def test_easter_follows_the_computus() -> None:
    assert [easter(year) for year in (2019, 2024, 2025)] == [date(2019, 4, 21), date(2024, 3, 31), date(2025, 4, 20)]


@pytest.mark.parametrize(
    "text, want",
    [
        ("The ceasefire held over Christmas.", [("Christmas", "2024-12-25")]),
        ("Talks will resume after Easter.", [("Easter", "2025-04-20")]),
        ("The ferry will not run on Good Friday.", [("Good Friday", "2025-04-18")]),
        ("Troops were home for Thanksgiving Day.", [("Thanksgiving Day", "2024-11-28")]),
        ("The border closed on New Year's Eve 2019.", [("New Year's Eve 2019", "2019-12-31")]),
        ("Pilgrims crowded the town in Easter week.", [("Easter week", "2024-W13")]),
        ("Last Christmas the port was quiet.", [("Last Christmas", "2024-12-25")]),
    ],
)
def test_holidays_by_year_step_or_tense(text: str, want: list[tuple[str, str]]) -> None:
    assert timex(text) == want


def test_a_holiday_against_a_year_is_that_years() -> None:
    assert timex("The market reopened after Christmas.", PartialDate(2023)) == [("Christmas", "2023-12-25")]


def test_a_holiday_week_under_way_is_this_years() -> None:
    got = timex("Pilgrims crowded the town during Easter week.", PartialDate(2025, 4, 15))
    assert got == [("Easter week", "2025-W16")], got


@pytest.mark.parametrize(
    "text, want",
    [
        ("Orthodox Easter 2023 was quiet.", [("Orthodox Easter 2023", "2023-04-16")]),
        ("Pilgrims crowded the monastery at Orthodox Easter.", [("Orthodox Easter", "2024-05-05")]),
        ("Churches in Balti will be full next Orthodox Easter.", [("next Orthodox Easter", "2025-04-20")]),
        ("Shops were shut over Orthodox Christmas.", [("Orthodox Christmas", "2025-01-07")]),
    ],
)
def test_orthodox_holidays_keep_the_julian_church_calendar(text: str, want: list[tuple[str, str]]) -> None:
    got = [(e.text, e.timex_value) for e in tag_dates(text, PartialDate(2025, 3, 5))]
    assert got == want, got


def test_a_decade_is_no_year_to_count_from() -> None:
    """ "The 1990s" names no year, so "later that year" in the next sentence is not 1990."""
    got = [
        (e.text, e.timex_value, e.anchor)
        for e in tag_dates("Trade grew in the 1990s. Later that year the port reopened.", PartialDate(2025, 3, 5))
    ]
    assert got == [("the 1990s", "199", "absolute"), ("that year", "2025", "publication")], got


@pytest.mark.parametrize(
    "paragraphs, want",
    [
        (["The navy will double by the end of the decade."], [("the end of the decade", "202")]),
        (["Ports grew this decade."], [("this decade", "202")]),
        (
            ["In 1995 the yard closed. By the end of the decade it had reopened."],
            [("1995", "1995"), ("the end of the decade", "199")],
        ),
        (["Fuel prices rose in the last decade."], [("the last decade", "201")]),
        (["The fleet will be renewed over the next decade."], [("the next decade", "203")]),
    ],
)
def test_a_decade_named_by_its_place_in_time(paragraphs: list[str], want: list[tuple[str, str]]) -> None:
    got = [(e.text, e.timex_value) for found in tag_document(paragraphs, PartialDate(2025, 3, 5)) for e in found]
    assert got == want, got
