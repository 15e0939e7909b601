"""Check that the port `eastflank serve` is asked for is free, before Datasette takes over.

Datasette finds a busy port only after loading the database and plugins, and then prints
uvicorn's multi-line traceback; this check turns it into one line and a non-zero exit.
"""

import errno
import socket

from eastflank.loaders.errors import EastflankError


class PortInUse(EastflankError):
    """Another program (often an earlier `eastflank serve`) already listens on the port."""

    exit_code = 2

    def __init__(self, host: str, port: int) -> None:
        self.host = host
        self.port = port
        super().__init__(
            f"port {port} on {host} is already in use. Fix: stop the program using it, or pass --port with another number"
        )


def ensure_port_free(host: str, port: int) -> None:
    """Raise PortInUse when `host:port` cannot be bound; any other socket error is raised as it is."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds: a TIME_WAIT port is free
        try:
            probe.bind((host, port))
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                raise PortInUse(host, port) from error
            raise
