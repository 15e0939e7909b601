"""The export step walks the exporter registry once: each output patched where there is a delta
and the exporter can patch, written afresh otherwise, one progress line per run of a shared stage."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

import eastflank.loaders.pipeline.export as export_module
from eastflank.loaders.progress import BuildProgress
from eastflank.loaders.publish.delta import Delta
from eastflank.loaders.publish.exporters import EXPORTERS, Exporter, Stage
from eastflank.loaders.publish.release import Release

BOTH = Stage("writing both", "patching both")


class Recording(BuildProgress):
    """Progress that remembers the stages it was shown, with what ran inside each."""

    def __init__(self, log: list[str]) -> None:
        self.log = log

    @contextmanager
    def stage(self, description: str) -> Iterator[None]:
        self.log.append(f"[{description}")
        yield
        self.log.append("]")


class Patches(Exporter):
    stage = BOTH

    def __init__(self, log: list[str]) -> None:
        self.log = log

    def write(self, release: Release) -> None:
        self.log.append("write patches")

    def patch(self, release: Release, delta: Delta) -> None:
        self.log.append("patch patches")


class OnlyWrites(Exporter):
    stage = BOTH

    def __init__(self, log: list[str]) -> None:
        self.log = log

    def write(self, release: Release) -> None:
        self.log.append("write only-writes")


class Unshown(OnlyWrites):
    stage = None

    def write(self, release: Release) -> None:
        self.log.append("write unshown")


def walk(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, delta: Delta | None) -> list[str]:
    log: list[str] = []
    monkeypatch.setattr(export_module, "EXPORTERS", [Patches(log), OnlyWrites(log), Unshown(log)])
    export_module.write_outputs(Release(tmp_path, "sqlite://", None, progress=Recording(log)), delta)
    return log


def test_without_a_delta_every_exporter_writes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    got = walk(monkeypatch, tmp_path, None)
    assert got == ["[writing both", "write patches", "write only-writes", "]", "write unshown"], got


def test_with_a_delta_an_exporter_patches_where_it_can_and_writes_otherwise(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    got = walk(monkeypatch, tmp_path, Delta())
    assert got == ["[patching both", "patch patches", "write only-writes", "]", "write unshown"], got


def test_the_registry_writes_the_checksums_last_and_duckdb_after_parquet() -> None:
    got = [type(exporter).__name__ for exporter in EXPORTERS]
    want = [
        "FullTextIndex",
        "ParquetFiles",
        "DuckDBFile",
        "DatasetteMetadata",
        "ChangeLog",
        "DataPackage",
        "BuildReportFile",
        "ReleaseMarker",
        "ReleaseDocs",
        "Checksums",
    ]
    assert got == want, got
