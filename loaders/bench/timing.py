"""A progress sink that records how long each build stage took, for the benchmark."""

import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from eastflank.loaders.progress import BuildProgress

T = TypeVar("T")


class TimingProgress(BuildProgress):
    """Seconds per stage description, as the build reports its stages."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def track(self, items: Iterable[T], description: str, total: int | None = None) -> Iterator[T]:
        """Time from the first item handed out to the last one finished."""
        started = time.perf_counter()
        yield from items
        self.seconds[description] = self.seconds.get(description, 0.0) + time.perf_counter() - started

    @contextmanager
    def stage(self, description: str) -> Iterator[None]:
        """Time one stage."""
        started = time.perf_counter()
        yield
        self.seconds[description] = self.seconds.get(description, 0.0) + time.perf_counter() - started
