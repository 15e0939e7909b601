"""Release facts and checksums for a database server loaded beside the SQLite file.

The server gets the same release facts as the SQLite file (copied, so the build time
agrees to the second) and table checksums computed on the server itself, so equal sums
prove the two databases hold the same contents.
"""

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from eastflank.loaders.publish.table_stats import record_release, summed_tables


def stamp_server(url: str, sqlite_database: Path) -> None:
    """Fill the server's release_info from the SQLite file and its table_stats from its own rows."""
    with sqlite3.connect(f"file:{sqlite_database}?mode=ro", uri=True) as source:
        facts = dict(source.execute("SELECT key, value FROM release_info ORDER BY rowid"))
    engine = create_engine(url, poolclass=NullPool)
    with engine.begin() as connection:
        record_release(connection, facts, summed_tables())
    engine.dispose()
