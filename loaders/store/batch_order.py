"""Make Alembic's SQLite table rebuilds write their constraints and indexes in a fixed order.

In batch mode Alembic rebuilds a SQLite table from the reflected one, whose constraints and
indexes SQLAlchemy keeps in sets: their order followed object addresses, so two builds of
the same corpus wrote the same schema with its foreign keys and indexes in different orders,
and `eastflank.db` (and the DuckDB file made from it) differed byte for byte. Sorting them by
name before the rebuild makes every build's schema text, and so its bytes, the same.
"""

from typing import Any

from alembic.operations import batch

_original_grab = batch.ApplyBatchImpl._grab_table_elements


def _grab_in_name_order(self: Any) -> None:
    _original_grab(self)
    self.named_constraints = dict(sorted(self.named_constraints.items()))
    self.unnamed_constraints = sorted(self.unnamed_constraints, key=_described)
    self.indexes = dict(sorted(self.indexes.items()))


def _described(constraint: Any) -> tuple[str, list[str], str]:
    """What an unnamed constraint is, without its address: kind, columns, expression."""
    columns = [column.name for column in getattr(constraint, "columns", [])]
    return type(constraint).__name__, columns, str(getattr(constraint, "sqltext", ""))


def install() -> None:
    """Replace the batch rebuild's element gathering with the name-ordered one (idempotent)."""
    batch.ApplyBatchImpl._grab_table_elements = _grab_in_name_order  # type: ignore[method-assign]
