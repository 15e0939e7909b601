"""The full-text index inside `eastflank.db` (publish/fts.py), which Datasette's search boxes use."""

import sqlite3

from eastflank.loaders.publish.delta import Delta
from eastflank.loaders.publish.exporters.base import Exporter, Stage
from eastflank.loaders.publish.fts import create_fts
from eastflank.loaders.publish.release import Release


class FullTextIndex(Exporter):
    """FTS5 tables over paragraph texts and document titles."""

    stage = Stage("indexing full text", None)

    def write(self, release: Release) -> None:
        with sqlite3.connect(release.database) as connection:
            create_fts(connection)

    def patch(self, release: Release, delta: Delta) -> None:
        """Nothing left to do: the store step patched the index with the rows.

        An external-content FTS5 entry can only be deleted with the values it was indexed
        with, which are gone once the row is, so the patch of the database deletes and adds
        the entries beside the rows, in the same transaction (publish/fts.py: fts_entries).
        """
