"""The temporal tagger: every supported form, its false friends, and anchoring across a document."""

import pytest

from eastflank.loaders.extract.dates import PartialDate, TemporalExpression, tag_dates, tag_document
from eastflank.loaders.extract.dates.scanner import GateIndex

PUBLISHED = PartialDate(2025, 11, 10)  # a Monday


def rows(expressions: list[TemporalExpression]) -> list[tuple[str, str, str, str | None, str, str]]:
    return [(e.text, e.value, e.precision, e.end_value, e.kind, e.anchor) for e in expressions]


def tag(text: str, publication: PartialDate | None = PUBLISHED) -> list[tuple[str, str, str, str | None, str, str]]:
    return rows(tag_dates(text, publication))


# --- PartialDate ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "date, iso, precision",
    [
        (PartialDate(2024), "2024", "year"),
        (PartialDate(2024, 3), "2024-03", "month"),
        (PartialDate(2024, 3, 5), "2024-03-05", "day"),
    ],
)
def test_partial_date_writes_iso_at_its_precision(date: PartialDate, iso: str, precision: str) -> None:
    got = (date.iso(), date.precision, PartialDate.parse(iso))
    assert got == (iso, precision, date), got


@pytest.mark.parametrize("text", ["24", "2024-3", "2024-13", "2023-02-29", "2024/03/05", "March 2024"])
def test_partial_date_parse_rejects_other_forms(text: str) -> None:
    with pytest.raises(ValueError):
        PartialDate.parse(text)


def test_partial_date_needs_a_month_for_a_day() -> None:
    with pytest.raises(ValueError):
        PartialDate(2024, None, 5)


# --- absolute forms ------------------------------------------------------------------------

ABSOLUTE = [
    ("The forum meets on November 5-6, 2025.", ("November 5-6, 2025", "2025-11-05", "day", "2025-11-06", "range")),
    ("The forum meets on 5–6 November 2025.", ("5–6 November 2025", "2025-11-05", "day", "2025-11-06", "range")),
    ("Talks ran from 5 to 7 March 2024.", ("from 5 to 7 March 2024", "2024-03-05", "day", "2024-03-07", "range")),
    (
        "Drills ran 30 November - 2 December 2025.",
        ("30 November - 2 December 2025", "2025-11-30", "day", "2025-12-02", "range"),
    ),
    (
        "Drills ran December 30 – January 2, 2025.",
        ("December 30 – January 2, 2025", "2024-12-30", "day", "2025-01-02", "range"),
    ),
    ("The council met on October 23, 2025.", ("October 23, 2025", "2025-10-23", "day", None, "date")),
    ("The council met on 23 October 2025.", ("23 October 2025", "2025-10-23", "day", None, "date")),
    ("The council met on the 23rd of October 2025.", ("the 23rd of October 2025", "2025-10-23", "day", None, "date")),
    ("On Thursday 09 January 2020, they met.", ("Thursday 09 January 2020", "2020-01-09", "day", None, "date")),
    ("On Thursday, October 23, 2025, they met.", ("Thursday, October 23, 2025", "2025-10-23", "day", None, "date")),
    ("Filed 2024-03-15 by the ministry.", ("2024-03-15", "2024-03-15", "day", None, "date")),
    ("Signed 15.03.2024 in Chisinau.", ("15.03.2024", "2024-03-15", "day", None, "date")),
    ("In May 2023, officials spoke.", ("May 2023", "2023-05", "month", None, "date")),
    ("Montenegro (December 2009) was invited.", ("December 2009", "2009-12", "month", None, "date")),
    ("Last update : March 2017", ("March 2017", "2017-03", "month", None, "date")),
    ("It happened in May of 2021.", ("May of 2021", "2021-05", "month", None, "date")),
    ("Patrols ran May–July 2024.", ("May–July 2024", "2024-05", "month", "2024-07", "range")),
    ("Patrols ran between March and May 2023.", ("between March and May 2023", "2023-03", "month", "2023-05", "range")),
    ("The Riga Summit (2006) invited Serbia.", ("2006", "2006", "year", None, "date")),
    ("Moldova became a candidate in 2022.", ("2022", "2022", "year", None, "date")),
    ("Objectives for the years 2025-2028 are set.", ("2025-2028", "2025", "year", "2028", "range")),
    ("Objectives for 2025–2028 are set.", ("2025–2028", "2025", "year", "2028", "range")),
    ("The 2024-25 budget grew.", ("2024-25", "2024", "year", "2025", "range")),
    ("It was tense between 2021 and 2024.", ("between 2021 and 2024", "2021", "year", "2024", "range")),
    ("It ran from 2019 to 2021.", ("from 2019 to 2021", "2019", "year", "2021", "range")),
    ("It ran from May 2023 to June 2024.", ("from May 2023 to June 2024", "2023-05", "month", "2024-06", "range")),
    ("Reforms began in the 1990s.", ("the 1990s", "1990", "year", "1999", "range")),
    ("Output peaked in spring 2024.", ("spring 2024", "2024-03", "month", "2024-05", "range")),
    ("Output fell in the winter of 2022.", ("the winter of 2022", "2022-12", "month", "2023-02", "range")),
    ("Deliveries slipped to Q3 2024.", ("Q3 2024", "2024-07", "month", "2024-09", "range")),
    (
        "Deliveries slipped to the first half of 2026.",
        ("the first half of 2026", "2026-01", "month", "2026-06", "range"),
    ),
    (
        "Deliveries slipped to the fourth quarter of 2026.",
        ("the fourth quarter of 2026", "2026-10", "month", "2026-12", "range"),
    ),
    ("Security stays a priority until 2030.", ("2030", "2030", "year", "2030", "open_start")),
    ("Security stays a priority at least until 2030.", ("2030", "2030", "year", "2030", "open_start")),
    ("Security stays a priority until at least 2030.", ("2030", "2030", "year", "2030", "open_start")),
    ("The unit must be ready by 2030.", ("2030", "2030", "year", "2030", "open_start")),
    ("The mandate of the mission runs through 2030.", ("2030", "2030", "year", "2030", "open_start")),
    ("The mandate runs through the end of 2030.", ("the end of 2030", "2030", "year", "2030", "open_start")),
    ("The plan applies from 2025.", ("2025", "2025", "year", None, "open_end")),
    ("The plan applies starting in 2025.", ("2025", "2025", "year", None, "open_end")),
    ("Crimea has been occupied since 2014.", ("2014", "2014", "year", None, "open_end")),
    ("The pre-2014 borders.", ("2014", "2014", "year", "2014", "open_start")),
]


@pytest.mark.parametrize("text, want", ABSOLUTE)
def test_absolute_forms(text: str, want: tuple[str, str, str, str | None, str]) -> None:
    got = tag(text)
    assert got == [(*want, "absolute")], got


def test_a_clock_time_after_a_date_line_is_on_that_day() -> None:
    got = tag("Last updated: 09 Jan. 2020 15:10")
    assert got == [
        ("09 Jan. 2020", "2020-01-09", "day", None, "date", "absolute"),
        ("15:10", "2020-01-09", "day", None, "date", "previous_date"),
    ], got
    assert [e.timex_value for e in tag_dates("Last updated: 09 Jan. 2020 15:10")] == ["2020-01-09", "2020-01-09T15:10"]


@pytest.mark.parametrize(
    "text, want",
    [
        ("It grew in mid-2024.", ("mid-2024", "2024", "mid")),
        ("It grew in early 2023.", ("early 2023", "2023", "early")),
        ("It grew in late 2023.", ("late 2023", "2023", "late")),
        ("It grew in the middle of 2024.", ("the middle of 2024", "2024", "mid")),
        ("It grew at the beginning of 2024.", ("the beginning of 2024", "2024", "start")),
        ("It grew in the early 2000s.", ("the early 2000s", "2000", "early")),
    ],
)
def test_modifiers_keep_the_precision_and_name_the_part(text: str, want: tuple[str, str, str]) -> None:
    got = [(e.text, e.value, e.modifier) for e in tag_dates(text)]
    assert got == [want], got


def test_a_deadline_at_the_end_of_a_year_is_an_open_start_with_end_modifier() -> None:
    got = [(e.text, e.value, e.end_value, e.kind, e.modifier) for e in tag_dates("Ready by the end of 2030.")]
    assert got == [("the end of 2030", "2030", "2030", "open_start", "end")], got


# --- relative forms ------------------------------------------------------------------------

RELATIVE = [
    ("It was agreed last year.", ("last year", "2024", "year", None, "date")),
    ("It is agreed this year.", ("this year", "2025", "year", None, "date")),
    ("It will be agreed next year.", ("next year", "2026", "year", None, "date")),
    ("Earlier this year, NATO acted.", ("Earlier this year", "2025", "year", None, "date")),
    ("NATO will act later this year.", ("later this year", "2025", "year", None, "date")),
    ("It was agreed last month.", ("last month", "2025-10", "month", None, "date")),
    ("It is agreed this month.", ("this month", "2025-11", "month", None, "date")),
    ("It will be agreed next month.", ("next month", "2025-12", "month", None, "date")),
    ("It was agreed last week.", ("last week", "2025-11", "month", None, "date")),
    ("It was agreed yesterday.", ("yesterday", "2025-11-09", "day", None, "date")),
    ("It is agreed today.", ("today", "2025-11-10", "day", None, "date")),
    ("It will be agreed tomorrow.", ("tomorrow", "2025-11-11", "day", None, "date")),
    ("It was agreed two years ago.", ("two years ago", "2023", "year", None, "date")),
    ("It was agreed a month ago.", ("a month ago", "2025-10", "month", None, "date")),
    ("It was agreed three days ago.", ("three days ago", "2025-11-07", "day", None, "date")),
    ("It was agreed last May.", ("last May", "2025-05", "month", None, "date")),
    ("It will be agreed next March.", ("next March", "2026-03", "month", None, "date")),
    ("It was agreed last summer.", ("last summer", "2025-06", "month", "2025-08", "range")),
    ("It will be agreed next spring.", ("next spring", "2026-03", "month", "2026-05", "range")),
    ("Over the next five years, Romania will spend.", ("the next five years", "2025", "year", "2030", "range")),
    ("Over the past three years, it grew.", ("the past three years", "2022", "year", "2025", "range")),
    ("In the last decade, it grew.", ("the last decade", "2015", "year", "2025", "range")),
    ("Over the next year it will grow.", ("the next year", "2025", "year", "2026", "range")),
    ("It has grown since last year.", ("last year", "2024", "year", None, "open_end")),
    ("It must be done by next year.", ("next year", "2026", "year", "2026", "open_start")),
    ("It was agreed in May.", ("May", "2025-05", "month", None, "date")),
    ("It was agreed on October 23.", ("October 23", "2025-10-23", "day", None, "date")),
    ("It was agreed between January and March.", ("between January and March", "2025-01", "month", "2025-03", "range")),
    ("Talks ran May-July.", ("May-July", "2025-05", "month", "2025-07", "range")),
    ("It was agreed in mid-May.", ("mid-May", "2025-05", "month", None, "date")),
    ("It was agreed on Thursday.", ("Thursday", "2025-11-06", "day", None, "date")),
    ("It was agreed last Monday.", ("last Monday", "2025-11-03", "day", None, "date")),
    ("They will meet on Thursday.", ("Thursday", "2025-11-13", "day", None, "date")),
    ("They will meet next Monday.", ("next Monday", "2025-11-17", "day", None, "date")),
]


@pytest.mark.parametrize("text, want", RELATIVE)
def test_relative_forms_anchor_on_the_publication_date(text: str, want: tuple[str, str, str, str | None, str]) -> None:
    got = tag(text)
    assert got == [(*want, "publication")], got


def test_at_the_end_of_last_year_is_the_year_with_an_end_modifier() -> None:
    got = [
        (e.text, e.value, e.precision, e.kind, e.anchor, e.anchor_value, e.modifier)
        for e in tag_dates("At the end of last year, Moldova extended its IPAP.", PartialDate(2024, 2, 1))
    ]
    assert got == [("the end of last year", "2023", "year", "date", "publication", "2024-02-01", "end")], got


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "The forum met on November 5-6, 2025. A month earlier, the general spoke.",
            ("A month earlier", "2025-10", "month"),
        ),
        ("It began on 3 March 2022. Two weeks later, it ended.", ("Two weeks later", "2022-03", "month")),
        ("It began on 3 March 2022. Three days later, it ended.", ("Three days later", "2022-03-06", "day")),
        ("It began in 2014. Two years later, it ended.", ("Two years later", "2016", "year")),
        ("It began in 2014. The following year, it ended.", ("The following year", "2015", "year")),
        ("It began in 2014. The next year, it ended.", ("The next year", "2015", "year")),
        ("It began in March 2014. The previous month was calm.", ("The previous month", "2014-02", "month")),
        ("It began in March 2014. That month was calm.", ("That month", "2014-03", "month")),
        ("It began on 3 March 2022. The next day was calm.", ("The next day", "2022-03-04", "day")),
    ],
)
def test_anaphoric_forms_anchor_on_the_previous_date(text: str, want: tuple[str, str, str]) -> None:
    got = [(e.text, e.value, e.precision, e.anchor) for e in tag_dates(text, PUBLISHED)][-1]
    assert got == (*want, "previous_date"), got


def test_anaphoric_forms_fall_back_on_the_publication_date() -> None:
    got = tag("A month earlier, the general spoke.")
    assert got == [("A month earlier", "2025-10", "month", None, "date", "publication")], got


# --- precision of coarse anchors -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, publication, want",
    [
        # A unit finer than the anchor keeps the anchor's precision: the offset stays inside its period.
        ("A month earlier, the general spoke.", PartialDate(2025), ("A month earlier", "2025", "year")),
        ("It was agreed last month.", PartialDate(2025), ("last month", "2025", "year")),
        ("It was agreed yesterday.", PartialDate(2025, 11), ("yesterday", "2025-11", "month")),
        ("Two weeks later, it ended.", PartialDate(2025, 11), ("Two weeks later", "2025-11", "month")),
        # An offset larger than the anchor's period still moves it.
        ("It was agreed 18 months ago.", PartialDate(2025), ("18 months ago", "2024", "year")),
        ("It was agreed last year.", PartialDate(2025), ("last year", "2024", "year")),
        ("It was agreed in May.", PartialDate(2025), ("May", "2025-05", "month")),
    ],
)
def test_a_result_is_never_finer_than_its_anchor(
    text: str, publication: PartialDate, want: tuple[str, str, str]
) -> None:
    got = [(e.text, e.value, e.precision) for e in tag_dates(text, publication)]
    assert got == [want], got


@pytest.mark.parametrize("publication", [PartialDate(2025, 11), PartialDate(2025)])
def test_a_weekday_needs_a_day_precision_anchor(publication: PartialDate) -> None:
    got = tag("The minister spoke on Thursday.", publication)
    assert got == [], got


def test_relative_forms_without_any_anchor_are_dropped() -> None:
    got = tag("Last year, and a month earlier, and on Thursday, and in May, and the next five years.", None)
    assert got == [], got


# --- year-less dates and tense ------------------------------------------------------------


def test_months_listed_with_and_are_separate_dates() -> None:
    got = [(e.text, e.value, e.kind) for e in tag_dates("It rained in May and June.", PUBLISHED)]
    assert got == [("May", "2025-05", "date"), ("June", "2025-06", "date")], got


@pytest.mark.parametrize(
    "text, want",
    [
        ("The summit will take place in March.", "2026-03"),
        ("The minister said in December that talks were held.", "2024-12"),
        ("The summit in December is crucial.", "2025-12"),
        ("On 5 May the ministers will meet.", "2026-05-05"),
    ],
)
def test_a_date_without_a_year_follows_the_sentence_tense(text: str, want: str) -> None:
    got = [e.value for e in tag_dates(text, PUBLISHED)]
    assert got == [want], got


# --- false positives ---------------------------------------------------------------------

NOT_DATES = [
    "They offer loans of up to 45 years, with a grace period of up to 10 years.",
    "NATO and Moldova have been cooperating for 30 years.",
    "It marks three decades of NATO support.",
    "The EU allocated €16.7 billion through the SAFE instrument.",
    "It covers about ten areas of cooperation.",
    "At least two of the four adopted programs are running.",
    "All 32 allies agreed.",
    "Some 2000 troops arrived, with 1500 vehicles.",
    "Between 1950 and 2000 soldiers took part.",
    "The fleet sailed 2030 km.",
    "See page 2019 of the report.",
    "It cost €2025 and $1999, or 2,025 lei, up 2025%.",
    "The Horizon-2020 programme and the NATO 2030 initiative.",
    "By hosting NATO-Industry Forum 2025, Romania gains.",
    "A statement by Jan Lipavsky, Czech foreign minister.",
    "The march may be banned.",
    "May the alliance hold. March on, said Theresa May to Brian May.",
    "Call 0 22 2025 1999 for details.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_numbers_and_words_that_are_not_dates(text: str) -> None:
    """Lengths of time ("up to 45 years") are TIMEX3 DURATIONs, not dates: none may anchor an event."""
    got = [(e.text, e.timex_type) for e in tag_dates(text, PUBLISHED) if e.anchors_events]
    assert got == [], got


@pytest.mark.parametrize(
    "text, want",
    [
        ("The 2022 invasion changed everything.", ["2022"]),
        ("Moldova's 2024 budget rose.", ["2024"]),
        ("2014 was a turning point.", ["2014"]),
        ("2027 and 2028 will serve as key milestones.", ["2027", "2028"]),
        ("The years 1999, 2000 and 2001 were hard.", ["1999", "2000", "2001"]),
        ("In 2021 and 2022, it grew.", ["2021", "2022"]),
        ("2024's budget rose.", ["2024"]),
        ("UNSC Resolution 1244 (1999) applies.", ["1999"]),
    ],
)
def test_a_lone_number_is_a_year_in_a_date_context(text: str, want: list[str]) -> None:
    got = [e.value for e in tag_dates(text)]
    assert got == want, got


# --- offsets and ordering ------------------------------------------------------------------


def test_offsets_slice_back_to_the_text_in_order() -> None:
    text = "In May 2023, after the Bucharest Summit (2008) and at the end of last year, talks resumed."
    got = [(e.start_char, e.end_char, e.text) for e in tag_dates(text, PUBLISHED)]
    assert got == [(3, 11, "May 2023"), (41, 45, "2008"), (54, 74, "the end of last year")], got
    assert all(text[e.start_char : e.end_char] == e.text for e in tag_dates(text, PUBLISHED))


def test_longest_expression_wins_over_its_parts() -> None:
    got = [e.text for e in tag_dates("Planned for November 5-6, 2025 and March 2017.")]
    assert got == ["November 5-6, 2025", "March 2017"], got


# --- documents -----------------------------------------------------------------------------

DOCUMENT = [
    "Enhanced partnership with NATO in 2024",
    "At the end of last year, Moldova extended its plan, and from 2025 it moves to a new programme.",
    "The forum met on November 5-6, 2025.",
    "A month earlier, the general spoke. This year's theme is rearmament.",
]


def test_without_publication_relative_dates_anchor_on_the_last_absolute_date_of_the_document() -> None:
    got = [rows(paragraph) for paragraph in tag_document(DOCUMENT, None)]
    want = [
        [("2024", "2024", "year", None, "date", "absolute")],
        [
            ("the end of last year", "2023", "year", None, "date", "previous_date"),
            ("2025", "2025", "year", None, "open_end", "absolute"),
        ],
        [("November 5-6, 2025", "2025-11-05", "day", "2025-11-06", "range", "absolute")],
        [
            ("A month earlier", "2025-10", "month", None, "date", "previous_date"),
            ("This year", "2025", "year", None, "date", "previous_date"),
        ],
    ]
    assert got == want, got


def test_with_publication_deictic_dates_use_it_and_anaphoric_ones_still_look_back() -> None:
    got = [
        [(e.text, e.value, e.anchor, e.anchor_value) for e in p] for p in tag_document(DOCUMENT, PartialDate(2025, 11))
    ]
    want = [
        [("2024", "2024", "absolute", None)],
        [("the end of last year", "2024", "publication", "2025-11"), ("2025", "2025", "absolute", None)],
        [("November 5-6, 2025", "2025-11-05", "absolute", None)],
        [
            ("A month earlier", "2025-10", "previous_date", "2025-11-05"),
            ("This year", "2025", "publication", "2025-11"),
        ],
    ]
    assert got == want, got


def test_relative_dates_before_any_date_and_without_publication_are_dropped() -> None:
    got = tag_document(["Earlier this year, NATO approved a package.", "It meets in 2026."], None)
    assert rows(got[0]) == [], got
    assert rows(got[1]) == [("2026", "2026", "year", None, "date", "absolute")], got


# --- hand-written articles -------------------------------------------------------------------


def test_hand_written_report_on_a_ministerial() -> None:
    text = (
        "Defence ministers of the Bucharest Nine gathered in Warsaw on Tuesday, 4 March 2025, two weeks "
        "after Poland announced that its spending would reach 4.7 percent of GDP by the end of next year. "
        "The group first met in 2015 and has convened every spring since then; its next session is due in June."
    )
    got = tag(text, PartialDate(2025, 3, 5))
    want = [
        ("Tuesday, 4 March 2025", "2025-03-04", "day", None, "date", "absolute"),
        ("two weeks", "2025-03-05", "day", None, "date", "publication"),  # a DURATION (P2W), "after" its signal
        ("the end of next year", "2026", "year", "2026", "open_start", "publication"),
        ("2015", "2015", "year", None, "date", "absolute"),
        ("every spring", "2025-03-05", "day", None, "date", "publication"),  # a SET (XXXX-SP): dates no event
        ("June", "2025-06", "month", None, "date", "publication"),
    ]
    assert got == want, got


def test_hand_written_report_on_an_exercise() -> None:
    text = (
        "Lithuania hosted the Iron Wolf drills from 12 to 23 May 2024, the largest since the early 1990s. "
        "A year later, Vilnius said the brigade would be fully operational between 2026 and 2027, "
        "and that its 5,000 soldiers would rotate every six months until at least 2030."
    )
    got = [(e.text, e.value, e.end_value, e.kind, e.anchor, e.modifier, e.timex_type) for e in tag_dates(text, None)]
    want = [
        ("from 12 to 23 May 2024", "2024-05-12", "2024-05-23", "range", "absolute", None, "DATE"),
        ("the early 1990s", "1990", None, "open_end", "absolute", "early", "DATE"),
        ("A year later", "2025", None, "date", "previous_date", None, "DATE"),
        ("between 2026 and 2027", "2026", "2027", "range", "absolute", None, "DATE"),
        ("every six months", "2026", None, "date", "previous_date", None, "SET"),
        ("2030", "2030", "2030", "open_start", "absolute", None, "DATE"),
    ]
    assert got == want, got


def test_hand_written_timeline_with_a_decade_and_a_season() -> None:
    text = (
        "Through the 2000s the Baltic states relied on air policing; after the winter of 2014 the "
        "alliance tripled it, and the forward presence set up in Q1 2017 still stands."
    )
    got = [(e.text, e.value, e.end_value, e.kind) for e in tag_dates(text)]
    want = [
        ("the 2000s", "2000", "2009", "range"),
        ("the winter of 2014", "2014-12", None, "open_end"),
        ("Q1 2017", "2017-01", "2017-03", "range"),
    ]
    assert got == want, got


# --- gates -----------------------------------------------------------------------------------


def test_gates_only_skip_work_never_change_results(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [text for text, _ in ABSOLUTE + RELATIVE] + NOT_DATES + DOCUMENT + ["LAST YEAR, Tomorrow, SPRING 2024."]
    gated = [rows(tag_dates(text, PUBLISHED)) for text in texts]
    monkeypatch.setattr(GateIndex, "open_gates", lambda self, text: -1)  # every bit set: every gate open
    ungated = [rows(tag_dates(text, PUBLISHED)) for text in texts]
    assert gated == ungated, [(t, g, u) for t, g, u in zip(texts, gated, ungated, strict=False) if g != u]


def test_words_that_open_a_sentence_match_in_any_case() -> None:
    got = [
        (e.text, e.value) for e in tag_dates("LAST YEAR it fell. Tomorrow it rises. SPRING 2024 was wet.", PUBLISHED)
    ]
    assert got == [("LAST YEAR", "2024"), ("Tomorrow", "2025-11-11"), ("SPRING 2024", "2024-03")], got
