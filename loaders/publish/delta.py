"""The rows an incremental build removed from and inserted into each table.

Both sides are kept as key → row (a tuple in column order), read from the database, so
the same delta patches the table checksums (order-independent sums, publish/table_stats),
the Parquet files and the DuckDB file, and says what CHANGES.json lists. It is plain data
handed from the pipeline's store step to the exporters (publish/exporters), which patch
their output with it.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table

from eastflank.loaders.publish.arrow_schema import published_tables
from eastflank.loaders.publish.changes import TableChanges, table_changes
from eastflank.loaders.publish.table_stats import MODULUS, canonical_line, combine, line_digest

Key = Any
Row = tuple[Any, ...]


@dataclass
class TableDelta:
    """One table's removed and inserted rows by primary key (a key in both was replaced)."""

    table: Table
    removed: dict[Key, Row] = field(default_factory=dict)
    inserted: dict[Key, Row] = field(default_factory=dict)

    def key_of(self, row: Sequence[Any]) -> Key:
        """The primary key of a row in column order (a tuple when the key has several columns)."""
        names = self.table.columns.keys()
        key = tuple(row[names.index(column.name)] for column in self.table.primary_key.columns)
        return key[0] if len(key) == 1 else key

    def remove(self, rows: Iterable[Sequence[Any]]) -> None:
        """Note rows as they were before deletion (the first sighting of a key wins)."""
        for row in rows:
            self.removed.setdefault(self.key_of(row), tuple(row))

    def insert(self, rows: Iterable[Sequence[Any]]) -> None:
        """Note rows as they are after insertion."""
        for row in rows:
            self.inserted[self.key_of(row)] = tuple(row)

    @property
    def empty(self) -> bool:
        """True when the table ends exactly as it began."""
        return (
            all(self.removed.get(key) == row for key, row in self.inserted.items())
            and self.removed.keys() <= self.inserted.keys()
        )

    def changes(self) -> TableChanges:
        """Added, changed and removed keys, as CHANGES.json lists them."""
        return table_changes(
            {k: hash(r) for k, r in self.removed.items()}, {k: hash(r) for k, r in self.inserted.items()}
        )

    def patched_stats(self, row_count: int, checksum: str) -> tuple[int, str]:
        """The table's row count and checksum after the delta, from the ones before it."""
        header = line_digest(canonical_line(self.table.columns.keys()))
        rows_sum = int(checksum, 16) - header
        rows_sum += sum(line_digest(canonical_line(row)) for row in self.inserted.values())
        rows_sum -= sum(line_digest(canonical_line(row)) for row in self.removed.values())
        return row_count + len(self.inserted) - len(self.removed), combine(
            self.table.columns.keys(), rows_sum % MODULUS
        )


@dataclass
class Delta:
    """Every published table's TableDelta: what a patched database changed against the previous release."""

    tables: dict[str, TableDelta] = field(
        default_factory=lambda: {table.name: TableDelta(table) for table in published_tables()}
    )

    def __getitem__(self, table_name: str) -> TableDelta:
        return self.tables[table_name]

    def changes(self) -> dict[str, TableChanges]:
        """Added, changed and removed keys per table, as CHANGES.json lists them."""
        return {name: delta.changes() for name, delta in self.tables.items()}
