"""Patch the summary tables with the counts of the documents an incremental build removed and inserted.

Each stored count is a sum over documents (see publish/summary_tables.py), so the patched
row is the stored one minus the removed documents' tally plus the inserted ones'; a row
whose counts all fall to zero goes, as a full build would not have it.
"""

from typing import Any

from sqlalchemy import Connection, select, tuple_

from eastflank.loaders.publish.delta import Delta, Row, TableDelta
from eastflank.loaders.publish.summary_tables import SUMMARY_TABLES, MentionRow, Tally
from eastflank.loaders.store.load import insert_rows
from eastflank.schema import metadata


def delta_tally(deltas: Delta, side: str) -> Tally:
    """What the rows on one side ("removed" or "inserted") of the deltas count."""
    tally = Tally()
    tally.count_mentions(sorted(_mention(row) for row in getattr(deltas["mentions"], side).values()))
    tally.count_years(
        _column(deltas["events"], side, "start_date"), _column(deltas["documents"], side, "published_date")
    )
    return tally


def _mention(row: Row) -> MentionRow:
    names = metadata.tables["mentions"].columns.keys()
    return row[names.index("document_id")], row[names.index("paragraph_id")], row[names.index("entity_id")]


def _column(delta: TableDelta, side: str, column: str) -> list[Any]:
    index = delta.table.columns.keys().index(column)
    return [row[index] for row in getattr(delta, side).values()]


def patch_summaries(connection: Connection, deltas: Delta) -> None:
    """Rewrite every summary row the change touches, noting each in its table's delta."""
    removed, inserted = delta_tally(deltas, "removed"), delta_tally(deltas, "inserted")
    for name in SUMMARY_TABLES:
        table, delta = metadata.tables[name], deltas[name]
        keys = sorted(removed.keys(name) | inserted.keys(name))
        if not keys:
            continue
        where = tuple_(*table.primary_key.columns).in_([key if isinstance(key, tuple) else (key,) for key in keys])
        stored = {delta.key_of(row): row for row in connection.execute(select(*table.columns).where(where))}
        delta.remove(stored.values())
        connection.execute(table.delete().where(where))
        rows = [_patched(name, key, stored.get(key), removed, inserted) for key in keys]
        insert_rows(connection, name, [row for row in rows if row is not None])
        delta.insert(connection.execute(select(*table.columns).where(where)))


def _patched(name: str, key: Any, stored: Row | None, removed: Tally, inserted: Tally) -> dict[str, Any] | None:
    """The row after the change, or None when nothing is counted for the key any more."""
    row = inserted.row(name, key)
    names = metadata.tables[name].columns.keys()
    for column in removed.columns[name]:
        before = 0 if stored is None else stored[names.index(column)]
        row[column] += before - removed.columns[name][column][key]
    return row if any(row[column] for column in removed.columns[name]) else None
