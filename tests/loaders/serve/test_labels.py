"""Every foreign key a page shows is a readable label linking to its row, never a bare id; every row page opens."""

import html
import re
import sqlite3
from typing import Any
from urllib.parse import quote

import pytest
from datasette.utils import tilde_encode

from eastflank.loaders.build import BuildResult
from eastflank.loaders.serve.labels import foreign_key_target, paragraph_label
from eastflank.schema import metadata
from tests.loaders.serve.conftest import Fetch

LABELLED = re.compile(r'<a href="/eastflank/(\w+)/([^"]+)">([^<]+)</a>&nbsp;<em>([^<]+)</em>')
TABLES_WITH_FOREIGN_KEYS = sorted(name for name, table in metadata.tables.items() if table.foreign_keys)


def test_paragraph_label_names_article_position_and_first_words() -> None:
    got = paragraph_label(
        "Allies meet in Constanța", 3, "The ministers  agreed\non a new plan for the Black Sea " * 3, 200
    )
    assert got.startswith("Allies meet in Constanța · ¶3: The ministers agreed on a new plan"), got
    assert got.endswith("…"), got
    assert paragraph_label("Short", 0, "Whole text.", 11) == "Short · ¶0: Whole text."
    assert paragraph_label("T" * 90, 1, "x", 1) == "T" * 40 + "… · ¶1: x"


def test_foreign_key_targets_come_from_the_schema() -> None:
    assert foreign_key_target("events", "paragraph_id") == "paragraphs"
    assert foreign_key_target("quotes", "speaker_entity_id") == "entities"
    assert foreign_key_target("programmes", "predecessor_id") == "programmes"
    assert foreign_key_target("events", "name") is None
    assert foreign_key_target("no_such_table", "id") is None


def _first_row(database: sqlite3.Connection, table: str) -> dict[str, Any] | None:
    database.row_factory = sqlite3.Row
    keys = ", ".join(column.name for column in metadata.tables[table].columns if column.foreign_keys)
    # the row with the most foreign keys filled, so each page has something to label
    filled = " + ".join(f"({name.strip()} is not null)" for name in keys.split(","))
    row = database.execute(f"select * from [{table}] order by {filled} desc limit 1").fetchone()
    return None if row is None else dict(row)


def _row_path(table: str, row: dict[str, Any]) -> str:
    keys = [column.name for column in metadata.tables[table].primary_key.columns]
    return f"/eastflank/{table}/" + ",".join(tilde_encode(str(row[key])) for key in keys)


@pytest.mark.parametrize("table", TABLES_WITH_FOREIGN_KEYS)
def test_row_page_shows_each_foreign_key_as_a_label(table: str, seed_build: BuildResult, seed_site: Fetch) -> None:
    with sqlite3.connect(seed_build.out / "eastflank.db") as database:
        row = _first_row(database, table)
    assert row is not None, f"the seed build has no {table}"
    page = seed_site(_row_path(table, row))
    assert page.status_code == 200, (table, page.status_code)
    checked = 0
    for column in metadata.tables[table].columns:
        target = foreign_key_target(table, column.name)
        if target is None or row[column.name] is None:
            continue
        cell = re.search(rf'<td class="col-{column.name} [^"]*">(.*?)</td>', page.text, re.S)
        assert cell is not None, (table, column.name)
        link = LABELLED.search(cell.group(1))
        assert link is not None, (table, column.name, cell.group(1))
        linked_table, _, label, shown_id = link.groups()
        assert (linked_table, shown_id) == (target, str(row[column.name])), link.groups()
        assert label != shown_id, (table, column.name, label)
        checked += 1
    assert checked > 0, table


def test_table_pages_show_paragraphs_by_article_and_position(seed_site: Fetch) -> None:
    for table in ("mentions", "events", "quotes", "temporal_expressions"):
        page = seed_site(f"/eastflank/{table}?_size=5")
        cells = re.findall(r'<td class="col-paragraph_id [^"]*">(.*?)</td>', page.text, re.S)
        assert len(cells) == 5, (table, len(cells))
        for cell in cells:
            link = LABELLED.search(cell)
            assert link is not None and " · ¶" in link.group(3), (table, cell)


def test_query_results_show_labels_beside_ids(seed_site: Fetch) -> None:
    sql = "select id as event_id, paragraph_id, location_entity_id as entity_id from events where location_entity_id is not null limit 3"
    page = seed_site("/eastflank?sql=" + sql.replace(" ", "+"))
    links = LABELLED.findall(page.text)
    assert {table for table, *_ in links} == {"events", "paragraphs", "entities"}, links
    assert all(label != shown for _, _, label, shown in links), links


def test_programme_fact_pointing_at_a_programme_shows_its_name(seed_build: BuildResult, seed_site: Fetch) -> None:
    with sqlite3.connect(seed_build.out / "eastflank.db") as database:
        fact_id, value, name = database.execute(
            "select f.id, f.value, e.name from programme_facts f join entities e on e.id = f.value "
            "where f.fact in ('replaced_by', 'replaces') order by f.id limit 1"
        ).fetchone()
    for page in (seed_site(f"/eastflank/programme_facts/{fact_id}"), seed_site("/eastflank/programme_facts")):
        cells = re.findall(r'<td class="col-value [^"]*">(.*?)</td>', page.text, re.S)
        assert f'<a href="/eastflank/entities/{value}">{name}</a>&nbsp;<em>{value}</em>' in cells, cells


@pytest.mark.parametrize("table", ["programmes", "entity_mention_counts"])
def test_tables_keyed_by_an_entity_name_it_under_the_slug(table: str, seed_site: Fetch) -> None:
    page = seed_site(f"/eastflank/{table}?_size=5")
    keyed = re.findall(
        rf'<td class="col-entity_id type-pk"><a href="/eastflank/{table}/([^"]+)">[^<]+</a>'
        r'<br><span class="key-label">([^<]+)</span></td>',
        page.text,
    )
    slugs = ",".join(f"'{slug}'" for slug, _ in keyed)
    sql = f"select id, name from entities where id in ({slugs})"
    names = dict(seed_site("/eastflank.json?_shape=arrays&sql=" + quote(sql)).json()["rows"])
    assert len(keyed) == 5 and all(names[slug] == name for slug, name in keyed), keyed


@pytest.mark.parametrize("table", sorted(metadata.tables))
def test_every_tables_row_page_opens_and_cites_the_row(table: str, seed_build: BuildResult, seed_site: Fetch) -> None:
    with sqlite3.connect(seed_build.out / "eastflank.db") as database:
        database.row_factory = sqlite3.Row
        row = database.execute(f"select * from [{table}] limit 1").fetchone()
    assert row is not None, f"the seed build has no {table}"
    page = seed_site(_row_path(table, dict(row)))
    assert page.status_code == 200, (table, page.status_code)
    keys = ",".join(str(row[column.name]) for column in metadata.tables[table].primary_key.columns)
    assert f"Table {table}, row {html.escape(keys)}." in page.text, table
