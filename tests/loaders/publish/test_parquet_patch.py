"""The streamed Parquet patch writes the bytes a full export of the patched table writes,
wherever the removed and inserted keys fall among the old row groups."""

import random
from pathlib import Path

import pyarrow as pa
import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table

import eastflank.loaders.publish.parquet as parquet_module
from eastflank.loaders.publish.arrow_schema import arrow_schema
from eastflank.loaders.publish.delta import TableDelta
from eastflank.loaders.publish.parquet import rows_to_batch, write_batches
from eastflank.loaders.publish.parquet_patch import patched_batches, recut

SIZE = 4
"""Rows per row group in these tests, so that a few dozen rows span many row groups."""

METADATA = MetaData()
ONE_KEY = Table("patch_one_key", METADATA, Column("id", String, primary_key=True), Column("value", Integer))
TWO_KEYS = Table(
    "patch_two_keys",
    METADATA,
    Column("entity_id", String, primary_key=True),
    Column("alias", String, primary_key=True),
    Column("value", Integer),
)
LETTERS = "abAZșȘéé0_-"
"""Key characters whose code-point order differs from their alphabetical and case-folded orders."""


@pytest.fixture(autouse=True)
def small_row_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parquet_module, "BATCH_ROWS", SIZE)


def full_export(path: Path, table: Table, rows: dict[object, tuple]) -> bytes:
    """What a full export writes for these rows: key order, cut every SIZE rows."""
    ordered = [rows[key] for key in sorted(rows)]
    schema = arrow_schema(table)
    write_batches(path, schema, (rows_to_batch(ordered[i : i + SIZE], schema) for i in range(0, len(ordered), SIZE)))
    return path.read_bytes()


def random_key(chooser: random.Random, table: Table) -> object:
    def text() -> str:
        return "".join(chooser.choice(LETTERS) for _ in range(chooser.randint(1, 4)))

    return text() if table is ONE_KEY else (text(), text())


def row_of(key: object, value: int) -> tuple:
    return (key, value) if isinstance(key, str) else (*key, value)


@pytest.mark.parametrize("table", [ONE_KEY, TWO_KEYS], ids=["one key", "two keys"])
@pytest.mark.parametrize("seed", range(25))
def test_a_patched_file_equals_a_full_export_of_the_patched_rows(tmp_path: Path, table: Table, seed: int) -> None:
    chooser = random.Random(seed)
    old = {random_key(chooser, table): None for _ in range(chooser.randint(0, 30))}
    old_rows = {key: row_of(key, i) for i, key in enumerate(old)}
    delta = TableDelta(table)
    delta.remove(old_rows[key] for key in chooser.sample(sorted(old_rows), k=chooser.randint(0, len(old_rows))))
    replaced = [key for key in delta.removed if chooser.random() < 0.5]
    fresh = {random_key(chooser, table) for _ in range(chooser.randint(0, 12))} - old.keys()
    delta.insert(row_of(key, 1000 + i) for i, key in enumerate(sorted(fresh) + replaced))
    patched = {key: row for key, row in old_rows.items() if key not in delta.removed} | delta.inserted

    full_export(tmp_path / "old.parquet", table, old_rows)
    write_batches(tmp_path / "patched.parquet", arrow_schema(table), patched_batches(tmp_path / "old.parquet", delta))
    assert (tmp_path / "patched.parquet").read_bytes() == full_export(tmp_path / "want.parquet", table, patched)


def test_recut_gives_batches_of_the_fixed_size_whatever_the_pieces() -> None:
    schema = arrow_schema(ONE_KEY)
    pieces = [rows_to_batch([(f"{n}-{i}", i) for i in range(n)], schema) for n in (0, 1, 7, 0, 2, 9, 3)]
    batches = list(recut((pa.Table.from_batches([piece]) for piece in pieces), SIZE))
    assert [len(batch) for batch in batches] == [4, 4, 4, 4, 4, 2]
    assert [row["id"] for batch in batches for row in batch.to_pylist()] == [
        row["id"] for piece in pieces for row in piece.to_pylist()
    ]
