"""Where the served release lies: the folder of the database Datasette serves.

`eastflank serve` runs Datasette on `<out>/eastflank.db`, so every other file of the release
(Parquet, DuckDB, datapackage.json, SHA256SUMS, docs/) is beside it.
"""

import json
from pathlib import Path
from typing import Any

from datasette.app import Datasette

from eastflank.loaders.serve.reader import DATABASE_NAME


def release_folder(datasette: Datasette) -> Path:
    """The folder holding the served database."""
    return Path(str(datasette.get_database(DATABASE_NAME).path)).parent


def datapackage(out: Path) -> dict[str, Any]:
    """The release's datapackage.json, or an empty one when the folder has none."""
    path = out / "datapackage.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
