"""The build: plan → extract → store → export, the same steps for a clean and an incremental build.

The planner decides which articles to extract: all of them (a plan from nothing) or only
those added or changed since the release in the output folder (a plan against it). The
store step loads a fresh database, or patches a copy of the previous one and says what
changed in a Delta. The export step walks the exporter registry once: every output is
patched with the delta where there is one and written afresh otherwise. Everything is
written into a staging folder that replaces the output folder only when the release
validates; if a patch turns out impossible, the build starts again from nothing.
"""

import shutil
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from eastflank.loaders.build_warnings import BuildReport
from eastflank.loaders.evaluate.evaluation import evaluation_rows
from eastflank.loaders.evaluate.predict import Extractor
from eastflank.loaders.extract.cache import ExtractionCache, cache_dir, cache_version, extract_with_cache
from eastflank.loaders.extract.context import ExtractionContext, load_context
from eastflank.loaders.extract.parallel import RowPool
from eastflank.loaders.ingest.reference import ReferenceEntity
from eastflank.loaders.paths import DATABASE_FILE_NAME, GOLD_DIR, REFERENCE_DIR
from eastflank.loaders.pipeline.distributed import Cluster, DaskPool
from eastflank.loaders.pipeline.export import export
from eastflank.loaders.pipeline.plan import Plan, from_nothing, plan_build
from eastflank.loaders.pipeline.store.load import load_database
from eastflank.loaders.pipeline.store.patch import NotPatchable, patch_database
from eastflank.loaders.progress import BuildProgress
from eastflank.loaders.publish.build_lock import build_lock
from eastflank.loaders.publish.delta import Delta
from eastflank.loaders.publish.disk_full import disk_full_as_error
from eastflank.loaders.publish.out_folder import check_output_folder, check_replaceable
from eastflank.loaders.publish.release import Release, note_warnings, restamp_release, stamp_release
from eastflank.loaders.publish.release_info import release_facts
from eastflank.loaders.publish.server_release import stamp_server
from eastflank.loaders.publish.staging import staged_output
from eastflank.loaders.store.migrate import head_revision
from eastflank.loaders.store.server import load_server


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
    """True when the previous release was patched rather than rebuilt (a plan against it)."""


@dataclass
class Extraction:
    """What extraction and loading need beside the articles: the reference data, the rules, the cache."""

    reference: list[ReferenceEntity]
    context: ExtractionContext
    cache: ExtractionCache
    workers: int
    cluster: Cluster | None = None

    def pool(self) -> RowPool | None:
        """The Dask cluster's pool when the build runs on one; None extracts on this machine's processes."""
        return None if self.cluster is None else DaskPool(self.context, self.cluster)


def build(
    corpus: Path,
    out: Path,
    reference_dir: Path = REFERENCE_DIR,
    progress: BuildProgress | None = None,
    database_url: str | None = None,
    workers: int = 1,
    cluster: Cluster | None = None,
) -> BuildResult:
    """Build the dataset from a corpus folder into `out`, atomically, reporting stages to `progress`.

    `out` must be missing, empty or an earlier release (publish/out_folder.py), and one
    build at a time publishes into it (publish/build_lock.py). Articles stream through
    extraction (on `workers` processes) into the database in bounded batches, so memory
    stays flat however large the corpus. Articles unchanged since the last build are not
    extracted again (see extract/cache.py), and when the release in `out` can be patched
    only the articles added, changed or removed are touched. With `database_url`
    (PostgreSQL) the server is loaded too and the files are exported from it. With a
    `cluster` the articles are extracted on Dask instead (pipeline/distributed.py).
    """
    check_output_folder(out, corpus, reference_dir)
    with build_lock(out), disk_full_as_error(out):
        return _build_locked(corpus, out, reference_dir, progress, database_url, workers, cluster)


def _build_locked(
    corpus: Path,
    out: Path,
    reference_dir: Path,
    progress: BuildProgress | None,
    database_url: str | None,
    workers: int,
    cluster: Cluster | None = None,
) -> BuildResult:
    """The build proper, once `out` is known to be safe to replace and this process holds its lock."""
    progress = BuildProgress() if progress is None else progress
    reference, context = load_context(reference_dir)
    rules = Extraction(
        reference, context, ExtractionCache(cache_dir(out), cache_version(reference_dir)), workers, cluster
    )
    plan = plan_build(corpus, out, rules.cache, patchable=database_url is None)
    if plan.previous is not None:
        try:
            return _publish(plan, out, rules, progress, database_url)
        except NotPatchable:
            plan = from_nothing(corpus)
    return _publish(plan, out, rules, progress, database_url)


def _publish(
    plan: Plan, out: Path, rules: Extraction, progress: BuildProgress, database_url: str | None
) -> BuildResult:
    """Extract, store and export the plan into a staging folder, and publish it as `out`."""
    scores = evaluation_rows(GOLD_DIR, Extractor(rules.reference, rules.context)) if plan.previous is None else []
    published = out.resolve()
    with staged_output(out, check_replaceable) as staging:
        previous = published if (published / DATABASE_FILE_NAME).is_file() else None
        release = Release(staging, f"sqlite:///{staging / DATABASE_FILE_NAME}", previous, plan.report, progress)
        if plan.previous is None:
            revision, delta = load(plan, release, rules, scores), None
        else:
            revision, delta = head_revision(), patch(plan, release, rules)
        if database_url is not None:
            load_database_server(database_url, plan, release, rules, scores)
        export(release, delta)
    rules.cache.prune()
    return BuildResult(
        published, revision, release.row_counts, release.report, release.changes, rules.cache.misses, delta is not None
    )


def load(plan: Plan, release: Release, rules: Extraction, scores: list[dict]) -> str:
    """The store step from nothing: load every article's rows into a fresh database and stamp it; return the revision."""
    records = plan.records(release.progress, release.report)
    extracted = extract_with_cache(records, rules.context, rules.cache, rules.workers, rules.pool())
    revision = load_database(release.database_url, rules.reference, extracted, scores)
    stamp_release(
        release.database_url, revision, rules.cache.version, rules.reference, release.report, release.progress
    )
    return revision


def patch(plan: Plan, release: Release, rules: Extraction) -> Delta:
    """The store step against a release: patch a copy of its database with the plan; return what changed."""
    assert plan.previous is not None, "only a plan against a release patches"
    with release.progress.stage(f"updating {plan.touched} article(s) in the database"):
        shutil.copyfile(plan.previous, release.database)
        extracted = extract_with_cache(plan.extract, rules.context, rules.cache, rules.workers, rules.pool())
        delta = patch_database(
            release.database, plan, extracted, rules.cache, {entity.id for entity in rules.reference}
        )
        restamp_release(release.database, delta, release_facts(head_revision(), rules.cache.version))
    note_warnings(release.database, rules.reference, release.report)
    return delta


def load_database_server(url: str, plan: Plan, release: Release, rules: Extraction, scores: list[dict]) -> None:
    """Load the PostgreSQL server as the SQLite file was loaded; the files are then exported from the server."""
    with release.progress.stage("loading the database server"):
        records = plan.records(release.progress, BuildReport())
        extracted = extract_with_cache(records, rules.context, rules.cache, rules.workers, rules.pool())
        load_rows = partial(load_database, reference=rules.reference, extracted=extracted, scores=scores)
        load_server(url, load_rows, partial(stamp_server, sqlite_database=release.database))
    release.database_url = url
