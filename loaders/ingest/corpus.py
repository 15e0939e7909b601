"""Read a corpus folder of `.txt` articles into document records.

The metadata file is optional: without it the title is the first line and dates are null.
Which names are articles, and which `.txt` names are skipped with a warning, is decided by
`list_corpus`.
An article whose text equals an earlier one (under another name) is skipped with a warning,
because a user wants the rest built.
"""

import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from eastflank.loaders.build_warnings import BuildReport
from eastflank.loaders.errors import CorpusError
from eastflank.loaders.ids import stable_id
from eastflank.loaders.ingest.long_lines import warn_long_lines
from eastflank.loaders.ingest.metadata import ArticleMetadata, load_metadata
from eastflank.loaders.ingest.published import Publication, publication_of
from eastflank.loaders.ingest.read import read_article, text_sha256
from eastflank.loaders.paths import METADATA_FILE_NAME

ARTICLE_SUFFIX = ".txt"
IGNORED_FILE = "ignored file"
"""Not "skipped file": that category (a repeated text) makes the next build a full one (update/plan.py)."""


@dataclass(frozen=True)
class DocumentRecord:
    """One article as the documents table stores it."""

    id: str
    source_file: str
    title: str | None
    publisher: str | None
    url: str | None
    published_date: str | None
    published_precision: str | None
    published_date_inferred: bool
    published_source: str
    language: str
    text: str
    sha256: str

    def fields_without_text(self) -> dict[str, object]:
        """Every field but the text, whose sha256 stands for it: what says whether an article
        changed between builds (a shallow copy; `dataclasses.asdict` deep-copies, 10x slower)."""
        return {name: value for name, value in vars(self).items() if name != "text"}


def article_paths(corpus: Path) -> list[Path]:
    """The articles directly in the corpus folder, sorted by name (see `list_corpus`)."""
    return [corpus / name for name in list_corpus(corpus).articles]


@dataclass(frozen=True)
class CorpusListing:
    """The names in a corpus folder that are read as articles, and those skipped, each with why."""

    articles: list[str]
    skipped: list[tuple[str, str]]


def list_corpus(corpus: Path) -> CorpusListing:
    """Sort the folder's `.txt` names (in any case: `NOTE.TXT` too) into articles and skipped names.

    An article is a regular file directly in the folder whose name ends in `.txt`. A symbolic
    link is never followed, so the build cannot publish a file from outside the corpus; a
    hidden name (an editor's or a file manager's copy such as `._note.txt`) and a folder are
    skipped too, and so is a name whose stem another article already has (`a.TXT` beside
    `a.txt` would get the same document id). Names not ending in `.txt` (metadata.yml, notes,
    subfolders) are never articles and are not listed.
    """
    if not corpus.exists():
        raise CorpusError(corpus, "does not exist", "pass --corpus the folder that holds the .txt articles")
    if not corpus.is_dir():
        raise CorpusError(corpus, "is not a folder", "pass --corpus a folder that holds .txt articles")
    # Directory entries know their type (no stat per file, as Path.is_file needs), and names
    # sort several times faster than Path objects: this runs before every build, incremental too.
    with os.scandir(corpus) as scanned:
        entries = sorted(
            (entry for entry in scanned if entry.name.lower().endswith(ARTICLE_SUFFIX)), key=lambda entry: entry.name
        )
    articles: list[str] = []
    skipped: list[tuple[str, str]] = []
    stems: dict[str, str] = {}
    for entry in entries:
        reason = _skip_reason(entry, stems)
        if reason is None:
            stems[entry.name[: -len(ARTICLE_SUFFIX)]] = entry.name
            articles.append(entry.name)
        else:
            skipped.append((entry.name, reason))
    if not articles:
        raise CorpusError(corpus, "holds no .txt articles", "put the articles in the folder as UTF-8 .txt files")
    return CorpusListing(articles, skipped)


def _skip_reason(entry: os.DirEntry[str], stems: dict[str, str]) -> str | None:
    """Why a `.txt` name is not read as an article, or None when it is one."""
    if entry.is_symlink():
        return "is a symbolic link, which the build never follows; copy the article into the corpus folder"
    if entry.name.startswith("."):
        return "is hidden (its name starts with a dot); rename it to read it"
    if entry.is_dir(follow_symlinks=False):
        return "is a folder; articles are files directly in the corpus folder"
    if not entry.is_file(follow_symlinks=False):
        return "is not a regular file"
    stem = entry.name[: -len(ARTICLE_SUFFIX)]
    if stem in stems:
        return f"has the same name as {stems[stem]} but for the case of .txt, so the same document id; rename one"
    return None


def read_corpus(corpus: Path, report: BuildReport) -> list[DocumentRecord]:
    """Every readable, distinct article in the folder, in file-name order."""
    return list(iter_corpus(corpus, report))


def iter_corpus(
    corpus: Path, report: BuildReport, known_readings: Mapping[str, Publication] | None = None
) -> Iterator[DocumentRecord]:
    """The same articles one at a time, so a large corpus is never held in memory whole.

    Only the text hashes seen so far are kept, to skip an article repeated under another name.
    `known_readings` maps a text's sha256 to its publication date as read by these same rules
    (from the release being patched), so an unchanged article's date lines are not read again.
    """
    listing = list_corpus(corpus)
    for name, reason in listing.skipped:
        report.warn(IGNORED_FILE, f"{corpus / name}: {reason}; skipped")
    metadata = load_metadata(corpus / METADATA_FILE_NAME)
    seen: dict[str, str] = {}
    names: set[str] = set()
    for path in (corpus / name for name in listing.articles):
        record = to_record(path, read_article(path), metadata.get(path.name, ArticleMetadata()), known_readings)
        if record.sha256 in seen:
            report.warn("skipped file", f"{path}: same text as {seen[record.sha256]}; skipped")
            continue
        seen[record.sha256] = path.name
        names.add(path.name)
        warn_long_lines(path, record.text, report)
        yield record
    _warn_unknown_metadata(corpus, metadata, names, report)


def to_record(
    path: Path, text: str, meta: ArticleMetadata, known_readings: Mapping[str, Publication] | None = None
) -> DocumentRecord:
    """A document record; the title falls back to the article's first line, the date to the text's own."""
    first_line = text.strip().split("\n", 1)[0].strip()
    sha256 = text_sha256(text)
    known = None if known_readings is None or meta.published_date is not None else known_readings.get(sha256)
    publication = publication_of(text, meta) if known is None else known
    return DocumentRecord(
        id=stable_id("document", path.stem),
        source_file=path.name,
        title=meta.title if meta.title is not None else first_line[:300],
        publisher=meta.publisher,
        url=meta.url,
        published_date=publication.date,
        published_precision=publication.precision,
        published_date_inferred=meta.date_inferred or publication.inferred,
        published_source=publication.source,
        language=meta.language,
        text=text,
        sha256=sha256,
    )


def _warn_unknown_metadata(
    corpus: Path, metadata: dict[str, ArticleMetadata], names: set[str], report: BuildReport
) -> None:
    for name in sorted(set(metadata) - names):
        report.warn("metadata", f"{corpus / METADATA_FILE_NAME}: entry {name!r} matches no article")
