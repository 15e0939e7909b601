"""Read a whole table's rows as plain tuples, in batches, the fastest way the database allows.

The checksums and the Parquet export each read every row of every table (465,000 rows at
2,000 articles). Through SQLAlchemy's result rows that reading was half of each step
(1.2 s of 2.4 s, measured with cProfile); on SQLite the driver's own cursor hands the
same tuples over directly. The values are those SQLAlchemy would give: the only type
that converts anything on SQLite is Boolean (stored 0 and 1), which is converted here
alike. Other databases read through SQLAlchemy as before.
"""

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import Boolean, Connection, Select, Table

Rows = list[Sequence[Any]]


def select_batches(connection: Connection, table: Table, statement: Select, size: int) -> Iterator[Rows]:
    """The statement's rows (all of the table's columns, in order) in batches of at most `size`."""
    if connection.dialect.name != "sqlite":
        result = connection.execute(statement, execution_options={"stream_results": True, "yield_per": size})
        for rows in result.partitions(size):
            yield list(rows)
        return
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(statement.compile(dialect=connection.dialect)))
        convert = boolean_converter(table)
        while rows := cursor.fetchmany(size):
            yield list(rows) if convert is None else [convert(row) for row in rows]
    finally:
        cursor.close()


def boolean_converter(table: Table) -> Callable[[Sequence[Any]], tuple[Any, ...]] | None:
    """A function giving a stored row with its Boolean columns as bool (None kept), or None when it has none."""
    flags = [isinstance(column.type, Boolean) for column in table.columns]
    if not any(flags):
        return None

    def converted(row: Sequence[Any]) -> tuple[Any, ...]:
        return tuple(
            value if not flag or value is None else bool(value) for flag, value in zip(flags, row, strict=True)
        )

    return converted
