"""A database server (PostgreSQL) loaded beside the published SQLite file.

The server gets the same rows as the SQLite file, the same release facts (copied, so the
build time agrees to the second), and table checksums computed on the server itself, so
equal sums prove the two databases hold the same contents.
"""

import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.pool import NullPool

from eastflank.loaders.errors import DatabaseServerError
from eastflank.loaders.publish.table_stats import record_release, summed_tables

FIX = "start the server, or pass --database-url as postgresql+psycopg://user:password@host:port/database"


def stamp_server(url: str, sqlite_database: Path) -> None:
    """Fill the server's release_info from the SQLite file and its table_stats from its own rows."""
    with sqlite3.connect(f"file:{sqlite_database}?mode=ro", uri=True) as source:
        facts = dict(source.execute("SELECT key, value FROM release_info ORDER BY rowid"))
    engine = create_engine(url, poolclass=NullPool)
    with engine.begin() as connection:
        record_release(connection, facts, summed_tables())
    engine.dispose()


@contextmanager
def server_errors(url: str) -> Iterator[None]:
    """Turn a connection or load failure into DatabaseServerError naming the URL (password hidden)."""
    try:
        yield
    except (ArgumentError, NoSuchModuleError) as error:
        raise DatabaseServerError(f"{shown_url(url)}: is not a database URL this build can open ({error}). Fix: {FIX}") from error
    except DBAPIError as error:
        problem = str(error.orig).strip().splitlines()[0] if error.orig is not None else str(error)
        raise DatabaseServerError(f"{shown_url(url)}: the database server failed ({problem}). Fix: {FIX}") from error


def shown_url(url: str) -> str:
    """The URL with its password masked, fit for an error message."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return re.sub(r"://([^:/@]*):[^@]*@", r"://\1:***@", url)


def load_server(url: str, sqlite_database: Path, load: Callable[[str], str]) -> str:
    """Migrate and load the server with `load` (the build's own loader), then stamp it."""
    with server_errors(url):
        revision = load(url)
        stamp_server(url, sqlite_database)
    return revision
