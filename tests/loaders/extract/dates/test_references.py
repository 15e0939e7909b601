"""The present named without a date: "current" as TimeML reads it, and "Now," that turns an argument (sentences
written for these tests)."""

import pytest

from eastflank.loaders.extract.dates import PartialDate, tag_dates

ANCHOR = PartialDate(2024, 9, 18)


@pytest.mark.parametrize(
    "text, want",
    [
        ("Under current plans the battalion stays until spring.", [("current", "PRESENT_REF"), ("spring", "2025-SP")]),
        ("The country runs a current account deficit.", []),
        ("Now, the minister argues, the border is safer.", []),
        ("Now engineers are repairing the runway.", [("Now", "PRESENT_REF")]),
        ("The depot is now, by all accounts, full.", [("now", "PRESENT_REF")]),
    ],
)
def test_present_references(text: str, want: list[tuple[str, str]]) -> None:
    got = [(e.text, e.timex_value) for e in tag_dates(text, ANCHOR)]
    assert got == want, got


def test_current_anchors_no_event() -> None:
    (got,) = tag_dates("Current stocks of shells are low.", ANCHOR)
    assert (got.timex_type, got.timex_value, got.anchors_events) == ("DATE", "PRESENT_REF", False), got


@pytest.mark.parametrize(
    "text, want",
    [
        ("The ferry line closed several years ago.", [("several years ago", "PAST_REF", False)]),
        ("A few months ago the mill still ran two shifts.", [("A few months ago", "PAST_REF", False)]),
        ("Weeks ago the river was already high.", [("Weeks ago", "PAST_REF", False)]),
        ("The bridge opened three years ago.", [("three years ago", "2021", True)]),
    ],
)
def test_a_past_the_words_do_not_count_is_past_ref(text: str, want: list[tuple[str, str, bool]]) -> None:
    got = [(e.text, e.timex_value, e.anchors_events) for e in tag_dates(text, ANCHOR)]
    assert got == want, got


@pytest.mark.parametrize(
    "text, want",
    [
        ("The corridor will one day link the two ports.", [("one day", "DATE", "FUTURE_REF")]),
        ("Cadets hope they one day command a frigate.", [("one day", "DATE", "FUTURE_REF")]),
        ("The crossing will stay shut one day.", [("one day", "DURATION", "P1D")]),
        ("The ferry will one day later resume.", [("one day later", "DATE", "2025-03-06")]),
    ],
)
def test_one_day_after_a_modal_is_the_future(text: str, want: list[tuple[str, str, str]]) -> None:
    got = [(e.text, e.timex_type, e.timex_value) for e in tag_dates(text, PartialDate(2025, 3, 5))]
    assert got == want, got
