"""What the home page says the dataset holds: articles, publishers, dates covered, counts, accuracy.

Everything is read from the Parquet files the build has just written (the same rows every
download holds), so the page cannot claim more or less than the release it describes.
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq


@dataclass(frozen=True)
class Span:
    """The earliest and latest ISO date of a column (any precision), or None for both when it has none."""

    first: str | None
    last: str | None


@dataclass(frozen=True)
class HomeFacts:
    """The numbers the home page shows, all of one release."""

    articles: int
    publishers: list[str]
    published: Span
    events_dated: Span
    counts: dict[str, int]
    """Rows per table (table_stats), for the tables the page names."""
    mentioned_entities: int
    accuracy: list[dict[str, Any]] = field(default_factory=list)
    """evaluation_scores rows: gold set, kind, precision, recall, F1 and what the set is."""


def read_columns(out: Path, table: str, columns: list[str]) -> list[dict[str, Any]]:
    """Some columns of a published table, or no rows when its Parquet file is not there."""
    path = out / "parquet" / f"{table}.parquet"
    return pq.read_table(path, columns=columns).to_pylist() if path.is_file() else []


def date_span(values: list[str | None]) -> Span:
    """The span of ISO dates; `2024` sorts before `2024-03`, so a year-precision date opens its year."""
    known = sorted(value for value in values if value is not None)
    return Span(known[0], known[-1]) if known else Span(None, None)


def home_facts(out: Path) -> HomeFacts:
    """The facts of the release in `out`."""
    documents = read_columns(out, "documents", ["publisher", "published_date"])
    stats = {
        row["table_name"]: row["row_count"] for row in read_columns(out, "table_stats", ["table_name", "row_count"])
    }
    return HomeFacts(
        articles=len(documents),
        publishers=sorted({row["publisher"] for row in documents if row["publisher"] is not None}),
        published=date_span([row["published_date"] for row in documents]),
        events_dated=date_span([row["start_date"] for row in read_columns(out, "events", ["start_date"])]),
        counts=stats,
        mentioned_entities=len(read_columns(out, "entity_mention_counts", ["entity_id"])),
        accuracy=read_columns(
            out, "evaluation_scores", ["gold_set", "kind", "precision", "recall", "f1", "measured_on"]
        ),
    )
