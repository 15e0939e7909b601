"""`eastflank.duckdb`: every table, typed, with primary and foreign keys declared.

DuckDB extensions cannot be downloaded here, but Parquet support is built in, so the file
is filled from the Parquet files just written.
"""

from pathlib import Path

import duckdb
from sqlalchemy import Table

from eastflank.loaders.publish.arrow_schema import published_tables

DUCKDB_TYPES = {"Boolean": "BOOLEAN", "Integer": "BIGINT", "Float": "DOUBLE"}


def create_table_sql(table: Table) -> str:
    """DuckDB DDL for a table: typed columns, NOT NULL, primary key and foreign keys."""
    lines = [
        f'"{c.name}" {DUCKDB_TYPES.get(type(c.type).__name__, "VARCHAR")}{"" if c.nullable else " NOT NULL"}'
        for c in table.columns
    ]
    lines.append("PRIMARY KEY (" + ", ".join(f'"{c.name}"' for c in table.primary_key.columns) + ")")
    for fk in sorted(table.foreign_key_constraints, key=lambda fk: fk.name or ""):
        if fk.referred_table is table:
            continue
        local = ", ".join(f'"{c.name}"' for c in fk.columns)
        remote = ", ".join(f'"{e.column.name}"' for e in fk.elements)
        lines.append(f'FOREIGN KEY ({local}) REFERENCES "{fk.referred_table.name}" ({remote})')
    return f'CREATE TABLE "{table.name}" (\n  ' + ",\n  ".join(lines) + "\n)"


def write_duckdb(out: Path) -> Path:
    """Create eastflank.duckdb in the output folder from its Parquet files."""
    path = out / "eastflank.duckdb"
    path.unlink(missing_ok=True)
    with duckdb.connect(str(path)) as connection:
        for table in published_tables():
            connection.execute(create_table_sql(table))
            parquet = (out / "parquet" / f"{table.name}.parquet").as_posix()
            connection.execute(f"INSERT INTO \"{table.name}\" SELECT * FROM read_parquet('{parquet}')")
    return path
