"""Years said in words, as transcripts write them (sentences written for these tests)."""

import pytest

from eastflank.loaders.extract.dates import PartialDate, tag_dates

ANCHOR = PartialDate(2001, 6, 12)


@pytest.mark.parametrize(
    "text, want",
    [
        ("The garrison was rebuilt in nineteen ninety-six after the floods.", [("nineteen ninety-six", "1996")]),
        ("Tanks last crossed this bridge in nineteen eighty.", [("nineteen eighty", "1980")]),
        ("The treaty dates from nineteen twelve.", [("nineteen twelve", "1912")]),
        ("March nineteen ninety-nine. The alliance grows again.", [("March nineteen ninety-nine", "1999-03")]),
        ("He promised full employment by the year two thousand.", [("the year two thousand", "2000")]),
        ("Nineteen hundred sailors joined the fleet.", []),
        ("Two thousand soldiers paraded past the palace.", []),
    ],
)
def test_a_year_in_words(text: str, want: list[tuple[str, str]]) -> None:
    got = [(e.text, e.timex_value) for e in tag_dates(text, ANCHOR)]
    assert got == want, got


@pytest.mark.parametrize(
    "text, want",
    [
        ("Fuel ran short in the winter of nineteen ninety-four.", [("the winter of nineteen ninety-four", "1994-WI")]),
        ("The fleet sailed in spring nineteen eighty-two.", [("spring nineteen eighty-two", "1982-SP")]),
        ("Spring water froze in nineteen eighty.", [("nineteen eighty", "1980")]),
    ],
)
def test_a_season_before_a_year_in_words(text: str, want: list[tuple[str, str]]) -> None:
    got = [(e.text, e.timex_value) for e in tag_dates(text, ANCHOR)]
    assert got == want, got
