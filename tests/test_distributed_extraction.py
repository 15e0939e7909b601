"""Extraction on an existing distributed engine: Dask gives exactly the rows of a plain loop.

`extract_document` is a pure function of one article and the extraction context, so Dask
runs it with no code of ours. The bags run on the `processes` scheduler (two spawned
workers, cloudpickle), so the function, the articles, the context and the rows all cross a
process boundary; the synchronous or threaded scheduler would share them in memory and
prove nothing. On a cluster every worker has its own hash seed, so the rows must not hang
on the iteration order of a set of strings: the workers run under seeds set here, unlike
this process's.

The context (the automaton over the reference entities and the lexicons, about 2.5 MB
pickled) goes in as `dask.delayed`: one graph key that every partition's task depends on,
so it is pickled once per partition and shared by that partition's articles. Passed as a
plain argument it would instead be tokenised to name the bag, which walks the whole object
(0.2 s) on every call and gives a different token each time.
"""

import os
from pathlib import Path

import dask
import dask.bag as db
import pytest

from eastflank.loaders.bench.synthetic import write_corpus
from eastflank.loaders.build_warnings import BuildReport
from eastflank.loaders.extract.context import ExtractionContext, load_context
from eastflank.loaders.extract.document import DocumentRows, Row, extract_document
from eastflank.loaders.ingest.corpus import DocumentRecord, read_corpus
from eastflank.loaders.paths import SEEDS_DIR

WORKERS = 2
FACT_TABLES = ("mentions", "temporal_expressions", "events", "event_participants", "quotes")


@pytest.fixture(scope="module")
def context() -> ExtractionContext:
    return load_context()[1]


def extract_on_dask(
    documents: list[DocumentRecord],
    context: ExtractionContext,
    partitions: int,
    hash_seed: str,
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[list[DocumentRows], set[int]]:
    """Each article's rows, in corpus order, and the ids of the processes that ran the tasks.

    Dask gives its workers os.environ's PYTHONHASHSEED, setting it there when unset; setting
    it through monkeypatch picks the workers' seed and restores this process's environment.
    """
    monkeypatch.setenv("PYTHONHASHSEED", hash_seed)
    articles = db.from_sequence(documents, npartitions=partitions)
    rows = articles.map(extract_document, dask.delayed(context, traverse=False))
    pids = articles.map(lambda _: os.getpid())
    got, ran_in = dask.compute(rows, pids, scheduler="processes", num_workers=WORKERS)
    return got, set(ran_in)


def by_table(results: list[DocumentRows]) -> dict[str, list[Row]]:
    """Every table's rows over all articles, article after article in corpus order."""
    tables: dict[str, list[Row]] = {}
    for rows in results:
        for table, table_rows in rows.tables.items():
            tables.setdefault(table, []).extend(table_rows)
    return tables


def assert_same_rows(got: list[DocumentRows], want: list[DocumentRows]) -> None:
    """Same tables, and in each the same rows in the same order."""
    assert all(isinstance(rows, DocumentRows) for rows in got), [type(rows) for rows in got]
    got_tables, want_tables = by_table(got), by_table(want)
    assert sorted(got_tables) == sorted(want_tables), sorted(got_tables)
    for table, want_rows in want_tables.items():
        assert len(got_tables[table]) == len(want_rows), (table, len(got_tables[table]), len(want_rows))
        for number, (got_row, want_row) in enumerate(zip(got_tables[table], want_rows, strict=False)):
            assert got_row == want_row, (table, number, got_row, want_row)


def assert_facts_found(results: list[DocumentRows]) -> None:
    """Rows in every fact table, so equal results are not equal because both are empty."""
    counts = {table: len(by_table(results).get(table, [])) for table in FACT_TABLES}
    assert all(count > 0 for count in counts.values()), counts


def test_dask_gives_the_seed_articles_rows_of_a_plain_loop(
    context: ExtractionContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = read_corpus(SEEDS_DIR, BuildReport())
    got, ran_in = extract_on_dask(documents, context, 2, "1", monkeypatch)
    want = [extract_document(document, context) for document in documents]
    assert os.getpid() not in ran_in, ran_in
    assert [rows.tables["documents"][0]["id"] for rows in got] == [d.id for d in documents]
    assert_same_rows(got, want)
    assert_facts_found(got)


def test_dask_gives_a_synthetic_corpus_rows_of_a_plain_loop_under_any_hash_seed(
    context: ExtractionContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    documents = read_corpus(write_corpus(tmp_path / "corpus", 40), BuildReport())
    want = [extract_document(document, context) for document in documents]
    for hash_seed in ("1", "2"):
        got, ran_in = extract_on_dask(documents, context, 4, hash_seed, monkeypatch)
        assert os.getpid() not in ran_in, ran_in
        assert len(got) == 40, len(got)
        assert_facts_found(got)
        assert_same_rows(got, want)
