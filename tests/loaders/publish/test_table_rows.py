"""The driver's-cursor read of a SQLite table gives the rows SQLAlchemy's result would give."""

from sqlalchemy import Boolean, Column, Float, Integer, MetaData, String, Table, create_engine, select
from sqlalchemy.pool import NullPool

from eastflank.loaders.publish.table_rows import select_batches

METADATA = MetaData()
FLAGS = Table(
    "flags",
    METADATA,
    Column("id", String, primary_key=True),
    Column("score", Float),
    Column("count", Integer),
    Column("flag", Boolean),
)
ROWS = [
    {"id": "c", "score": 0.5, "count": 3, "flag": True},
    {"id": "a", "score": None, "count": 0, "flag": False},
    {"id": "b", "score": 2.0, "count": None, "flag": None},
]


def test_sqlite_rows_equal_sqlalchemy_rows_booleans_included() -> None:
    engine = create_engine("sqlite://", poolclass=NullPool)
    with engine.begin() as connection:
        METADATA.create_all(connection)
        connection.execute(FLAGS.insert(), ROWS)
        statement = select(*FLAGS.columns).order_by(FLAGS.c.id)
        expected = [tuple(row) for row in connection.execute(statement)]
        batches = list(select_batches(connection, FLAGS, statement, size=2))
    assert [len(batch) for batch in batches] == [2, 1]
    got = [tuple(row) for batch in batches for row in batch]
    assert got == expected
    assert [row[3] for row in got] == [False, None, True]
    assert [type(row[3]) for row in got] == [bool, type(None), bool]
