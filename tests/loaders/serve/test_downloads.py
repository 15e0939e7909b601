"""The /downloads page lists every file of the release, and each downloads intact through a real server."""

import hashlib
import re
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from eastflank.loaders.build import BuildResult
from eastflank.loaders.serve.downloads import content_type, downloadable, human_size, listed_sums, release_files

Fetch = Callable[[str], httpx.Response]


def fake_release(folder: Path, files: dict[str, bytes]) -> Path:
    """A folder with the given files and a SHA256SUMS listing them."""
    for name, content in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(content)
    sums = "".join(f"{hashlib.sha256(content).hexdigest()}  {name}\n" for name, content in files.items())
    (folder / "SHA256SUMS").write_text(sums, encoding="utf-8")
    return folder


def test_only_listed_names_can_be_downloaded(tmp_path: Path) -> None:
    out = fake_release(tmp_path / "out", {"harbour.db": b"ships", "parquet/piers.parquet": b"piers"})
    (out / "unlisted.txt").write_text("secret", encoding="utf-8")
    (tmp_path / "outside.txt").write_text("secret", encoding="utf-8")
    assert downloadable(out, "parquet/piers.parquet") == out / "parquet/piers.parquet"
    assert downloadable(out, "SHA256SUMS") == out / "SHA256SUMS"
    got = [
        downloadable(out, name) for name in ("unlisted.txt", "../outside.txt", str(tmp_path / "outside.txt"), "parquet")
    ]
    assert got == [None, None, None, None], got


def test_a_listed_name_outside_the_folder_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "outside.txt").write_text("secret", encoding="utf-8")
    (out / "SHA256SUMS").write_text(f"{'0' * 64}  ../outside.txt\n", encoding="utf-8")
    assert listed_sums(out) == {"../outside.txt": "0" * 64}
    assert downloadable(out, "../outside.txt") is None


def test_listing_names_sizes_sums_and_types(tmp_path: Path) -> None:
    out = fake_release(tmp_path, {"harbour.db": b"ships", "notes.md": b"# Notes\n", ".marker": b"x"})
    got = [(f.name, f.bytes, f.sha256[:8], f.content_type, f.rows) for f in release_files(out)]
    sums = hashlib.sha256((out / "SHA256SUMS").read_bytes()).hexdigest()
    assert got == [
        ("harbour.db", 5, hashlib.sha256(b"ships").hexdigest()[:8], "application/vnd.sqlite3", None),
        ("notes.md", 8, hashlib.sha256(b"# Notes\n").hexdigest()[:8], "text/markdown; charset=utf-8", None),
        ("SHA256SUMS", len((out / "SHA256SUMS").read_bytes()), sums[:8], "text/plain; charset=utf-8", None),
    ], got


def test_content_types() -> None:
    got = [
        content_type(name) for name in ("eastflank.duckdb", "parquet/events.parquet", "datapackage.json", "SHA256SUMS")
    ]
    assert got == [
        "application/octet-stream",
        "application/vnd.apache.parquet",
        "application/json",
        "text/plain; charset=utf-8",
    ]


def test_page_lists_every_release_file_with_rows_and_how_to_open(seed_site: Fetch, seed_build: BuildResult) -> None:
    page = seed_site("/downloads")
    assert page.status_code == 200, page.status_code
    listed = re.findall(r'<a class="download" href="/downloads/([^"]+)"', page.text)
    want = [n for n in listed_sums(seed_build.out) if not Path(n).name.startswith(".")] + ["SHA256SUMS"]
    assert listed == want, listed
    names = set(listed)
    assert {
        "eastflank.db",
        "eastflank.duckdb",
        "datapackage.json",
        "CHANGES.json",
        "docs/data-dictionary.md",
    } <= names, names
    assert {f"parquet/{table}.parquet" for table in seed_build.row_counts} <= names, names
    assert "arrow::read_parquet(&#39;parquet/events.parquet&#39;)" in page.text
    assert f"<td>events</td><td>{seed_build.row_counts['events']:,}</td>" in page.text
    assert '<blockquote class="cite-as">The eastflank contributors (' in page.text


def test_home_menu_links_the_downloads(seed_site: Fetch) -> None:
    assert '<a href="/downloads">Downloads</a>' in seed_site("/").text


def test_every_file_downloads_through_the_server_and_matches_its_checksum(
    seed_server: str, seed_build: BuildResult
) -> None:
    sums = listed_sums(seed_build.out)
    for name, digest in sums.items():
        with urllib.request.urlopen(f"{seed_server}/downloads/{name}", timeout=30) as response:
            body = response.read()
            assert response.headers["content-type"] == content_type(name), (name, response.headers["content-type"])
        assert hashlib.sha256(body).hexdigest() == digest, name
    assert len(sums) >= 25, sorted(sums)


def test_the_server_refuses_unlisted_paths(seed_server: str) -> None:
    for path in ("/downloads/pyproject.toml", "/downloads/..%2F..%2Fetc%2Fpasswd", "/downloads/parquet"):
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{seed_server}{path}", timeout=30)
        assert refused.value.code == 404, (path, refused.value.code)


def test_sizes_read_in_binary_units() -> None:
    assert [human_size(n) for n in (0, 1023, 1024, 56_627, 10_498_048, 3 * 1024**3)] == [
        "0 bytes",
        "1,023 bytes",
        "1.0 KiB",
        "55.3 KiB",
        "10.0 MiB",
        "3.0 GiB",
    ]
