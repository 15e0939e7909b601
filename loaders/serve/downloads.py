"""The release's files as downloads: which there are, their sizes and checksums, how to open each.

Only a name SHA256SUMS lists can be downloaded, so no request can reach any other file of
the machine (`..`, an absolute path or a symlink is simply not a listed name). The checksums
shown are SHA256SUMS's own lines: a download is checked against the same sums `sha256sum -c`
reads, and the page does not hash gigabytes per request.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from eastflank.loaders.publish.checksums import SUMS_FILE_NAME, file_sha256

CONTENT_TYPES = {
    ".db": "application/vnd.sqlite3",
    ".duckdb": "application/octet-stream",
    ".parquet": "application/vnd.apache.parquet",
    ".json": "application/json",
    ".md": "text/markdown; charset=utf-8",
}
PLAIN_TEXT = "text/plain; charset=utf-8"
HOW_TO_OPEN = {
    ".db": "datasette eastflank.db · sqlite3 eastflank.db · pandas.read_sql('select * from events', sqlite3.connect('eastflank.db'))",
    ".duckdb": "duckdb eastflank.duckdb · duckdb.connect('eastflank.duckdb').sql('select * from events')",
    ".parquet": "pandas.read_parquet('{name}') · polars.read_parquet('{name}') · R: arrow::read_parquet('{name}') "
    "· DuckDB: select * from '{name}'",
    ".md": "plain Markdown: any text editor or Markdown viewer",
}
HOW_TO_OPEN_BY_NAME = {
    SUMS_FILE_NAME: "sha256sum -c SHA256SUMS, in the folder holding the downloaded files",
    "datapackage.json": "frictionless validate datapackage.json · frictionless.Package('datapackage.json')",
    "CHANGES.json": "JSON: what this release added, changed and removed against the previous one",
    "metadata.json": "datasette eastflank.db --metadata metadata.json",
    "build-report.json": "JSON: the build's warnings and row counts",
}


@dataclass(frozen=True)
class ReleaseFile:
    """One downloadable file of the release."""

    name: str
    """Its path relative to the release folder, as SHA256SUMS names it."""
    bytes: int
    sha256: str
    content_type: str
    how_to_open: str
    rows: int | None
    """The row count of the table a Parquet file holds; None for other files."""

    @property
    def size(self) -> str:
        """The size as a reader compares downloads: '1.0 MiB', '55.3 KiB', '812 bytes'."""
        return human_size(self.bytes)


def human_size(count: int) -> str:
    """Bytes in the largest binary unit that keeps a number of at least 1, one decimal."""
    if count < 1024:
        return f"{count:,} bytes"
    value, units = count / 1024, ["KiB", "MiB", "GiB", "TiB"]
    while value >= 1024 and len(units) > 1:
        value, units = value / 1024, units[1:]
    return f"{value:,.1f} {units[0]}"


def listed_sums(out: Path) -> dict[str, str]:
    """SHA256SUMS as name → hex digest; empty when the folder has no sums file."""
    path = out / SUMS_FILE_NAME
    if not path.is_file():
        return {}
    pairs = (line.split("  ", 1) for line in path.read_text(encoding="utf-8").splitlines() if "  " in line)
    return {name: digest for digest, name in pairs}


def release_files(out: Path) -> list[ReleaseFile]:
    """Every listed file that is there, then SHA256SUMS itself; hidden files (the release marker) left out."""
    rows = table_rows(out)
    listed = [(name, digest) for name, digest in listed_sums(out).items() if not Path(name).name.startswith(".")]
    if (out / SUMS_FILE_NAME).is_file():
        listed.append((SUMS_FILE_NAME, file_sha256(out / SUMS_FILE_NAME)))
    return [describe(out, name, digest, rows) for name, digest in listed if (out / name).is_file()]


def describe(out: Path, name: str, digest: str, rows: dict[str, int]) -> ReleaseFile:
    """The listing of one file."""
    suffix = Path(name).suffix
    how = HOW_TO_OPEN_BY_NAME.get(name, HOW_TO_OPEN.get(suffix, "")).format(name=name)
    table = Path(name).stem if suffix == ".parquet" else None
    return ReleaseFile(name, (out / name).stat().st_size, digest, content_type(name), how, rows.get(table or ""))


def content_type(name: str) -> str:
    """The media type a file is served with."""
    return CONTENT_TYPES.get(Path(name).suffix, PLAIN_TEXT)


def downloadable(out: Path, name: str) -> Path | None:
    """The file to send for a requested name, or None unless SHA256SUMS lists it (or it is SHA256SUMS)."""
    if name != SUMS_FILE_NAME and name not in listed_sums(out):
        return None
    path = out / name
    inside = path.resolve().is_relative_to(out.resolve())  # a hand-edited SHA256SUMS naming ../ reaches nothing
    return path if inside and path.is_file() else None


def table_rows(out: Path) -> dict[str, int]:
    """Row count per published table, from the release's table_stats."""
    path = out / "parquet" / "table_stats.parquet"
    if not path.is_file():
        return {}
    stats: list[dict[str, Any]] = pq.read_table(path, columns=["table_name", "row_count"]).to_pylist()
    return {row["table_name"]: row["row_count"] for row in stats}
