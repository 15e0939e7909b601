"""Finding 8: SIGTERM (what `kill` and service managers send) left `.<out>.building-<pid>` behind.
Now it unwinds the build like Ctrl-C: the staging folder and the lock go, the previous output stays."""

import signal
import subprocess
import sys
import time
from pathlib import Path

from eastflank.loaders.paths import SEEDS_DIR

COPIES = 40


def large_corpus(folder: Path) -> Path:
    """The seeds many times over, each copy made distinct by a closing line, so the build runs for a while."""
    folder.mkdir()
    for copy in range(COPIES):
        for seed in sorted(SEEDS_DIR.glob("*.txt")):
            text = seed.read_text(encoding="utf-8") + f"\nCopy {copy} of this article.\n"
            (folder / f"{copy:03d}_{seed.name}").write_text(text, encoding="utf-8")
    return folder


def test_sigterm_removes_the_staging_folder_and_the_lock(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    eastflank = str(Path(sys.executable).parent / "eastflank")
    command = [
        eastflank,
        "build",
        "--corpus",
        str(large_corpus(tmp_path / "corpus")),
        "--out",
        str(out),
        "--workers",
        "1",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    staging = tmp_path / f".dist.building-{process.pid}"
    deadline = time.monotonic() + 300
    while not (staging / "eastflank.db").exists():
        assert process.poll() is None, f"the build ended (exit {process.returncode}) before it started loading"
        assert time.monotonic() < deadline, "the build did not start loading within 300 s"
        time.sleep(0.02)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 128 + signal.SIGTERM, (process.returncode, stderr[-2000:])
    assert stderr.rstrip().endswith(f"error: stopped by signal {int(signal.SIGTERM)}; nothing was published"), stderr[
        -2000:
    ]
    left = sorted(path.name for path in tmp_path.iterdir() if path.name != ".dist.cache")
    assert left == ["corpus"], left
