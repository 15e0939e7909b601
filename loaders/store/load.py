"""Bulk-load rows into the migrated tables through SQLAlchemy Core's executemany.

Per-row ORM adds are about 100 times slower (see PERF-FLOORS.md); Core inserts of
plain dicts in one transaction are the portable fast path for SQLite and PostgreSQL.
"""

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, insert

from eastflank.schema import metadata

BATCH_SIZE = 5000
DEDUPLICATED = {"entities": "id", "programmes": "entity_id"}
"""Tables that several articles can add the same row to, by their key column: the first
article in corpus order that finds a key gives its row."""


def insert_rows(connection: Connection, table_name: str, rows: Iterable[Mapping[str, Any]]) -> int:
    """Insert rows in batches; return how many were inserted."""
    table = metadata.tables[table_name]
    statement = insert(table)
    batch: list[Mapping[str, Any]] = []
    count = 0
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH_SIZE:
            connection.execute(statement, batch)
            count += len(batch)
            batch = []
    if batch:
        connection.execute(statement, batch)
        count += len(batch)
    return count


def delete_all_rows(connection: Connection) -> None:
    """Empty every table, children first, so a database server can be loaded again.

    A fresh SQLite file has nothing to delete; a PostgreSQL database loaded by an earlier
    build does, and the delete runs in the load's transaction, so readers never see it empty.
    """
    for table in reversed(metadata.sorted_tables):
        if table.name != "alembic_version":
            connection.execute(table.delete())
