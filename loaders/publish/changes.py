"""`CHANGES.json`: what this build added, changed and removed against the previous one.

Rows are matched by primary key across the previous output's database and the new one,
so a user who mirrors the dataset sees which rows to fetch again. Counts are exact; key
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
    """Primary keys of the rows added, changed and removed in one table, sorted."""

    added: list[Key] = field(default_factory=list)
    changed: list[Key] = field(default_factory=list)
    removed: list[Key] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """How many rows of each kind."""
        return {"added": len(self.added), "changed": len(self.changed), "removed": len(self.removed)}


def row_fingerprints(connection: sqlite3.Connection, table: Table) -> dict[Key, int]:
    """Primary key → a hash of the row's column names and values; empty when the table is absent.

    The builtin hash is enough because both databases are read in the same process.
    Columns are read in name order and their names are hashed with the values, so a
    reordered column is no change and an added or dropped one changes every row.
    """
    names = tuple(sorted(row[1] for row in connection.execute(f'PRAGMA table_info("{table.name}")')))
    keys = [names.index(c.name) for c in table.primary_key.columns if c.name in names]
    if not names or len(keys) != len(table.primary_key.columns):
        return {}
    columns = ", ".join(f'"{name}"' for name in names)
    cursor = connection.execute(f'SELECT {columns} FROM "{table.name}"')
    return {_key(row, keys): hash((names, row)) for row in cursor}


def row_keys(connection: sqlite3.Connection, table: Table) -> dict[Key, int]:
    """Primary key → 0 for every row: all a first build needs, read without the row contents."""
    columns = ", ".join(f'"{c.name}"' for c in table.primary_key.columns)
    cursor = connection.execute(f'SELECT {columns} FROM "{table.name}"')
    return {_key(row, list(range(len(row)))): 0 for row in cursor}


def _key(row: tuple[Any, ...], indexes: list[int]) -> Key:
    return row[indexes[0]] if len(indexes) == 1 else tuple(row[i] for i in indexes)


def table_changes(previous: dict[Key, int], current: dict[Key, int]) -> TableChanges:
    """Keys only in `current`, in both with a different row, and only in `previous`."""
    return TableChanges(
        added=sorted(current.keys() - previous.keys()),
        changed=sorted(k for k in current.keys() & previous.keys() if current[k] != previous[k]),
        removed=sorted(previous.keys() - current.keys()),
    )


def compare_databases(previous: Path | None, current: Path) -> dict[str, TableChanges]:
    """Changes per published table; with no previous database every row is added."""
    new = sqlite3.connect(f"file:{current}?mode=ro", uri=True)
    old = sqlite3.connect(f"file:{previous}?mode=ro", uri=True) if previous is not None else None
    try:
        if old is None:
            return {t.name: table_changes({}, row_keys(new, t)) for t in published_tables()}
        return {t.name: table_changes(row_fingerprints(old, t), row_fingerprints(new, t)) for t in published_tables()}
    finally:
        new.close()
        if old is not None:
            old.close()


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


def write_changes(previous: Path, current: Path, folder: Path) -> dict[str, dict[str, int]]:
    """Write CHANGES.json into `folder` comparing database `current` with `previous` (if it exists)."""
    before = previous if previous.is_file() else None
    try:
        changes = compare_databases(before, current)
    except sqlite3.DatabaseError:
        before = None
        changes = compare_databases(None, current)
    release = previous_release(before) if before is not None else None
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
