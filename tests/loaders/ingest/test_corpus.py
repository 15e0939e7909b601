"""The corpus folder: what is read, what is refused, and what is skipped with a warning."""

from pathlib import Path

import pytest

from eastflank.loaders.build_warnings import BuildReport
from eastflank.loaders.errors import CorpusError
from eastflank.loaders.ingest.corpus import article_paths, read_corpus


def test_a_missing_corpus_folder_names_the_folder_and_the_fix(tmp_path: Path) -> None:
    with pytest.raises(CorpusError) as caught:
        article_paths(tmp_path / "nowhere")
    got = str(caught.value)
    assert (
        got == f"{tmp_path / 'nowhere'}: does not exist. Fix: pass --corpus the folder that holds the .txt articles"
    ), got


def test_a_file_given_as_the_corpus_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Text.\n", encoding="utf-8")
    with pytest.raises(CorpusError) as caught:
        article_paths(path)
    assert str(caught.value) == f"{path}: is not a folder. Fix: pass --corpus a folder that holds .txt articles", str(
        caught.value
    )


def test_a_folder_without_articles_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    with pytest.raises(CorpusError) as caught:
        article_paths(tmp_path)
    assert "holds no .txt articles" in str(caught.value), str(caught.value)


def test_only_txt_files_are_articles(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("B.\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A.\n", encoding="utf-8")
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "readme.md").write_text("not an article", encoding="utf-8")
    got = [path.name for path in article_paths(tmp_path)]
    assert got == ["a.txt", "b.txt"], got


def test_the_same_article_under_two_names_is_skipped_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("NATO met Moldova.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes("\ufeffNATO met Moldova.\r\n".encode("utf-8"))
    (tmp_path / "c.txt").write_text("Another article.\n", encoding="utf-8")
    report = BuildReport()
    documents = read_corpus(tmp_path, report)
    assert [d.source_file for d in documents] == ["a.txt", "c.txt"], documents
    assert report.warnings == [("skipped file", f"{tmp_path / 'b.txt'}: same text as a.txt; skipped")], report.warnings


def test_one_unreadable_article_stops_the_build_naming_it(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Fine.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"caf\xe9\n")
    with pytest.raises(CorpusError) as caught:
        read_corpus(tmp_path, BuildReport())
    assert (
        str(caught.value)
        == f"{tmp_path / 'b.txt'}:1: is not valid UTF-8 (byte 3: b'\\xe9'). Fix: re-save the file as UTF-8"
    ), str(caught.value)
