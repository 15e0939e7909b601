"""`eastflank build --database-url` loads a real PostgreSQL server with exactly the rows of the
published SQLite file, and exports the same Parquet files from it as a SQLite build does."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect, select
from sqlalchemy.pool import NullPool
from typer.testing import CliRunner

from eastflank.loaders.build import BuildResult, build
from eastflank.loaders.cli import app
from eastflank.loaders.paths import SEEDS_DIR
from eastflank.loaders.publish.arrow_schema import published_tables
from eastflank.schema import metadata

from .conftest import fresh_database

TABLES = [table.name for table in published_tables()]


@pytest.fixture(scope="module")
def postgres_build(
    postgres_admin_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[BuildResult, str]]:
    """The seeds built into a fresh PostgreSQL database and a temporary output folder."""
    with fresh_database(postgres_admin_url) as url:
        yield build(SEEDS_DIR, tmp_path_factory.mktemp("postgres-build") / "dist", database_url=url), url


def typed_rows(url: str, table_name: str) -> list[tuple[tuple[type, Any], ...]]:
    """Every row as (type, value) pairs, sorted by primary key in Python (code point order)."""
    table = metadata.tables[table_name]
    key = [list(table.columns).index(column) for column in table.primary_key.columns]
    engine = create_engine(url, poolclass=NullPool)
    with engine.connect() as connection:
        rows = connection.execute(select(*table.columns)).fetchall()
    engine.dispose()
    rows.sort(key=lambda row: tuple(row[i] for i in key))
    return [tuple((type(value), value) for value in row) for row in rows]


@pytest.mark.parametrize("table", TABLES)
def test_every_postgresql_row_equals_the_sqlite_row(postgres_build: tuple[BuildResult, str], table: str) -> None:
    result, url = postgres_build
    got = typed_rows(url, table)
    want = typed_rows(f"sqlite:///{result.out / 'eastflank.db'}", table)
    assert got == want, (table, len(got), len(want), [a for a, b in zip(got, want, strict=False) if a != b][:2])
    assert len(got) == result.row_counts[table], table


def test_the_loaded_database_holds_every_index_the_models_declare(postgres_build: tuple[BuildResult, str]) -> None:
    """The load drops the non-unique indexes and builds them after the rows (store/deferred_indexes.py)."""
    _result, url = postgres_build
    engine = create_engine(url, poolclass=NullPool)
    with engine.connect() as connection:
        inspector = inspect(connection)
        got = {
            index["name"]
            for table in TABLES
            for index in inspector.get_indexes(table)
            if "duplicates_constraint" not in index  # a unique constraint's own index
        }
    engine.dispose()
    want = {str(index.name) for table in TABLES for index in metadata.tables[table].indexes}
    assert got == want, (sorted(want - got), sorted(got - want))


def test_the_seeds_fill_the_main_tables(postgres_build: tuple[BuildResult, str]) -> None:
    _result, url = postgres_build
    counts = {
        table: len(typed_rows(url, table))
        for table in ("documents", "paragraphs", "entities", "mentions", "table_stats")
    }
    assert counts["documents"] == 5 and all(count > 0 for count in counts.values()), counts


@pytest.mark.parametrize("table", [name for name in TABLES if name != "release_info"])
def test_parquet_exported_from_postgresql_equals_a_sqlite_build(
    postgres_build: tuple[BuildResult, str], seed_build: BuildResult, table: str
) -> None:
    got = (postgres_build[0].out / "parquet" / f"{table}.parquet").read_bytes()
    want = (seed_build.out / "parquet" / f"{table}.parquet").read_bytes()
    assert got == want, table


def test_the_command_reloads_a_loaded_database(postgres_build: tuple[BuildResult, str], tmp_path: Path) -> None:
    _result, url = postgres_build
    done = CliRunner().invoke(
        app, ["build", "--corpus", str(SEEDS_DIR), "--out", str(tmp_path / "dist"), "--database-url", url]
    )
    assert done.exit_code == 0, done.stderr
    for table in ("documents", "mentions", "programmes", "entities"):
        assert typed_rows(url, table) == typed_rows(f"sqlite:///{tmp_path / 'dist' / 'eastflank.db'}", table), table
