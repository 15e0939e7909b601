"""Quarters in earnings prose: what "the quarter", "a year ago" and "a year earlier" refer to (sentences written for these tests)."""

from eastflank.loaders.extract.dates import PartialDate, tag_document

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
