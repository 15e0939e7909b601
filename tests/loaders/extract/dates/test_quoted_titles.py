"""Time words inside a quoted title are no times; the same words elsewhere are (sentences written for these tests)."""

import pytest

from eastflank.loaders.extract.dates import PartialDate, tag_dates

ANCHOR = PartialDate(2025, 3, 5)


@pytest.mark.parametrize(
    "text",
    [
        'The minister told the talk show "Next Week Tonight" that the frigates would sail.',
        "The defence chief, speaking on the programme ``Sixty Minutes,'' said the drills went well.",
        'The ambassador appeared on "This Week With Anna Berg" to defend the treaty.',
        "Soldiers watched the western ``High Noon'' in the barracks.",
    ],
)
def test_a_time_word_in_a_quoted_title_is_no_time(text: str) -> None:
    assert [e.text for e in tag_dates(text, ANCHOR)] == []


@pytest.mark.parametrize(
    "text, want",
    [
        ('"This week we sail," the captain said.', ["This week"]),
        ('"Tomorrow," the captain said, "we sail."', ["Tomorrow"]),
        ("The programme aired this week on state television.", ["this week"]),
        ('Traders still speak of "Black Monday" in the port.', ["Monday"]),
        ('The captain said the ships sail "next week".', ["next week"]),
    ],
)
def test_time_words_outside_a_quoted_title_are_kept(text: str, want: list[str]) -> None:
    assert [e.text for e in tag_dates(text, ANCHOR)] == want
