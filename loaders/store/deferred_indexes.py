"""Build the secondary indexes of the bulk-loaded tables after the load instead of during it.

Why: Alembic creates every index with its table, so each inserted row also updates every
index of its table at a random place of an ever deeper B-tree. Measured on SQLite with a
table shaped like `mentions` (docs/performance.md, "Linear to 100,000 articles?"), a row
then costs 1.6 times as much at 5.7 million rows as at 570,000, and building the same
indexes once after the load halves the load's cost. The indexes built after the load are
the models' own (which tests/store/test_indexes.py proves equal to the migrations'), and
they are built in the load's transaction, so no reader ever sees a table without them.

Unique indexes stay in place during the load: they are constraints, and a duplicate should
fail at the row that brings it.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Index

from eastflank.schema import metadata


def deferrable_indexes() -> list[Index]:
    """Every table's non-unique indexes, in a stable order (tables parents first, then by name)."""
    return [
        index
        for table in metadata.sorted_tables
        for index in sorted(table.indexes, key=lambda index: str(index.name))
        if not index.unique
    ]


@contextmanager
def indexes_built_after(connection: Connection) -> Iterator[None]:
    """Drop every non-unique index, let the caller load, then build them all again."""
    indexes = deferrable_indexes()
    for index in indexes:
        index.drop(connection)
    yield
    for index in indexes:
        index.create(connection)
