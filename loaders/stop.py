"""SIGTERM unwinds a build like Ctrl-C, so its staging folder is removed and its lock released.

`kill` and service managers send SIGTERM, whose default action ends the process on the
spot and leaves `.<out>.building-<pid>` behind. Raised as an exception instead, it runs the
same cleanup (`finally` and `except BaseException` blocks) as a KeyboardInterrupt does.
"""

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class BuildStopped(KeyboardInterrupt):
    """The build was asked to stop by a signal; `signum` says which."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextmanager
def stopped_by_sigterm() -> Iterator[None]:
    """Within the block SIGTERM raises BuildStopped; the previous handler is restored after."""
    previous = signal.signal(signal.SIGTERM, _raise_stopped)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _raise_stopped(signum: int, frame: FrameType | None) -> None:
    raise BuildStopped(signum)
