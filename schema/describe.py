"""Read the table and column descriptions out of the models, for every generated document.

The data dictionary in README, the Datasette metadata and the Frictionless data package
all come from here, so a description is written once, on its field.
"""

import inspect
from dataclasses import dataclass

from sqlalchemy import Table

from eastflank.schema import MODELS, metadata


@dataclass(frozen=True)
class ColumnDoc:
    """One column: its name, SQL type, whether it may be null, key role and description."""

    name: str
    sql_type: str
    nullable: bool
    key: str
    description: str


@dataclass(frozen=True)
class TableDoc:
    """One table: its name, its grain (the model's docstring) and its columns."""

    name: str
    description: str
    columns: tuple[ColumnDoc, ...]


def describe_tables() -> list[TableDoc]:
    """Every published table in model order."""
    return [_describe(model) for model in MODELS]


def _describe(model: type) -> TableDoc:
    table: Table = metadata.tables[model.__tablename__]  # type: ignore[attr-defined]
    fields = model.model_fields  # type: ignore[attr-defined]
    columns = tuple(
        ColumnDoc(
            name=column.name,
            sql_type=_sql_type(column.type),
            nullable=bool(column.nullable),
            key=_key(column),
            description=fields[column.name].description or "",
        )
        for column in table.columns
    )
    return TableDoc(model.__tablename__, inspect.getdoc(model) or "", columns)  # type: ignore[attr-defined]


def _sql_type(column_type: object) -> str:
    name = type(column_type).__name__
    return {"AutoString": "TEXT", "Integer": "INTEGER", "Float": "REAL", "Boolean": "BOOLEAN"}.get(name, name.upper())


def _key(column: object) -> str:
    parts = []
    if column.primary_key:  # type: ignore[attr-defined]
        parts.append("PK")
    for foreign_key in column.foreign_keys:  # type: ignore[attr-defined]
        parts.append(f"FK → {foreign_key.target_fullname}")
    return ", ".join(parts)
