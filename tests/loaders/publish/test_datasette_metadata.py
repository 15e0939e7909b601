"""metadata.json: every table and column described, names for foreign keys, facets, queries, release."""

import json
import sqlite3

import pytest

from eastflank.loaders.build import BuildResult
from eastflank.loaders.publish.arrow_schema import published_tables
from eastflank.loaders.publish.canned_queries import canned_queries_metadata
from eastflank.loaders.publish.datasette_metadata import datasette_metadata


@pytest.fixture(scope="module")
def metadata(seed_build: BuildResult) -> dict:
    return json.loads((seed_build.out / "metadata.json").read_text(encoding="utf-8"))


def test_every_table_and_column_has_a_description(metadata: dict) -> None:
    tables = metadata["databases"]["eastflank"]["tables"]
    undescribed = [t.name for t in published_tables() if not tables[t.name]["description"]]
    undescribed += [
        f"{t.name}.{c.name}" for t in published_tables() for c in t.columns if not tables[t.name]["columns"][c.name]
    ]
    assert undescribed == [], undescribed


def test_label_columns_facets_and_sorts(metadata: dict) -> None:
    tables = metadata["databases"]["eastflank"]["tables"]
    got = {
        name: {k: v for k, v in table.items() if k in ("label_column", "facets", "sort", "sort_desc", "fts_table")}
        for name, table in tables.items()
    }
    got = {name: options for name, options in got.items() if options}
    assert got == {
        "documents": {
            "label_column": "title",
            "facets": [{"year": "published_date"}],
            "sort_desc": "published_date",
            "fts_table": "documents_fts",
        },
        "paragraphs": {"fts_table": "paragraphs_fts", "sort": "reading_order"},
        "entities": {"label_column": "name", "facets": ["type"]},
        "events": {"label_column": "name", "facets": ["type", {"year": "start_date"}], "sort": "start_date"},
        "temporal_expressions": {"label_column": "text"},
        "programmes": {"label_column": "acronym"},
        "quotes": {"label_column": "text"},
        "mentions": {"label_column": "text"},
    }, got


def test_canned_queries_are_published(metadata: dict) -> None:
    assert metadata["databases"]["eastflank"]["queries"] == canned_queries_metadata()


def test_home_page_shows_the_release(seed_build: BuildResult, metadata: dict) -> None:
    with sqlite3.connect(seed_build.out / "eastflank.db") as connection:
        facts = connection.execute("select key, value from release_info").fetchall()
    html = metadata["description_html"]
    missing = [key for key, value in facts if f"<th>{key}</th><td><code>{value}</code></td>" not in html]
    assert missing == [], html
    assert '<a href="/-/reader">' in html, html
    assert (metadata["license"], metadata["source_url"]) == ("CC-BY-4.0", "https://github.com/eastflank/eastflank")


def test_the_paragraphs_page_points_to_the_search_query() -> None:
    database = datasette_metadata()["databases"]["eastflank"]
    hint = database["tables"]["paragraphs"]["description_html"]
    assert hint.startswith("One row per paragraph of a document"), hint
    assert '<a href="/eastflank/search">search query</a>' in hint and "search" in database["queries"], hint


def test_the_tile_map_plugin_is_pointed_at_no_column() -> None:
    got = datasette_metadata()["plugins"]
    assert got == {
        "datasette-cluster-map": {"latitude_column": "no_tile_server", "longitude_column": "no_tile_server"}
    }, got
    columns = {column.name for table in published_tables() for column in table.columns}
    assert "no_tile_server" not in columns, "a real column of that name would bring the tile map back"


def test_the_entities_page_says_it_lists_mentioned_ones_first_and_links_all() -> None:
    note = datasette_metadata()["databases"]["eastflank"]["tables"]["entities"]["description_html"]
    assert "<strong>The entities the articles name come first</strong>" in note, note
    assert "the curated reference entries no article names yet follow them" in note, note
    assert note.endswith('<a href="?_sort=name">all entities</a> shows both parts together.'), note
