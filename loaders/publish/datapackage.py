"""`datapackage.json`: a Frictionless Data Package describing every Parquet file.

Field types, descriptions, primary and foreign keys come from the models (through
schema/describe.py), so the package cannot drift from the schema. The release facts,
row counts and per-table checksums ride along from the release_info and table_stats
Parquet files written just before.

A resource's file size and SHA-256 are under the non-standard keys `file_bytes` and
`file_sha256`, not the standard `bytes` and `hash`: Frictionless 5.21 reads Parquet through
pyarrow instead of its byte loader, never counts a Parquet file's bytes, and reports
`byte-count` against every resource that states them, so a plain `frictionless validate`
would fail. `SHA256SUMS` checks the same files with `sha256sum -c`.
"""

import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
from sqlalchemy import Table

from eastflank.loaders.publish.checksums import file_sha256
from eastflank.loaders.publish.citation import CONTRIBUTORS, dataset_citation
from eastflank.loaders.publish.datasette_metadata import DESCRIPTION, LICENSE, SOURCE, TITLE
from eastflank.loaders.publish.web_url import web_url
from eastflank.schema import metadata
from eastflank.schema.describe import ColumnDoc, TableDoc, describe_tables

FIELD_TYPES = {"TEXT": "string", "INTEGER": "integer", "REAL": "number", "BOOLEAN": "boolean"}
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"
LICENSES = [{"name": LICENSE["license"], "path": LICENSE["license_url"], "title": "Creative Commons Attribution 4.0"}]
NULL_INTEGER_MARKERS = ["", "nan"]
"""Frictionless reads Parquet through pandas, where a null in an integer column becomes NaN;
naming "nan" missing on nullable integer fields keeps those nulls from reading as type errors."""


def datapackage(out: Path) -> dict[str, Any]:
    """The package descriptor for the Parquet files in `out/parquet/`."""
    release = _parquet_rows(out, "release_info")
    facts = {row["key"]: row["value"] for row in release}
    stats = {row["table_name"]: row for row in _parquet_rows(out, "table_stats")}
    package: dict[str, Any] = {
        "name": "eastflank",
        "title": TITLE,
        "description": DESCRIPTION,
        "version": facts.get("dataset_version"),
        "created": facts.get("built_at"),
        "homepage": SOURCE["source_url"],
        "licenses": LICENSES,
        "contributors": CONTRIBUTORS,
        "citation": dataset_citation(TITLE, facts.get("dataset_version"), facts.get("built_at"), SOURCE["source_url"]),
        "sources": sources(out),
        "release": facts,
        "resources": [resource(out, table, stats.get(table.name)) for table in describe_tables()],
    }
    return package


def sources(out: Path) -> list[dict[str, str]]:
    """The project, then every article by title, with its publisher and address where known.

    Readers of the package turn `path` into a link, so a `javascript:` or other address is left out.
    """
    listed = [{"title": SOURCE["source"], "path": SOURCE["source_url"]}]
    for row in _parquet_rows(out, "documents", ["title", "source_file", "url", "publisher"]):
        source = {"title": row["title"] or row["source_file"]}
        if row["publisher"] is not None:
            source["publisher"] = row["publisher"]
        if (address := web_url(row["url"])) is not None:
            source["path"] = address
        listed.append(source)
    return listed


def resource(out: Path, table: TableDoc, stats: dict[str, Any] | None) -> dict[str, Any]:
    """One Parquet file: where it is, its schema, its size and hash, its row count and content checksum."""
    relative = f"parquet/{table.name}.parquet"
    path = out / relative
    described: dict[str, Any] = {
        "name": table.name,
        "type": "table",
        "path": relative,
        "format": "parquet",
        "mediatype": PARQUET_MEDIATYPE,
        "description": table.description,
        "schema": table_schema(table, metadata.tables[table.name]),
        "file_bytes": path.stat().st_size,
        "file_sha256": file_sha256(path),
    }
    if stats is not None:
        described["row_count"] = stats["row_count"]
        described["content_sha256"] = stats["content_sha256"]
    return described


def table_schema(table: TableDoc, sql_table: Table) -> dict[str, Any]:
    """A Table Schema: typed, described fields, the primary key and the foreign keys."""
    schema: dict[str, Any] = {
        "fields": [field(column) for column in table.columns],
        "primaryKey": [column.name for column in sql_table.primary_key.columns],
    }
    foreign_keys = [
        foreign_key(sql_table, constraint) for constraint in sorted(sql_table.foreign_key_constraints, key=_fk_name)
    ]
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    return schema


def field(column: ColumnDoc) -> dict[str, Any]:
    """A Table Schema field for a column."""
    described: dict[str, Any] = {
        "name": column.name,
        "type": FIELD_TYPES[column.sql_type],
        "description": column.description,
    }
    if not column.nullable:
        described["constraints"] = {"required": True}
    elif column.sql_type == "INTEGER":
        described["missingValues"] = NULL_INTEGER_MARKERS
    return described


def foreign_key(sql_table: Table, constraint: Any) -> dict[str, Any]:
    """A Table Schema foreign key; a reference to the table itself names resource ''."""
    target = constraint.referred_table.name
    return {
        "fields": [column.name for column in constraint.columns],
        "reference": {
            "resource": "" if target == sql_table.name else target,
            "fields": [element.column.name for element in constraint.elements],
        },
    }


def _fk_name(constraint: Any) -> str:
    return str(constraint.name or "")


def _parquet_rows(out: Path, table_name: str, columns: list[str] | None = None) -> list[dict[str, Any]]:
    """Rows of a published Parquet file, only the columns asked for (documents' texts stay on disk)."""
    return pq.read_table(out / "parquet" / f"{table_name}.parquet", columns=columns).to_pylist()


def write_datapackage(out: Path) -> Path:
    """Write datapackage.json into the output folder."""
    path = out / "datapackage.json"
    path.write_text(json.dumps(datapackage(out), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
