"""The release stage: stamp the database with its release facts, then seal the output folder.

Before export, release_info and table_stats are filled and the data is checked for unused
reference entries and unresolved names. After export, datapackage.json,
build-report.json and the release marker are written, and SHA256SUMS last, so it covers every other file.
"""

from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from eastflank.loaders.ingest.reference import ReferenceEntity
from eastflank.loaders.progress import BuildProgress
from eastflank.loaders.publish.build_report import note_database_warnings, write_build_report
from eastflank.loaders.publish.checksums import write_sha256sums
from eastflank.loaders.publish.datapackage import write_datapackage
from eastflank.loaders.publish.marker import write_marker
from eastflank.loaders.publish.release_info import release_facts
from eastflank.loaders.publish.table_stats import record_release, summed_tables
from eastflank.loaders.report import BuildReport


def stamp_release(
    url: str, revision: str, rules_sha256: str, reference: list[ReferenceEntity], report: BuildReport, progress: BuildProgress
) -> None:
    """Fill release_info and table_stats in the database at `url` and note its warnings."""
    engine = create_engine(url, poolclass=NullPool)
    with engine.begin() as connection:
        facts = release_facts(revision, rules_sha256)
        record_release(connection, facts, progress.track(summed_tables(), "checksumming tables"))
        note_database_warnings(connection, reference, report)
    engine.dispose()


def seal_output(out: Path, report: BuildReport, row_counts: dict[str, int], progress: BuildProgress) -> None:
    """Write datapackage.json, build-report.json, the marker and, last, SHA256SUMS into the output folder."""
    with progress.stage("writing datapackage.json"):
        write_datapackage(out)
    write_build_report(out, report, row_counts)
    write_marker(out)
    with progress.stage("writing SHA256SUMS"):
        write_sha256sums(out)
