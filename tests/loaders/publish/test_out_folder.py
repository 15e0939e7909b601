"""What `--out` may be: missing, empty, or a release holding only what a build wrote; the rest is refused."""

from pathlib import Path

import pytest

from eastflank.loaders.errors import OutputFolderError
from eastflank.loaders.publish.marker import MARKER_FILE_NAME, write_marker
from eastflank.loaders.publish.out_folder import FIX, check_output_folder, check_replaceable, foreign_paths


def fake_release(folder: Path, *names: str, marker: bool = True) -> Path:
    """A folder shaped like a release: the named files, SHA256SUMS listing them, and the marker."""
    folder.mkdir()
    for name in names:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text("made by a build\n", encoding="utf-8")
    if marker:
        write_marker(folder)
    listed = [*names, MARKER_FILE_NAME] if marker else list(names)
    (folder / "SHA256SUMS").write_text("".join(f"{'0' * 64}  {name}\n" for name in listed), encoding="utf-8")
    return folder


def refusal(out: Path, corpus: Path, reference: Path) -> str:
    with pytest.raises(OutputFolderError) as caught:
        check_output_folder(out, corpus, reference)
    assert caught.value.exit_code == 2
    return str(caught.value)


def test_a_missing_or_empty_folder_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    check_output_folder(tmp_path / "new" / "dist", tmp_path / "corpus", tmp_path / "reference")
    check_output_folder(tmp_path / "empty", tmp_path / "corpus", tmp_path / "reference")


def test_a_folder_of_someone_elses_files_is_refused(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "shopping.txt").write_text("bread, tea\n", encoding="utf-8")
    got = refusal(notes, tmp_path / "corpus", tmp_path / "reference")
    assert got == f"{notes}: is not empty and holds no eastflank release. Fix: {FIX}", got


def test_a_regular_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7\n")
    got = refusal(path, tmp_path / "corpus", tmp_path / "reference")
    assert got == f"{path}: is a file, not a folder. Fix: {FIX}", got


def test_the_corpus_and_any_folder_holding_it_are_refused(tmp_path: Path) -> None:
    corpus = tmp_path / "work" / "articles"
    corpus.mkdir(parents=True)
    assert refusal(corpus, corpus, tmp_path / "reference").startswith(f"{corpus}: is the corpus folder; "), corpus
    got = refusal(tmp_path, corpus, tmp_path / "reference")
    assert got.startswith(f"{tmp_path}: holds the corpus folder {corpus}; publishing there would replace it. Fix: "), (
        got
    )


def test_a_release_is_accepted_with_its_database_journal(tmp_path: Path) -> None:
    release = fake_release(tmp_path / "dist", "eastflank.db", "parquet/documents.parquet")
    (release / "eastflank.db-wal").write_bytes(b"")
    assert foreign_paths(release) == [], foreign_paths(release)
    check_replaceable(release)


def test_a_release_built_before_the_marker_is_recognised_by_its_files(tmp_path: Path) -> None:
    release = fake_release(tmp_path / "dist", "eastflank.db", "datapackage.json", marker=False)
    check_replaceable(release)
    (release / "datapackage.json").unlink()
    with pytest.raises(OutputFolderError):
        check_replaceable(release)


def test_files_added_to_a_release_are_named_and_it_is_refused(tmp_path: Path) -> None:
    release = fake_release(tmp_path / "dist", "eastflank.db")
    (release / "my-notes.md").write_text("analysis in progress\n", encoding="utf-8")
    (release / "drafts" / "deep").mkdir(parents=True)
    (release / "drafts" / "deep" / "one.txt").write_text("a draft\n", encoding="utf-8")
    (release / "parquet").mkdir()
    (release / "parquet" / "extra.csv").write_text("a,b\n", encoding="utf-8")
    assert foreign_paths(release) == ["drafts/", "my-notes.md", "parquet/extra.csv"], foreign_paths(release)
    with pytest.raises(OutputFolderError) as caught:
        check_replaceable(release)
    got = str(caught.value)
    assert got == (
        f"{release}: holds files the build did not make (drafts/, my-notes.md, parquet/extra.csv); publishing would "
        "delete them. Fix: move them out of the folder, or pass --out another folder"
    ), got
