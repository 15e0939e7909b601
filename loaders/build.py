"""The build: corpus and reference data in, a migrated, loaded and published dataset out.

Stages, each in its own package: ingest (read articles and reference data) → extract
(rows per article) → store (migrate with Alembic, bulk-load) → publish (SQLite with FTS,
Parquet, DuckDB, Datasette metadata). Everything is written into a staging folder that
replaces the output folder only when the whole build has succeeded.
"""

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, update
from sqlalchemy.pool import NullPool

from eastflank.loaders.extract.document import DocumentRows, ExtractionContext, extract_document
from eastflank.loaders.extract.gazetteer import Gazetteer
from eastflank.loaders.extract.reference_rows import alias_rows, entity_rows, link_updates, programme_rows
from eastflank.loaders.ingest.boilerplate import load_chrome_phrases
from eastflank.loaders.ingest.corpus import read_corpus
from eastflank.loaders.ingest.reference import ReferenceEntity, load_reference
from eastflank.loaders.paths import DATABASE_FILE_NAME, REFERENCE_DIR
from eastflank.loaders.publish.arrow_schema import published_tables
from eastflank.loaders.publish.datasette_metadata import write_datasette_metadata
from eastflank.loaders.publish.duckdb_file import write_duckdb
from eastflank.loaders.publish.fts import create_fts
from eastflank.loaders.publish.parquet import export_parquet
from eastflank.loaders.publish.staging import staged_output
from eastflank.loaders.report import BuildReport
from eastflank.loaders.store.load import insert_rows
from eastflank.loaders.store.migrate import upgrade_to_head
from eastflank.schema import metadata


@dataclass
class BuildResult:
    """What a build produced: where, at which schema revision, how many rows per table."""

    out: Path
    revision: str
    row_counts: dict[str, int]
    report: BuildReport = field(default_factory=BuildReport)


def build(corpus: Path, out: Path, reference_dir: Path = REFERENCE_DIR) -> BuildResult:
    """Build the dataset from a corpus folder into `out`, atomically."""
    report = BuildReport()
    reference = load_reference(reference_dir)
    context = ExtractionContext(Gazetteer(reference), load_chrome_phrases(reference_dir / "boilerplate.yml"))
    documents = read_corpus(corpus, report)
    extracted = [extract_document(document, context) for document in documents]
    with staged_output(out) as staging:
        database = staging / DATABASE_FILE_NAME
        revision = load_database(f"sqlite:///{database}", reference, extracted)
        with sqlite3.connect(database) as connection:
            create_fts(connection)
        counts = publish_files(f"sqlite:///{database}", staging)
    return BuildResult(out.resolve(), revision, counts, report)


def load_database(url: str, reference: list[ReferenceEntity], extracted: list[DocumentRows]) -> str:
    """Migrate the database at `url` to head and load every row; return the revision."""
    engine = create_engine(url, poolclass=NullPool)
    revision = upgrade_to_head(engine)
    rows = merge_rows(reference, extracted)
    with engine.begin() as connection:
        for table in published_tables():
            insert_rows(connection, table.name, rows.get(table.name, []))
        for table_name, key_column, key, column, target in link_updates(reference):
            table = metadata.tables[table_name]
            connection.execute(update(table).where(table.c[key_column] == key).values({column: target}))
    engine.dispose()
    return revision


def merge_rows(reference: list[ReferenceEntity], extracted: list[DocumentRows]) -> dict[str, list[dict]]:
    """All rows by table: reference rows first, then each document's, in corpus order."""
    rows: dict[str, list[dict]] = {
        "entities": entity_rows(reference),
        "entity_aliases": alias_rows(reference),
        "programmes": programme_rows(reference),
    }
    for document_rows in extracted:
        for table, table_rows in document_rows.tables.items():
            rows.setdefault(table, []).extend(table_rows)
    return rows


def publish_files(url: str, staging: Path) -> dict[str, int]:
    """Parquet, DuckDB and Datasette metadata beside the database; row counts by table."""
    engine = create_engine(url, poolclass=NullPool)
    with engine.connect() as connection:
        counts = export_parquet(connection, staging)
    engine.dispose()
    write_duckdb(staging)
    write_datasette_metadata(staging)
    return counts
