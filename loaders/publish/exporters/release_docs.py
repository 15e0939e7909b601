"""`docs/`: the data dictionary and the methodology, downloadable with the data (publish/release_docs.py)."""

from eastflank.loaders.publish.exporters.base import Exporter
from eastflank.loaders.publish.release import Release
from eastflank.loaders.publish.release_docs import write_release_docs


class ReleaseDocs(Exporter):
    """Written afresh: two small text files."""

    def write(self, release: Release) -> None:
        write_release_docs(release.folder)
