"""The extraction cache: keys that change with the article or the rules, exact round trips."""

from dataclasses import replace
from pathlib import Path

import pytest

from eastflank.loaders.build_warnings import BuildReport
from eastflank.loaders.extract.cache import ENTRY_SUFFIX, ExtractionCache, cache_dir, cache_version, extract_with_cache
from eastflank.loaders.extract.context import ExtractionContext, make_context
from eastflank.loaders.extract.document import extract_document
from eastflank.loaders.ingest.corpus import DocumentRecord, read_corpus
from eastflank.loaders.ingest.reference import load_reference
from eastflank.loaders.paths import REFERENCE_DIR, SEEDS_DIR


@pytest.fixture(scope="module")
def context() -> ExtractionContext:
    return make_context(load_reference(REFERENCE_DIR), REFERENCE_DIR)


@pytest.fixture(scope="module")
def documents() -> list[DocumentRecord]:
    return read_corpus(SEEDS_DIR, BuildReport())


def test_the_cache_sits_beside_the_output(tmp_path: Path) -> None:
    assert cache_dir(tmp_path / "dist") == tmp_path / ".dist.cache"


def test_cached_rows_equal_fresh_rows_exactly(
    tmp_path: Path, context: ExtractionContext, documents: list[DocumentRecord]
) -> None:
    cache = ExtractionCache(tmp_path, "v1")
    fresh = list(extract_with_cache(documents, context, cache))
    again = ExtractionCache(tmp_path, "v1")
    cached = list(extract_with_cache(documents, context, again))
    assert (cache.misses, again.misses) == (5, 0), (cache.misses, again.misses)
    assert [rows.tables for rows in cached] == [rows.tables for rows in fresh]
    types = {
        (table, column): type(value)
        for rows in cached
        for table, table_rows in rows.tables.items()
        for row in table_rows
        for column, value in row.items()
        if value is not None
    }
    want = {
        key: type(value)
        for document in documents
        for table, table_rows in extract_document(document, context).tables.items()
        for row in table_rows
        for key, value in (((table, c), v) for c, v in row.items())
        if value is not None
    }
    assert types == want


def test_the_key_follows_text_metadata_file_name_and_version(documents: list[DocumentRecord]) -> None:
    document = documents[0]
    cache = ExtractionCache(Path(), "v1")
    keys = {
        cache.key(document),
        cache.key(replace(document, text=document.text + "x", sha256="0" * 64)),
        cache.key(replace(document, published_date="2024-01-01")),
        cache.key(replace(document, source_file="renamed.txt")),
        ExtractionCache(Path(), "v2").key(document),
    }
    assert len(keys) == 5, keys
    assert cache.key(replace(document)) == cache.key(document)


def test_the_version_follows_the_reference_data(reference_copy: Path) -> None:
    before = cache_version(reference_copy)
    path = reference_copy / "places.yml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# a comment changes the version\n", encoding="utf-8")
    assert cache_version(reference_copy) != before
    assert cache_version(REFERENCE_DIR) == cache_version(REFERENCE_DIR)


def test_an_unreadable_entry_is_extracted_again(
    tmp_path: Path, context: ExtractionContext, documents: list[DocumentRecord]
) -> None:
    cache = ExtractionCache(tmp_path, "v1")
    list(extract_with_cache(documents[:1], context, cache))
    (entry,) = tmp_path.glob(f"*{ENTRY_SUFFIX}")
    entry.write_text('{"documents": [', encoding="utf-8")
    again = ExtractionCache(tmp_path, "v1")
    (rows,) = list(extract_with_cache(documents[:1], context, again))
    assert again.misses == 1
    assert rows.tables == extract_document(documents[0], context).tables


def test_prune_keeps_only_the_entries_used(
    tmp_path: Path, context: ExtractionContext, documents: list[DocumentRecord]
) -> None:
    list(extract_with_cache(documents, context, ExtractionCache(tmp_path, "v1")))
    (tmp_path / f"0123{ENTRY_SUFFIX}.partial-99999").write_text("half", encoding="utf-8")
    (tmp_path / "4567.json").write_text("{}", encoding="utf-8")
    cache = ExtractionCache(tmp_path, "v1")
    list(extract_with_cache(documents[:2], context, cache))
    cache.prune()
    got = sorted(path.name for path in tmp_path.iterdir())
    assert got == sorted(f"{cache.key(document)}{ENTRY_SUFFIX}" for document in documents[:2]), got
