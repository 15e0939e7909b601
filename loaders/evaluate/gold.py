"""Load and validate gold annotation files (seeds/gold/FORMAT.md) into dataclasses.

A gold file names its article by a path relative to itself; offsets are document offsets
into the article as `read_article` normalises it, which is also what extraction reads, so
gold and predicted spans share one coordinate system. The gold set is the name of the
folder the file sits in (seeds, unseen), so scores can be reported per set.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eastflank.loaders.errors import GoldError
from eastflank.loaders.evaluate.gold_fields import Fields
from eastflank.loaders.evaluate.gold_items import (
    GoldAmount,
    GoldCitation,
    GoldEvent,
    GoldMention,
    GoldProgramme,
    GoldQuote,
    parse_section,
)
from eastflank.loaders.ingest.read import read_article
from eastflank.loaders.ingest.yaml_lines import load_yaml


@dataclass(frozen=True)
class GoldDocument:
    """One article's hand annotation, with the article's text."""

    path: Path
    gold_set: str
    source: Path
    publication_date: str | None
    text: str
    mentions: tuple[GoldMention, ...]
    events: tuple[GoldEvent, ...]
    quotes: tuple[GoldQuote, ...]
    programmes: tuple[GoldProgramme, ...]
    amounts: tuple[GoldAmount, ...]
    citations: tuple[GoldCitation, ...]


def gold_files(path: Path) -> list[Path]:
    """The gold file itself, or every *.yml under the folder (recursively), sorted."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise GoldError(path, "does not exist", "pass a gold .yml file or a folder of them, e.g. seeds/gold")
    files = sorted(path.rglob("*.yml"))
    if not files:
        raise GoldError(path, "holds no .yml gold files", "pass a folder with gold files, e.g. seeds/gold")
    return files


def load_gold(path: Path) -> GoldDocument:
    """One gold file, checked against its article; a GoldError names the file and line."""
    fields = Fields(path, "the file", load_yaml(path, GoldError))
    source = path.parent / fields.text("source")
    if not source.is_file():
        raise fields.fail(
            f"names source {source}, which is not a file", "give the article's path relative to the gold file"
        )
    text = read_article(source)

    def section(name: str) -> tuple[Any, ...]:
        return parse_section(path, name, fields.entries(name), text)

    gold = GoldDocument(
        path,
        path.parent.name,
        source.resolve(),
        fields.date_or_none("publication_date"),
        text,
        mentions=section("mentions"),
        events=section("events"),
        quotes=section("quotes"),
        programmes=section("programmes"),
        amounts=section("amounts"),
        citations=section("citations"),
    )
    fields.done()
    return gold
