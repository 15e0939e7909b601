"""The Datasette home page's description: what the dataset is, where to start, which release.

The release facts and per-table checksums are read from the Parquet files the build has
just written, so the page states exactly the build it serves.
"""

from html import escape
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

READER_PATH = "/-/reader"
STARTING_POINTS = (
    ("/eastflank/paragraphs", "search paragraphs"),
    (READER_PATH, "read the articles with their facts highlighted"),
    ("/eastflank/places", "map of places"),
    ("/eastflank/timeline", "timeline of events"),
    ("/eastflank/entity_in_context?entity=nato", "NATO in context"),
    ("/eastflank/co_mentions", "who is named together"),
)


def parquet_rows(out: Path, table_name: str) -> list[dict[str, Any]]:
    """A published table's rows, or none when its Parquet file is not there."""
    path = out / "parquet" / f"{table_name}.parquet"
    return pq.read_table(path).to_pylist() if path.exists() else []


def home_description_html(description: str, out: Path) -> str:
    """The description, links to where to start, and the release facts of the build in `out`."""
    links = " · ".join(f'<a href="{href}">{escape(label)}</a>' for href, label in STARTING_POINTS)
    parts = [f"<p>{escape(description)}</p>", f"<p>Start here: {links}.</p>"]
    facts = parquet_rows(out, "release_info")
    if facts:
        rows = "".join(f"<tr><th>{escape(f['key'])}</th><td><code>{escape(f['value'] or '')}</code></td></tr>" for f in facts)
        parts.append(f'<h3>This release</h3><table class="release-info">{rows}</table>')
        parts.append('<p>Row counts and content checksums per table: <a href="/eastflank/table_stats">table_stats</a>.</p>')
    return "\n".join(parts)
