"""Quarters in earnings prose: what "the quarter", "a year ago" and "a year earlier" refer to (sentences written for these tests)."""

import pytest

from eastflank.loaders.extract.dates import PartialDate, tag_dates, tag_document

ANCHOR = PartialDate(2024, 10, 30)


def timex(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(e.text, e.timex_value) for expressions in tag_document(paragraphs, ANCHOR) for e in expressions]


def test_a_year_ago_counts_in_quarters_but_last_year_is_the_year() -> None:
    got = timex(["The brewer earned more in the third quarter than a year ago.", "Last year it lost money."])
    want = [("the third quarter", "2024-Q3"), ("a year ago", "2023-Q3"), ("Last year", "2023")]
    assert got == want, got


def test_a_comparison_with_the_year_before_does_not_change_the_quarter_spoken_of() -> None:
    got = timex([
        "Sales at the shipyard rose in the third quarter, from a year earlier.",
        "Orders for frigates doubled during the quarter.",
    ])  # fmt: skip
    want = [("the third quarter", "2024-Q3"), ("a year earlier", "2023-Q3"), ("the quarter", "2024-Q3")]
    assert got == want, got


def test_a_quarter_or_half_with_its_year_is_written_as_a_part_of_that_year() -> None:
    got = timex([
        "The mill stopped paying dividends in the second quarter of 2019.",
        "Margins will recover in the last half of 2025 and the first two quarters of 2026.",
    ])  # fmt: skip
    want = [
        ("the second quarter of 2019", "2019-Q2"),
        ("the last half of 2025", "2025-H2"),
        ("the first two quarters of 2026", "2026-H1"),
    ]
    assert got == want, got


def test_a_year_before_the_part_names_that_years_part() -> None:
    got = timex([
        "Revenue at the cement maker rose in the third quarter.",
        "In the 2023 period it had booked a charge, first taken in the 2023 first quarter.",
    ])  # fmt: skip
    want = [("the third quarter", "2024-Q3"), ("the 2023 period", "2023-Q3"), ("the 2023 first quarter", "2023-Q1")]
    assert got == want, got


def test_a_quarter_of_last_or_next_year_and_the_same_quarter_a_year_ago() -> None:
    got = timex([
        "The third quarter was weak for the insurer.",
        "Claims were lower in last year's quarter and in the corresponding period of last year.",
        "A new plant may open in next year's second quarter.",
    ])  # fmt: skip
    want = [
        ("The third quarter", "2024-Q3"),
        ("last year's quarter", "2023-Q3"),
        ("the corresponding period of last year", "2023-Q3"),
        ("next year's second quarter", "2025-Q2"),
    ]
    assert got == want, got


def test_the_latest_quarter_is_the_last_one_finished_and_a_forecast_quarter_is_no_topic() -> None:
    got = timex([
        "The storm will mean a fourth-quarter charge, the bank said.",
        "Profit fell in the latest quarter, against a gain a year ago.",
    ])  # fmt: skip
    want = [("fourth-quarter", "2024-Q4"), ("the latest quarter", "2024-Q3"), ("a year ago", "2023-Q3")]
    assert got == want, got


def test_the_article_of_a_hyphenated_quarter_belongs_to_its_noun() -> None:
    assert timex(["The third-quarter results beat forecasts."]) == [("third-quarter", "2024-Q3")]


def test_a_report_moving_on_to_a_longer_period_compares_that_period() -> None:
    got = timex([
        "Third-quarter profit at the dairy rose.",
        "For the nine months, profit fell from a year earlier.",
    ])  # fmt: skip
    want = [("Third-quarter", "2024-Q3"), ("the nine months", "P9M"), ("a year earlier", "2023")]
    assert got == want, got


def test_an_earlier_quarter_named_in_passing_leaves_the_topic() -> None:
    got = timex([
        "Third-quarter sales at the bakery chain rose.",
        "After a weak second quarter, the quarter-to-quarter gain was large, as in the year-earlier period.",
    ])  # fmt: skip
    want = [("Third-quarter", "2024-Q3"), ("second quarter", "2024-Q2"), ("the year-earlier period", "2023-Q3")]
    assert got == want, got


def test_a_quarter_ended_on_a_day_is_the_calendar_quarter_of_its_middle_month() -> None:
    got = timex(["The retailer lost money in the quarter ended Aug. 31.", "The quarter ending Dec. 31 will be better."])
    want = [
        ("the quarter", "2024-Q3"),
        ("Aug. 31", "2024-08-31"),
        ("The quarter", "2024-Q4"),
        ("Dec. 31", "2024-12-31"),
    ]
    assert got == want, got


@pytest.mark.parametrize(
    "text, want",
    [
        ("Accession talks may close in the first half of next year.", [("the first half of next year", "2026-H1")]),
        ("Deliveries slipped to the last quarter of this year.", [("the last quarter of this year", "2025-Q4")]),
        ("Spending rose in the second half of last year.", [("the second half of last year", "2024-H2")]),
        ("Nothing is planned for the third half of next year.", [("next year", "2026")]),
    ],
)
def test_a_part_of_a_year_named_from_the_day_of_writing(text: str, want: list[tuple[str, str]]) -> None:
    got = [(e.text, e.timex_value) for e in tag_dates(text, PartialDate(2025, 3, 5))]
    assert got == want, got


def test_a_part_of_the_year_is_of_the_year_the_text_tells_of() -> None:
    paragraphs = [
        "The shipyard expects orders to pick up in the second half of the year.",
        "In 2019 the yard built four ferries. In the first quarter of the year it built none.",
    ]
    got = [[(e.text, e.timex_value) for e in found] for found in tag_document(paragraphs, PartialDate(2025, 3, 5))]
    assert got == [
        [("the second half of the year", "2025-H2")],
        [("2019", "2019"), ("the first quarter of the year", "2019-Q1")],
    ], got


@pytest.mark.parametrize(
    "text, want",
    [
        ("Elections are expected in Q2.", [("Q2", "2025-Q2")]),
        ("Results for H1 were strong.", [("H1", "2025-H1")]),
        ("In Q3 the firm lost money.", [("Q3", "2024-Q3")]),
        ("Growth in 1H22 slowed.", [("1H22", "2022-H1")]),
        ("The deal closed in 4Q21.", [("4Q21", "2021-Q4")]),
        ("The FY2024 budget rose.", [("FY2024", "2024")]),
        ("The mission ends in FY26.", [("FY26", "2026")]),
        ("The H2 bomber flew.", []),
        ("The Q&A session ran long.", []),
        ("The H1N1 virus spread.", []),
    ],
)
def test_short_forms_of_quarters_halves_and_fiscal_years(text: str, want: list[tuple[str, str]]) -> None:
    got = [(e.text, e.timex_value) for e in tag_dates(text, PartialDate(2025, 3, 5))]
    assert got == want, got
