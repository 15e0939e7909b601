"""Every index the models declare is in the migrated database, as declared.

pytest-alembic's model-vs-migration comparison skips expression indexes on SQLite (they
cannot be reflected), so this compares the CREATE INDEX statements themselves.
"""

import re
import sqlite3
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateIndex

from eastflank.loaders.store.migrate import upgrade_to_head
from eastflank.schema import metadata


def normalised(ddl: str) -> str:
    """DDL without quotes, case or spacing differences."""
    return re.sub(r"\s+", " ", ddl.replace('"', "").lower()).replace("( ", "(").replace(" )", ")").strip()


def test_migrated_indexes_equal_the_models_indexes(tmp_path: Path) -> None:
    database = tmp_path / "head.db"
    upgrade_to_head(create_engine(f"sqlite:///{database}"))
    with sqlite3.connect(database) as connection:
        got = {
            name: normalised(sql)
            for name, sql in connection.execute(
                "select name, sql from sqlite_master where type = 'index' and sql is not null"
            )
        }
    want = {
        index.name: normalised(str(CreateIndex(index).compile(dialect=sqlite.dialect())))
        for table in metadata.tables.values()
        for index in table.indexes
    }
    assert got == want, {
        name: (got.get(name), want.get(name)) for name in got.keys() | want.keys() if got.get(name) != want.get(name)
    }
