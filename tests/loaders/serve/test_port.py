"""`eastflank serve` on a port already taken says so in one line and exits non-zero."""

import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from eastflank.loaders.build import BuildResult
from eastflank.loaders.serve.port import PortInUse, ensure_port_free


@pytest.fixture
def taken_port() -> Iterator[int]:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        yield int(listener.getsockname()[1])


def test_a_listening_port_is_refused(taken_port: int) -> None:
    with pytest.raises(PortInUse) as raised:
        ensure_port_free("127.0.0.1", taken_port)
    assert raised.value.port == taken_port, raised.value.port


def test_a_free_port_passes() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    ensure_port_free("127.0.0.1", port)


def test_serve_on_a_taken_port_prints_one_line_and_exits_2(seed_build: BuildResult, taken_port: int) -> None:
    command = [
        str(Path(sys.executable).parent / "eastflank"),
        "serve",
        "--out",
        str(seed_build.out),
        "--port",
        str(taken_port),
    ]
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=60, env={"COLUMNS": "400", "PATH": "/usr/bin:/bin"}
    )
    lines = done.stderr.strip().splitlines()
    assert (done.returncode, len(lines), done.stdout) == (2, 1, ""), done.stderr
    assert lines[0] == (
        f"error: port {taken_port} on 127.0.0.1 is already in use. Fix: stop the program using it, "
        "or pass --port with another number"
    ), lines
