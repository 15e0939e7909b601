"""Incremental builds: adding, changing or removing one article re-extracts only that article,
gives exactly what a clean build gives, keeps the ids of untouched rows, and says what changed."""

import hashlib
import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

import eastflank.loaders.extract.parallel as parallel_module
from eastflank.loaders.build import build
from eastflank.loaders.ingest.corpus import DocumentRecord
from eastflank.loaders.paths import SEEDS_DIR
from eastflank.loaders.publish.arrow_schema import published_tables

SEEDS = sorted(SEEDS_DIR.glob("*.txt"))
NEW_ARTICLE = "NATO and Moldova meet again\n\nThe North Atlantic Alliance met Moldovan officials in Chișinău.\n"


def change_one(corpus: Path) -> str:
    path = corpus / SEEDS[2].name
    path.write_text(path.read_text(encoding="utf-8") + "\nRomania and NATO welcomed the decision.\n", encoding="utf-8")
    return path.name


def add_one(corpus: Path) -> str:
    (corpus / "zz_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    return "zz_new.txt"


def remove_one(corpus: Path) -> str:
    (corpus / SEEDS[1].name).unlink()
    return SEEDS[1].name


EDITS: dict[str, tuple[Callable[[Path], str], bool]] = {
    "change": (change_one, True),
    "add": (add_one, True),
    "remove": (remove_one, False),
}


@pytest.fixture(scope="module")
def first_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding `corpus/` (the seeds), and `dist/` with its cache built from it."""
    folder = tmp_path_factory.mktemp("incremental")
    shutil.copytree(SEEDS_DIR, folder / "corpus", ignore=shutil.ignore_patterns("reference"))
    build(folder / "corpus", folder / "dist")
    return folder


@pytest.fixture
def workspace(first_build: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the first build, its cache and its corpus, with the build time pinned."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    for name in ("corpus", "dist", ".dist.cache"):
        shutil.copytree(first_build / name, tmp_path / name)
    return tmp_path


@pytest.fixture
def extracted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The source file of every article the build extracts (rather than takes from the cache).

    The build runs with one worker unless told otherwise, so extraction happens in this process.
    """
    calls: list[str] = []
    extract = parallel_module.extract_document

    def counting(document: DocumentRecord, context: object) -> object:
        calls.append(document.source_file)
        return extract(document, context)  # type: ignore[arg-type]

    monkeypatch.setattr(parallel_module, "extract_document", counting)
    return calls


def table_rows(database: Path, table: str) -> list[tuple]:
    with sqlite3.connect(database) as connection:
        return sorted(connection.execute(f'select * from "{table}"').fetchall(), key=repr)


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted((folder / "parquet").iterdir())}


@pytest.mark.parametrize("edit", list(EDITS))
def test_only_the_edited_article_is_extracted_and_the_result_equals_a_clean_build(
    workspace: Path, extracted: list[str], edit: str
) -> None:
    apply, extracts = EDITS[edit]
    name = apply(workspace / "corpus")
    incremental = build(workspace / "corpus", workspace / "dist")
    assert extracted == ([name] if extracts else []), extracted
    assert incremental.extracted_articles == len(extracted)

    calls = len(extracted)
    clean = build(workspace / "corpus", workspace / "clean")
    assert extracted[calls:] == sorted(p.name for p in (workspace / "corpus").glob("*.txt")), extracted
    for table in published_tables():
        got, want = (
            table_rows(incremental.out / "eastflank.db", table.name),
            table_rows(clean.out / "eastflank.db", table.name),
        )
        assert got == want, (table.name, len(got), len(want))
    assert digests(incremental.out) == digests(clean.out)


@pytest.mark.parametrize("edit", list(EDITS))
def test_untouched_rows_keep_their_ids_and_changes_name_only_the_edited_article(
    workspace: Path, first_build: Path, edit: str
) -> None:
    name = EDITS[edit][0](workspace / "corpus")
    result = build(workspace / "corpus", workspace / "dist")
    before, after = first_build / "dist" / "eastflank.db", result.out / "eastflank.db"
    with sqlite3.connect(after if edit != "remove" else before) as connection:
        (document_id,) = connection.execute("select id from documents where source_file = ?", (name,)).fetchone()
    for table in published_tables():
        if "document_id" not in table.columns:
            continue
        untouched = f'select * from "{table.name}" where document_id is not ? order by 1'
        with sqlite3.connect(before) as old, sqlite3.connect(after) as new:
            got, want = (
                new.execute(untouched, (document_id,)).fetchall(),
                old.execute(untouched, (document_id,)).fetchall(),
            )
        assert got == want, table.name

    changes = json.loads((result.out / "CHANGES.json").read_text(encoding="utf-8"))["tables"]
    kind = {"change": "changed", "add": "added", "remove": "removed"}[edit]
    assert changes["documents"][f"{kind}_keys"] == [document_id], changes["documents"]
    assert result.changes["documents"] == {k: int(k == kind) for k in ("added", "changed", "removed")}, result.changes
    assert (
        changes["entity_aliases"]["added"] + changes["entity_aliases"]["changed"] + changes["entity_aliases"]["removed"]
        == 0
    )
    curated = "select * from entities where source = 'reference' order by id"
    with sqlite3.connect(before) as old, sqlite3.connect(after) as new:
        assert new.execute(curated).fetchall() == old.execute(curated).fetchall()


@pytest.mark.parametrize("edit", list(EDITS))
def test_a_small_edit_patches_the_previous_release_and_keeps_full_text_search_whole(workspace: Path, edit: str) -> None:
    EDITS[edit][0](workspace / "corpus")
    result = build(workspace / "corpus", workspace / "dist")
    assert result.incremental, "a one-article edit should patch the previous release"
    clean = build(workspace / "corpus", workspace / "clean")
    assert not clean.incremental
    with sqlite3.connect(result.out / "eastflank.db") as patched, sqlite3.connect(clean.out / "eastflank.db") as full:
        for fts in ("paragraphs_fts", "documents_fts"):
            patched.execute(
                f"insert into {fts}({fts}) values ('integrity-check')"
            )  # raises when index and table disagree
        for term in ("NATO", "Moldova", "decision", "Chișinău"):
            search = "select p.id from paragraphs_fts f join paragraphs p on p.rowid = f.rowid where paragraphs_fts match ? order by p.id"
            assert patched.execute(search, (term,)).fetchall() == full.execute(search, (term,)).fetchall(), term


def test_other_rules_mean_a_full_build(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    add_one(workspace / "corpus")
    monkeypatch.setattr("eastflank.loaders.pipeline.run.cache_version", lambda reference_dir: "other rules")
    assert not build(workspace / "corpus", workspace / "dist").incremental


def test_a_learned_entity_moves_to_the_next_article_that_finds_it(workspace: Path) -> None:
    """Two articles define the same acronym; removing the first leaves the second's row, as a clean build has."""
    corpus = workspace / "corpus"
    define = "The Defence Reform Liaison Office (DRLO) of NATO opened in Chișinău{}. The DRLO will advise Moldova.\n"
    (corpus / "aa_first.txt").write_text("First\n\n" + define.format(" in March"), encoding="utf-8")
    (corpus / "ab_second.txt").write_text("Second\n\n" + define.format(" last year, officials said"), encoding="utf-8")
    build(corpus, workspace / "dist")
    (corpus / "aa_first.txt").unlink()
    result = build(corpus, workspace / "dist")
    assert result.incremental
    clean = build(corpus, workspace / "clean")
    query = "select * from entities where source = 'extracted' order by id"
    with sqlite3.connect(result.out / "eastflank.db") as patched, sqlite3.connect(clean.out / "eastflank.db") as full:
        got, want = patched.execute(query).fetchall(), full.execute(query).fetchall()
        assert got == want
        assert any("DRLO" in repr(row) or "Defence Reform Liaison Office" in repr(row) for row in got), got
    assert digests(result.out) == digests(clean.out)
    (corpus / "ab_second.txt").unlink()
    again = build(corpus, workspace / "dist")
    assert again.incremental
    with sqlite3.connect(again.out / "eastflank.db") as patched:
        gone = patched.execute(query).fetchall()
    assert not any("DRLO" in repr(row) for row in gone), "an entity no article finds any more must go"
    assert digests(again.out) == digests(build(corpus, workspace / "clean").out)
