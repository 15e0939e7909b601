"""Every page carries the security headers; a visitor's bad request is a quick 4xx with one log line.

Before: no CSP, nosniff or frame headers; each 4xx cost ~400 ms and ~43 KB of log (a Rich
traceback with locals); `/../..` and `?_sort=nope` gave 500.
"""

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from eastflank.loaders.build import BuildResult
from eastflank.loaders.serve.datasette import datasette_command
from eastflank.loaders.serve.security_headers import CONTENT_SECURITY_POLICY

PAGES = (
    "/",
    "/eastflank",
    "/eastflank/documents",
    "/eastflank/documents.json",
    "/-/reader",
    "/-/static/app.css",
    "/nope",
)
BAD_REQUESTS = {
    "/../..": 404,
    "/eastflank/documents?_sort=nope": 400,
    "/eastflank/documents.json?_sort_desc=nope": 400,
    "/eastflank/nope": 404,
    "/-/reader/nope": 404,
    "/eastflank/documents/nope": 404,
}


@pytest.fixture(scope="module")
def site(seed_build: BuildResult, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """Datasette as `eastflank serve` runs it over a copy of the seed build: base URL and log file."""
    out = tmp_path_factory.mktemp("pages") / "dist"
    shutil.copytree(seed_build.out, out)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    log_path = out.parent / "datasette.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(datasette_command(out, port), stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                assert process.poll() is None and time.monotonic() < deadline, log_path.read_text(encoding="utf-8")[
                    -2000:
                ]
                try:
                    if httpx.get(f"{base}/-/versions.json", timeout=2).status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.2)
            yield base, log_path
        finally:
            process.terminate()
            process.wait(timeout=30)


def raw_get(base: str, path: str) -> int:
    """The status of GET `path` sent byte for byte (HTTP clients resolve `/../..` to `/` before sending)."""
    url = httpx.URL(base)
    with socket.create_connection((url.host, url.port), timeout=10) as connection:
        connection.sendall(f"GET {path} HTTP/1.1\r\nHost: {url.host}\r\nConnection: close\r\n\r\n".encode())
        status_line = connection.makefile("rb").readline().decode()
    return int(status_line.split()[1])


@pytest.mark.parametrize("path", PAGES)
def test_every_page_carries_the_security_headers(site: tuple[str, Path], path: str) -> None:
    response = httpx.get(site[0] + path)
    got = {
        name: response.headers.get(name)
        for name in ("content-security-policy", "x-content-type-options", "x-frame-options")
    }
    assert got == {
        "content-security-policy": CONTENT_SECURITY_POLICY,
        "x-content-type-options": "nosniff",
        "x-frame-options": "DENY",
    }, got
    assert "frame-ancestors 'none'" in CONTENT_SECURITY_POLICY


def test_bad_requests_are_4xx_with_one_log_line_each(site: tuple[str, Path]) -> None:
    base, log_path = site
    before = log_path.stat().st_size
    got = {path: raw_get(base, path) for path in BAD_REQUESTS}
    assert got == BAD_REQUESTS, got
    log = log_after(log_path, before, len(BAD_REQUESTS))
    assert "Traceback" not in log and len(log.splitlines()) == len(BAD_REQUESTS), log[:3000]


def log_after(log_path: Path, offset: int, lines: int) -> str:
    """What the server logged after `offset`, once it holds `lines` lines (or after 10 s), plus a moment for more."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and log_path.read_bytes()[offset:].count(b"\n") < lines:
        time.sleep(0.05)
    time.sleep(0.2)  # a traceback or a second line per request would come right after the first
    return log_path.read_bytes()[offset:].decode("utf-8", errors="replace")
