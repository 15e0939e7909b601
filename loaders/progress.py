"""How the build tells people where it is: named stages and per-item progress.

The library reports to a `BuildProgress`; the base class reports nowhere, so tests and
other callers pay nothing, and the CLI passes a `RichBuildProgress` that draws bars.
"""

from collections.abc import Iterable, Iterator, Sized
from contextlib import contextmanager
from types import TracebackType
from typing import TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

T = TypeVar("T")


class BuildProgress:
    """A sink for progress that shows nothing."""

    def track(self, items: Iterable[T], description: str, total: int | None = None) -> Iterator[T]:
        """Yield the items, reporting each one done (`total` where items have no length)."""
        yield from items

    @contextmanager
    def stage(self, description: str) -> Iterator[None]:
        """Report a stage without countable items as running, then done."""
        yield


class RichBuildProgress(BuildProgress):
    """Progress bars on a rich console, one line per stage; use it as a context manager."""

    def __init__(self, console: Console) -> None:
        self.progress = Progress(
            SpinnerColumn(finished_text="[green]✓[/]"),
            TextColumn("{task.description:<28}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
        )

    def __enter__(self) -> "RichBuildProgress":
        self.progress.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.progress.stop()

    def track(self, items: Iterable[T], description: str, total: int | None = None) -> Iterator[T]:
        """Yield the items while a bar fills."""
        task = self.progress.add_task(description, total=len(items) if isinstance(items, Sized) else total)
        for item in items:
            yield item
            self.progress.advance(task)

    @contextmanager
    def stage(self, description: str) -> Iterator[None]:
        """A spinner while the stage runs, ticked when it ends."""
        task = self.progress.add_task(description, total=None)
        yield
        self.progress.update(task, total=1, completed=1)
