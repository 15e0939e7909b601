"""Patch a copy of the previous release's SQLite database with the touched articles' rows.

Rows of removed and changed documents go (children first, their full-text entries with
them), the new rows come in, and each learned entity (or learned programme) the change
touches is decided again as a full build decides it: the row of the first article, in
corpus order, that finds it. Every removal and insertion is noted in the Delta the
exporters then patch their files with.
"""

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, create_engine, select, text
from sqlalchemy.pool import NullPool

from eastflank.loaders.extract.cache import ExtractionCache
from eastflank.loaders.extract.document import DocumentRows
from eastflank.loaders.pipeline.plan import Plan
from eastflank.loaders.pipeline.store.summary_patch import patch_summaries
from eastflank.loaders.publish.arrow_schema import published_tables
from eastflank.loaders.publish.delta import Delta, TableDelta
from eastflank.loaders.publish.fts import FTS_COLUMNS, fts_entries
from eastflank.loaders.store.load import DEDUPLICATED, insert_rows
from eastflank.schema import metadata

GONE, NEW = "gone_documents", "new_documents"
"""Temporary tables of document ids, so any number of them fits one statement."""


class NotPatchable(Exception):
    """The change cannot be applied exactly; the caller builds in full instead."""


def patch_database(
    database: Path, plan: Plan, extracted: Iterable[DocumentRows], cache: ExtractionCache, reference_ids: set[str]
) -> Delta:
    """Apply the plan to the database file in place; return the delta of every table."""
    deltas = Delta()
    engine = create_engine(f"sqlite:///{database}", poolclass=NullPool)
    try:
        with engine.begin() as connection:
            _mark(connection, GONE, plan.removed_ids)
            remove_documents(connection, deltas)
            fresh = {rows.tables["documents"][0]["id"]: rows for rows in extracted}
            _mark(connection, NEW, list(fresh))
            insert_documents(connection, deltas, fresh.values())
            settle_learned(connection, deltas, plan, fresh, cache, reference_ids)
            patch_summaries(connection, deltas)
    finally:
        engine.dispose()
    return deltas


def _mark(connection: Connection, name: str, ids: list[str]) -> None:
    connection.exec_driver_sql(f'CREATE TEMP TABLE "{name}" (id TEXT PRIMARY KEY)')
    if ids:
        connection.exec_driver_sql(f'INSERT INTO "{name}" (id) VALUES (?)', [(i,) for i in ids])


def of_documents(table: Table, marked: str) -> Any:
    """The condition selecting a table's rows that belong to the marked documents, or None."""
    documents = select(text("id")).select_from(text(f'temp."{marked}"'))
    if table.name == "documents":
        return table.c.id.in_(documents)
    if "document_id" in table.c:
        return table.c.document_id.in_(documents)
    if table.name == "event_participants":
        events = metadata.tables["events"]
        return table.c.event_id.in_(select(events.c.id).where(events.c.document_id.in_(documents)))
    return None


def remove_documents(connection: Connection, deltas: Delta) -> None:
    """Delete the marked documents' rows, children first, noting each row and its FTS entry."""
    for table in reversed(published_tables()):
        condition = of_documents(table, GONE)
        if condition is None:
            continue
        deltas[table.name].remove(connection.execute(select(*table.columns).where(condition)))
        if table.name in FTS_COLUMNS:
            fts_entries(connection, table, condition, delete=True)
        connection.execute(table.delete().where(condition))


def insert_documents(connection: Connection, deltas: Delta, fresh: Iterable[DocumentRows]) -> None:
    """Insert the new documents' rows, parents first, and note them as stored."""
    documents = list(fresh)
    for table in published_tables():
        if table.name in DEDUPLICATED:
            continue
        rows = [row for document in documents for row in document.tables.get(table.name, [])]
        if rows:
            insert_rows(connection, table.name, rows)
        condition = of_documents(table, NEW)
        if condition is not None:
            deltas[table.name].insert(connection.execute(select(*table.columns).where(condition)))
            if table.name in FTS_COLUMNS:
                fts_entries(connection, table, condition, delete=False)


def settle_learned(
    connection: Connection,
    deltas: Delta,
    plan: Plan,
    fresh: dict[str, DocumentRows],
    cache: ExtractionCache,
    reference_ids: set[str],
) -> None:
    """Re-decide every learned entity and programme the change touches, as a full build would."""
    entity_column = metadata.tables["mentions"].columns.keys().index("entity_id")
    affected = {row[entity_column] for row in deltas["mentions"].removed.values()}
    for rows in fresh.values():
        for table, key in DEDUPLICATED.items():
            affected.update(row[key] for row in rows.tables.get(table, []))
    for entity_id in sorted(affected - reference_ids):
        wanted = _first_rows(connection, entity_id, plan, fresh, cache)
        for table_name, key in DEDUPLICATED.items():
            _replace(connection, deltas[table_name], key, entity_id, wanted.get(table_name))


def _first_rows(
    connection: Connection, entity_id: str, plan: Plan, fresh: dict[str, DocumentRows], cache: ExtractionCache
) -> dict[str, dict[str, Any]]:
    """Per deduplicated table, the row the first article (in corpus order) mentioning the entity gives."""
    mentions = metadata.tables["mentions"]
    found = connection.execute(select(mentions.c.document_id).where(mentions.c.entity_id == entity_id).distinct())
    wanted: dict[str, dict[str, Any]] = {}
    for document_id in sorted((row[0] for row in found), key=plan.positions.__getitem__):
        rows = fresh.get(document_id) or cache.get(plan.cache_keys[document_id])
        if rows is None:
            raise NotPatchable(f"no cached rows for document {document_id}")
        for table_name, key in DEDUPLICATED.items():
            match = next((row for row in rows.tables.get(table_name, []) if row[key] == entity_id), None)
            if match is not None:
                wanted.setdefault(table_name, match)
        if len(wanted) == len(DEDUPLICATED):
            break
    return wanted


def _replace(connection: Connection, delta: TableDelta, key: str, entity_id: str, row: dict[str, Any] | None) -> None:
    """Swap the stored row for `row` (None: no article finds the entity any more), noting both."""
    table = delta.table
    where = table.c[key] == entity_id
    delta.remove(connection.execute(select(*table.columns).where(where)))
    connection.execute(table.delete().where(where))
    if row is not None:
        insert_rows(connection, table.name, [row])
        delta.insert(connection.execute(select(*table.columns).where(where)))
