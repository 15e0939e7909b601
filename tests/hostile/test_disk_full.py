"""Finding 8: a full disk printed a traceback (incremental build) or said "rerun" (full build). Now
both print one line saying where to free space, exit 1, and leave no staging folder."""

import errno
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

import eastflank.loaders.publish.exporters.build_report as release_module
import eastflank.loaders.publish.exporters.changes as apply_module


def no_space(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def assert_told_to_free_space(result: Result, out: Path, error_line: Callable[[Result], str]) -> None:
    assert result.exit_code == 1, result.stderr
    got = error_line(result)
    assert got.startswith(f"error: {out}: the disk is full (no space left on the file system mounted at "), got
    assert "nothing was published. Fix: free space on " in got and got.endswith(" and build again"), got
    assert "rerun" not in got
    leftovers = sorted(
        path.name for path in out.parent.iterdir() if ".building-" in path.name or path.name.endswith(".lock")
    )
    assert leftovers == [], leftovers


def test_a_full_disk_during_a_full_build(
    tmp_path: Path,
    small_corpus: Path,
    build_cli: Callable[..., Result],
    error_line: Callable[[Result], str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(release_module, "write_build_report", no_space)
    out = tmp_path / "dist"
    result = build_cli("--corpus", str(small_corpus), "--out", str(out))
    assert_told_to_free_space(result, out, error_line)
    assert not out.exists()


def test_a_full_disk_during_an_incremental_build(
    tmp_path: Path,
    small_corpus: Path,
    build_cli: Callable[..., Result],
    error_line: Callable[[Result], str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "dist"
    assert build_cli("--corpus", str(small_corpus), "--out", str(out)).exit_code == 0
    before = (out / "SHA256SUMS").read_text(encoding="utf-8")
    (small_corpus / "harbour_drill.txt").write_text(
        "Romanian minehunters sail to Varna\n\nThe drills ended early.\n", encoding="utf-8"
    )
    calls: list[str] = []

    def patched_then_full(*args: object, **kwargs: object) -> None:
        calls.append("incremental")
        no_space()

    monkeypatch.setattr(apply_module, "write_changes_document", patched_then_full)
    result = build_cli("--corpus", str(small_corpus), "--out", str(out))
    assert calls == ["incremental"], calls
    assert_told_to_free_space(result, out, error_line)
    assert (out / "SHA256SUMS").read_text(encoding="utf-8") == before
