"""Parquet part files: a batch of articles' rows goes to Parquet and comes back equal, key order included."""

from pathlib import Path

import pytest

from eastflank.loaders.build_warnings import BuildReport
from eastflank.loaders.extract.context import ExtractionContext, make_context
from eastflank.loaders.extract.document import DocumentRows, extract_document
from eastflank.loaders.ingest.corpus import DocumentRecord, read_corpus
from eastflank.loaders.ingest.reference import load_reference
from eastflank.loaders.paths import REFERENCE_DIR
from eastflank.loaders.pipeline import parts
from eastflank.loaders.pipeline.distributed import extract_part

ARTICLES = {
    "2025-02-03-drill.txt": (
        "Romania hosts a NATO air defence drill\n\n"
        "On 3 February 2025 Romania opened a two-week air defence drill near Constanța with "
        "troops from France and Poland.\n\n"
        "“The eastern flank is one front,” the Romanian defence minister said at the opening.\n"
    ),
    "2025-04-11-loan.txt": (
        "Estonia signs an ammunition loan\n\n"
        "Estonia agreed on Friday to borrow €120 million for artillery ammunition, its finance ministry said.\n"
    ),
    "2025-05-20-note.txt": "A short note\n\nNothing here names a country or a date.\n",
}


@pytest.fixture(scope="module")
def context() -> ExtractionContext:
    return make_context(load_reference(REFERENCE_DIR), REFERENCE_DIR)


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> list[DocumentRecord]:
    corpus = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return read_corpus(corpus, BuildReport())


def as_plain(results: list[DocumentRows]) -> list[list[tuple[str, list[list[tuple[str, object, type]]]]]]:
    """Every article's tables in order, each row as (column, value, type) in key order, so 1 and 1.0 or key order differ."""
    return [
        [
            (table, [[(key, value, type(value)) for key, value in row.items()] for row in rows])
            for table, rows in result.tables.items()
        ]
        for result in results
    ]


def test_rows_come_back_from_part_files_exactly(
    tmp_path: Path, context: ExtractionContext, documents: list[DocumentRecord]
) -> None:
    want = [extract_document(document, context) for document in documents]
    files = parts.write(parts.encode(want), tmp_path, "part-000001")
    got = parts.decode(parts.read(files))
    assert as_plain(got) == as_plain(want)
    filled = {table for result in want for table, rows in result.tables.items() if rows}
    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == sorted(f"part-000001.{table}.parquet" for table in {"_articles", *filled}), names
    counts = {
        table: sum(len(result.tables.get(table, [])) for result in got) for table in ("mentions", "quotes", "amounts")
    }
    assert all(count > 0 for count in counts.values()), counts


def test_an_article_with_an_empty_table_keeps_it_empty(context: ExtractionContext) -> None:
    want = [
        DocumentRows({"documents": [{"id": "a", "title": "A"}], "mentions": []}),
        DocumentRows({"documents": [{"id": "b", "title": None}]}),
    ]
    got = parts.decode(parts.read(parts.as_bytes(parts.encode(want))))
    assert [result.tables for result in got] == [result.tables for result in want], got


def test_a_column_the_schema_lacks_keeps_its_own_type() -> None:
    want = [DocumentRows({"scratch": [{"n": 1, "share": 0.5, "flag": True}, {"n": 2, "share": None, "flag": False}]})]
    got = parts.decode(parts.read(parts.as_bytes(parts.encode(want))))
    assert as_plain(got) == as_plain(want)


def test_rows_with_different_columns_are_refused() -> None:
    ragged = [DocumentRows({"documents": [{"id": "a", "title": "A"}, {"title": "B", "id": "b"}]})]
    with pytest.raises(parts.RaggedRows, match="rows of table documents do not all have the columns"):
        parts.encode(ragged)


def test_a_worker_that_cannot_see_the_run_folder_sends_bytes(
    tmp_path: Path, context: ExtractionContext, documents: list[DocumentRecord]
) -> None:
    unseen = extract_part(documents, context, str(tmp_path / "on-another-machine"), "part-000001")
    seen = extract_part(documents, context, str(tmp_path), "part-000001")
    assert {type(source) for source in unseen.values()} == {bytes}, unseen.keys()
    assert {type(source) for source in seen.values()} == {type(tmp_path)}, seen
    assert as_plain(parts.decode(parts.read(unseen))) == as_plain(parts.decode(parts.read(seen)))
    assert len(parts.decode(parts.read(seen))) == 3
