"""Year-less dates take the tense of the verb that governs them, on sentences written for these tests."""

import pytest

from eastflank.loaders.extract.dates import PartialDate, tag_dates, tag_document

WEDNESDAY = PartialDate(2025, 3, 5)
LATE_OCTOBER = PartialDate(2025, 10, 30)


@pytest.mark.parametrize(
    "text, anchor, want",
    [
        ("The dividend will be paid on Dec. 14, the board said.", LATE_OCTOBER, "2025-12-14"),
        ("The board said the bonus would be paid in January to staff on record Dec. 21.", LATE_OCTOBER, "2026-01"),
        ("Ministers agreed to sign the accord in February.", LATE_OCTOBER, "2026-02"),
        ("The minister vowed to resign in February.", LATE_OCTOBER, "2026-02"),
        ("The union threatened to strike in September.", LATE_OCTOBER, "2026-09"),
        ("Protesters filled the square and pledge to return in February.", WEDNESDAY, "2026-02"),
        ("The ministry said it expects the contract to be signed in mid-November.", LATE_OCTOBER, "2025-11"),
        ("Officials, who could have acted in April, kept waiting.", WEDNESDAY, "2024-04"),
        ("In April the frigate left for the north.", WEDNESDAY, "2024-04"),
        ("The Defender exercise ran in May.", WEDNESDAY, "2024-05"),
        ("Exports grew in June.", WEDNESDAY, "2024-06"),
        ("The troops withdrew in April, the ministry said.", WEDNESDAY, "2024-04"),
    ],
)
def test_the_verb_before_a_month_says_which_year(text: str, anchor: PartialDate, want: str) -> None:
    got = [e.value for e in tag_dates(text, anchor)][:1]
    assert got == [want], got


@pytest.mark.parametrize(
    "text, want",
    [
        ("The club was fined, and its appeal is heard in May.", "2025-05"),
        ("The bonds were sold to banks, whose coupons are paid in April.", "2025-04"),
    ],
)
def test_a_present_passive_before_a_month_is_no_past_verb(text: str, want: str) -> None:
    got = [e.value for e in tag_dates(text, WEDNESDAY)]
    assert got == [want], got


@pytest.mark.parametrize(
    "text, anchor, want",
    [
        ("Since August the brigade has trained near the border, and it would stay.", WEDNESDAY, "2024-08"),
        ("The lenders extended the credit line through January.", LATE_OCTOBER, "2026-01"),
        ("The agency moved the tender deadline to mid-November.", LATE_OCTOBER, "2025-11"),
    ],
)
def test_since_looks_back_and_a_deadline_takes_the_nearest_month(text: str, anchor: PartialDate, want: str) -> None:
    got = [e.value for e in tag_dates(text, anchor)]
    assert got == [want], got


@pytest.mark.parametrize(
    "text, anchor, want",
    [
        ("The union told members of a stoppage at the port in November.", LATE_OCTOBER, "2025-11"),
        ("The committee summoned the minister to appear on Nov. 12.", LATE_OCTOBER, "2025-11-12"),
        ("The utility said it cut supplies to the smelter in January.", PartialDate(2025, 12, 3), "2026-01"),
        ("The union told members of a stoppage at the port in December.", LATE_OCTOBER, "2024-12"),
        ("The harbour master resigned in November.", LATE_OCTOBER, "2024-11"),
        ("In November the frigate left for the north.", LATE_OCTOBER, "2024-11"),
    ],
)
def test_the_month_after_the_anchor_s_goes_back_a_year_only_under_its_own_past_verb(
    text: str, anchor: PartialDate, want: str
) -> None:
    """A past verb some way before next month tells of a plan or a notice, not of a month eleven months
    back (which a writer would give its year); its own verb, or two months on, the tense decides again."""
    got = [e.value for e in tag_dates(text, anchor)]
    assert got == [want], got


@pytest.mark.parametrize(
    "text, want",
    [
        ("Turnover was 3.4 million shares, up from 2.1 million Thursday.", "2025-02-27"),
        ("The shares closed well above Thursday's price.", "2025-02-27"),
        ("The defence minister will fly to Vilnius on Wednesday.", "2025-03-05"),
        ("The coast guard on Sunday rescued two fishermen, and the crew will rest next month.", "2025-03-02"),
    ],
)
def test_a_weekday_takes_the_week_of_its_own_clause(text: str, want: str) -> None:
    got = [e.value for e in tag_dates(text, WEDNESDAY) if e.text.endswith("day")][:1]
    assert got == [want], got


def test_a_weekday_after_an_intent_to_act_is_the_coming_one() -> None:
    got = [e.value for e in tag_dates("Dockers were planning to march on Monday.", WEDNESDAY)]
    assert got == ["2025-03-10"], got


@pytest.mark.parametrize(
    "text, want",
    [
        ("The mayor resigned in March over the harbour contract.", "2025-03"),
        ("Grain prices peaked in August, the ministry reported.", "2025-08"),
    ],
)
def test_a_verb_in_ed_puts_a_whole_month_in_the_past(text: str, want: str) -> None:
    got = [e.value for e in tag_dates(text, LATE_OCTOBER)]
    assert got == [want], got


@pytest.mark.parametrize(
    "text, want",
    [
        ("The board approved a special dividend, payable Jan. 9 to all holders.", "2026-01-09"),
        ("The union said the new rota is effective Feb. 2.", "2026-02-02"),
    ],
)
def test_a_term_after_a_past_decision_takes_the_nearest_day(text: str, want: str) -> None:
    got = [e.value for e in tag_dates(text, LATE_OCTOBER)]
    assert got == [want], got


@pytest.mark.parametrize(
    "text, want",
    [
        ("Rivals cut their prices over the summer.", ("the summer", "2025-SU")),
        ("The ferry will not sail in the winter.", ("the winter", "2025-WI")),
        ("Ice closed the port this past spring.", ("this past spring", "2025-SP")),
        ("Traffic fell in the early summer.", ("the early summer", "2025-SU")),
    ],
)
def test_a_season_without_a_year_goes_by_the_tense(text: str, want: tuple[str, str]) -> None:
    got = [(e.text, e.timex_value) for e in tag_dates(text, LATE_OCTOBER)]
    assert got == [want], got


def test_the_fall_of_something_is_no_season() -> None:
    assert tag_dates("Since the fall of the old regime, trade has grown.", LATE_OCTOBER) == []


@pytest.mark.parametrize(
    "text, want",
    [
        ("Orders recovered from the weak levels of the early summer.", [("the early summer", "2025-SU")]),
        ("Freight rates were set for the winter.", [("the winter", "2025-WI")]),
        ("Stocks rose steadily from late spring.", [("late spring", "2025-SP")]),
        ("The shop sells jugs of spring water.", []),
        ("Fertiliser demand for fall planting is weak.", []),
    ],
)
def test_a_season_after_of_from_or_for_needs_the_or_a_modifier(text: str, want: list[tuple[str, str]]) -> None:
    got = [(e.text, e.timex_value) for e in tag_dates(text, LATE_OCTOBER)]
    assert got == want, got


@pytest.mark.parametrize(
    "text, want",
    [
        ("The ministry published the figures for January.", ("January", "2025-01")),
        ("Analysts revised September's numbers.", ("September", "2025-09")),
        ("Investigators reopened the August shooting case.", ("August", "2025-08")),
    ],
)
def test_a_month_that_qualifies_a_noun_or_follows_for_is_a_date(text: str, want: tuple[str, str]) -> None:
    got = [(e.text, e.timex_value) for e in tag_dates(text, LATE_OCTOBER)]
    assert got == [want], got


def test_may_before_a_noun_stays_a_name() -> None:
    assert tag_dates("Critics of the May government gathered.", LATE_OCTOBER) == []


def test_an_abbreviated_month_or_title_does_not_end_the_sentence() -> None:
    got = [
        e.value for e in tag_dates("The plant was shut on Sept. 2 and Gen. Ward will visit it in March.", LATE_OCTOBER)
    ]
    assert got == ["2025-09-02", "2026-03"], got


def test_a_present_verb_nearer_the_date_than_said_leaves_the_nearest_day() -> None:
    got = [e.value for e in tag_dates("The lender said it is redeeming the notes on Dec. 3.", LATE_OCTOBER)]
    assert got == ["2025-12-03"], got


def test_two_dates_joined_by_to_that_make_no_range_stay_two_dates() -> None:
    got = [(e.text, e.value) for e in tag_dates("Statisticians added a revision Friday to January's data.", WEDNESDAY)]
    assert got == [("Friday", "2025-02-28"), ("January", "2025-01")], got


@pytest.mark.parametrize(
    "text, want",
    [
        ("The mandate of the mission expires on 31 December.", "2025-12-31"),
        ("The amended law takes effect in January.", "2026-01"),
        ("The truce ends on Friday, the mediators say.", "2025-03-07"),
        ("The offer had been due to expire on Friday.", "2025-02-28"),
    ],
)
def test_a_present_that_schedules_looks_ahead(text: str, want: str) -> None:
    got = [e.value for e in tag_dates(text, WEDNESDAY)][:1]
    assert got == [want], got


@pytest.mark.parametrize(
    "text, want",
    [
        ("The electoral board postponed the referendum until June.", "2026-06"),
        ("The electoral board held the referendum in June.", "2025-06"),
        ("The electoral board met until June.", "2025-06"),
    ],
)
def test_a_month_something_was_put_off_to_lies_ahead(text: str, want: str) -> None:
    got = [e.value for e in tag_dates(text, LATE_OCTOBER)]
    assert got == [want], got


@pytest.mark.parametrize(
    "text, want",
    [
        # A verb in -ed right before a day tells of that day's act, past whatever follows.
        ("Holders of shares issued July 1 will receive a smaller dividend.", "2025-07-01"),
        ("The bank will buy bonds maturing July 1, which will pay interest next year.", "2026-07-01"),
        # After a determiner a word in -ed is an adjective, no past act.
        ("The grant would be paid on a still unspecified date in February.", "2026-02"),
        ("The port authority published its revised timetable in February.", "2025-02"),
    ],
)
def test_a_verb_in_ed_right_before_a_date_and_an_adjective_in_ed(text: str, want: str) -> None:
    got = [e.value for e in tag_dates(text, LATE_OCTOBER)][:1]
    assert got == [want], got


def test_an_ordinal_day_alone_is_a_day_of_the_month_of_writing_or_the_next_or_last() -> None:
    paragraphs = [
        "The council met on the 3rd, when it approved the lease.",
        "The ferry sank on Feb. 20. Divers reached it on the 22nd and worked for days.",
        "The pier will reopen on the 28th, the port said. Cranes stand on the 15th floor of the tower.",
        "The lease will be signed on the 2nd.",
    ]
    got = [[(e.text, e.value) for e in found] for found in tag_document(paragraphs, PartialDate(2025, 3, 5))]
    assert got == [
        [("the 3rd", "2025-03-03")],
        [("Feb. 20", "2025-02-20"), ("the 22nd", "2025-02-22"), ("days", "2025-03-05")],
        [("the 28th", "2025-03-28")],
        [("the 2nd", "2025-04-02")],
    ], got


@pytest.mark.parametrize(
    "text, anchor, want",
    [
        ("Between March and May, the cadets trained at sea.", PartialDate(2025, 3, 20), ("2024-03", "2024-05")),
        ("The yard works from Monday to Friday.", PartialDate(2025, 3, 7), ("2025-03-03", "2025-03-07")),
        ("The crews met from Wednesday to Monday.", PartialDate(2025, 3, 7), ("2025-02-26", "2025-03-03")),
        ("The cadets trained from June 10 to July 21.", LATE_OCTOBER, ("2025-06-10", "2025-07-21")),
    ],
)
def test_a_year_less_range_read_backwards_starts_a_cycle_earlier(
    text: str, anchor: PartialDate, want: tuple[str, str]
) -> None:
    got = [(e.value, e.end_value) for e in tag_dates(text, anchor)]
    assert got == [want], got


def test_without_a_day_of_writing_a_year_less_month_is_in_the_year_the_story_tells_of() -> None:
    paragraphs = ["The brigade was formed in March 2019. In October, it crossed the river.", "In December it rested."]
    got = [[(e.text, e.value) for e in found] for found in tag_document(paragraphs, None)]
    assert got == [[("March 2019", "2019-03"), ("October", "2019-10")], [("December", "2019-12")]], got
