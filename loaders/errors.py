"""The exceptions eastflank raises on bad input, under one root.

The CLI turns any `EastflankError` into a one-line message and a non-zero exit, so each
message names the file (and line, where there is one) and says how to fix it.
"""

from pathlib import Path


class EastflankError(Exception):
    """Root of every error a user can cause and fix."""

    exit_code = 1


class InputFileError(EastflankError):
    """A file the build reads is unreadable or malformed."""

    def __init__(self, path: Path | str, problem: str, fix: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.problem = problem
        self.fix = fix
        self.line = line
        where = f"{self.path}:{line}" if line is not None else str(self.path)
        super().__init__(f"{where}: {problem}. Fix: {fix}")


class CorpusError(InputFileError):
    """An article, or the corpus folder itself, cannot be used."""


class ReferenceDataError(InputFileError):
    """A curated reference file (seeds/reference/*.yml) breaks its rules."""


class MetadataError(InputFileError):
    """The corpus metadata file is malformed."""


class GoldError(InputFileError):
    """A hand-made gold annotation (seeds/gold/**/*.yml) breaks seeds/gold/FORMAT.md."""


class QueryError(EastflankError):
    """SQL given to `eastflank query` failed, or there is no published output to run it on."""


class QueryRefused(QueryError):
    """SQL given to `eastflank query` is not a single SELECT: it could write into the release."""

    exit_code = 2


class OutputFolderError(EastflankError):
    """`--out` names something the build did not make, so publishing there would destroy it."""

    exit_code = 2

    def __init__(self, path: Path | str, problem: str, fix: str) -> None:
        self.path = Path(path)
        super().__init__(f"{self.path}: {problem}. Fix: {fix}")


class BuildLockedError(EastflankError):
    """Another build is publishing into the same `--out` right now."""

    exit_code = 2


class DiskFullError(EastflankError):
    """The disk filled up during a build; the staging folder is gone and nothing was published."""


class ExtractionError(EastflankError):
    """A rule failed on an article: a fault in eastflank, named with the article so the rest can be built.

    Built from one message, so it crosses a process or Dask worker boundary (pickled by its args).
    """

    @classmethod
    def of(cls, source_file: str, error: Exception) -> "ExtractionError":
        return cls(
            f"{source_file}: extracting this article failed ({type(error).__name__}: {error}); this is a fault"
            " in eastflank's rules, not in the article. Fix: report it with the article; to build the rest"
            " meanwhile, move the article out of the corpus"
        )


class BuildError(EastflankError):
    """The build produced output that failed validation; nothing was published."""


class DatabaseServerError(EastflankError):
    """The database server given by --database-url cannot be reached or refused the load."""


class ServeError(EastflankError):
    """The site could not be started in a child process (load test, latency benchmark)."""
