"""Datasette's metadata.json: title, licence, sources, and every table's and column's description."""

import html
import json
from pathlib import Path
from typing import Any

from eastflank.loaders.publish.canned_queries import canned_queries_metadata
from eastflank.loaders.publish.home_page import home_description_html
from eastflank.schema.describe import describe_tables
from eastflank.schema.provenance import READING_ORDER_VIEW, SPAN_TABLES

TITLE = "eastflank: security cooperation on NATO's eastern flank"
DESCRIPTION = (
    "An open, citable relational dataset of security cooperation on NATO's eastern flank: "
    "Moldova's partnership with NATO (IPAP, ITPP, PfP), Romania as host and ally, the Balkans. "
    "Every fact is traceable to the paragraph and character span that states it."
)
LICENSE = {"license": "CC-BY-4.0", "license_url": "https://creativecommons.org/licenses/by/4.0/"}
SOURCE = {
    "source": "News and institutional articles in seeds/, and curated reference data in seeds/reference/",
    "source_url": "https://github.com/eastflank/eastflank",
}
LABEL_COLUMNS = {
    "documents": "title",
    "entities": "name",
    "events": "name",
    "temporal_expressions": "text",
    "programmes": "acronym",
    "quotes": "text",
    "mentions": "text",
}
"""Shown instead of a raw id wherever a foreign key points at the table (a programme's predecessor by its acronym)."""
FACETS: dict[str, list[Any]] = {
    "entities": ["type"],
    "events": ["type", {"year": "start_date"}],
    "documents": [{"year": "published_date"}],
}
"""Few default facets keep pages fast; `year` is the eastflank plugin's facet on ISO dates of any precision."""
DEFAULT_SORTS = {
    "documents": {"sort_desc": "published_date"},
    "events": {"sort": "start_date"},
    "paragraphs": {"sort": "reading_order"},
}
"""Paragraphs in reading order (each document's together, by position), through their indexed sort key."""
PLUGINS = {"datasette-cluster-map": {"latitude_column": "no_tile_server", "longitude_column": "no_tile_server"}}
"""datasette-cluster-map draws on OpenStreetMap tiles fetched by the browser; pointed at columns no table has, it
draws nothing, and the site needs no network: places are drawn offline at /-/map (serve/places_page.py)."""
ENTITIES_NOTE = (
    " <strong>The entities the articles name come first</strong> (the filter above), by name; "
    "the curated reference entries no article names yet follow them (the link at the end of the list), "
    'and <a href="?_sort=name">all entities</a> shows both parts together.'
)
"""The bare entities page redirects to the mentioned ones, whose page links on to the rest
(serve/default_views.py, serve/entities_sequence.py); this says so and how to see all at once."""
FTS_TABLES = {"paragraphs": "paragraphs_fts", "documents": "documents_fts"}
HIDDEN_TABLES = ("alembic_version",)
READING_ORDER_VIEW_DESCRIPTION = (
    "The rows of {table} with reading_order: their paragraph's reading_order, then their offset in it. "
    "Filter by document_id and sort by reading_order to read one article's {table} in the order the text "
    "states them (a {table} page filtered by document comes here)."
)
SEARCH_ORDER = "rowid"
"""A search without an order of its own lists matches by rowid, the order the articles were added (each one's
paragraphs together and by position): the order the full-text index returns them in, so SQLite stops at the
page (serve/search_order.py). Sorting them by a column sorts every match."""
SEARCH_NOTES = {
    "paragraphs": (
        " A search here lists the matching paragraphs in corpus order (by rowid: the articles in the order they "
        "were added, each one's paragraphs together and by position) and stops at the page instead of counting "
        "every match, so it answers at once however many there are; sorting them by a column sorts every match. "
        'The <a href="/{database}/search">search query</a> shows each match with its document\'s title and date.'
    ),
    "documents": (
        " A search here (of titles) lists the matching documents in the order they were added (by rowid) "
        "rather than newest first, which would read and sort every match; sorting them by a column does that."
    ),
}
"""Shown beside the search box of each table with full-text search: what order a search lists matches in, and why."""


def datasette_metadata(database_name: str = "eastflank", description_html: str | None = None) -> dict[str, Any]:
    """The metadata document Datasette serves the dataset with; the home page shows `description_html`."""
    tables: dict[str, Any] = {
        table.name: {
            "description": table.description,
            "columns": {column.name: column.description for column in table.columns},
            **_table_options(table.name),
            **_search_note(table.name, table.description, database_name),
            **_sortable_columns(table.name, [column.name for column in table.columns]),
        }
        for table in describe_tables()
    }
    for hidden in HIDDEN_TABLES:
        tables[hidden] = {"hidden": True}
    for table in SPAN_TABLES:
        tables[f"{table}{READING_ORDER_VIEW}"] = {"description": READING_ORDER_VIEW_DESCRIPTION.format(table=table)}
    database = {"tables": tables, "queries": canned_queries_metadata()}
    document = {
        "title": TITLE,
        "description": DESCRIPTION,
        **LICENSE,
        **SOURCE,
        "databases": {database_name: database},
        "plugins": PLUGINS,
    }
    if description_html is not None:
        document["description_html"] = description_html
    return document


def _table_options(table_name: str) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if table_name in LABEL_COLUMNS:
        options["label_column"] = LABEL_COLUMNS[table_name]
    if table_name in FTS_TABLES:
        options["fts_table"] = FTS_TABLES[table_name]
    if table_name in FACETS:
        options["facets"] = FACETS[table_name]
    options.update(DEFAULT_SORTS.get(table_name, {}))
    return options


def _search_note(table_name: str, description: str, database_name: str) -> dict[str, str]:
    if table_name == "entities":
        return {"description_html": html.escape(description) + ENTITIES_NOTE}
    if table_name not in SEARCH_NOTES:
        return {}
    return {"description_html": html.escape(description) + SEARCH_NOTES[table_name].format(database=database_name)}


def _sortable_columns(table_name: str, columns: list[str]) -> dict[str, list[str]]:
    """Every column, and for a searchable table also rowid, the order its searches are listed in.

    Datasette sorts a table with a primary key by its columns only; naming them here as well
    as rowid keeps every column header sortable and lets `_sort=rowid` through.
    """
    if table_name not in FTS_TABLES:
        return {}
    return {"sortable_columns": [*columns, SEARCH_ORDER]}


def write_datasette_metadata(out: Path) -> Path:
    """Write metadata.json into the output folder."""
    path = out / "metadata.json"
    document = datasette_metadata(description_html=home_description_html(DESCRIPTION, out, TITLE, SOURCE["source_url"]))
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
