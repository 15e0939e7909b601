"""Row counts and content checksums per table, written into `table_stats` by the build.

The checksum is SHA-256 over a canonical text of the table: one JSON array of column
names, then one JSON array per row, rows sorted by primary key (by code point, which is
SQLite's binary order), one per line. It depends only on the contents, so two builds,
or a SQLite and a PostgreSQL build, of the same data give the same sum.
"""

import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Table, select

from eastflank.loaders.publish.arrow_schema import published_tables
from eastflank.loaders.store.load import insert_rows

UNSUMMED_TABLES = ("release_info", "table_stats")
"""release_info changes with every build and table_stats would have to sum itself."""


def canonical_lines(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> Iterable[bytes]:
    """The header line, then each row, as compact UTF-8 JSON lines."""
    yield _json_line(list(columns))
    for row in rows:
        yield _json_line(list(row))


def _json_line(values: list[Any]) -> bytes:
    return (json.dumps(values, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def table_checksum(connection: Connection, table: Table) -> tuple[int, str]:
    """A table's row count and content SHA-256."""
    key = [table.columns.keys().index(column.name) for column in table.primary_key.columns]
    rows = connection.execute(select(*table.columns).order_by(*table.primary_key.columns)).fetchall()
    rows.sort(key=lambda row: tuple(row[index] for index in key))
    digest = hashlib.sha256()
    for line in canonical_lines(table.columns.keys(), rows):
        digest.update(line)
    return len(rows), digest.hexdigest()


def summed_tables() -> list[Table]:
    """Every published table that table_stats describes."""
    return [table for table in published_tables() if table.name not in UNSUMMED_TABLES]


def table_stats_rows(connection: Connection, tables: Iterable[Table]) -> list[dict[str, Any]]:
    """One table_stats row per table."""
    rows = []
    for table in tables:
        count, checksum = table_checksum(connection, table)
        rows.append({"table_name": table.name, "row_count": count, "content_sha256": checksum})
    return rows


def record_release(connection: Connection, facts: dict[str, str], tables: Iterable[Table]) -> list[dict[str, Any]]:
    """Fill release_info with the facts and table_stats with the tables' sums; return the stats."""
    insert_rows(connection, "release_info", [{"key": key, "value": value} for key, value in facts.items()])
    stats = table_stats_rows(connection, tables)
    insert_rows(connection, "table_stats", stats)
    return stats
