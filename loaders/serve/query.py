"""`eastflank query`: SQL over the published Parquet files with DuckDB, for people and scripts.

Each Parquet file becomes a view named as its table, so the SQL a user writes against the
Datasette site runs here unchanged, straight from the files anyone can download. Only a
single SELECT runs (read_only_sql), so a query never writes into the release.
"""

import csv
import io
import json
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import duckdb
from rich.table import Table
from rich.text import Text

from eastflank.loaders.errors import QueryError
from eastflank.loaders.serve.read_only_sql import lock_settings, read_only_statement


class QueryFormat(StrEnum):
    """How to print a result: a table for people, CSV or JSON for other programs."""

    table = "table"
    csv = "csv"
    json = "json"


@dataclass(frozen=True)
class QueryResult:
    """Column names and rows of one query."""

    columns: list[str]
    rows: list[tuple[Any, ...]]


def parquet_connection(out: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with one view per Parquet file in `out/parquet`."""
    files = sorted((out / "parquet").glob("*.parquet"))
    if not files:
        raise QueryError(f"{out / 'parquet'}: no Parquet files. Fix: run `eastflank build --out {out}` first")
    connection = duckdb.connect()
    for path in files:
        location = path.resolve().as_posix().replace("'", "''")
        connection.execute(f"CREATE VIEW \"{path.stem}\" AS SELECT * FROM read_parquet('{location}')")
    lock_settings(connection)
    return connection


def run_query(out: Path, sql: str) -> QueryResult:
    """Run one SELECT over the published tables; QueryRefused for any other statement."""
    statement = read_only_statement(sql)
    connection = parquet_connection(out)
    try:
        cursor = connection.execute(statement)
        if cursor.description is None:
            return QueryResult([], [])
        return QueryResult([column[0] for column in cursor.description], cursor.fetchall())
    except duckdb.Error as error:
        first_line = str(error).strip().splitlines()[0]
        raise QueryError(
            f"query failed: {first_line} Fix: check the SQL; the tables are {', '.join(_views(connection))}"
        ) from error
    finally:
        connection.close()


def _views(connection: duckdb.DuckDBPyConnection) -> list[str]:
    return [
        row[0]
        for row in connection.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1").fetchall()
    ]


def as_csv(result: QueryResult) -> str:
    """The result as CSV with a header row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows(result.rows)
    return buffer.getvalue()


def as_json(result: QueryResult) -> str:
    """The result as a JSON array of objects; values JSON lacks (dates, decimals) as text."""
    objects = [dict(zip(result.columns, row, strict=False)) for row in result.rows]
    return json.dumps(objects, indent=2, ensure_ascii=False, default=str)


def as_table(result: QueryResult) -> Table:
    """The result as a rich table, nulls dimmed, with the row count underneath."""
    table = Table(caption=f"{len(result.rows):,} row{'' if len(result.rows) == 1 else 's'}", caption_justify="left")
    for index, column in enumerate(result.columns):
        numeric = all(_is_number(row[index]) for row in result.rows if row[index] is not None)
        table.add_column(column, overflow="fold", justify="right" if numeric and result.rows else "left")
    for row in result.rows:
        table.add_row(*(Text("null", style="dim") if value is None else Text(str(value)) for value in row))
    return table


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
