"""Extraction workers die on SIGTERM whatever handler the build process has installed."""

import signal

from eastflank.loaders.extract.context import load_context
from eastflank.loaders.extract.parallel import ExtractionPool
from eastflank.loaders.stop import stopped_by_sigterm


def test_workers_forked_inside_the_builds_sigterm_handler_keep_the_default_action() -> None:
    _, context = load_context()
    with stopped_by_sigterm(), ExtractionPool(context, workers=2) as pool:
        got = pool._pool.apply(signal.getsignal, (signal.SIGTERM,))
        assert signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL
    assert got == signal.SIG_DFL, got
