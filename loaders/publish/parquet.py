"""Export every table to `parquet/<table>.parquet`, byte-identical for identical contents.

Rows are read in primary-key order and written with fixed writer options, so two builds
of the same inputs give the same bytes. Tables are streamed in fixed-size batches (one row
group each), so memory stays flat however large a table grows.
"""

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import Connection, String, Table, select
from sqlalchemy.sql.elements import ColumnElement

from eastflank.loaders.publish.arrow_schema import arrow_schema, published_tables
from eastflank.loaders.publish.table_rows import select_batches

WRITER_OPTIONS = {"compression": "zstd", "use_dictionary": True, "write_statistics": True}
BATCH_ROWS = 50_000
WIDE_TABLE_BATCH_ROWS = {"documents": 1_000}
"""Tables whose rows hold a whole article: 100,000 of them are the whole corpus (434 MB of
text at 100,000 synthetic articles), which held as Python strings and an Arrow batch at
once took the build to 2.5 GB; 1,000 articles are a few MB."""


def batch_rows(table: Table) -> int:
    """Rows per batch, and so per row group, of a table's Parquet file: fixed per table, so
    a full export and an incremental patch cut the same row groups."""
    return WIDE_TABLE_BATCH_ROWS.get(table.name, BATCH_ROWS)


def table_batches(connection: Connection, table: Table) -> Iterator[pa.RecordBatch]:
    """A table's rows, in primary-key order, as Arrow record batches of its declared types."""
    size = batch_rows(table)
    schema = arrow_schema(table)
    statement = select(*table.columns).order_by(*key_order(table, connection.dialect.name))
    for rows in select_batches(connection, table, statement, size):
        yield rows_to_batch(rows, schema)


def rows_to_batch(rows: Sequence[Sequence[Any]], schema: pa.Schema) -> pa.RecordBatch:
    """Database rows (tuples in column order) as one Arrow record batch of the table's types."""
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in schema]
    arrays = [pa.array(_plain(values, f.type), type=f.type) for values, f in zip(columns, schema, strict=True)]
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


def table_to_arrow(connection: Connection, table: Table) -> pa.Table:
    """A whole table as one Arrow table (for tests and small tables)."""
    return pa.Table.from_batches(list(table_batches(connection, table)), schema=arrow_schema(table))


def key_order(table: Table, dialect: str) -> list[ColumnElement]:
    """Primary-key ORDER BY terms that sort text by code point, as SQLite does.

    PostgreSQL sorts text by the database's collation (en-US puts 'a' before 'B'), which
    would give other row orders, and other bytes, than a SQLite build of the same data.
    """
    columns: list[ColumnElement] = list(table.primary_key.columns)
    if dialect != "postgresql":
        return columns
    return [column.collate("C") if _is_text(column.type) else column for column in columns]


def _is_text(column_type: object) -> bool:
    """String, or a decorator over it (SQLModel's AutoString is one)."""
    return isinstance(column_type, String) or isinstance(getattr(column_type, "impl", None), String)


def _plain(values: Sequence[Any], arrow: pa.DataType) -> Sequence[Any]:
    """A column's values as Arrow takes them: SQLite hands booleans back as 0 and 1."""
    if arrow != pa.bool_():
        return values
    return [None if value is None else bool(value) for value in values]


def export_parquet(connection: Connection, out: Path) -> dict[str, int]:
    """Write one Parquet file per table; return row counts by table."""
    folder = out / "parquet"
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table in published_tables():
        counts[table.name] = write_table_parquet(connection, table, folder / f"{table.name}.parquet")
    return counts


def write_table_parquet(connection: Connection, table: Table, path: Path) -> int:
    """Stream one table into a Parquet file; return its row count."""
    return write_batches(path, arrow_schema(table), table_batches(connection, table))


def write_batches(path: Path, schema: pa.Schema, batches: Iterable[pa.RecordBatch]) -> int:
    """Write record batches (BATCH_ROWS rows each, in key order) as one row group each; return the row count.

    A full export and an incremental patch (publish/exporters/parquet.py) both write through here, so
    equal rows give equal bytes.
    """
    count = 0
    with pq.ParquetWriter(path, schema, **WRITER_OPTIONS) as writer:
        for batch in batches:
            writer.write_batch(batch)
            count += batch.num_rows
    return count
