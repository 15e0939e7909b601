"""`datapackage.json`: the Frictionless description of the Parquet files (publish/datapackage.py)."""

from eastflank.loaders.publish.datapackage import write_datapackage
from eastflank.loaders.publish.exporters.base import Exporter, Stage
from eastflank.loaders.publish.release import Release


class DataPackage(Exporter):
    """Written afresh: it holds every file's checksum and the release's facts."""

    stage = Stage("writing datapackage.json", "writing datapackage.json")

    def write(self, release: Release) -> None:
        write_datapackage(release.folder)
