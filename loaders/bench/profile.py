"""CPU time per extractor and per build step, measured inside one single-process build.

The build's own progress stages interleave every extractor per article, so they cannot
say which rule costs what. Here the functions that compose a build (each extractor that
extract/document.py calls, the store steps, each exporter) are wrapped for the length of
one build by a timer that charges each call its *exclusive* CPU time: a wrapped call made
inside another is taken out of the outer one, so the stages add up to the build. Nothing
is wrapped outside `profiled()`, so a normal build pays nothing.

The clock is the CPU time of this process plus its finished children (`os.times`): the
DuckDB file is written by a child process, and a build on one worker runs everything else
here.
"""

import importlib
import os
import re
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import wraps
from typing import Any

from eastflank.loaders.extract.cache import ExtractionCache
from eastflank.loaders.publish.exporters import EXPORTERS


def cpu_seconds() -> float:
    """CPU seconds of this process (to the nanosecond) and of its children that have finished (to the tick)."""
    times = os.times()
    return time.process_time() + times.children_user + times.children_system


@dataclass
class StageTimer:
    """Exclusive CPU seconds per stage label, over nested calls."""

    clock: Callable[[], float] = cpu_seconds
    seconds: dict[str, float] = field(default_factory=dict)
    _inner: list[float] = field(default_factory=list)
    """Per open call, the time already charged to calls nested in it."""

    @contextmanager
    def charge(self, label: str) -> Iterator[None]:
        """Charge the time spent inside the block, less nested charged blocks, to `label`."""
        started = self.clock()
        self._inner.append(0.0)
        try:
            yield
        finally:
            elapsed = self.clock() - started
            nested = self._inner.pop()
            self.seconds[label] = self.seconds.get(label, 0.0) + elapsed - nested
            if self._inner:
                self._inner[-1] += elapsed

    def wrap(self, label: str, function: Callable[..., Any]) -> Callable[..., Any]:
        """`function`, each call charged to `label`."""

        @wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            with self.charge(label):
                return function(*args, **kwargs)

        return timed

    def wrap_generator(self, label: str, function: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
        """A generator function, the work of producing each item charged to `label` (not the consumer's)."""

        @wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Iterator[Any]:
            items = iter(function(*args, **kwargs))
            while True:
                with self.charge(label):
                    item = next(items, _DONE)
                if item is _DONE:
                    return
                yield item

        return timed


_DONE = object()
CAPITALISED_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z]|$)|[A-Z][a-z]*")

DOCUMENT = "eastflank.loaders.extract.document"
EXTRACTORS = [
    (DOCUMENT, "split_paragraphs", "paragraphs and boilerplate"),
    (DOCUMENT, "find_mentions", "mentions (gazetteer)"),
    (DOCUMENT, "tag_document", "dates"),
    (DOCUMENT, "extract_new_entities", "new entities"),
    (DOCUMENT, "extract_events", "events"),
    (DOCUMENT, "programme_facts_of_document", "programme facts"),
    (DOCUMENT, "extract_quotes", "quotes"),
    (DOCUMENT, "extract_amounts", "amounts"),
    (DOCUMENT, "extract_citations", "citations"),
    ("eastflank.loaders.extract.parallel", "extract_document", "extraction: rows and ids"),
    ("eastflank.loaders.evaluate.predict", "extract_document", "extraction: rows and ids"),
]
"""(module, name the module calls, stage): the extractors, wrapped where extract/document.py calls them."""
BUILD_STEPS = [
    ("eastflank.loaders.ingest.corpus", "read_article", "read articles"),
    ("eastflank.loaders.pipeline.run", "evaluation_rows", "evaluation on gold"),
    ("eastflank.loaders.pipeline.run", "load_database", "store: insert rows"),
    ("eastflank.loaders.pipeline.store.load", "write_summaries", "store: summary tables"),
    ("eastflank.loaders.publish.table_stats", "table_stats_rows", "store: table checksums"),
    ("eastflank.loaders.pipeline.run", "stamp_release", "store: release facts and warnings"),
    ("eastflank.loaders.pipeline.export", "validate_output", "validate release"),
]
GENERATORS = [("eastflank.loaders.pipeline.run", "extract_with_cache", "extraction: cache and batching")]
CACHE_METHODS = [("get", "extraction: cache read"), ("put", "extraction: cache write")]


@contextmanager
def _replaced(owner: Any, name: str, replacement: Any) -> Iterator[None]:
    """`owner.name` is `replacement` within the block; afterwards as it was (an instance falls back to its class's)."""
    own = vars(owner).get(name, _DONE)
    setattr(owner, name, replacement)
    try:
        yield
    finally:
        if own is _DONE:
            delattr(owner, name)
        else:
            setattr(owner, name, own)


@contextmanager
def profiled(timer: StageTimer) -> Iterator[None]:
    """Within the block, every extractor, store step and exporter charges its time to `timer`."""
    with ExitStack() as stack:
        for module_name, name, label in [*EXTRACTORS, *BUILD_STEPS]:
            module = importlib.import_module(module_name)
            stack.enter_context(_replaced(module, name, timer.wrap(label, getattr(module, name))))
        for module_name, name, label in GENERATORS:
            module = importlib.import_module(module_name)
            stack.enter_context(_replaced(module, name, timer.wrap_generator(label, getattr(module, name))))
        for name, label in CACHE_METHODS:
            stack.enter_context(_replaced(ExtractionCache, name, timer.wrap(label, getattr(ExtractionCache, name))))
        for exporter in EXPORTERS:
            label = f"export: {exporter_label(exporter)}"
            stack.enter_context(_replaced(exporter, "write", timer.wrap(label, exporter.write)))
        yield


def exporter_label(exporter: object) -> str:
    """An exporter's class name as words: FullTextIndex → full text index, DuckDBFile → duck db file."""
    return " ".join(CAPITALISED_WORD.findall(type(exporter).__name__)).lower()
