"""`CHANGES.json`: what this build added, changed and removed against the previous one.

Rows are matched by primary key across the previous output's database and the new one
(inside SQLite, so memory stays flat), so a user who mirrors the dataset sees which rows to fetch again. Counts are exact; key
lists stop at KEY_LIMIT per kind, because a first build "adds" every row.
"""

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table

from eastflank.loaders.publish.arrow_schema import published_tables

CHANGES_FILE_NAME = "CHANGES.json"
KEY_LIMIT = 1000
Key = Any


@dataclass
class TableChanges:
    """Primary keys of the rows added, changed and removed in one table, sorted.

    The key lists may stop at KEY_LIMIT; `totals` then holds the full counts.
    """

    added: list[Key] = field(default_factory=list)
    changed: list[Key] = field(default_factory=list)
    removed: list[Key] = field(default_factory=list)
    totals: dict[str, int] | None = None

    def counts(self) -> dict[str, int]:
        """How many rows of each kind."""
        if self.totals is not None:
            return dict(self.totals)
        return {"added": len(self.added), "changed": len(self.changed), "removed": len(self.removed)}


def table_changes(previous: dict[Key, int], current: dict[Key, int]) -> TableChanges:
    """Keys only in `current`, in both with a different row fingerprint, and only in `previous`."""
    return TableChanges(
        added=sorted(current.keys() - previous.keys()),
        changed=sorted(k for k in current.keys() & previous.keys() if current[k] != previous[k]),
        removed=sorted(previous.keys() - current.keys()),
    )


def compare_databases(previous: Path | None, current: Path) -> dict[str, TableChanges]:
    """Changes per published table; with no previous database every row is added.

    The comparison runs inside SQLite, with the previous database attached, and only the
    first KEY_LIMIT keys of each kind leave it, so memory stays flat at any table size.
    """
    connection = sqlite3.connect(f"file:{current}?mode=ro", uri=True)
    try:
        if previous is not None:
            connection.execute("ATTACH DATABASE ? AS old", (f"file:{previous}?mode=ro",))
        return {table.name: _compare_table(connection, table, previous is not None) for table in published_tables()}
    finally:
        connection.close()


def _compare_table(connection: sqlite3.Connection, table: Table, has_previous: bool) -> TableChanges:
    keys = [c.name for c in table.primary_key.columns]
    new_columns = _column_names(connection, "main", table.name)
    old_columns = _column_names(connection, "old", table.name) if has_previous else []
    if not old_columns:
        every = connection.execute(f'SELECT {_list(keys, "n")} FROM main."{table.name}" n ORDER BY {_list(keys, "n")}')
        return _changes({"added": every})
    added = connection.execute(_only_in("main", "old", table.name, keys))
    removed = connection.execute(_only_in("old", "main", table.name, keys))
    if new_columns == old_columns:
        differ = f"({_list(new_columns, 'n')}) IS NOT ({_list(new_columns, 'o')})"
    else:
        differ = "1"  # an added or dropped column changes every row
    changed = connection.execute(
        f'SELECT {_list(keys, "n")} FROM main."{table.name}" n JOIN old."{table.name}" o ON {_same_key(keys)} '
        f"WHERE {differ} ORDER BY {_list(keys, 'n')}"
    )
    return _changes({"added": added, "changed": changed, "removed": removed})


def _changes(cursors: dict[str, sqlite3.Cursor]) -> TableChanges:
    """The first KEY_LIMIT keys of each cursor under its kind, with the full counts."""
    found = {kind: _first_keys(cursor) for kind, cursor in cursors.items()}
    lists = {kind: keys for kind, (keys, _) in found.items()}
    return TableChanges(
        **lists, totals={kind: found[kind][1] if kind in found else 0 for kind in ("added", "changed", "removed")}
    )


def _only_in(schema: str, other: str, table: str, keys: list[str]) -> str:
    """Keys of `schema`.table that `other`.table lacks, in key order."""
    return (
        f'SELECT {_list(keys, "n")} FROM {schema}."{table}" n '
        f'WHERE NOT EXISTS (SELECT 1 FROM {other}."{table}" o WHERE {_same_key(keys)}) ORDER BY {_list(keys, "n")}'
    )


def _same_key(keys: list[str]) -> str:
    return " AND ".join(f'o."{k}" = n."{k}"' for k in keys)


def _first_keys(cursor: sqlite3.Cursor) -> tuple[list[Key], int]:
    keys: list[Key] = []
    count = 0
    for row in cursor:
        if count < KEY_LIMIT:
            keys.append(row[0] if len(row) == 1 else tuple(row))
        count += 1
    return keys, count


def _column_names(connection: sqlite3.Connection, schema: str, table: str) -> list[str]:
    """Column names in name order (a reordered column is no change), empty when the table is absent."""
    return sorted(row[1] for row in connection.execute(f'PRAGMA {schema}.table_info("{table}")'))


def _list(columns: list[str], alias: str) -> str:
    return ", ".join(f'{alias}."{c}"' for c in columns)


def changes_document(changes: dict[str, TableChanges], previous_release: dict[str, str] | None) -> dict[str, Any]:
    """The JSON document: the build compared against, then counts and keys per table."""
    tables = {}
    for name, change in changes.items():
        entry: dict[str, Any] = dict(change.counts())
        for kind in ("added", "changed", "removed"):
            keys = getattr(change, kind)
            entry[f"{kind}_keys"] = [list(k) if isinstance(k, tuple) else k for k in keys[:KEY_LIMIT]]
        entry["keys_truncated"] = any(count > KEY_LIMIT for count in change.counts().values())
        tables[name] = entry
    return {"previous_release": previous_release, "key_limit": KEY_LIMIT, "tables": tables}


def previous_release(database: Path) -> dict[str, str] | None:
    """The release_info facts of the previous build, if it recorded any."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return dict(connection.execute("SELECT key, value FROM release_info ORDER BY key"))
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def write_changes(previous: Path | None, current: Path, folder: Path) -> dict[str, dict[str, int]]:
    """Write CHANGES.json into `folder` comparing database `current` with `previous` (if there is one)."""
    before = previous if previous is not None and previous.is_file() else None
    try:
        changes = compare_databases(before, current)
    except sqlite3.DatabaseError:
        before = None
        changes = compare_databases(None, current)
    return write_changes_document(folder, changes, previous_release(before) if before is not None else None)


def write_changes_document(
    folder: Path, changes: dict[str, TableChanges], release: dict[str, str] | None
) -> dict[str, dict[str, int]]:
    """Write CHANGES.json from changes already worked out; return the counts per table."""
    document = changes_document(changes, release)
    (folder / CHANGES_FILE_NAME).write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return {name: change.counts() for name, change in changes.items()}


def changes_line(counts: dict[str, dict[str, int]]) -> str:
    """One line for the terminal: `changes: mentions +3 ~1 -2, ...`, only tables that changed."""
    parts = [
        f"{table} +{c['added']} ~{c['changed']} -{c['removed']}"
        for table, c in counts.items()
        if c["added"] or c["changed"] or c["removed"]
    ]
    return f"changes since the previous build ({CHANGES_FILE_NAME}): " + (", ".join(parts) if parts else "none")
