"""A database server (PostgreSQL) loaded beside the published SQLite file.

The server gets the same rows as the SQLite file; its release facts and checksums are
stamped by the publish stage (publish/server_release.py), which owns them.
"""

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from eastflank.loaders.errors import DatabaseServerError

FIX = "start the server, or pass --database-url as postgresql+psycopg://user:password@host:port/database"


@contextmanager
def server_errors(url: str) -> Iterator[None]:
    """Turn a connection or load failure into DatabaseServerError naming the URL (password hidden)."""
    try:
        yield
    except (ArgumentError, NoSuchModuleError) as error:
        raise DatabaseServerError(
            f"{shown_url(url)}: is not a database URL this build can open ({error}). Fix: {FIX}"
        ) from error
    except DBAPIError as error:
        problem = str(error.orig).strip().splitlines()[0] if error.orig is not None else str(error)
        raise DatabaseServerError(f"{shown_url(url)}: the database server failed ({problem}). Fix: {FIX}") from error


def shown_url(url: str) -> str:
    """The URL with its password masked, fit for an error message."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return re.sub(r"://([^:/@]*):[^@]*@", r"://\1:***@", url)


def load_server(url: str, load: Callable[[str], str], stamp: Callable[[str], None]) -> str:
    """Migrate and load the server with `load` (the build's own loader), then `stamp` its release facts.

    The stamp comes from the publish stage, which owns release facts and checksums; the
    server module only guarantees that any failure names the URL.
    """
    with server_errors(url):
        revision = load(url)
        stamp(url)
    return revision
