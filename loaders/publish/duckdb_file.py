"""`eastflank.duckdb`: every table, typed, with its primary key declared and its description.

DuckDB extensions cannot be downloaded here, but Parquet support is built in, so the file
is filled from the Parquet files just written.

Foreign keys are written as column comments ("→ paragraphs.id"), not as constraints:
DuckDB checks a declared foreign key on every inserted row against the parent's index,
and for the 5.7 million mentions of 100,000 articles that check alone took the writer
from 0.85 GB to 2 GB (measured). The build checks every foreign key in SQLite instead
(validate.py), and datapackage.json declares them for Frictionless tools.
"""

import errno
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb
from sqlalchemy import Column, Table

from eastflank.loaders.errors import BuildError
from eastflank.loaders.publish.arrow_schema import published_tables
from eastflank.schema.describe import TableDoc, describe_tables

DUCKDB_TYPES = {"Boolean": "BOOLEAN", "Integer": "BIGINT", "Float": "DOUBLE"}
MEMORY_LIMIT = "600MB"
"""DuckDB's buffer limit while writing; beyond it DuckDB spills to a temporary folder. The
primary-key index of the largest table (mentions, 5.7 million rows at 100,000 articles)
fits beside it: the writer's peak was 0.85 GB with a limit of 700 MB."""


def create_table_sql(table: Table) -> str:
    """DuckDB DDL for a table: typed columns, NOT NULL and the primary key."""
    lines = [
        f'"{c.name}" {DUCKDB_TYPES.get(type(c.type).__name__, "VARCHAR")}{"" if c.nullable else " NOT NULL"}'
        for c in table.columns
    ]
    lines.append("PRIMARY KEY (" + ", ".join(f'"{c.name}"' for c in table.primary_key.columns) + ")")
    return f'CREATE TABLE "{table.name}" (\n  ' + ",\n  ".join(lines) + "\n)"


def comment_sql(table: Table, described: TableDoc) -> list[str]:
    """COMMENT statements giving the table its description and each column its own, with the
    column it references where it is a foreign key."""
    statements = [f'COMMENT ON TABLE "{table.name}" IS {_quoted(described.description)}']
    for column, doc in zip(table.columns, described.columns, strict=True):
        statements.append(
            f'COMMENT ON COLUMN "{table.name}"."{column.name}" IS {_quoted(column_comment(column, doc.description))}'
        )
    return statements


def column_comment(column: Column, description: str) -> str:
    """The column's description, followed by the columns it references ("→ documents.id")."""
    targets = sorted(foreign_key.target_fullname for foreign_key in column.foreign_keys)
    return " ".join([description, *(f"→ {target}" for target in targets)]).strip()


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def write_duckdb(out: Path) -> Path:
    """Create eastflank.duckdb in the output folder from its Parquet files, in a process of its own.

    A fresh interpreter holds nothing else, and the connection is reopened per table so
    each table's key index leaves memory once written. A failure in that process is
    raised here.
    """
    path = out / "eastflank.duckdb"
    path.unlink(missing_ok=True)
    command = [sys.executable, "-m", "eastflank.loaders.publish.duckdb_file", str(path), str(out / "parquet")]
    finished = subprocess.run(command, capture_output=True, text=True, check=False)
    if finished.returncode != 0 and "no space left on device" in finished.stderr.lower():
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
    if finished.returncode != 0:
        raise BuildError(
            f"{path}: DuckDB could not be written ({finished.stderr.strip().splitlines()[-1:]}); nothing was published. "
            "Fix: rerun the build; if it fails again, report it with this message"
        )
    return path


def fill_duckdb(path: str, parquet_folder: str) -> None:
    """Create, fill and describe every table, parents first, one connection per table.

    DuckDB's spill folder is a temporary folder beside the file, removed afterwards.
    """
    spill = Path(tempfile.mkdtemp(prefix=".duckdb-spill-", dir=Path(path).parent))
    descriptions = {doc.name: doc for doc in describe_tables()}
    try:
        for table in published_tables():
            with duckdb.connect(
                path, config={"memory_limit": MEMORY_LIMIT, "temp_directory": str(spill)}
            ) as connection:
                connection.execute(create_table_sql(table))
                parquet = (Path(parquet_folder) / f"{table.name}.parquet").as_posix()
                connection.execute(f"INSERT INTO \"{table.name}\" SELECT * FROM read_parquet('{parquet}')")
                for statement in comment_sql(table, descriptions[table.name]):
                    connection.execute(statement)
    finally:
        shutil.rmtree(spill, ignore_errors=True)


if __name__ == "__main__":
    fill_duckdb(sys.argv[1], sys.argv[2])
