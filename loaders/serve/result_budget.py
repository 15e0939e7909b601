"""A cap on the bytes one statement may hand to Datasette, whatever its rows and columns.

SQLITE_LIMIT_LENGTH bounds one value, not a page of them: 101 rows (Datasette's row cap
plus one) of several 8 MB blobs each are fetched whole, then turned into JSON or HTML at many
times their size, and one such request made the server take all 24 GB of the development
machine until the kernel killed it. Datasette turns every row into a `sqlite3.Row` through
the connection's row factory, so a factory that counts the bytes of text and blob values
per cursor and fails the statement past RESULT_BUDGET_BYTES bounds what any request holds.
"""

import sqlite3
from collections.abc import Callable
from typing import Any
from weakref import WeakKeyDictionary

RESULT_BUDGET_BYTES = 16 * 2**20
"""16 MB: twice the longest value SQLite hands out (sql_limits.LENGTH_LIMIT_BYTES), so a
whole article can still be read, and a hundred ordinary rows are a few hundred KB."""

RowFactory = Callable[[sqlite3.Cursor, tuple[Any, ...]], Any]


class ResultTooLarge(sqlite3.OperationalError):
    """A statement's rows passed the budget; Datasette shows an OperationalError as a 400 with its message."""


def budgeted(row_factory: RowFactory, budget: int = RESULT_BUDGET_BYTES) -> RowFactory:
    """`row_factory` that raises ResultTooLarge once a cursor's rows pass `budget` bytes of text and blobs."""
    spent: WeakKeyDictionary[sqlite3.Cursor, int] = WeakKeyDictionary()

    def factory(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> Any:
        total = spent.get(cursor, 0) + sum(len(value) for value in row if isinstance(value, str | bytes))
        if total > budget:
            cursor.close()  # resets the statement now; left running, it would hold the connection busy until collected
            raise ResultTooLarge(f"the result is larger than {budget // 2**20} MB; select fewer rows or shorter values")
        spent[cursor] = total
        return row_factory(cursor, row)

    return factory


def limit_results(connection: sqlite3.Connection) -> None:
    """Wrap the connection's row factory (Datasette's sqlite3.Row, or plain tuples) in the budget."""
    current = connection.row_factory
    connection.row_factory = budgeted(current if current is not None else _as_tuple)


def _as_tuple(_cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> tuple[Any, ...]:
    return row
