"""Patch the previous release's Parquet files and DuckDB file with the delta.

A Parquet file is rewritten only when its table changed: the old rows minus the removed
keys, plus the inserted rows, merged in primary-key order one row group at a time
(`parquet_patch`) and written through the same writer as a full export, so the bytes
equal a full build's. An untouched table's file is copied.
The DuckDB file is patched with deletes and inserts; if DuckDB refuses (a foreign key
would be broken mid-way), it is rebuilt from the Parquet files as a full build does.
"""

import shutil
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from eastflank.loaders.publish.arrow_schema import arrow_schema, published_tables
from eastflank.loaders.publish.duckdb_file import write_duckdb
from eastflank.loaders.publish.parquet import rows_to_batch, write_batches
from eastflank.loaders.publish.validate import DUCKDB_FILE_NAME
from eastflank.loaders.update.delta import TableDelta
from eastflank.loaders.update.parquet_patch import patched_batches

PARQUET_FOLDER = "parquet"


def patch_parquet(previous: Path, staging: Path, deltas: dict[str, TableDelta]) -> dict[str, int]:
    """Write every table's Parquet file into staging (patched or copied); return row counts."""
    folder = staging / PARQUET_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table in published_tables():
        name = f"{table.name}.parquet"
        delta = deltas[table.name]
        if delta.empty:
            shutil.copyfile(previous / PARQUET_FOLDER / name, folder / name)
            counts[table.name] = pq.ParquetFile(folder / name).metadata.num_rows
        else:
            patched = patched_batches(previous / PARQUET_FOLDER / name, delta)
            counts[table.name] = write_batches(folder / name, arrow_schema(table), patched)
    return counts


def patch_duckdb(previous: Path, staging: Path, deltas: dict[str, TableDelta]) -> None:
    """Copy the previous DuckDB file and apply the delta; rebuild it from Parquet if that fails."""
    path = staging / DUCKDB_FILE_NAME
    shutil.copyfile(previous / DUCKDB_FILE_NAME, path)
    try:
        with duckdb.connect(str(path)) as connection:
            connection.execute("BEGIN TRANSACTION")
            for table in reversed(published_tables()):
                _delete_keys(connection, deltas[table.name])
            for table in published_tables():
                _insert_rows(connection, deltas[table.name])
            connection.execute("COMMIT")
    except duckdb.Error:
        path.unlink(missing_ok=True)
        write_duckdb(staging)


def _delete_keys(connection: duckdb.DuckDBPyConnection, delta: TableDelta) -> None:
    if not delta.removed:
        return
    names = [column.name for column in delta.table.primary_key.columns]
    keys = [key if isinstance(key, tuple) else (key,) for key in delta.removed]
    connection.register("gone", pa.table({name: [key[i] for key in keys] for i, name in enumerate(names)}))
    match = " AND ".join(f'gone."{name}" = "{delta.table.name}"."{name}"' for name in names)
    connection.execute(f'DELETE FROM "{delta.table.name}" WHERE EXISTS (SELECT 1 FROM gone WHERE {match})')
    connection.unregister("gone")


def _insert_rows(connection: duckdb.DuckDBPyConnection, delta: TableDelta) -> None:
    if not delta.inserted:
        return
    schema = arrow_schema(delta.table)
    connection.register("added", pa.Table.from_batches([rows_to_batch(list(delta.inserted.values()), schema)], schema=schema))
    connection.execute(f'INSERT INTO "{delta.table.name}" SELECT * FROM added')
    connection.unregister("added")
