"""Check that every closed-vocabulary column holds only its vocabulary's values.

The vocabularies are Enums in schema/vocabularies.py; a rule that writes a misspelt type
or precision would otherwise publish a value no reader's filter expects.
"""

import sqlite3
from pathlib import Path

from eastflank.schema.vocabularies import CLOSED_COLUMNS


def values_outside_vocabularies(database: Path) -> list[str]:
    """`table.column = 'value'` for each published value that its column's vocabulary lacks."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        found = []
        for (table, column), vocabulary in CLOSED_COLUMNS.items():
            allowed = {member.value for member in vocabulary}
            query = f'SELECT DISTINCT "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL'
            found += [f"{table}.{column} = {value!r}" for (value,) in connection.execute(query) if value not in allowed]
        return found
    finally:
        connection.close()
