"""`eastflank serve` in a child process, for the load test and the latency benchmark.

The site is started as a user starts it (the same command, settings and plugins), in its
own process group, so stopping it also stops the Datasette process it becomes.
"""

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from eastflank.loaders.errors import ServeError

START_SECONDS = 300
"""A first `eastflank serve` on an empty folder builds before serving, which takes a while."""


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(out: Path, port: int) -> subprocess.Popen[bytes]:
    """`eastflank serve` as a user runs it, in its own process group, and wait until it answers."""
    command = [str(Path(sys.executable).parent / "eastflank"), "serve", "--out", str(out), "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise ServeError(f"eastflank serve --out {out} exited with {server.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/-/versions.json", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.2)
    stop_server(server)
    raise ServeError(f"eastflank serve --out {out} did not answer within {START_SECONDS} s")


def stop_server(server: subprocess.Popen[bytes]) -> None:
    """Stop `eastflank serve` and the Datasette process it started (the whole group)."""
    os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=30)


@contextmanager
def served(out: Path) -> Iterator[str]:
    """The base URL of OUT served on a free loopback port, for the duration of the block."""
    port = free_port()
    server = start_server(out, port)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_server(server)
