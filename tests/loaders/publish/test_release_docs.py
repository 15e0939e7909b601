"""A release carries its data dictionary, generated from the models, and the methodology when docs/ has it."""

from pathlib import Path

from eastflank.loaders.publish.dictionary import data_dictionary_page
from eastflank.loaders.publish.release_docs import write_release_docs


def test_dictionary_and_methodology_are_written(tmp_path: Path) -> None:
    docs = tmp_path / "docs-src"
    docs.mkdir()
    (docs / "methodology.md").write_text("# How the harbour data was read\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    written = write_release_docs(out, docs)
    assert written == [out / "docs" / "data-dictionary.md", out / "docs" / "methodology.md"], written
    assert (out / "docs" / "data-dictionary.md").read_text(encoding="utf-8") == data_dictionary_page()
    assert (out / "docs" / "methodology.md").read_text(encoding="utf-8") == "# How the harbour data was read\n"


def test_without_a_methodology_only_the_dictionary(tmp_path: Path) -> None:
    written = write_release_docs(tmp_path, tmp_path / "no-docs")
    assert written == [tmp_path / "docs" / "data-dictionary.md"], written
