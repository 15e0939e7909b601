"""eastflank.duckdb: every table typed as the models say, primary keys declared, foreign keys and descriptions as comments."""

import duckdb

from eastflank.loaders.build import BuildResult
from eastflank.loaders.publish.arrow_schema import published_tables

DUCKDB_TYPES = {"TEXT": "VARCHAR", "INTEGER": "BIGINT", "REAL": "DOUBLE", "BOOLEAN": "BOOLEAN"}
SQL_TYPES = {"String": "TEXT", "AutoString": "TEXT", "Integer": "INTEGER", "Float": "REAL", "Boolean": "BOOLEAN"}


def test_every_table_has_typed_columns(seed_build: BuildResult) -> None:
    with duckdb.connect(str(seed_build.out / "eastflank.duckdb"), read_only=True) as db:
        got = db.sql(
            "select table_name, column_name, data_type, is_nullable from information_schema.columns "
            "order by table_name, ordinal_position"
        ).fetchall()
    want = sorted(
        (
            (t.name, c.name, DUCKDB_TYPES[SQL_TYPES[type(c.type).__name__]], "YES" if c.nullable else "NO")
            for t in published_tables()
            for c in t.columns
        ),
        key=lambda row: (
            row[0],
            [c.name for c in next(t for t in published_tables() if t.name == row[0]).columns].index(row[1]),
        ),
    )
    assert got == want


def test_every_table_declares_its_primary_key_and_no_foreign_key_constraint(seed_build: BuildResult) -> None:
    with duckdb.connect(str(seed_build.out / "eastflank.duckdb"), read_only=True) as db:
        rows = db.sql(
            "select table_name, constraint_type, constraint_column_names from duckdb_constraints() "
            "where constraint_type in ('PRIMARY KEY', 'FOREIGN KEY')"
        ).fetchall()
    got = sorted((table, kind, tuple(columns)) for table, kind, columns in rows)
    want = sorted((t.name, "PRIMARY KEY", tuple(c.name for c in t.primary_key.columns)) for t in published_tables())
    assert got == want


def test_foreign_keys_and_descriptions_are_comments(seed_build: BuildResult) -> None:
    with duckdb.connect(str(seed_build.out / "eastflank.duckdb"), read_only=True) as db:
        columns = {
            (t, c): comment
            for t, c, comment in db.sql("select table_name, column_name, comment from duckdb_columns()").fetchall()
        }
        tables = dict(db.sql("select table_name, comment from duckdb_tables()").fetchall())
    assert tables["mentions"] == "One row per occurrence of an entity's name in a paragraph.", tables["mentions"]
    assert columns[("mentions", "paragraph_id")] == "Paragraph holding the mention. → paragraphs.id", columns[
        ("mentions", "paragraph_id")
    ]
    for table in published_tables():
        for foreign_key in table.foreign_key_constraints:
            for element in foreign_key.elements:
                comment = columns[(table.name, element.parent.name)]
                assert comment.endswith(f"→ {element.target_fullname}") or f"→ {element.target_fullname} " in comment, (
                    table.name,
                    comment,
                )


def test_row_counts_match_the_build(seed_build: BuildResult) -> None:
    with duckdb.connect(str(seed_build.out / "eastflank.duckdb"), read_only=True) as db:
        got = {t.name: db.execute(f'select count(*) from "{t.name}"').fetchone()[0] for t in published_tables()}
    assert got == seed_build.row_counts
