"""Every output of a release, in the order they are written: the registry the pipeline walks.

Adding an output is one module here with an `Exporter` and one line below. Order matters
where one output reads another: DuckDB is filled from the Parquet files, datapackage.json
describes them, the build report needs the Parquet row counts, and SHA256SUMS, last,
covers every other file.
"""

from eastflank.loaders.publish.exporters.base import Exporter, Stage
from eastflank.loaders.publish.exporters.build_report import BuildReportFile
from eastflank.loaders.publish.exporters.changes import ChangeLog
from eastflank.loaders.publish.exporters.checksums import Checksums
from eastflank.loaders.publish.exporters.datapackage import DataPackage
from eastflank.loaders.publish.exporters.datasette_metadata import DatasetteMetadata
from eastflank.loaders.publish.exporters.duckdb import DuckDBFile
from eastflank.loaders.publish.exporters.fts import FullTextIndex
from eastflank.loaders.publish.exporters.marker import ReleaseMarker
from eastflank.loaders.publish.exporters.parquet import ParquetFiles
from eastflank.loaders.publish.exporters.release_docs import ReleaseDocs

EXPORTERS: list[Exporter] = [
    FullTextIndex(),
    ParquetFiles(),
    DuckDBFile(),
    DatasetteMetadata(),
    ChangeLog(),
    DataPackage(),
    BuildReportFile(),
    ReleaseMarker(),
    ReleaseDocs(),
    Checksums(),
]

__all__ = ["EXPORTERS", "Exporter", "Stage"]
