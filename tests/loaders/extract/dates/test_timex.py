"""TimeML TIMEX3 types and values, on sentences written for these tests."""

import pytest

from eastflank.loaders.extract.dates import PartialDate, tag_dates, tag_document

WEDNESDAY = PartialDate(2025, 3, 5)


def timex(text: str, anchor: PartialDate = WEDNESDAY) -> list[tuple[str, str, str | None]]:
    return [(e.text, e.timex_type, e.timex_value) for e in tag_dates(text, anchor)]


@pytest.mark.parametrize(
    "text, want",
    [
        ("The pipeline took five years to lay.", [("five years", "DURATION", "P5Y")]),
        ("Warsaw signed a ten-year lease.", [("ten-year", "DURATION", "P10Y")]),
        ("Repairs lasted nearly two decades.", [("nearly two decades", "DURATION", "P20Y")]),
        ("The crossing is closed for several days.", [("several days", "DURATION", "PXD")]),
        ("The talks ran for hours.", [("hours", "DURATION", "PTXH")]),
        ("Shelling went on for twenty-four hours.", [("twenty-four hours", "DURATION", "PT24H")]),
        ("Exports grew in the first nine months.", [("the first nine months", "DURATION", "P9M")]),
        ("Prices rose over the past two weeks.", [("the past two weeks", "DURATION", "P2W")]),
    ],
)
def test_durations(text: str, want: list[tuple[str, str, str]]) -> None:
    got = timex(text)
    assert got == want, got


@pytest.mark.parametrize(
    "text, want",
    [
        ("The council meets every week.", [("every week", "SET", "P1W")]),
        ("Inspectors visit each July.", [("each July", "SET", "XXXX-07")]),
        ("The report is published annually.", [("annually", "SET", "P1Y")]),
        ("Patrols go out twice a day.", [("a day", "SET", "P1D")]),
        ("The market opens on Tuesdays.", [("Tuesdays", "SET", "XXXX-WXX-2")]),
        ("Interest is paid semiannually.", [("semiannually", "SET", "P6M")]),
        ("The games are held biennially.", [("biennially", "SET", "P2Y")]),
        (
            "The board meets on the first Monday of every month.",
            [("the first Monday of every month", "SET", "P1M")],
        ),
    ],
)
def test_sets(text: str, want: list[tuple[str, str, str]]) -> None:
    got = timex(text)
    assert got == want, got


@pytest.mark.parametrize(
    "text, want",
    [
        ("The convoy left at 3 p.m.", [("3 p.m.", "TIME", "2025-03-05T15:00")]),
        ("The minister spoke this morning.", [("this morning", "TIME", "2025-03-05TMO")]),
        ("Sirens sounded last night.", [("last night", "TIME", "2025-03-04TNI")]),
        ("The vote was held at 10:30 a.m. Monday.", [("10:30 a.m. Monday", "TIME", "2025-03-03T10:30")]),
        ("Drones were seen Friday evening, police said.", [("Friday evening", "TIME", "2025-02-28TEV")]),
        (
            "The curfew runs from 22:00 to 06:00.",
            [("22:00", "TIME", "2025-03-05T22:00"), ("06:00", "TIME", "2025-03-05T06:00")],
        ),
        ("The drone struck at about 03:15 Kyiv time.", [("03:15", "TIME", "2025-03-05T03:15")]),
        (
            "Polls closed at 21:00 (19:00 GMT).",
            [("21:00", "TIME", "2025-03-05T21:00"), ("19:00 GMT", "TIME", "2025-03-05T19:00")],
        ),
        (
            "The talks began at 14:00 local time on Monday.",
            [("14:00 local time on Monday", "TIME", "2025-03-03T14:00")],
        ),
        ("The deadline passed at 1700 GMT Monday.", [("1700 GMT Monday", "TIME", "2025-03-03T17:00")]),
        ("The jets took off at 0600 hours.", [("0600 hours", "TIME", "2025-03-05T06:00")]),
        ("Polls closed at 2000 local time.", [("2000 local time", "TIME", "2025-03-05T20:00")]),
        ("The drill starts at 0600 Kyiv time on Monday.", [("0600 Kyiv time on Monday", "TIME", "2025-03-10T06:00")]),
        ("Published 28.02.2025 14:35", [("28.02.2025", "DATE", "2025-02-28"), ("14:35", "TIME", "2025-02-28T14:35")]),
    ],
)
def test_times_of_day(text: str, want: list[tuple[str, str, str]]) -> None:
    got = timex(text)
    assert got == want, got


@pytest.mark.parametrize(
    "text, want",
    [
        ("The base is now fully staffed.", [("now", "DATE", "PRESENT_REF")]),
        ("Ferries currently sail at half capacity.", [("currently", "DATE", "PRESENT_REF")]),
        ("The ministry recently bought radars.", [("recently", "DATE", "PAST_REF")]),
        ("Such drills may be held in the future.", [("the future", "DATE", "FUTURE_REF")]),
    ],
)
def test_present_past_and_future(text: str, want: list[tuple[str, str, str]]) -> None:
    got = timex(text)
    assert got == want, got


def test_references_anchor_no_event() -> None:
    got = [
        (e.text, e.anchors_events) for e in tag_dates("Now the brigade trains every week, since May 2024.", WEDNESDAY)
    ]
    assert got == [("Now", False), ("every week", False), ("May 2024", True)], got


def test_quarters_and_a_year_earlier() -> None:
    paragraphs = [
        "The shipyard lost money in the third quarter.",
        "Third-quarter orders fell, against a profit a year earlier.",
        "In the first half, sales doubled.",
    ]
    got = [[(e.text, e.timex_value) for e in found] for found in tag_document(paragraphs, PartialDate(2024, 11, 12))]
    want = [
        [("the third quarter", "2024-Q3")],
        [("Third-quarter", "2024-Q3"), ("a year earlier", "2023-Q3")],
        [("the first half", "2024-H1")],
    ]
    assert got == want, got


def test_the_latest_quarter_is_the_last_one_finished() -> None:
    got = timex("Deliveries slowed in the latest quarter.", PartialDate(2024, 11, 12))
    assert got == [("the latest quarter", "DATE", "2024-Q3")], got


@pytest.mark.parametrize(
    "text, want",
    [
        ("The frigate left on Friday.", "2025-02-28"),  # past: the last Friday
        ("The frigate will dock on Friday.", "2025-03-07"),  # future: the next Friday
        ("The frigate docks Monday.", "2025-03-03"),  # no tense: the nearest Monday
    ],
)
def test_weekdays_by_tense(text: str, want: str) -> None:
    got = [e.timex_value for e in tag_dates(text, WEDNESDAY)]
    assert got == [want], got


@pytest.mark.parametrize(
    "text, anchor, want",
    [
        ("The exercise ended in November.", PartialDate(2025, 3, 10), "2024-11"),  # past: the last November
        ("The exercise starts in January.", PartialDate(2025, 12, 10), "2026-01"),  # no tense: the nearest January
        ("The exercise will start in October.", PartialDate(2025, 12, 10), "2026-10"),  # future: the next October
    ],
)
def test_bare_months_by_tense(text: str, anchor: PartialDate, want: str) -> None:
    got = [e.timex_value for e in tag_dates(text, anchor)]
    assert got == [want], got


def test_weeks_seasons_decades() -> None:
    got = timex("Last week the fleet came home; last fall it sailed; in the 1990s it was idle.")
    want = [("Last week", "DATE", "2025-W09"), ("last fall", "DATE", "2024-FA"), ("the 1990s", "DATE", "199")]
    assert got == want, got


def test_a_year_range_is_one_row_and_two_timexes() -> None:
    (got,) = tag_dates("The plan for 2027-2028 was approved.", WEDNESDAY)
    assert (got.text, got.value, got.end_value, got.kind) == ("2027-2028", "2027", "2028", "range"), got
    parts = [(p.text, p.timex_value) for p in got.timex_parts]
    assert parts == [("2027", "2027"), ("2028", "2028")], parts


@pytest.mark.parametrize(
    "text",
    ["Rebels held the pass between 1994 and 1997.", "Crews worked from Sept. 14 to Thursday.", "It ran 2027-2028."],
)
def test_a_range_states_no_one_timex_value_for_both_its_ends(text: str) -> None:
    """Its start's value would say the range means its first year or day alone."""
    (got,) = tag_dates(text, WEDNESDAY)
    assert (got.kind, got.timex_value, len(got.timex_parts)) == ("range", None, 2), got
    assert got.first_timex_value == got.timex_parts[0].timex_value == got.value, got


@pytest.mark.parametrize(
    "text, want",
    [
        ("The drills ran from Aug. 26 to Oct. 20.", [("Aug. 26", "2024-08-26"), ("Oct. 20", "2024-10-20")]),
        ("The drills ran 12-16 March 2021.", [("12", "2021-03-12"), ("16 March 2021", "2021-03-16")]),
        (
            "It runs November 30 - December 2, 2025.",
            [("November 30", "2025-11-30"), ("December 2, 2025", "2025-12-02")],
        ),
        ("The talks are set for May-July 2025.", [("May", "2025-05"), ("July 2025", "2025-07")]),
    ],
)
def test_a_span_of_days_or_months_is_one_row_and_two_timexes(text: str, want: list[tuple[str, str]]) -> None:
    (got,) = tag_dates(text, WEDNESDAY)
    assert got.kind == "range", got
    parts = [(p.text, p.timex_value) for p in got.timex_parts]
    assert parts == want, parts


@pytest.mark.parametrize(
    "text",
    [
        "The colonel, 45 years old, led the unit.",
        "A five-year-old girl was rescued.",
        "The score was 3:15 at half time.",
        "Moldova won the match 2:1 and the return leg 3:0.",
        "The survey map is drawn at 1:50,000.",
        "The marathon was won in 2:05:30.",
        "Read John 3:16 aloud.",
        "The pilots logged 1400 hours in the simulator.",
    ],
)
def test_ages_and_clock_like_numbers_are_no_times(text: str) -> None:
    got = timex(text)
    assert got == [], got


def test_in_the_past_tags_the_past_without_its_preposition() -> None:
    got = timex("Such raids on the depot were rare in the past.")
    assert got == [("the past", "DATE", "PAST_REF")], got


@pytest.mark.parametrize(
    "text, want",
    [
        ("The ferry sailed barely a month after the strike ended.", [("a month", "DURATION", "P1M")]),
        ("Bonds may be sold until 60 days after their issue.", [("60 days", "DURATION", "P60D")]),
        ("The minister resigned. A week after, the cabinet fell.", [("A week after", "DATE", "2025-W11")]),
    ],
)
def test_a_length_before_an_event_is_a_duration(text: str, want: list[tuple[str, str, str]]) -> None:
    got = timex(text)
    assert got == want, got


def test_a_clock_time_is_on_the_day_named_before_it() -> None:
    got = [
        (e.text, e.timex_value) for e in tag_dates("The fire started on Feb. 20 and crews came at 9 p.m.", WEDNESDAY)
    ]
    assert got == [("Feb. 20", "2025-02-20"), ("9 p.m.", "2025-02-20T21:00")], got


def test_a_clock_time_after_a_coarser_date_is_on_the_day_of_writing() -> None:
    got = [(e.text, e.timex_value) for e in tag_dates("Prices rose in February; trading ended at 4 p.m.", WEDNESDAY)]
    assert got == [("February", "2025-02"), ("4 p.m.", "2025-03-05T16:00")], got


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "The ferry sank on Feb. 20; divers arrived by mid-morning.",
            [("Feb. 20", "2025-02-20", None), ("mid-morning", "2025-02-20TMO", "mid")],
        ),
        ("By mid-afternoon the shelling had stopped.", [("mid-afternoon", "2025-03-05TAF", "mid")]),
        ("Late morning yesterday the dam held.", [("Late morning yesterday", "2025-03-04TMO", "late")]),
        ("The trawlers leave at 5 in the morning.", [("5 in the morning", "2025-03-05T05:00", None)]),
        ("Talks resume at 8 in the evening.", [("8 in the evening", "2025-03-05T20:00", None)]),
    ],
)
def test_a_part_of_the_day_alone_is_on_the_day_the_text_tells_of(
    text: str, want: list[tuple[str, str, str | None]]
) -> None:
    got = [(e.text, e.timex_value, e.modifier) for e in tag_dates(text, WEDNESDAY)]
    assert got == want, got


def test_a_bare_in_the_morning_names_no_time() -> None:
    got = [e.text for e in tag_dates("The bakery on the square opens in the morning.", WEDNESDAY)]
    assert got == [], got


def test_a_time_of_day_is_on_the_day_an_earlier_paragraph_named() -> None:
    """A clock time or part of the day names no day of its own: it is on the day the story is telling of, even
    when that day was named a paragraph before; a year-level anaphor ("a year earlier") keeps to its own."""
    paragraphs = [
        "The ferry sank on Feb. 20, killing four.",
        "Divers reached the wreck at 9 a.m. and worked into the evening.",
        "Exports fell 3% in 2024. Profit rose, up from a loss a year earlier.",
    ]
    got = [[(e.text, e.timex_value) for e in found] for found in tag_document(paragraphs, WEDNESDAY)]
    assert got == [
        [("Feb. 20", "2025-02-20")],
        [("9 a.m.", "2025-02-20T09:00")],
        [("2024", "2024"), ("a year earlier", "2023")],
    ], got


@pytest.mark.parametrize(
    "paragraphs, want",
    [
        (["Rain flooded the lower town overnight."], ("overnight", "2025-03-04TNI")),
        (["The bourse slid on Monday, Feb. 17, after overnight selling in Asia."], ("overnight", "2025-02-16TNI")),
    ],
)
def test_overnight_is_the_night_before_the_day_told(paragraphs: list[str], want: tuple[str, str]) -> None:
    got = [(e.text, e.timex_value) for found in tag_document(paragraphs, WEDNESDAY) for e in found]
    assert want in got, got


@pytest.mark.parametrize(
    "text, want",
    [
        ("The depot will be rebuilt over the next year.", [("the next year", "DATE", "2026")]),
        ("Fuel prices rose over the past year.", [("the past year", "DATE", "2024")]),
        ("The depot will be rebuilt over the next month.", [("the next month", "DATE", "2025-04")]),
    ],
)
def test_an_uncounted_span_is_named_by_the_unit_it_reaches(text: str, want: list[tuple[str, str, str]]) -> None:
    assert timex(text) == want


@pytest.mark.parametrize(
    "paragraphs, want",
    [
        (
            ["In January the shipyard hired a new chief.", "The following month, the yard put itself up for sale."],
            ("The following month", "2025-02"),
        ),
        (
            ["The Riga index fell on Friday.", "It closed 2% below the previous Friday."],
            ("the previous Friday", "2025-02-21"),
        ),
    ],
)
def test_a_day_or_month_named_a_paragraph_before_is_what_later_words_count_from(
    paragraphs: list[str], want: tuple[str, str]
) -> None:
    got = [(e.text, e.timex_value) for found in tag_document(paragraphs, WEDNESDAY) for e in found]
    assert want in got, got


@pytest.mark.parametrize(
    "text, want",
    [
        ("A week or so ago the cutter ran aground.", [("A week or so ago", "DATE", "2025-W09")]),
        ("A month or so later the cutter sailed.", [("A month or so later", "DATE", "2025-04")]),
    ],
)
def test_a_count_hedged_after_its_unit_still_counts(text: str, want: list[tuple[str, str, str]]) -> None:
    assert timex(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("It was the worst crisis of the past century.", [("the past century", "DATE", "19")]),
        ("Borders were redrawn in the last century.", [("the last century", "DATE", "19")]),
        ("The treaty was signed a century ago.", [("a century ago", "DATE", "1925")]),
        ("The fort was built two centuries ago.", [("two centuries ago", "DATE", "1825")]),
        ("The fort was built half a century ago.", [("half a century ago", "DATE", "1975")]),
        ("She left half a year ago.", [("half a year ago", "DATE", "2024-09")]),
        ("The alliance has kept the peace for half a century.", [("half a century", "DURATION", "P50Y")]),
        ("Unemployment is at its quarter-century low.", [("quarter-century", "DURATION", "P25Y")]),
        ("The line has a quarter of a century of history.", [("a quarter of a century", "DURATION", "P25Y")]),
        ("He waited half an hour.", [("half an hour", "DURATION", "PT30M")]),
        ("The dispute is a quarter-century old.", []),
    ],
)
def test_centuries_and_fractions_of_a_unit(text: str, want: list[tuple[str, str, str]]) -> None:
    got = timex(text)
    assert got == want, got


@pytest.mark.parametrize(
    "text, want",
    [
        ("He left a fortnight ago.", [("a fortnight ago", "DATE", "2025-W08")]),
        ("The talks lasted a fortnight.", [("a fortnight", "DURATION", "P2W")]),
        ("The council met two fortnights earlier.", [("two fortnights earlier", "DATE", "2025-W06")]),
        ("The bulletin appears fortnightly.", [("fortnightly", "SET", "P2W")]),
        ("Aid is paid every fortnight.", [("every fortnight", "SET", "P2W")]),
        ("The festival is held each spring.", [("each spring", "SET", "XXXX-SP")]),
        ("Patrols go out every night.", [("every night", "SET", "XXXX-XX-XXTNI")]),
    ],
)
def test_fortnights_and_recurring_seasons_and_parts_of_the_day(text: str, want: list[tuple[str, str, str]]) -> None:
    got = timex(text)
    assert got == want, got


@pytest.mark.parametrize(
    "text, anchor, want",
    [
        ("Profits fell last quarter.", WEDNESDAY, [("last quarter", "DATE", "2024-Q4")]),
        ("Sales should recover next quarter.", WEDNESDAY, [("next quarter", "DATE", "2025-Q2")]),
        (
            "Sales should recover in the coming quarter.",
            PartialDate(2025, 11, 20),
            [("the coming quarter", "DATE", "2026-Q1")],
        ),
        ("Sales rose in the last quarter of 2024.", WEDNESDAY, [("the last quarter of 2024", "DATE", "2024-Q4")]),
    ],
)
def test_last_and_next_quarter_count_from_the_day_of_writing(
    text: str, anchor: PartialDate, want: list[tuple[str, str, str]]
) -> None:
    got = timex(text, anchor)
    assert got == want, got


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "The shop is open from 3 p.m. to 5 p.m. on Monday.",
            [("3 p.m.", "TIME", "2025-03-03T15:00"), ("5 p.m. on Monday", "TIME", "2025-03-03T17:00")],
        ),
        (
            "The curfew ran 22:00-06:00 local time on Monday.",
            [("22:00", "TIME", "2025-03-03T22:00"), ("06:00 local time on Monday", "TIME", "2025-03-03T06:00")],
        ),
        (
            "He spoke at 3 p.m., and at 5 p.m. on Monday he left.",
            [("3 p.m.", "TIME", "2025-03-05T15:00"), ("5 p.m. on Monday", "TIME", "2025-03-03T17:00")],
        ),
    ],
)
def test_the_first_clock_time_of_a_range_is_on_the_day_named_after_the_second(
    text: str, want: list[tuple[str, str, str]]
) -> None:
    got = timex(text)
    assert got == want, got


@pytest.mark.parametrize(
    "text, want",
    [
        ("The report is due at the end of the week.", [("the end of the week", "DATE", "2025-W10")]),
        ("Shares rose 3% for the week.", [("the week", "DATE", "2025-W10")]),
        ("Prices rose at the beginning of the month.", [("the beginning of the month", "DATE", "2025-03")]),
        ("This past weekend, protests spread.", [("This past weekend", "DATE", "2025-W09-WE")]),
        ("The talks took place in the autumn of last year.", [("the autumn of last year", "DATE", "2024-FA")]),
        ("The vote is due in spring next year.", [("spring next year", "DATE", "2026-SP")]),
    ],
)
def test_a_week_or_season_the_text_tells_of_and_prepositions_left_out(
    text: str, want: list[tuple[str, str, str]]
) -> None:
    got = timex(text)
    assert got == want, got


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Troops arrived in the last week of February.",
            ("the last week of February", "2025-02-22", "2025-02-28", "2025-W09"),
        ),
        (
            "Talks open in the first week of June 2026.",
            ("the first week of June 2026", "2026-06-01", "2026-06-07", "2026-W23"),
        ),
        (
            "The drills ran in the third week of January.",
            ("the third week of January", "2025-01-15", "2025-01-21", "2025-W03"),
        ),
        (
            "It ends in the final week of February 2024.",
            ("the final week of February 2024", "2024-02-23", "2024-02-29", "2024-W09"),
        ),
    ],
)
def test_a_counted_week_of_a_month_is_seven_of_its_days(text: str, want: tuple[str, str, str, str]) -> None:
    """Not "the last week" before the day of writing plus a separate month."""
    (got,) = tag_dates(text, WEDNESDAY)
    assert (got.text, got.value, got.end_value, got.timex_value) == want, got


def test_the_past_week_is_the_week_it_reaches_as_last_week_is() -> None:
    got = timex("Over the past week prices fell; over the next week they may rise.")
    assert got == [("the past week", "DATE", "2025-W09"), ("the next week", "DATE", "2025-W11")], got


@pytest.mark.parametrize(
    "text, want",
    [
        ("The ruling came on the last day of March.", [("the last day of March", "2025-03-31")]),
        ("The law takes effect on the first day of next month.", [("the first day of next month", "2025-04-01")]),
        ("The last day of 2012 was cold.", [("The last day of 2012", "2012-12-31")]),
        ("The ruling came on the last day of the term.", []),
        ("In the last year of his mandate he resigned.", []),
        ("In the past week of talks little moved.", [("the past week", "2025-W09")]),
    ],
)
def test_the_first_or_last_day_of_a_month_or_year_and_the_last_of_what_is_no_time(
    text: str, want: list[tuple[str, str]]
) -> None:
    """ "the last day of the term" was the day before the day of writing."""
    assert [(e.text, e.timex_value) for e in tag_dates(text, WEDNESDAY)] == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("He was killed almost two years ago.", [("almost two years ago", "2023")]),
        ("The revolt began more than four decades ago.", [("more than four decades ago", "1985")]),
        ("Just a decade ago the port was idle.", [("a decade ago", "2015")]),
    ],
)
def test_a_hedge_before_a_count_ago_is_in_the_span(text: str, want: list[tuple[str, str]]) -> None:
    """TimeML tags "nearly", "about", "more than" with the count (its APPROX, MORE_THAN); not "just"."""
    assert [(e.text, e.timex_value) for e in tag_dates(text, WEDNESDAY)] == want
