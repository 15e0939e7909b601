"""Arrow types for every published table, derived from the SQLModel columns."""

import pyarrow as pa
from sqlalchemy import Boolean, Float, Integer, Table

from eastflank.schema import metadata


def arrow_type(column_type: object) -> pa.DataType:
    """The Arrow type that holds a column's values without loss."""
    if isinstance(column_type, Boolean):
        return pa.bool_()
    if isinstance(column_type, Integer):
        return pa.int64()
    if isinstance(column_type, Float):
        return pa.float64()
    return pa.string()


def arrow_schema(table: Table) -> pa.Schema:
    """The table's Arrow schema, with each column's nullability."""
    return pa.schema([pa.field(c.name, arrow_type(c.type), nullable=bool(c.nullable)) for c in table.columns])


def published_tables() -> list[Table]:
    """Every table of the schema, parents before children (the order to load them)."""
    return [table for table in metadata.sorted_tables if table.name != "alembic_version"]
