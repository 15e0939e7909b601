"""Datasette in-process with eastflank's plugin and templates, and Chromium for the browser test."""

import asyncio
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from datasette.app import Datasette

from eastflank.loaders.build import BuildResult
from eastflank.loaders.publish.datasette_metadata import datasette_metadata
from eastflank.loaders.serve.datasette import PLUGINS_DIR, TEMPLATES_DIR

CHROMIUM = Path("/usr/bin/chromium")
Fetch = Callable[[str], httpx.Response]


def site(database: Path, metadata: dict) -> Datasette:
    """Datasette over one database with eastflank's plugin and templates, as `eastflank serve` runs it."""
    return Datasette(
        immutables=[str(database)],
        metadata=metadata,
        plugins_dir=str(PLUGINS_DIR),
        template_dir=str(TEMPLATES_DIR),
        settings={"suggest_facets": False},
    )


def fetcher(datasette: Datasette) -> Fetch:
    """A function that GETs a path from the site."""

    def fetch(path: str) -> httpx.Response:
        return asyncio.run(datasette.client.get(path))

    return fetch


@pytest.fixture(scope="session")
def sandbox_site(sandbox_database: Path) -> Fetch:
    """GET from a site serving the sandbox database (one article with every kind of fact)."""
    return fetcher(site(sandbox_database, datasette_metadata()))


@pytest.fixture(scope="session")
def seed_site(seed_build: BuildResult) -> Fetch:
    """GET from a site serving the seed build with its own metadata."""
    metadata = json.loads((seed_build.out / "metadata.json").read_text(encoding="utf-8"))
    return fetcher(site(seed_build.out / "eastflank.db", metadata))


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Debian's Chromium; skips when it is missing, except under CI=true, where that fails."""
    if CHROMIUM.exists() or shutil.which("chromium") is not None:
        return CHROMIUM if CHROMIUM.exists() else Path(str(shutil.which("chromium")))
    message = f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message}; CI must run the browser test")
    pytest.skip(message)


def free_port() -> int:
    """A loopback port nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_up(base: str, server: subprocess.Popen[bytes], seconds: float = 60) -> None:
    """Poll the server until it answers, failing if it exits or stays silent."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert server.poll() is None, f"eastflank serve exited with {server.returncode}"
        try:
            with urllib.request.urlopen(f"{base}/-/versions.json", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"eastflank serve did not answer at {base} within {seconds} s")


@pytest.fixture(scope="module")
def seed_server(seed_build: BuildResult) -> Iterator[str]:
    """`eastflank serve` over the seed build, as a user runs it; its base URL."""
    with served(seed_build.out) as base:
        yield base


@contextmanager
def served(out: Path) -> Iterator[str]:
    """`eastflank serve` on a free loopback port over `out`, in its own session; its base URL."""
    port = free_port()
    command = [str(Path(sys.executable).parent / "eastflank"), "serve", "--out", str(out), "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, process)
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
