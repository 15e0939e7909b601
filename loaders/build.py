"""The build: corpus and reference data in, a migrated, loaded and published dataset out.

Stages, each in its own package: ingest (read articles and reference data) → extract
(rows per article) → store (migrate with Alembic, bulk-load) → publish (SQLite with FTS,
Parquet, DuckDB, Datasette metadata). Everything is written into a staging folder that
replaces the output folder only when the whole build has succeeded.
"""

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from sqlalchemy import Connection, create_engine, update
from sqlalchemy.pool import NullPool

from eastflank.loaders.evaluate.evaluation import evaluation_rows
from eastflank.loaders.evaluate.predict import Extractor
from eastflank.loaders.extract.cache import ExtractionCache, cache_dir, cache_version, extract_with_cache
from eastflank.loaders.extract.context import ExtractionContext, load_context
from eastflank.loaders.extract.document import DocumentRows
from eastflank.loaders.extract.entities.reference_rows import alias_rows, entity_rows, link_updates, programme_rows
from eastflank.loaders.ingest.corpus import article_paths, iter_corpus
from eastflank.loaders.ingest.reference import ReferenceEntity
from eastflank.loaders.paths import DATABASE_FILE_NAME, GOLD_DIR, REFERENCE_DIR
from eastflank.loaders.progress import BuildProgress
from eastflank.loaders.publish.arrow_schema import published_tables
from eastflank.loaders.publish.build_lock import build_lock
from eastflank.loaders.publish.changes import write_changes
from eastflank.loaders.publish.datasette_metadata import write_datasette_metadata
from eastflank.loaders.publish.disk_full import disk_full_as_error
from eastflank.loaders.publish.duckdb_file import write_duckdb
from eastflank.loaders.publish.fts import create_fts
from eastflank.loaders.publish.out_folder import check_output_folder, check_replaceable
from eastflank.loaders.publish.parquet import export_parquet
from eastflank.loaders.publish.release import seal_output, stamp_release
from eastflank.loaders.publish.staging import staged_output
from eastflank.loaders.publish.summaries import fill_summaries
from eastflank.loaders.publish.server_release import stamp_server
from eastflank.loaders.publish.validate import validate_output
from eastflank.loaders.report import BuildReport
from eastflank.loaders.store.load import DEDUPLICATED, delete_all_rows, insert_rows
from eastflank.loaders.store.migrate import upgrade_to_head
from eastflank.loaders.store.server import load_server
from eastflank.loaders.update.apply import apply_update
from eastflank.loaders.update.database import NotPatchable
from eastflank.loaders.update.plan import plan_update
from eastflank.schema import metadata

LOAD_BATCH_ROWS = 50_000


@dataclass
class BuildResult:
    """What a build produced: where, at which schema revision, how many rows per table, what changed."""

    out: Path
    revision: str
    row_counts: dict[str, int]
    report: BuildReport = field(default_factory=BuildReport)
    changes: dict[str, dict[str, int]] = field(default_factory=dict)
    extracted_articles: int = 0
    incremental: bool = False
    """True when the previous release was patched rather than rebuilt (see loaders/update)."""


def build(
    corpus: Path, out: Path, reference_dir: Path = REFERENCE_DIR, progress: BuildProgress | None = None,
    database_url: str | None = None, workers: int = 1,
) -> BuildResult:
    """Build the dataset from a corpus folder into `out`, atomically, reporting stages to `progress`.

    `out` must be missing, empty or an earlier release (publish/out_folder.py), and one
    build at a time publishes into it (publish/build_lock.py). Articles stream through
    extraction (on `workers` processes) into the database in bounded batches, so memory
    stays flat however large the corpus. Articles unchanged
    since the last build are not extracted again (see extract/cache.py). With
    `database_url` (PostgreSQL) the server is loaded too and the files are exported from it.
    """
    check_output_folder(out, corpus, reference_dir)
    with build_lock(out), disk_full_as_error(out):
        return _build_locked(corpus, out, reference_dir, progress, database_url, workers)


def _build_locked(
    corpus: Path, out: Path, reference_dir: Path, progress: BuildProgress | None, database_url: str | None, workers: int,
) -> BuildResult:
    """The build proper, once `out` is known to be safe to replace and this process holds its lock."""
    progress = BuildProgress() if progress is None else progress
    report = BuildReport()
    reference, context = load_context(reference_dir)
    total = len(article_paths(corpus))
    cache = ExtractionCache(cache_dir(out), cache_version(reference_dir))

    def extracted(into: BuildReport) -> Iterator[DocumentRows]:
        documents = progress.track(iter_corpus(corpus, into), "extracting articles", total)
        return extract_with_cache(documents, context, cache, workers)

    if database_url is None:
        updated = incremental_build(corpus, out, reference, context, cache, progress, workers)
        if updated is not None:
            return updated
    scores = evaluation_rows(GOLD_DIR, Extractor(reference, context))
    with staged_output(out, check_replaceable) as staging:
        database = staging / DATABASE_FILE_NAME
        revision = load_database(f"sqlite:///{database}", reference, extracted(report), scores)
        stamp_release(f"sqlite:///{database}", revision, cache.version, reference, report, progress)
        if database_url is not None:
            with progress.stage("loading the database server"):
                load = partial(load_database, reference=reference, extracted=extracted(BuildReport()), scores=scores)
                load_server(database_url, load, partial(stamp_server, sqlite_database=database))
        with progress.stage("indexing full text"), sqlite3.connect(database) as connection:
            create_fts(connection)
        with progress.stage("publishing Parquet and DuckDB"):
            counts = publish_files(database_url or f"sqlite:///{database}", staging)
        changes = write_changes(out.resolve() / DATABASE_FILE_NAME, database, staging)
        seal_output(staging, report, counts, progress)
        validate_output(staging)
    cache.prune()
    return BuildResult(out.resolve(), revision, counts, report, changes, cache.misses)


def incremental_build(
    corpus: Path, out: Path, reference: list[ReferenceEntity], context: ExtractionContext, cache: ExtractionCache,
    progress: BuildProgress, workers: int,
) -> BuildResult | None:
    """Patch the previous release with the articles added, changed or removed since (see loaders/update).

    None when the previous release cannot be patched exactly; the caller then builds in full.
    """
    plan = plan_update(corpus, out, cache)
    if plan is None:
        return None
    try:
        with staged_output(out, check_replaceable) as staging:
            result = apply_update(plan, staging, reference, context, cache, progress, workers)
    except NotPatchable:
        return None
    cache.prune()
    return BuildResult(out.resolve(), result.revision, result.row_counts, result.report, result.changes, cache.misses, True)


def load_database(url: str, reference: list[ReferenceEntity], extracted: Iterable[DocumentRows], scores: list[dict] | None = None) -> str:
    """Migrate the database at `url` to head and load every row in one transaction; return the revision.

    Reference rows go first, then the articles' rows in batches of about LOAD_BATCH_ROWS,
    each batch table by table in foreign-key order; links between entities come last.
    """
    engine = create_engine(url, poolclass=NullPool)
    revision = upgrade_to_head(engine)
    seen = {table: {entity.id for entity in reference} for table in DEDUPLICATED}
    with engine.begin() as connection:
        delete_all_rows(connection)
        insert_tables(connection, reference_tables(reference, [] if scores is None else scores))
        for batch in row_batches(extracted, seen):
            insert_tables(connection, batch)
        for table_name, key_column, key, column, target in link_updates(reference):
            table = metadata.tables[table_name]
            connection.execute(update(table).where(table.c[key_column] == key).values({column: target}))
        fill_summaries(connection)
    engine.dispose()
    return revision


def reference_tables(reference: list[ReferenceEntity], scores: list[dict]) -> dict[str, list[dict]]:
    """The curated rows (entities, aliases, programmes) and the evaluation scores."""
    return {
        "entities": entity_rows(reference),
        "entity_aliases": alias_rows(reference),
        "programmes": programme_rows(reference),
        "evaluation_scores": list(scores),
    }


def row_batches(extracted: Iterable[DocumentRows], seen: dict[str, set[str]]) -> Iterator[dict[str, list[dict]]]:
    """The articles' rows merged by table, about LOAD_BATCH_ROWS at a time.

    An entity (or learned programme) found in several articles, or already in the reference
    data, is kept once: the first row with its key.
    """
    batch: dict[str, list[dict]] = {}
    size = 0
    for document_rows in extracted:
        for table, table_rows in document_rows.tables.items():
            if table in DEDUPLICATED:
                key = DEDUPLICATED[table]
                table_rows = [row for row in table_rows if row[key] not in seen[table]]
                seen[table].update(row[key] for row in table_rows)
            batch.setdefault(table, []).extend(table_rows)
            size += len(table_rows)
        if size >= LOAD_BATCH_ROWS:
            yield batch
            batch, size = {}, 0
    if batch:
        yield batch


def insert_tables(connection: Connection, rows: dict[str, list[dict]]) -> None:
    """Insert rows table by table, parents before children."""
    for table in published_tables():
        if rows.get(table.name):
            insert_rows(connection, table.name, rows[table.name])


def publish_files(url: str, staging: Path) -> dict[str, int]:
    """Parquet, DuckDB and Datasette metadata beside the database; row counts by table."""
    engine = create_engine(url, poolclass=NullPool)
    with engine.connect() as connection:
        counts = export_parquet(connection, staging)
    engine.dispose()
    write_duckdb(staging)
    write_datasette_metadata(staging)
    return counts
