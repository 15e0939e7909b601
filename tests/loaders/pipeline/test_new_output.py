"""Adding an output is one exporter in the registry: the pipeline writes it into the release on
a clean build and on an incremental one, and SHA256SUMS, written last, covers it."""

from pathlib import Path

import pytest

import eastflank.loaders.pipeline.export as export_module
from eastflank.loaders.build import build
from eastflank.loaders.publish.exporters import EXPORTERS, Exporter
from eastflank.loaders.publish.release import Release

ARTICLE = "Sappers train beside the Dniester\n\nMoldovan sappers trained with Romanian instructors near the river.\n"


class DocumentCount(Exporter):
    """A made-up output: how many articles the release holds, in a text file."""

    def write(self, release: Release) -> None:
        (release.folder / "count.txt").write_text(f"{release.row_counts['documents']}\n", encoding="utf-8")


def test_one_registry_line_adds_a_file_to_clean_and_incremental_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_module, "EXPORTERS", [*EXPORTERS[:-1], DocumentCount(), EXPORTERS[-1]])
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "sappers.txt").write_text(ARTICLE, encoding="utf-8")
    clean = build(corpus, tmp_path / "dist")
    assert not clean.incremental
    assert (clean.out / "count.txt").read_text(encoding="utf-8") == "1\n"

    (corpus / "second.txt").write_text(
        ARTICLE.replace("Sappers", "Medics").replace("sappers", "medics"), encoding="utf-8"
    )
    patched = build(corpus, tmp_path / "dist")
    assert patched.incremental
    assert (patched.out / "count.txt").read_text(encoding="utf-8") == "2\n"
    sums = (patched.out / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    assert [line.split("  ")[1] for line in sums if line.endswith("count.txt")] == ["count.txt"], sums
