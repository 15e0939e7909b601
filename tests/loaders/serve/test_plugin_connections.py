"""The plugin prepares each database connection: reads go through a memory map."""

import asyncio
from pathlib import Path

from datasette.app import Datasette

from eastflank.loaders.serve.datasette import PLUGINS_DIR


def test_connections_read_the_database_through_a_memory_map(sandbox_database: Path) -> None:
    datasette = Datasette(immutables=[str(sandbox_database)], plugins_dir=str(PLUGINS_DIR))
    database = datasette.get_database("eastflank")
    got = asyncio.run(database.execute_fn(lambda connection: connection.execute("pragma mmap_size").fetchone()[0]))
    assert got > 0, got
