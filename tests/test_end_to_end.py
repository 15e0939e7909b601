"""Build the seeds into a temporary folder and check the published dataset as a user would."""

import asyncio
import sqlite3
from pathlib import Path

import duckdb
from datasette.app import Datasette

from eastflank.loaders.build import BuildResult, build
from eastflank.loaders.paths import SEEDS_DIR
from eastflank.loaders.publish.arrow_schema import published_tables


def rows(database: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(database) as connection:
        return connection.execute(sql).fetchall()


def test_every_mention_slices_to_its_text(seed_build: BuildResult) -> None:
    database = seed_build.out / "eastflank.db"
    mentions = rows(
        database,
        "select m.text, p.text, m.start_char, m.end_char from mentions m join paragraphs p on p.id = m.paragraph_id",
    )
    assert len(mentions) > 100, len(mentions)
    bad = [(text, start, end) for text, paragraph, start, end in mentions if paragraph[start:end] != text]
    assert bad == [], bad[:5]


def test_every_paragraph_slices_to_its_text(seed_build: BuildResult) -> None:
    database = seed_build.out / "eastflank.db"
    paragraphs = rows(
        database,
        "select p.text, d.text, p.start_char, p.end_char from paragraphs p join documents d on d.id = p.document_id",
    )
    bad = [text for text, document, start, end in paragraphs if document[start:end] != text]
    assert bad == [], bad[:3]


def test_sqlite_row_counts_equal_parquet_row_counts(seed_build: BuildResult) -> None:
    database = seed_build.out / "eastflank.db"
    for table in published_tables():
        (sqlite_count,) = rows(database, f'select count(*) from "{table.name}"')[0]
        parquet = seed_build.out / "parquet" / f"{table.name}.parquet"
        (parquet_count,) = duckdb.sql(f"select count(*) from read_parquet('{parquet}')").fetchall()[0]
        assert sqlite_count == parquet_count, (table.name, sqlite_count, parquet_count)
        assert seed_build.row_counts[table.name] == sqlite_count, table.name


def test_datasette_serves_documents_and_finds_itpp(seed_build: BuildResult) -> None:
    datasette = Datasette(immutables=[str(seed_build.out / "eastflank.db")], metadata=None)

    async def fetch() -> tuple[dict, dict]:
        documents = await datasette.client.get("/eastflank/documents.json?_shape=objects&_col=source_file")
        search = await datasette.client.get("/eastflank/paragraphs.json?_search=ITPP&_shape=objects")
        assert documents.status_code == 200 and search.status_code == 200
        return documents.json(), search.json()

    documents, search = asyncio.run(fetch())
    got = sorted(row["source_file"] for row in documents["rows"])
    assert got == sorted(path.name for path in SEEDS_DIR.glob("*.txt")), got
    assert len(search["rows"]) == 1, search["rows"]
    assert "Individually Tailored Partnership Programme (ITPP)" in search["rows"][0]["text"]


def test_second_build_gives_identical_ids_and_contents(seed_build: BuildResult, tmp_path: Path) -> None:
    again = build(SEEDS_DIR, tmp_path / "dist")
    for table in published_tables():
        if table.name == "release_info":
            continue  # holds built_at, the one value that differs between builds
        first = (seed_build.out / "parquet" / f"{table.name}.parquet").read_bytes()
        second = (again.out / "parquet" / f"{table.name}.parquet").read_bytes()
        assert first == second, table.name
