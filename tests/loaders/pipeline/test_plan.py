"""One planner for every build: from nothing when there is no release to patch (or patching is
ruled out), against the release in the output folder otherwise, naming only what changed."""

from pathlib import Path

import pytest

from eastflank.loaders.build import build
from eastflank.loaders.build_warnings import BuildReport
from eastflank.loaders.extract.cache import ExtractionCache, cache_dir, cache_version
from eastflank.loaders.ingest import corpus as corpus_module
from eastflank.loaders.ingest.corpus import iter_corpus
from eastflank.loaders.ingest.metadata import ArticleMetadata
from eastflank.loaders.ingest.published import Publication, publication_of
from eastflank.loaders.paths import REFERENCE_DIR
from eastflank.loaders.pipeline.plan import plan_build
from eastflank.loaders.progress import BuildProgress

ARTICLES = {
    "a_harbour.txt": "Divers clear the harbour at Constanța\n\nRomanian navy divers cleared old mines from the harbour on Monday.\n",
    "b_bridge.txt": "Engineers rebuild a bridge near Ungheni\n\nMoldovan army engineers rebuilt a footbridge over the Prut river.\n",
    "c_radar.txt": "A new radar for the Black Sea coast\n\nThe coast guard switched on a radar that watches the northern shore.\n",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def cache_for(out: Path) -> ExtractionCache:
    return ExtractionCache(cache_dir(out), cache_version(REFERENCE_DIR))


def test_a_first_build_is_a_plan_from_nothing_over_every_article(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    plan = plan_build(corpus, out, cache_for(out))
    assert plan.previous is None
    got = [record.source_file for record in plan.records(BuildProgress(), BuildReport())]
    assert got == ["a_harbour.txt", "b_bridge.txt", "c_radar.txt"], got


def test_after_a_build_the_plan_is_against_the_release_and_names_only_the_edit(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    build(corpus, out)
    (corpus / "b_bridge.txt").write_text(
        ARTICLES["b_bridge.txt"] + "\nThe bridge reopened to walkers.\n", encoding="utf-8"
    )
    (corpus / "c_radar.txt").unlink()
    plan = plan_build(corpus, out, cache_for(out))
    assert plan.previous == out.resolve() / "eastflank.db"
    got = [record.source_file for record in plan.records(BuildProgress(), BuildReport())]
    assert got == ["b_bridge.txt"], got
    assert plan.touched == 2, plan.touched


def test_a_release_that_must_not_be_patched_gives_a_plan_from_nothing(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    build(corpus, out)
    plan = plan_build(corpus, out, cache_for(out), patchable=False)
    assert plan.previous is None
    assert plan.extract == []


def test_an_update_reads_the_date_lines_of_changed_articles_only(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number, name in enumerate(ARTICLES, start=1):
        text = ARTICLES[name].replace("\n\n", f"\n\nCONSTANȚA, {number}.3.2024 – ", 1)
        (corpus / name).write_text(text, encoding="utf-8")
    out = tmp_path / "dist"
    build(corpus, out)
    (corpus / "b_bridge.txt").write_text(
        (corpus / "b_bridge.txt").read_text(encoding="utf-8") + "\nIt reopened.\n", encoding="utf-8"
    )
    read: list[str] = []

    def counted(text: str, meta: ArticleMetadata) -> Publication:
        read.append(text.split("\n", 1)[0])
        return publication_of(text, meta)

    monkeypatch.setattr(corpus_module, "publication_of", counted)
    plan = plan_build(corpus, out, cache_for(out))
    assert read == ["Engineers rebuild a bridge near Ungheni"], read
    assert [record.source_file for record in plan.extract] == ["b_bridge.txt"]
    monkeypatch.undo()
    fresh = {record.source_file: record for record in iter_corpus(corpus, BuildReport())}
    assert [record.published_date for record in fresh.values()] == ["2024-03-01", "2024-03-02", "2024-03-03"]
    assert plan.cache_keys == {record.id: cache_for(out).key(record) for record in fresh.values()}
