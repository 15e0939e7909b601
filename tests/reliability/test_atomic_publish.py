"""Publishing is atomic: a build that fails or is killed part-way leaves the previous output
byte for byte as it was, and the next build clears what the dead one left behind."""

import hashlib
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import eastflank.loaders.pipeline.export as export_module
from eastflank.loaders.build import build
from eastflank.loaders.errors import BuildError
from eastflank.loaders.extract.cache import ENTRY_SUFFIX
from eastflank.loaders.paths import SEEDS_DIR
from eastflank.loaders.publish.release import Release

COPIES = 60


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file under a folder by relative path, with its SHA-256."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def large_corpus(folder: Path) -> Path:
    """The seeds, COPIES times over, each copy made distinct by a closing line."""
    folder.mkdir()
    for copy in range(COPIES):
        for seed in sorted(SEEDS_DIR.glob("*.txt")):
            text = seed.read_text(encoding="utf-8") + f"\nCopy {copy} of this article.\n"
            (folder / f"{copy:03d}_{seed.name}").write_text(text, encoding="utf-8")
    return folder


def wait_for(path: Path, process: subprocess.Popen[bytes], timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert process.poll() is None, f"the build ended (exit {process.returncode}) before {path.name} appeared"
        assert time.monotonic() < deadline, f"{path} did not appear within {timeout} s"
        time.sleep(0.02)


@pytest.mark.parametrize("delay", [0.0, 0.8], ids=["as-loading-starts", "later"])
def test_a_killed_build_leaves_the_previous_output_untouched(tmp_path: Path, delay: float) -> None:
    out = tmp_path / "dist"
    build(SEEDS_DIR, out)
    before = tree_digest(out)
    command = [
        str(Path(sys.executable).parent / "eastflank"),
        "build",
        "--corpus",
        str(large_corpus(tmp_path / "corpus")),
        "--out",
        str(out),
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    staging = tmp_path / f".dist.building-{process.pid}"
    wait_for(staging / "eastflank.db", process)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    assert process.wait(timeout=30) == -signal.SIGKILL
    assert staging.is_dir(), "the build was not killed part-way"
    assert tree_digest(out) == before

    build(SEEDS_DIR, out)
    leftovers = sorted(path.name for path in tmp_path.iterdir() if path.name.startswith(".dist."))
    assert leftovers == [".dist.cache"], leftovers
    cached = sorted(path.suffix for path in (tmp_path / ".dist.cache").iterdir())
    assert cached == [ENTRY_SUFFIX] * 5, cached


def test_a_build_failing_validation_publishes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "dist"
    build(SEEDS_DIR, out)
    before = tree_digest(out)
    write_outputs = export_module.write_outputs

    def write_and_lose_a_file(release: Release, *args: object) -> None:
        write_outputs(release, *args)
        (release.folder / "parquet" / "mentions.parquet").unlink()

    monkeypatch.setattr(
        export_module, "write_outputs", write_and_lose_a_file
    )  # the unchanged rebuild patches, by the same walk
    with pytest.raises(BuildError) as caught:
        build(SEEDS_DIR, out)
    assert "missing parquet/mentions.parquet; nothing was published" in str(caught.value), str(caught.value)
    assert tree_digest(out) == before
    leftovers = sorted(path.name for path in tmp_path.iterdir() if path.name.startswith(".dist."))
    assert leftovers == [".dist.cache"], leftovers
