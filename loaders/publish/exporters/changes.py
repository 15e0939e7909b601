"""`CHANGES.json`: what this release added, changed and removed against the previous one (publish/changes.py)."""

from eastflank.loaders.paths import DATABASE_FILE_NAME
from eastflank.loaders.publish.changes import previous_release, write_changes, write_changes_document
from eastflank.loaders.publish.delta import Delta
from eastflank.loaders.publish.exporters.base import Exporter
from eastflank.loaders.publish.release import Release


class ChangeLog(Exporter):
    """Compares the two databases whole, or lists the delta's keys; notes the counts in the release."""

    def write(self, release: Release) -> None:
        previous = None if release.previous is None else release.previous / DATABASE_FILE_NAME
        release.changes = write_changes(previous, release.database, release.folder)

    def patch(self, release: Release, delta: Delta) -> None:
        assert release.previous is not None, "a delta is always against a previous release"
        previous = previous_release(release.previous / DATABASE_FILE_NAME)
        release.changes = write_changes_document(release.folder, delta.changes(), previous)
