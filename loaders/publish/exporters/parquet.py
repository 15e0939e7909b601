"""`parquet/<table>.parquet`: exported from the database, or the previous files patched by the delta.

A patched file is rewritten only when its table changed: the old rows minus the removed
keys, plus the inserted rows, merged in primary-key order one row group at a time
(publish/parquet_patch.py) and written through the same writer as a full export, so the
bytes equal a full build's. An untouched table's file is copied.
"""

import shutil

import pyarrow.parquet as pq
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from eastflank.loaders.publish.arrow_schema import arrow_schema, published_tables
from eastflank.loaders.publish.delta import Delta
from eastflank.loaders.publish.exporters.base import Exporter, Stage
from eastflank.loaders.publish.parquet import export_parquet, write_batches
from eastflank.loaders.publish.parquet_patch import patched_batches
from eastflank.loaders.publish.release import Release

PARQUET_FOLDER = "parquet"
FILES_STAGE = Stage("publishing Parquet and DuckDB", "patching Parquet and DuckDB")


class ParquetFiles(Exporter):
    """One Parquet file per table; notes the row counts in the release."""

    stage = FILES_STAGE

    def write(self, release: Release) -> None:
        engine = create_engine(release.database_url, poolclass=NullPool)
        with engine.connect() as connection:
            release.row_counts = export_parquet(connection, release.folder)
        engine.dispose()

    def patch(self, release: Release, delta: Delta) -> None:
        assert release.previous is not None, "a delta is always against a previous release"
        previous, folder = release.previous / PARQUET_FOLDER, release.folder / PARQUET_FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        counts = {}
        for table in published_tables():
            name = f"{table.name}.parquet"
            if delta[table.name].empty:
                shutil.copyfile(previous / name, folder / name)
                counts[table.name] = pq.ParquetFile(folder / name).metadata.num_rows
            else:
                counts[table.name] = write_batches(
                    folder / name, arrow_schema(table), patched_batches(previous / name, delta[table.name])
                )
        release.row_counts = counts
