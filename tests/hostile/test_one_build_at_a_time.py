"""Finding 6: concurrent builds into one folder both ran, and the later one's CHANGES.json was wrong.
Now a build holds `.<out>.lock`: a second one is refused in one line naming the holder; a dead holder's
lock is taken over."""

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from eastflank.loaders.publish.build_lock import build_lock, lock_path


def test_a_second_build_is_refused_while_the_first_holds_the_lock(
    tmp_path: Path, small_corpus: Path, build_cli: Callable[..., Result], error_line: Callable[[Result], str]
) -> None:
    out = tmp_path / "dist"
    with build_lock(out):
        result = build_cli("--corpus", str(small_corpus), "--out", str(out))
    assert result.exit_code == 2, result.stderr
    got = error_line(result)
    assert got == (
        f"error: {out}: another build (PID {os.getpid()}) is publishing into this folder (lock {lock_path(out)}). "
        "Fix: wait for it to finish, or stop it, and build again"
    ), got
    assert not out.exists()


def test_a_lock_left_by_a_killed_build_is_taken_over(
    tmp_path: Path, small_corpus: Path, build_cli: Callable[..., Result]
) -> None:
    finished = subprocess.Popen(["true"])
    finished.wait()
    out = tmp_path / "dist"
    lock_path(out).write_text(f"{finished.pid}\n", encoding="ascii")
    result = build_cli("--corpus", str(small_corpus), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert (out / "eastflank.db").is_file()
    assert not lock_path(out).exists()
