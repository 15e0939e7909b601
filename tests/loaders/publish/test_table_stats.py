"""table_stats: a row count and a content checksum per table that depend only on the contents."""

import hashlib
import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, insert
from sqlalchemy.pool import NullPool

from eastflank.loaders.build import BuildResult
from eastflank.loaders.publish.table_stats import UNSUMMED_TABLES, canonical_lines, summed_tables, table_checksum
from eastflank.loaders.store.migrate import upgrade_to_head
from eastflank.schema import metadata

ALIASES = [
    {"entity_id": "md", "alias": "Moldova", "kind": "name"},
    {"entity_id": "md", "alias": "Moldovan", "kind": "demonym"},
    {"entity_id": "md", "alias": "Republic of Moldova", "kind": "alias"},
]


def checksum_after_inserting(path: Path, rows: list[dict]) -> tuple[int, str]:
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    upgrade_to_head(engine)
    with engine.begin() as connection:
        connection.execute(
            insert(metadata.tables["entities"]),
            [
                {
                    "id": "md",
                    "name": "Moldova",
                    "type": "country",
                    "source": "reference",
                    "method": "reference",
                    "confidence": 1.0,
                }
            ],
        )
        connection.execute(insert(metadata.tables["entity_aliases"]), rows)
        got = table_checksum(connection, metadata.tables["entity_aliases"])
    engine.dispose()
    return got


def test_checksum_is_the_sum_of_the_sha256_of_header_and_each_row(tmp_path: Path) -> None:
    got = checksum_after_inserting(tmp_path / "a.db", ALIASES)
    lines = [
        '["entity_id","alias","kind"]\n',
        '["md","Moldova","name"]\n',
        '["md","Moldovan","demonym"]\n',
        '["md","Republic of Moldova","alias"]\n',
    ]
    total = sum(int(hashlib.sha256(line.encode("utf-8")).hexdigest(), 16) for line in lines) % 2**256
    assert got == (3, f"{total:064x}"), got


def test_checksum_changes_when_one_value_changes(tmp_path: Path) -> None:
    changed = [*ALIASES[:2], {**ALIASES[2], "kind": "name"}]
    assert checksum_after_inserting(tmp_path / "a.db", ALIASES) != checksum_after_inserting(tmp_path / "b.db", changed)


def test_checksum_ignores_insertion_order(tmp_path: Path) -> None:
    forward = checksum_after_inserting(tmp_path / "a.db", ALIASES)
    backward = checksum_after_inserting(tmp_path / "b.db", list(reversed(ALIASES)))
    assert forward == backward, (forward, backward)


def test_canonical_lines_write_booleans_floats_and_nulls_as_json() -> None:
    got = list(canonical_lines(["a", "b", "c", "d"], [(True, 1.5, None, "ș")]))
    assert got == [b'["a","b","c","d"]\n', '[true,1.5,null,"ș"]\n'.encode()], got


def test_seed_build_has_a_row_per_summed_table_matching_the_data(seed_build: BuildResult) -> None:
    engine = create_engine(f"sqlite:///{seed_build.out / 'eastflank.db'}", poolclass=NullPool)
    with engine.connect() as connection:
        want = [(t.name, *table_checksum(connection, t)) for t in sorted(summed_tables(), key=lambda t: t.name)]
    engine.dispose()
    with sqlite3.connect(seed_build.out / "eastflank.db") as connection:
        got = connection.execute(
            "select table_name, row_count, content_sha256 from table_stats order by table_name"
        ).fetchall()
    assert got == want, got
    assert {name for name, *_ in got}.isdisjoint(UNSUMMED_TABLES), got
    counts = {name: count for name, count, _ in got}
    assert counts == {name: seed_build.row_counts[name] for name in counts}, counts
