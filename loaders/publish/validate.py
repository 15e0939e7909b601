"""Check a staged output folder before it replaces the published one.

Validation runs last in the staging folder, so a build whose output is incomplete or
inconsistent fails and the previous output stays published: every expected file is
present, SQLite's own structural check passes (`quick_check`: pages, records and NOT
NULL; it skips comparing each index with its table, which makes `integrity_check` six
times slower, and SQLite itself wrote both), every foreign key names an existing row
(publish/foreign_keys.py), and every Parquet file and DuckDB table holds as many rows as
the SQLite table it was exported from, and every closed-vocabulary column holds only its
vocabulary's values (publish/closed_values.py).
"""

import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import NoReturn

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from eastflank.loaders.errors import BuildError
from eastflank.loaders.paths import DATABASE_FILE_NAME
from eastflank.loaders.publish.arrow_schema import published_tables
from eastflank.loaders.publish.build_report import REPORT_FILE_NAME
from eastflank.loaders.publish.changes import CHANGES_FILE_NAME
from eastflank.loaders.publish.checksums import SUMS_FILE_NAME
from eastflank.loaders.publish.closed_values import values_outside_vocabularies
from eastflank.loaders.publish.foreign_keys import Changed, orphans_after_change, orphans_in_database
from eastflank.loaders.publish.marker import MARKER_FILE_NAME

DUCKDB_FILE_NAME = "eastflank.duckdb"
TOP_LEVEL_FILES = (
    DATABASE_FILE_NAME,
    DUCKDB_FILE_NAME,
    "metadata.json",
    "datapackage.json",
    REPORT_FILE_NAME,
    CHANGES_FILE_NAME,
    SUMS_FILE_NAME,
    MARKER_FILE_NAME,
)
FIX = "rerun the build; if it fails again, report it with this message"


def expected_files() -> list[str]:
    """Paths, relative to the output folder, that every published build holds."""
    return [*TOP_LEVEL_FILES, *(f"parquet/{table.name}.parquet" for table in published_tables())]


def validate_output(staging: Path, changes: Mapping[str, Changed] | None = None) -> None:
    """Raise BuildError naming the first problem found in the staged output.

    `changes` are an incremental build's removed and inserted rows: only those are checked
    for foreign keys; without them every row is.
    """
    missing = [name for name in expected_files() if not (staging / name).is_file()]
    if missing:
        _fail(staging, f"missing {', '.join(missing)}")
    counts = sqlite_row_counts(staging / DATABASE_FILE_NAME)
    check_foreign_keys(staging / DATABASE_FILE_NAME, changes)
    outside = values_outside_vocabularies(staging / DATABASE_FILE_NAME)
    if outside:
        _fail(
            staging,
            f"{DATABASE_FILE_NAME} has values outside their vocabulary (schema/vocabularies.py): {'; '.join(outside[:5])}",
        )
    try:
        exported = [*parquet_row_counts(staging).items(), *duckdb_row_counts(staging).items()]
    except (OSError, pa.ArrowException, duckdb.Error) as error:
        _fail(staging, f"an exported file cannot be read ({error})")
    for name, got in exported:
        table = name.rsplit("/", 1)[-1].removesuffix(".parquet")
        if got != counts[table]:
            _fail(staging, f"{name} holds {got} rows but {DATABASE_FILE_NAME} table {table} holds {counts[table]}")


def sqlite_row_counts(database: Path) -> dict[str, int]:
    """Rows per published table, after SQLite's quick check has passed."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        problems = [row[0] for row in connection.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            _fail(
                database.parent,
                f"{DATABASE_FILE_NAME} fails its integrity check (quick_check): {'; '.join(problems[:3])}",
            )
        return {
            t.name: connection.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0] for t in published_tables()
        }
    except sqlite3.DatabaseError as error:
        _fail(database.parent, f"{DATABASE_FILE_NAME} cannot be read ({error})")
    finally:
        connection.close()


def check_foreign_keys(database: Path, changes: Mapping[str, Changed] | None) -> None:
    """Fail naming the first rows whose foreign key points at nothing."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        orphans = orphans_in_database(connection) if changes is None else orphans_after_change(connection, changes)
    finally:
        connection.close()
    if orphans:
        _fail(
            database.parent,
            f"{DATABASE_FILE_NAME} has rows whose foreign key names nothing: {'; '.join(map(str, orphans))}",
        )


def parquet_row_counts(staging: Path) -> dict[str, int]:
    """Rows per Parquet file, from the file footers."""
    return {
        f"parquet/{t.name}.parquet": pq.ParquetFile(staging / "parquet" / f"{t.name}.parquet").metadata.num_rows
        for t in published_tables()
    }


def duckdb_row_counts(staging: Path) -> dict[str, int]:
    """Rows per table of the DuckDB file, keyed like `eastflank.duckdb/<table>`."""
    with duckdb.connect(str(staging / DUCKDB_FILE_NAME), read_only=True) as connection:
        return {
            f"{DUCKDB_FILE_NAME}/{t.name}": connection.execute(f'SELECT count(*) FROM "{t.name}"').fetchall()[0][0]
            for t in published_tables()
        }


def _fail(staging: Path, problem: str) -> NoReturn:
    raise BuildError(f"{staging}: {problem}; nothing was published. Fix: {FIX}")
