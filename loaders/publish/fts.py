"""Full-text search tables for SQLite, in the shape Datasette detects.

Datasette's `?_search=` finds an FTS5 table declared with `content="<table>"`, so the
indexes are external-content tables over `paragraphs.text` and `documents.title`.
"""

import sqlite3

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
        connection.execute(f"INSERT INTO \"{fts}\" (\"{fts}\") VALUES ('optimize')")
