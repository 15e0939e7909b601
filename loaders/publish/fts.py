"""Full-text search tables for SQLite, in the shape Datasette detects.

Datasette's `?_search=` finds an FTS5 table declared with `content="<table>"`, so the
indexes are external-content tables over `paragraphs.text` and `documents.title`.
"""

import sqlite3
from typing import Any

from sqlalchemy import Connection, Table, select, text

FTS_COLUMNS = {"paragraphs": ("text",), "documents": ("title",)}


def create_fts(connection: sqlite3.Connection) -> None:
    """Create and fill one FTS5 table per searchable table, then optimise it."""
    for table, columns in FTS_COLUMNS.items():
        fts = f"{table}_fts"
        column_list = ", ".join(columns)
        connection.execute(
            f'CREATE VIRTUAL TABLE "{fts}" USING fts5({column_list}, content="{table}", tokenize="unicode61 remove_diacritics 2")'
        )
        connection.execute(f'INSERT INTO "{fts}" (rowid, {column_list}) SELECT rowid, {column_list} FROM "{table}"')
        connection.execute(f'INSERT INTO "{fts}" ("{fts}") VALUES (\'optimize\')')


def fts_entries(connection: Connection, table: Table, condition: Any, delete: bool) -> None:
    """Add (or, with the values they were indexed with, delete) the full-text entries of a table's rows matching `condition`.

    An incremental build calls this beside deleting or inserting the rows themselves: once a
    row is gone, the values its entry must be deleted with are gone too.
    """
    columns = FTS_COLUMNS[table.name]
    fts = f"{table.name}_fts"
    query = select(text("rowid"), *(table.c[name] for name in columns)).where(condition)
    values = [tuple(row) for row in connection.execute(query)]
    if not values:
        return
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    if delete:
        connection.exec_driver_sql(
            f'INSERT INTO "{fts}" ("{fts}", rowid, {names}) VALUES (\'delete\', ?, {marks})', values
        )
    else:
        connection.exec_driver_sql(f'INSERT INTO "{fts}" (rowid, {names}) VALUES (?, {marks})', values)
