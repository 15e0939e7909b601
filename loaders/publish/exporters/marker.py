"""`.eastflank-release`: the file that lets the next build recognise and replace this folder (publish/marker.py)."""

from eastflank.loaders.publish.exporters.base import Exporter
from eastflank.loaders.publish.marker import write_marker
from eastflank.loaders.publish.release import Release


class ReleaseMarker(Exporter):
    """Written afresh: a few bytes."""

    def write(self, release: Release) -> None:
        write_marker(release.folder)
