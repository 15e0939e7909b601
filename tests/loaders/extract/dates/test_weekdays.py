"""Weekdays resolved by the verb nearest them, on sentences written for these tests (anchor: Wednesday 5 March 2025)."""

import pytest

from eastflank.loaders.extract.dates import PartialDate, tag_dates

WEDNESDAY = PartialDate(2025, 3, 5)


@pytest.mark.parametrize(
    "text, want",
    [
        ("The regional court ruled Friday that the ferry contract stands.", "2025-02-28"),
        ("The minister landed in Tallinn Monday, and the talks will resume in April.", "2025-03-03"),
        ("Officials predicted Tuesday that the border crossing would reopen within weeks.", "2025-03-04"),
        ("The corvette is set to sail Friday from Gdynia.", "2025-03-07"),
        ("The delegation might arrive as soon as Saturday, the embassy said.", "2025-03-08"),
        ("Negotiators sought a compromise Monday.", "2025-03-03"),
        ("Ferries run again Friday.", "2025-03-07"),
        ("The blast happened just after 10 p.m. Saturday.", "2025-03-01"),
        ("The first round of voting is Sunday.", "2025-03-09"),
        ("Monday is a public holiday.", "2025-03-10"),
        ("The vote was Sunday.", "2025-03-02"),
    ],
)
def test_a_weekday_takes_the_week_its_own_verb_names(text: str, want: str) -> None:
    got = [e.value for e in tag_dates(text, WEDNESDAY) if e.text.endswith("day")]
    assert got == [want], got


def test_a_participle_before_a_noun_is_no_past_cue() -> None:
    got = [e.value for e in tag_dates("The drills planned for Friday go ahead.", WEDNESDAY)]
    assert got == ["2025-03-07"], got


@pytest.mark.parametrize(
    "text, anchor, want",
    [
        ("Over the weekend, the coalition partners met in Vilnius.", PartialDate(2025, 3, 10), "2025-W10-WE"),
        ("Ministers will gather in Riga this weekend.", PartialDate(2025, 3, 5), "2025-W10-WE"),
        ("The border posts were quiet last weekend.", PartialDate(2025, 3, 9), "2025-W09-WE"),
        ("Investors sold bonds ahead of the weekend.", PartialDate(2025, 3, 6), "2025-W10-WE"),
    ],
)
def test_the_weekend_is_the_iso_weeks_weekend(text: str, anchor: PartialDate, want: str) -> None:
    got = [(e.timex_type, e.timex_value, e.kind) for e in tag_dates(text, anchor)]
    assert got == [("DATE", want, "range")], got


def test_the_previous_or_following_weekday_counts_from_the_day_named() -> None:
    got = [
        (e.text, e.value)
        for e in tag_dates("The strike began on March 12, 2025. The following Monday the port closed.", None)
    ]
    assert got == [("March 12, 2025", "2025-03-12"), ("The following Monday", "2025-03-17")], got


def test_the_week_of_a_day_is_its_iso_week() -> None:
    got = [(e.text, e.timex_value) for e in tag_dates("Hearings open the week of Jan. 13.", PartialDate(2025, 1, 2))]
    assert got == [("the week of Jan. 13", "2025-W03")], got


def test_a_weekday_that_owns_a_noun_is_the_latest_unless_looked_ahead_to() -> None:
    friday = PartialDate(2025, 3, 7)
    appeal = tag_dates("The union said it would try to overturn Tuesday's ruling.", friday)
    vote = tag_dates("Parties will campaign ahead of Sunday's vote.", friday)
    assert [e.value for e in appeal + vote] == ["2025-03-04", "2025-03-09"]


@pytest.mark.parametrize(
    "text, want",
    [
        # Past progressive of intent: a plan told in the past, no past act ("were planning to").
        (
            "Farmers planned a tractor rally at the ministry on Thursday and were planning to block the ring road.",
            "2025-03-06",
        ),
        ("Farmers planned a tractor rally at the ministry on Monday and were told to leave.", "2025-03-03"),
        # What was put off or extended lies ahead of the act.
        ("The council postponed until Monday its vote on the harbour lease.", "2025-03-10"),
        ("The ministry extended the tender deadline until 10 a.m. CET Tuesday.", "2025-03-11"),
        ("The council debated the harbour lease until Monday.", "2025-03-03"),
    ],
)
def test_a_plan_or_a_delay_looks_ahead_of_its_past_verb(text: str, want: str) -> None:
    got = [e.value for e in tag_dates(text, WEDNESDAY)][-1:]
    assert got == [want], got


@pytest.mark.parametrize(
    "text, want",
    [
        ("The frigate will sail at 6 a.m. EET Friday, the navy said.", "2025-03-07"),
        ("The frigate will sail (6 a.m. local time Friday), the navy said.", "2025-03-07"),
        ("The frigate docked at 6 p.m. The crew will rest until Friday.", "2025-03-07"),
    ],
)
def test_a_clock_abbreviation_inside_a_sentence_does_not_end_it(text: str, want: str) -> None:
    got = [e.value for e in tag_dates(text, WEDNESDAY) if "Friday" in e.text]
    assert got == [want], got


@pytest.mark.parametrize(
    "text, want",
    [
        ("On Wednesday last week the minister resigned.", [("Wednesday last week", "2025-02-26")]),
        ("The vote is on Friday of next week.", [("Friday of next week", "2025-03-14")]),
        ("The minister arrived on Monday this week.", [("Monday this week", "2025-03-03")]),
        ("On Monday, last week's talks were recalled.", [("Monday", "2025-03-03"), ("last week", "2025-02")]),
    ],
)
def test_a_weekday_of_last_or_next_week_is_that_day_of_that_week(text: str, want: list[tuple[str, str]]) -> None:
    got = [(e.text, e.value) for e in tag_dates(text, PartialDate(2025, 3, 5))]
    assert got == want, got
