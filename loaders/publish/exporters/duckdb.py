"""`eastflank.duckdb`: filled from the Parquet files, or the previous file patched by the delta.

The patch applies deletes and inserts; if DuckDB refuses (a foreign key would be broken
mid-way), the file is written afresh from the Parquet files, as a full build writes it.
"""

import shutil

import duckdb
import pyarrow as pa

from eastflank.loaders.publish.arrow_schema import arrow_schema, published_tables
from eastflank.loaders.publish.delta import Delta, TableDelta
from eastflank.loaders.publish.duckdb_file import write_duckdb
from eastflank.loaders.publish.exporters.base import Exporter
from eastflank.loaders.publish.exporters.parquet import FILES_STAGE
from eastflank.loaders.publish.parquet import rows_to_batch
from eastflank.loaders.publish.release import Release
from eastflank.loaders.publish.validate import DUCKDB_FILE_NAME


class DuckDBFile(Exporter):
    """Every table in one DuckDB file, typed and described (publish/duckdb_file.py)."""

    stage = FILES_STAGE

    def write(self, release: Release) -> None:
        write_duckdb(release.folder)

    def patch(self, release: Release, delta: Delta) -> None:
        assert release.previous is not None, "a delta is always against a previous release"
        path = release.folder / DUCKDB_FILE_NAME
        shutil.copyfile(release.previous / DUCKDB_FILE_NAME, path)
        try:
            with duckdb.connect(str(path)) as connection:
                connection.execute("BEGIN TRANSACTION")
                for table in reversed(published_tables()):
                    _delete_keys(connection, delta[table.name])
                for table in published_tables():
                    _insert_rows(connection, delta[table.name])
                connection.execute("COMMIT")
        except duckdb.Error:
            path.unlink(missing_ok=True)
            self.write(release)


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
    connection.register(
        "added", pa.Table.from_batches([rows_to_batch(list(delta.inserted.values()), schema)], schema=schema)
    )
    connection.execute(f'INSERT INTO "{delta.table.name}" SELECT * FROM added')
    connection.unregister("added")
