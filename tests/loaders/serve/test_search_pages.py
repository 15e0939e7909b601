"""Searching the served seed build: every match, in corpus order, page by page, as HTML and JSON."""

import json
import re
import sqlite3
from collections.abc import Callable
from html import unescape
from pathlib import Path
from typing import Any

import httpx
import pytest

from eastflank.loaders.build import BuildResult
from eastflank.loaders.serve import search_count
from tests.loaders.serve.conftest import fetcher, site

Fetch = Callable[[str], httpx.Response]
NARROWED = "limit :eastflank_rows"
"""In the page's SQL when the search was narrowed to the page's rows (first_page)."""


def matches_in_rowid_order(database: Path, table: str, word: str, where: str = "", *params: Any) -> list[str]:
    """The ids of `table`'s rows holding `word`, straight from SQLite, in the order the index gives them."""
    sql = (
        f"select t.id from {table}_fts f join {table} t on t.rowid = f.rowid "
        f"where {table}_fts match ? {where} order by f.rowid"
    )
    with sqlite3.connect(database) as connection:
        return [row[0] for row in connection.execute(sql, (word, *params))]


def every_page(fetch: Fetch, path: str) -> tuple[list[str], list[dict[str, Any]]]:
    """The ids of every row over every page, following next_url from `path`, and each page's JSON."""
    ids, pages = [], []
    while path:
        response = fetch(path)
        assert response.status_code == 200, (path, response.text[:300])
        page = response.json()
        pages.append(page)
        ids += [row["id"] for row in page["rows"]]
        path = (page["next_url"] or "").removeprefix("http://localhost")
    return ids, pages


def test_a_search_pages_through_every_match_in_corpus_order(seed_site: Fetch, seed_build: BuildResult) -> None:
    expected = matches_in_rowid_order(seed_build.out / "eastflank.db", "paragraphs", "NATO")
    ids, pages = every_page(seed_site, "/eastflank/paragraphs.json?_search=NATO&_size=5&_shape=objects")
    assert ids == expected and len(pages) == -(-len(expected) // 5) > 2, (ids, expected)
    assert all(NARROWED in page["query"]["sql"] for page in pages), pages[0]["query"]["sql"]
    assert {page["filtered_table_rows_count"] for page in pages} == {None}


def test_a_search_with_another_filter_reads_every_match_and_stays_right(
    seed_site: Fetch, seed_build: BuildResult
) -> None:
    database = seed_build.out / "eastflank.db"
    with sqlite3.connect(database) as connection:
        (document_id,) = connection.execute(
            "select document_id from paragraphs where rowid in (select rowid from paragraphs_fts "
            "where paragraphs_fts match 'NATO') group by document_id order by count(*) desc limit 1"
        ).fetchone()
    expected = matches_in_rowid_order(database, "paragraphs", "NATO", "and t.document_id = ?", document_id)
    path = f"/eastflank/paragraphs.json?_search=NATO&document_id={document_id}&_size=2&_shape=objects"
    ids, pages = every_page(seed_site, path)
    assert ids == expected and len(pages) > 1, (ids, expected)
    assert all(NARROWED not in page["query"]["sql"] for page in pages), pages[0]["query"]["sql"]


def test_an_order_the_reader_chooses_is_kept_and_every_match_counted(seed_site: Fetch, seed_build: BuildResult) -> None:
    expected = matches_in_rowid_order(seed_build.out / "eastflank.db", "paragraphs", "NATO")
    page = seed_site("/eastflank/paragraphs.json?_search=NATO&_sort_desc=position&_size=max&_shape=objects").json()
    positions = [row["position"] for row in page["rows"]]
    assert positions == sorted(positions, reverse=True) and len(positions) == len(expected), positions
    assert page["filtered_table_rows_count"] == len(expected), page["filtered_table_rows_count"]


def test_the_search_page_says_how_many_match_and_its_next_page_opens(seed_site: Fetch, seed_build: BuildResult) -> None:
    expected = matches_in_rowid_order(seed_build.out / "eastflank.db", "paragraphs", "NATO")
    first = seed_site("/eastflank/paragraphs?_search=NATO&_size=5")
    assert first.status_code == 200, first.text[:300]
    assert f"{len(expected)} rows match this search, listed in the order they were added" in first.text
    assert 'value="NATO"' in first.text  # the box keeps the words
    next_page = unescape(re.search(r'href="([^"]*_next=[^"]*)"', first.text).group(1))  # type: ignore[union-attr]
    second = seed_site(next_page.removeprefix("http://localhost"))
    assert second.status_code == 200, second.text[:300]
    assert f"/eastflank/paragraphs/{expected[5]}" in second.text and expected[0] not in second.text
    title = sqlite3.connect(seed_build.out / "eastflank.db").execute(
        "select d.title from paragraphs p join documents d on d.id = p.document_id where p.id = ?", (expected[5],)
    )
    assert unescape(second.text).count(title.fetchone()[0]) >= 1  # the document column still shows its title


def test_the_search_box_lands_on_the_page_in_corpus_order(seed_site: Fetch) -> None:
    form = "_search=NATO&_filter_column=&_filter_op=exact&_filter_value=&_sort=reading_order"
    submitted = seed_site(f"/eastflank/paragraphs?{form}")
    assert submitted.status_code == 302, submitted.status_code
    target = submitted.headers["location"]
    assert "_sort=rowid" in target and "_nocount=1" in target and "reading_order" not in target, target
    assert seed_site(target).status_code == 200


def test_a_count_past_the_cap_says_more_than(seed_site: Fetch, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_count, "COUNT_CAP", 3)
    page = seed_site("/eastflank/paragraphs?_search=NATO")
    assert "More than 3 rows match this search" in page.text, re.findall(r'class="search-count">[^<]*', page.text)
    alone = seed_site("/eastflank/paragraphs?_search=NATO&kind=body")
    assert "match this search" not in alone.text  # the index cannot count another filter's rows


def test_a_document_search_keeps_its_year_facet(seed_site: Fetch, seed_build: BuildResult) -> None:
    expected = matches_in_rowid_order(seed_build.out / "eastflank.db", "documents", "NATO")
    page = seed_site("/eastflank/documents.json?_search=NATO&_shape=objects&_col=title").json()
    assert [row["id"] for row in page["rows"]] == expected, page["rows"]
    years = page["facet_results"]["published_date"]["results"]
    assert sum(year["count"] for year in years) <= len(expected) and years, years
    assert NARROWED not in page["query"]["sql"]  # the facet counts every match


def test_a_streamed_csv_of_a_search_holds_every_match(seed_site: Fetch, seed_build: BuildResult) -> None:
    expected = matches_in_rowid_order(seed_build.out / "eastflank.db", "paragraphs", "NATO")
    csv = seed_site("/eastflank/paragraphs.csv?_search=NATO&_sort=rowid&_nocount=1&_size=5&_stream=on&_col=position")
    assert [line.split(",")[0] for line in csv.text.splitlines()[1:]] == expected, csv.text[:300]


def test_a_release_whose_metadata_cannot_sort_by_rowid_searches_as_datasette_does(seed_build: BuildResult) -> None:
    metadata = json.loads((seed_build.out / "metadata.json").read_text(encoding="utf-8"))
    for table in metadata["databases"]["eastflank"]["tables"].values():
        table.pop("sortable_columns", None)
    fetch = fetcher(site(seed_build.out / "eastflank.db", metadata))
    page = fetch("/eastflank/paragraphs.json?_search=NATO&_shape=objects")
    assert page.status_code == 200, page.text[:300]
    expected = matches_in_rowid_order(seed_build.out / "eastflank.db", "paragraphs", "NATO")
    assert page.json()["filtered_table_rows_count"] == len(expected), page.json()["filtered_table_rows_count"]
    assert "order by reading_order" in page.json()["query"]["sql"]
