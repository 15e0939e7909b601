"""Run Datasette over a published output folder: immutable, on loopback, with limits.

`-i` opens the database immutable (read-only, no locking), so no SQL can write; a time
limit and a row cap keep one heavy query from hogging the server.
"""

import os
import sys
from pathlib import Path

from eastflank.loaders.paths import DATABASE_FILE_NAME
from eastflank.loaders.serve.port import ensure_port_free

PLUGINS_DIR = Path(__file__).parent / "plugins"
"""eastflank's own plugin (document reader, year facet); Datasette loads every .py file there."""
TEMPLATES_DIR = Path(__file__).parent / "templates"
SETTINGS = {
    "sql_time_limit_ms": "1500",
    "max_returned_rows": "100",
    "suggest_facets": "off",
    "allow_download": "on",
    "truncate_cells_html": "240",
}
"""At most 100 rows per page (a table page's size) because rendering, not SQL, is what a canned
query's page spends its time on: on the development machine Datasette renders 1,000 rows of
the timeline in about 240 ms (their JSON in 30 ms), 100 rows in about 35 ms. Whole tables are
in the Parquet, DuckDB and SQLite downloads. Table cells show the first 240 characters of a
long text (a paragraph, an article); the row page and the reader show it whole."""


def datasette_command(out: Path, port: int, host: str = "127.0.0.1") -> list[str]:
    """The datasette command line that serves `out`."""
    command = [sys.executable, "-m", "datasette", "serve", "-i", str(out / DATABASE_FILE_NAME)]
    command += ["--metadata", str(out / "metadata.json"), "--host", host, "--port", str(port)]
    command += ["--plugins-dir", str(PLUGINS_DIR), "--template-dir", str(TEMPLATES_DIR)]
    for name, value in SETTINGS.items():
        command += ["--setting", name, value]
    return command


def serve_dataset(out: Path, port: int) -> None:
    """Serve until interrupted, as Datasette itself.

    The process becomes Datasette (exec), so a signal sent to `eastflank serve` stops the
    server, instead of ending a parent and leaving the server running on its port. A busy
    port is found first, so it is reported in one line, not in uvicorn's log.
    """
    ensure_port_free("127.0.0.1", port)
    command = datasette_command(out, port)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(command[0], command)
