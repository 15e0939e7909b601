"""The release stage: stamp the database with its release facts, and the `Release` exporters fill.

Before export, release_info and table_stats are filled (or, for a patched database, patched)
and the data is checked for unused reference entries and unresolved names. The exporters
(publish/exporters) then write every file of the release into its staging folder.
"""

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.pool import NullPool

from eastflank.loaders.build_warnings import BuildReport
from eastflank.loaders.ingest.reference import ReferenceEntity
from eastflank.loaders.paths import DATABASE_FILE_NAME
from eastflank.loaders.progress import BuildProgress
from eastflank.loaders.publish.build_report import note_database_warnings
from eastflank.loaders.publish.delta import Delta
from eastflank.loaders.publish.release_info import release_facts
from eastflank.loaders.publish.table_stats import record_release, summed_tables
from eastflank.loaders.store.load import insert_rows


@dataclass
class Release:
    """A release being written: where, from which database, against which previous release.

    Exporters read it and note what the rest of the build needs from them: the row counts
    (Parquet) for the build report, the change counts (CHANGES.json) for the terminal.
    """

    folder: Path
    """The staging folder that replaces the output folder once the release validates."""
    database_url: str
    """The database the files are exported from: the SQLite file in `folder`, or a PostgreSQL server."""
    previous: Path | None
    """The output folder as published before this build, when it holds a database; None on a first build."""
    report: BuildReport = field(default_factory=BuildReport)
    progress: BuildProgress = field(default_factory=BuildProgress)
    row_counts: dict[str, int] = field(default_factory=dict)
    changes: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def database(self) -> Path:
        """The release's SQLite file."""
        return self.folder / DATABASE_FILE_NAME


def stamp_release(
    url: str,
    revision: str,
    rules_sha256: str,
    reference: list[ReferenceEntity],
    report: BuildReport,
    progress: BuildProgress,
) -> None:
    """Fill release_info and table_stats in the database at `url` and note its warnings."""
    engine = create_engine(url, poolclass=NullPool)
    with engine.begin() as connection:
        facts = release_facts(revision, rules_sha256)
        record_release(connection, facts, progress.track(summed_tables(), "checksumming tables"))
        note_database_warnings(connection, reference, report)
    engine.dispose()


def restamp_release(database: Path, delta: Delta, facts: dict[str, str]) -> None:
    """Write this build's release facts, and each table's row count and checksum patched by its delta."""
    engine = create_engine(f"sqlite:///{database}", poolclass=NullPool)
    try:
        with engine.begin() as connection:
            info, stats = delta["release_info"], delta["table_stats"]
            info.remove(connection.execute(select(*info.table.columns)))
            connection.execute(info.table.delete())
            insert_rows(connection, "release_info", [{"key": key, "value": value} for key, value in facts.items()])
            info.insert(connection.execute(select(*info.table.columns)))
            for name, row_count, checksum in list(connection.execute(select(*stats.table.columns))):
                if delta[name].removed or delta[name].inserted:
                    patched = delta[name].patched_stats(row_count, checksum)
                    where = stats.table.c.table_name == name
                    stats.remove(connection.execute(select(*stats.table.columns).where(where)))
                    connection.execute(
                        stats.table.update().where(where).values(row_count=patched[0], content_sha256=patched[1])
                    )
                    stats.insert(connection.execute(select(*stats.table.columns).where(where)))
    finally:
        engine.dispose()


def note_warnings(database: Path, reference: list[ReferenceEntity], report: BuildReport) -> None:
    """Note a patched database's unused reference entries and unresolved names, as `stamp_release` does for a loaded one."""
    engine = create_engine(f"sqlite:///{database}", poolclass=NullPool)
    with engine.connect() as connection:
        note_database_warnings(connection, reference, report)
    engine.dispose()
