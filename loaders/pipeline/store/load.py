"""Load every row of a build from nothing into a freshly migrated database."""

from collections.abc import Iterable, Iterator

from sqlalchemy import Connection, create_engine, update
from sqlalchemy.pool import NullPool

from eastflank.loaders.extract.document import DocumentRows
from eastflank.loaders.extract.entities.reference_rows import alias_rows, entity_rows, link_updates, programme_rows
from eastflank.loaders.ingest.reference import ReferenceEntity
from eastflank.loaders.publish.arrow_schema import published_tables
from eastflank.loaders.publish.summary_tables import Tally, write_summaries
from eastflank.loaders.store.deferred_indexes import indexes_built_after
from eastflank.loaders.store.load import DEDUPLICATED, delete_all_rows, insert_rows
from eastflank.loaders.store.migrate import upgrade_to_head
from eastflank.schema import metadata

LOAD_BATCH_ROWS = 50_000


def load_database(
    url: str, reference: list[ReferenceEntity], extracted: Iterable[DocumentRows], scores: list[dict] | None = None
) -> str:
    """Migrate the database at `url` to head and load every row in one transaction; return the revision.

    Reference rows go first, then the articles' rows in batches of about LOAD_BATCH_ROWS,
    each batch table by table in foreign-key order; links between entities come last. The
    non-unique indexes are built once at the end, in the same transaction (store/deferred_indexes.py).
    """
    engine = create_engine(url, poolclass=NullPool)
    revision = upgrade_to_head(engine)
    seen = {table: {entity.id for entity in reference} for table in DEDUPLICATED}
    tally = Tally()
    with engine.begin() as connection:
        delete_all_rows(connection)  # its DELETEs open the transaction the index drops then join
        with indexes_built_after(connection):
            insert_tables(connection, reference_tables(reference, [] if scores is None else scores))
            for batch in row_batches(extracted, seen, tally):
                insert_tables(connection, batch)
            for table_name, key_column, key, column, target in link_updates(reference):
                table = metadata.tables[table_name]
                connection.execute(update(table).where(table.c[key_column] == key).values({column: target}))
            write_summaries(connection, tally)
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


def row_batches(
    extracted: Iterable[DocumentRows], seen: dict[str, set[str]], tally: Tally | None = None
) -> Iterator[dict[str, list[dict]]]:
    """The articles' rows merged by table, about LOAD_BATCH_ROWS at a time, each article counted into `tally`.

    An entity (or learned programme) found in several articles, or already in the reference
    data, is kept once: the first row with its key.
    """
    batch: dict[str, list[dict]] = {}
    size = 0
    for document_rows in extracted:
        if tally is not None:
            tally.count_document(document_rows.tables)
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
