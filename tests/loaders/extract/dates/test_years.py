"""A lone four-digit number is a year where the word before it says so (sentences written for these tests)."""

import pytest

from eastflank.loaders.extract.dates import PartialDate, tag_dates

ANCHOR = PartialDate(2025, 3, 5)


@pytest.mark.parametrize(
    "text, want",
    [
        ("A 2017 agreement lets allied jets use the airfield.", ["2017"]),
        ("That 2008 summit promised them membership.", ["2008"]),
        ("The notes are due 2031 and pay a fixed coupon.", ["2031"]),
        ("The ministry set aside more money for 2026.", ["2026"]),
        ("Spending will keep rising into 2027.", ["2027"]),
        ("The brigade sent 2000 troops to the border.", []),
        ("The index rose to 2150.5 points.", []),
    ],
)
def test_a_bare_year_after_a_determiner_or_preposition(text: str, want: list[str]) -> None:
    got = [e.timex_value for e in tag_dates(text, ANCHOR)]
    assert got == want, got


@pytest.mark.parametrize(
    "text, want",
    [
        ("The harbour fort was built in 1764 and rebuilt later.", ["1764"]),
        ("Since 1815, the border has not moved.", ["1815"]),
        ("The canal opened in 1869.", ["1869"]),
        ("Floods reached water in 1200 homes.", []),
        ("The index closed at 1462.93, up from 1401.2.", []),
        ("Tickets sold out at 1850 seats.", []),
    ],
)
def test_a_year_before_1900_only_after_in_or_since(text: str, want: list[str]) -> None:
    got = [e.timex_value for e in tag_dates(text, ANCHOR)]
    assert got == want, got
