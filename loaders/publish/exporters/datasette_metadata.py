"""`metadata.json`: how Datasette titles and describes the dataset (publish/datasette_metadata.py)."""

from eastflank.loaders.publish.datasette_metadata import write_datasette_metadata
from eastflank.loaders.publish.exporters.base import Exporter
from eastflank.loaders.publish.exporters.parquet import FILES_STAGE
from eastflank.loaders.publish.release import Release


class DatasetteMetadata(Exporter):
    """Written afresh on every build: it is small, and its home page reads the release's facts."""

    stage = FILES_STAGE

    def write(self, release: Release) -> None:
        write_datasette_metadata(release.folder)
