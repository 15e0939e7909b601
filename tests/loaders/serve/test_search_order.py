"""Table searches in corpus order: which requests are served so (search_order), and what the page reads (first_page)."""

from urllib.parse import parse_qsl

import pytest
from datasette.filters import FilterArguments

from eastflank.loaders.serve.first_page import PageBounds, narrowed, page_bounds, search_clauses
from eastflank.loaders.serve.search_order import search_arguments

FORM = "_filter_column=&_filter_op=exact&_filter_value="
"""The blank filter row every submission of a table page's form carries."""


def rewritten(path: str, query: str) -> list[tuple[str, str]] | None:
    got = search_arguments(path, query)
    return None if got is None else parse_qsl(got, keep_blank_values=True)


def test_a_search_without_an_order_is_served_in_rowid_order_uncounted() -> None:
    assert rewritten("/eastflank/paragraphs.json", "_search=NATO") == [
        ("_search", "NATO"),
        ("_sort", "rowid"),
        ("_nocount", "1"),
    ]
    assert rewritten("/eastflank/documents", "_search=NATO&_size=20") == [
        ("_search", "NATO"),
        ("_size", "20"),
        ("_sort", "rowid"),
        ("_nocount", "1"),
        ("_labels", "off"),
    ]


def test_the_search_box_sends_the_default_order_which_counts_as_none() -> None:
    paragraphs = rewritten("/eastflank/paragraphs", f"_search=NATO&{FORM}&_sort=reading_order")
    assert paragraphs is not None and ("_sort", "rowid") in paragraphs and ("_sort", "reading_order") not in paragraphs
    documents = rewritten("/eastflank/documents", f"_search=NATO&{FORM}&_sort=published_date&_sort_by_desc=on")
    assert documents is not None and ("_sort", "rowid") in documents and ("_sort_by_desc", "on") not in documents
    assert rewritten("/eastflank/paragraphs", f"_search=NATO&{FORM}&_sort=") is not None


@pytest.mark.parametrize(
    "path, query",
    [
        ("/eastflank/paragraphs", "_search=NATO&_sort=reading_order"),  # a column header's link
        ("/eastflank/paragraphs", "_search=NATO&_sort_desc=position"),
        ("/eastflank/paragraphs", f"_search=NATO&{FORM}&_sort=position"),  # the form's menu set to another order
        ("/eastflank/documents", f"_search=NATO&{FORM}&_sort=published_date"),  # ascending, unlike the default
        ("/eastflank/paragraphs", "_search=NATO&_next=abc%3A000001%2Cp1"),  # a next page of the default order
        ("/eastflank/paragraphs", "_search=+"),
        ("/eastflank/paragraphs", "_search_text=NATO"),
        ("/eastflank/paragraphs", "document_id=d1"),
        ("/eastflank/paragraphs.json", "_search=NATO&_labels=on"),
        ("/eastflank/paragraphs.csv", "_search=NATO"),
        ("/eastflank/mentions", "_search=NATO"),
        ("/other/paragraphs", "_search=NATO"),
    ],
)
def test_a_request_that_is_no_plain_search_or_chooses_its_order_is_served_as_asked(path: str, query: str) -> None:
    assert search_arguments(path, query) is None


def test_the_query_string_is_kept_byte_for_byte() -> None:
    got = search_arguments("/eastflank/paragraphs.json", "_search=Rom%C3%A2nia+%22a%26b%22&document_id=x%2By")
    assert got == "_search=Rom%C3%A2nia+%22a%26b%22&document_id=x%2By&_sort=rowid&_nocount=1", got


FAST = {"_search": "NATO", "_sort": "rowid", "_nocount": "1"}


@pytest.mark.parametrize(
    "arguments, bounds",
    [
        (FAST, PageBounds(None, 101)),
        ({**FAST, "_size": "5", "_next": "42,p-1"}, PageBounds(42, 6)),
        ({**FAST, "_size": "max"}, PageBounds(None, 201)),
        ({"_search": "NATO", "_sort": "rowid", "_shape": "array"}, PageBounds(None, 101)),
        ({**FAST, "_nofacet": "1", "_facet": "kind"}, PageBounds(None, 101)),
        ({k: v for k, v in FAST.items() if k != "_nocount"}, None),  # Datasette's count needs every match
        ({k: v for k, v in FAST.items() if k != "_sort"}, None),
        ({**FAST, "_sort": "position"}, None),
        ({**FAST, "_facet": "kind"}, None),
        ({**FAST, "document_id": "d1"}, None),
        ({**FAST, "position__gt": "2"}, None),
        ({**FAST, "_where": "position > 2"}, None),
        ({**FAST, "_size": "500"}, None),
        ({**FAST, "_next": "not-a-rowid,p-1"}, None),
        ({**FAST, "_stream": "on"}, None),
    ],
)
def test_a_page_is_read_from_its_first_matches_only_when_nothing_else_needs_them_all(
    arguments: dict[str, str], bounds: PageBounds | None
) -> None:
    assert page_bounds("paragraphs", arguments, {}, 100, 200) == bounds


def test_a_faceted_table_reads_every_match_unless_its_facets_are_off() -> None:
    assert page_bounds("documents", FAST, {"facets": [{"year": "published_date"}]}, 100, 200) is None
    assert page_bounds("documents", {**FAST, "_nofacet": "1"}, {"facets": ["x"]}, 100, 200) == PageBounds(None, 101)


def test_only_the_search_clause_alone_is_narrowed() -> None:
    (whole, narrow) = next(iter(search_clauses("paragraphs").items()))
    search = FilterArguments([whole], {"search": "NATO"}, ['search matches "NATO"'], {"search": "NATO"})
    page = narrowed([search], "paragraphs", PageBounds(7, 11))
    assert page is not None and page.where_clauses == [narrow.format(after=" and rowid > :eastflank_after")]
    assert page.params == {"search": "NATO", "eastflank_after": 7, "eastflank_rows": 11}, page.params
    assert page.extra_context == {"search": "NATO"} and page.human_descriptions == ['search matches "NATO"']
    another = FilterArguments(["position > 2"])
    assert narrowed([search, another], "paragraphs", PageBounds(None, 11)) is None
