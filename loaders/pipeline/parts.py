"""One batch of articles' rows as Parquet part files, and back, without changing a value.

A Dask worker writes the rows it extracted as one Parquet table per table name plus an
index (`_articles`: which tables each article had, and how many rows in each), so the
process that loads the database can cut them back into per-article rows in corpus order.
Columns take the published table's Arrow type (publish/arrow_schema.py) and the rows'
own key order, so a round trip gives dicts equal to the extracted ones, key order
included; rows whose keys differ within a table cannot be a column set and are refused
rather than padded with nulls.
"""

from collections.abc import Mapping
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from eastflank.loaders.extract.document import DocumentRows, Row
from eastflank.loaders.publish.arrow_schema import arrow_schema
from eastflank.schema import metadata

INDEX = "_articles"
"""The part holding each article's table names and row counts (no table of the schema starts with `_`)."""
Source = Path | bytes
"""A part as a file a worker wrote on the shared folder, or as the file's bytes sent back through Dask."""


class RaggedRows(ValueError):
    """A table's rows in one batch do not share one list of columns, so they have no Parquet form."""


def encode(results: list[DocumentRows]) -> dict[str, pa.Table]:
    """The batch's rows as Arrow tables: the index, then each table's rows article after article."""
    index = pa.table(
        {
            "tables": pa.array([list(rows.tables) for rows in results], pa.list_(pa.string())),
            "counts": pa.array([[len(r) for r in rows.tables.values()] for rows in results], pa.list_(pa.int64())),
        }
    )
    merged: dict[str, list[Row]] = {}
    for rows in results:
        for table, table_rows in rows.tables.items():
            merged.setdefault(table, []).extend(table_rows)
    return {INDEX: index, **{table: _arrow(table, rows) for table, rows in merged.items() if rows}}


def decode(tables: Mapping[str, pa.Table]) -> list[DocumentRows]:
    """Per-article rows from a batch's Arrow tables, equal to the rows `encode` was given."""
    rows = {name: table.to_pylist() for name, table in tables.items() if name != INDEX}
    taken = dict.fromkeys(rows, 0)
    results = []
    index = tables[INDEX]
    for names, counts in zip(index.column("tables").to_pylist(), index.column("counts").to_pylist(), strict=True):
        document = DocumentRows()
        for name, count in zip(names, counts, strict=True):
            start = taken.get(name, 0)
            document.tables[name] = rows[name][start : start + count] if count else []
            taken[name] = start + count
        results.append(document)
    return results


def write(tables: Mapping[str, pa.Table], folder: Path, stem: str) -> dict[str, Source]:
    """Write each table as `<stem>.<table>.parquet` in `folder`; return the files by table name."""
    files: dict[str, Source] = {}
    for name, table in tables.items():
        files[name] = folder / f"{stem}.{name}.parquet"
        pq.write_table(table, files[name])
    return files


def as_bytes(tables: Mapping[str, pa.Table]) -> dict[str, Source]:
    """Each table as the bytes of its Parquet file, for workers that cannot see the shared folder."""
    files: dict[str, Source] = {}
    for name, table in tables.items():
        sink = pa.BufferOutputStream()
        pq.write_table(table, sink)
        files[name] = sink.getvalue().to_pybytes()
    return files


def read(files: Mapping[str, Source]) -> dict[str, pa.Table]:
    """The Arrow tables of a part, from files or bytes."""
    return {
        name: pq.read_table(pa.BufferReader(source) if isinstance(source, bytes) else source)
        for name, source in files.items()
    }


def _arrow(table: str, rows: list[Row]) -> pa.Table:
    """One table's rows as columns, typed as published where the column is in the schema."""
    columns = list(rows[0])
    if any(list(row) != columns for row in rows):
        raise RaggedRows(f"rows of table {table} do not all have the columns {columns}")
    types = arrow_schema(metadata.tables[table]) if table in metadata.tables else pa.schema([])
    known = set(types.names)
    return pa.table(
        {
            column: pa.array([row[column] for row in rows], types.field(column).type if column in known else None)
            for column in columns
        }
    )
