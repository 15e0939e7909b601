"""`SHA256SUMS`: the checksum of every other file of the release (publish/checksums.py)."""

from eastflank.loaders.publish.checksums import write_sha256sums
from eastflank.loaders.publish.exporters.base import Exporter, Stage
from eastflank.loaders.publish.release import Release


class Checksums(Exporter):
    """Last in the registry, so it covers every file the others write."""

    stage = Stage("writing SHA256SUMS", "writing SHA256SUMS")

    def write(self, release: Release) -> None:
        write_sha256sums(release.folder)
