"""The year facet counts ISO dates of any precision and selects a year with __startswith."""

from collections.abc import Callable

import httpx

Fetch = Callable[[str], httpx.Response]


def year_counts(page: dict, column: str) -> list[tuple[str, int, bool]]:
    return [(r["value"], r["count"], r["selected"]) for r in page["facet_results"][column]["results"]]


def test_documents_are_faceted_by_year_whatever_the_precision(seed_site: Fetch) -> None:
    page = seed_site("/eastflank/documents.json?_col=published_date").json()
    dates = sorted(row[1] for row in page["rows"] if row[1] is not None)
    want = sorted(((year, sum(d[:4] == year for d in dates), False) for year in {d[:4] for d in dates}), reverse=True)
    assert year_counts(page, "published_date") == want, page["facet_results"]
    assert page["facet_results"]["published_date"]["type"] == "year"


def test_choosing_a_year_filters_and_marks_it_selected(sandbox_site: Fetch) -> None:
    page = sandbox_site("/eastflank/events.json?start_date__startswith=2024").json()
    assert year_counts(page, "start_date") == [("2024", 1, True)], page["facet_results"]
    assert [row[0] for row in page["rows"]] == ["evt-1"], page["rows"]
    assert page["facet_results"]["type"]["results"][0]["value"] == "visit", page["facet_results"]


def test_a_year_with_no_rows_gives_no_rows(sandbox_site: Fetch) -> None:
    page = sandbox_site("/eastflank/events.json?start_date__startswith=1999").json()
    assert (page["rows"], year_counts(page, "start_date")) == ([], []), page
