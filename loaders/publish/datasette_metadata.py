"""Datasette's metadata.json: title, licence, sources, and every table's and column's description."""

import json
from pathlib import Path
from typing import Any

from eastflank.schema.describe import describe_tables

TITLE = "eastflank: security cooperation on NATO's eastern flank"
DESCRIPTION = (
    "An open, citable relational dataset of security cooperation on NATO's eastern flank: "
    "Moldova's partnership with NATO (IPAP, ITPP, PfP), Romania as host and ally, the Balkans. "
    "Every fact is traceable to the paragraph and character span that states it."
)
LICENSE = {"license": "CC-BY-4.0", "license_url": "https://creativecommons.org/licenses/by/4.0/"}
SOURCE = {
    "source": "News and institutional articles in seeds/, and curated reference data in seeds/reference/",
    "source_url": "https://github.com/eastflank/eastflank",
}
LABEL_COLUMNS = {"documents": "title", "entities": "name", "events": "name"}
FTS_TABLES = {"paragraphs": "paragraphs_fts", "documents": "documents_fts"}
HIDDEN_TABLES = ("alembic_version",)


def datasette_metadata(database_name: str = "eastflank") -> dict[str, Any]:
    """The metadata document Datasette serves the dataset with."""
    tables: dict[str, Any] = {
        table.name: {
            "description": table.description,
            "columns": {column.name: column.description for column in table.columns},
            **_table_options(table.name),
        }
        for table in describe_tables()
    }
    for hidden in HIDDEN_TABLES:
        tables[hidden] = {"hidden": True}
    return {"title": TITLE, "description": DESCRIPTION, **LICENSE, **SOURCE, "databases": {database_name: {"tables": tables}}}


def _table_options(table_name: str) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if table_name in LABEL_COLUMNS:
        options["label_column"] = LABEL_COLUMNS[table_name]
    if table_name in FTS_TABLES:
        options["fts_table"] = FTS_TABLES[table_name]
    return options


def write_datasette_metadata(out: Path) -> Path:
    """Write metadata.json into the output folder."""
    path = out / "metadata.json"
    path.write_text(json.dumps(datasette_metadata(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
