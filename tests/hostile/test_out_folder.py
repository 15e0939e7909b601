"""Finding 1: `--out` deleted the folder it named. Now anything the build did not make is refused,
with one line and exit 2, and nothing is touched: no renamed copy, no staging folder, no lock."""

from collections.abc import Callable
from pathlib import Path

from click.testing import Result

FIX = "Fix: pass --out a new or empty folder, or one an earlier eastflank build published into"
OUTSIDE_FIX = "Fix: pass --out a new folder of its own, such as dist, outside the corpus and reference folders"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under a folder (hidden ones too) with its bytes."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()
    }


def test_a_folder_of_the_users_files_survives(
    tmp_path: Path, small_corpus: Path, build_cli: Callable[..., Result], error_line: Callable[[Result], str]
) -> None:
    mydocs = tmp_path / "mydocs"
    mydocs.mkdir()
    (mydocs / "important.txt").write_text("draft of a letter I have not sent\n", encoding="utf-8")
    before = snapshot(tmp_path)
    result = build_cli("--corpus", str(small_corpus), "--out", str(mydocs))
    assert result.exit_code == 2, result.stderr
    got = error_line(result)
    assert got == f"error: {mydocs}: is not empty and holds no eastflank release. {FIX}", got
    assert snapshot(tmp_path) == before


def test_the_corpus_as_out_is_refused(
    tmp_path: Path, small_corpus: Path, build_cli: Callable[..., Result], error_line: Callable[[Result], str]
) -> None:
    before = snapshot(tmp_path)
    result = build_cli("--corpus", str(small_corpus), "--out", str(small_corpus))
    assert result.exit_code == 2, result.stderr
    got = error_line(result)
    assert got == f"error: {small_corpus}: is the corpus folder; publishing there would replace it. {OUTSIDE_FIX}", got
    assert snapshot(tmp_path) == before


def test_the_corpus_parent_as_out_is_refused(
    tmp_path: Path, small_corpus: Path, build_cli: Callable[..., Result], error_line: Callable[[Result], str]
) -> None:
    before = snapshot(tmp_path)
    result = build_cli("--corpus", str(small_corpus), "--out", str(tmp_path))
    assert result.exit_code == 2, result.stderr
    got = error_line(result)
    assert (
        got
        == f"error: {tmp_path}: holds the corpus folder {small_corpus}; publishing there would replace it. {OUTSIDE_FIX}"
    ), got
    assert snapshot(tmp_path) == before


def test_a_regular_file_as_out_is_refused_not_moved_aside(
    tmp_path: Path, small_corpus: Path, build_cli: Callable[..., Result], error_line: Callable[[Result], str]
) -> None:
    target = tmp_path / "thesis.odt"
    target.write_bytes(b"chapter one\n")
    before = snapshot(tmp_path)
    result = build_cli("--corpus", str(small_corpus), "--out", str(target))
    assert result.exit_code == 2, result.stderr
    got = error_line(result)
    assert got == f"error: {target}: is a file, not a folder. {FIX}", got
    assert snapshot(tmp_path) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["corpus", "thesis.odt"]


def test_a_file_dropped_into_a_release_stops_the_next_build(
    tmp_path: Path, small_corpus: Path, build_cli: Callable[..., Result], error_line: Callable[[Result], str]
) -> None:
    out = tmp_path / "dist"
    first = build_cli("--corpus", str(small_corpus), "--out", str(out))
    assert first.exit_code == 0, first.stderr
    (out / "my-analysis.ipynb").write_text("{}\n", encoding="utf-8")
    before = snapshot(tmp_path)
    result = build_cli("--corpus", str(small_corpus), "--out", str(out))
    assert result.exit_code == 2, result.stderr
    got = error_line(result)
    assert got == (
        f"error: {out}: holds files the build did not make (my-analysis.ipynb); publishing would delete them. "
        "Fix: move them out of the folder, or pass --out another folder"
    ), got
    assert snapshot(tmp_path) == before
