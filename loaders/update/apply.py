"""Run an incremental build into a staging folder: patch the copied database, then the files."""

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from eastflank.loaders.extract.cache import ExtractionCache, extract_with_cache
from eastflank.loaders.extract.context import ExtractionContext
from eastflank.loaders.ingest.reference import ReferenceEntity
from eastflank.loaders.paths import DATABASE_FILE_NAME
from eastflank.loaders.progress import BuildProgress
from eastflank.loaders.publish.build_report import note_database_warnings
from eastflank.loaders.publish.changes import previous_release, write_changes_document
from eastflank.loaders.publish.datasette_metadata import write_datasette_metadata
from eastflank.loaders.publish.release import seal_output
from eastflank.loaders.publish.release_info import release_facts
from eastflank.loaders.publish.validate import validate_output
from eastflank.loaders.report import BuildReport
from eastflank.loaders.store.migrate import head_revision
from eastflank.loaders.update.database import patch_database, restamp_release
from eastflank.loaders.update.files import patch_duckdb, patch_parquet
from eastflank.loaders.update.plan import UpdatePlan


@dataclass
class UpdateResult:
    """What the incremental build produced, for the build's own result."""

    revision: str
    row_counts: dict[str, int]
    report: BuildReport
    changes: dict[str, dict[str, int]] = field(default_factory=dict)


def apply_update(
    plan: UpdatePlan, staging: Path, reference: list[ReferenceEntity], context: ExtractionContext,
    cache: ExtractionCache, progress: BuildProgress, workers: int,
) -> UpdateResult:
    """Fill `staging` with the previous release patched by the plan."""
    previous_out = plan.previous.parent
    database = staging / DATABASE_FILE_NAME
    revision = head_revision()
    with progress.stage(f"updating {plan.touched} article(s) in the database"):
        shutil.copyfile(plan.previous, database)
        extracted = extract_with_cache(plan.extract, context, cache, workers)
        deltas = patch_database(database, plan, extracted, cache, {entity.id for entity in reference})
        restamp_release(database, deltas, release_facts(revision, cache.version))
    report = plan.report
    engine = create_engine(f"sqlite:///{database}", poolclass=NullPool)
    with engine.connect() as connection:
        note_database_warnings(connection, reference, report)
    engine.dispose()
    with progress.stage("patching Parquet and DuckDB"):
        counts = patch_parquet(previous_out, staging, deltas)
        patch_duckdb(previous_out, staging, deltas)
        write_datasette_metadata(staging)
    changes = {name: delta.changes() for name, delta in deltas.items()}
    counted = write_changes_document(staging, changes, previous_release(plan.previous))
    seal_output(staging, report, counts, progress)
    validate_output(staging, deltas)
    return UpdateResult(revision, counts, report, counted)
