"""A staged output is checked before it is published: files present, SQLite sound, foreign keys met, row counts equal."""

import re
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from sqlalchemy import Table

from eastflank.loaders.build import BuildResult
from eastflank.loaders.errors import BuildError
from eastflank.loaders.publish.arrow_schema import published_tables
from eastflank.loaders.publish.validate import expected_files, validate_output


@pytest.fixture
def staging(seed_build: BuildResult, tmp_path: Path) -> Path:
    copy = tmp_path / "staging"
    shutil.copytree(seed_build.out, copy)
    return copy


def error_of(staging: Path) -> str:
    with pytest.raises(BuildError) as caught:
        validate_output(staging)
    return str(caught.value)


def mentions_count(staging: Path) -> int:
    with sqlite3.connect(staging / "eastflank.db") as connection:
        return connection.execute("select count(*) from mentions").fetchone()[0]


def test_a_complete_build_passes(staging: Path) -> None:
    validate_output(staging)
    assert "parquet/mentions.parquet" in expected_files()


def test_a_missing_file_is_named(staging: Path) -> None:
    (staging / "parquet" / "mentions.parquet").unlink()
    (staging / "metadata.json").unlink()
    (staging / "CHANGES.json").unlink()
    got = error_of(staging)
    want = f"{staging}: missing metadata.json, CHANGES.json, parquet/mentions.parquet; nothing was published. Fix: "
    assert got.startswith(want), got


def test_a_parquet_file_short_of_rows_is_named(staging: Path) -> None:
    path = staging / "parquet" / "mentions.parquet"
    pq.write_table(pq.read_table(path).slice(0, 10), path)
    got = error_of(staging)
    want = f"{staging}: parquet/mentions.parquet holds 10 rows but eastflank.db table mentions holds {mentions_count(staging)}"
    assert got.startswith(want), got


def test_a_duckdb_table_short_of_rows_is_named(staging: Path) -> None:
    with duckdb.connect(str(staging / "eastflank.duckdb")) as connection:
        connection.execute("delete from mentions where id in (select id from mentions limit 3)")
    got = error_of(staging)
    want = f"{staging}: eastflank.duckdb/mentions holds {mentions_count(staging) - 3} rows but eastflank.db table mentions holds"
    assert got.startswith(want), got


def test_a_corrupt_sqlite_file_fails(staging: Path) -> None:
    database = staging / "eastflank.db"
    data = bytearray(database.read_bytes())
    page = 4096
    data[page * 2 : page * 6] = b"\xff" * (page * 4)
    database.write_bytes(bytes(data))
    got = error_of(staging)
    assert got.startswith(f"{staging}: eastflank.db "), got
    assert "integrity check" in got or "cannot be read" in got, got


def test_an_unreadable_parquet_file_fails(staging: Path) -> None:
    (staging / "parquet" / "mentions.parquet").write_bytes(b"not parquet")
    got = error_of(staging)
    assert got.startswith(f"{staging}: an exported file cannot be read ("), got


def first_mention(staging: Path) -> tuple[str, str]:
    """Id and entity of one mention in the staged database."""
    with sqlite3.connect(staging / "eastflank.db") as connection:
        return connection.execute("select id, entity_id from mentions order by id limit 1").fetchone()


def test_a_foreign_key_naming_nothing_is_named(staging: Path) -> None:
    mention_id, _ = first_mention(staging)
    with sqlite3.connect(staging / "eastflank.db") as connection:
        connection.execute("update mentions set entity_id = 'no-such-entity' where id = ?", (mention_id,))
    got = error_of(staging)
    assert "mentions.entity_id = 'no-such-entity' names no row of entities" in got, got


@dataclass
class Change:
    """An incremental build's removed and inserted rows of one table, as validate_output takes them."""

    table: Table
    removed: dict = field(default_factory=dict)
    inserted: dict = field(default_factory=dict)


def no_changes() -> dict[str, Change]:
    return {table.name: Change(table) for table in published_tables()}


def mention_row(staging: Path, mention_id: str) -> tuple:
    with sqlite3.connect(staging / "eastflank.db") as connection:
        return connection.execute("select * from mentions where id = ?", (mention_id,)).fetchone()


def test_an_incremental_build_checks_the_rows_it_inserted(staging: Path) -> None:
    mention_id, _ = first_mention(staging)
    with sqlite3.connect(staging / "eastflank.db") as connection:
        connection.execute("update mentions set entity_id = 'no-such-entity' where id = ?", (mention_id,))
    validate_output(staging, no_changes())  # rows it did not touch were checked when they were built
    changes = no_changes()
    changes["mentions"].inserted[mention_id] = mention_row(staging, mention_id)
    with pytest.raises(BuildError, match=re.escape("mentions.entity_id = 'no-such-entity' names no row of entities")):
        validate_output(staging, changes)


def test_an_incremental_build_checks_the_parents_it_removed(staging: Path) -> None:
    _mention_id, entity_id = first_mention(staging)
    entity = Change(published_tables()[0].metadata.tables["entities"])
    changes = {**no_changes(), "entities": entity}
    with sqlite3.connect(staging / "eastflank.db") as connection:
        entity.removed[entity_id] = connection.execute("select * from entities where id = ?", (entity_id,)).fetchone()
    with pytest.raises(BuildError, match=f"entity_id = '{entity_id}' names no row of entities"):
        validate_output(staging, changes)
    entity.inserted[entity_id] = entity.removed[entity_id]
    validate_output(staging, changes)
