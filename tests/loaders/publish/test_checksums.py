"""SHA256SUMS covers every file in the output and `sha256sum -c` accepts it, and catches a change."""

import shutil
import subprocess
from pathlib import Path

from eastflank.loaders.build import BuildResult


def sha256sum_check(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True, timeout=60)


def test_sha256sum_accepts_the_sums(seed_build: BuildResult) -> None:
    done = sha256sum_check(seed_build.out)
    assert done.returncode == 0, done.stdout + done.stderr


def test_sums_name_every_other_file(seed_build: BuildResult) -> None:
    named = [
        line.split("  ", 1)[1] for line in (seed_build.out / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    ]
    files = sorted(p.relative_to(seed_build.out).as_posix() for p in seed_build.out.rglob("*") if p.is_file())
    assert named == [name for name in files if name != "SHA256SUMS"], named
    assert {"eastflank.db", "eastflank.duckdb", "datapackage.json", "build-report.json", "metadata.json"} <= set(named)


def test_sha256sum_catches_a_changed_file(seed_build: BuildResult, tmp_path: Path) -> None:
    copy = tmp_path / "dist"
    shutil.copytree(seed_build.out, copy)
    with (copy / "metadata.json").open("a", encoding="utf-8") as handle:
        handle.write(" ")
    done = sha256sum_check(copy)
    assert (done.returncode, done.stdout.splitlines()[-1] if done.stdout else "") != (0, ""), done.stdout
    assert "metadata.json: FAILED" in done.stdout, done.stdout
