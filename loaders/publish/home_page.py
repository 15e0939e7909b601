"""The Datasette home page's description: what the dataset holds, how it was made, which release, how to cite it.

The facts are read from the Parquet files the build has just written (publish/home_facts.py),
so the page states exactly the build it serves.
"""

from html import escape
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from eastflank.loaders.publish.citation import dataset_citation
from eastflank.loaders.publish.home_facts import HomeFacts, Span, home_facts

READER_PATH = "/-/reader"
DOWNLOADS_PATH = "/downloads"
METHODOLOGY_PATH = "/methodology"
STARTING_POINTS = (
    ("/eastflank/paragraphs", "search paragraphs"),
    (READER_PATH, "read the articles with their facts highlighted"),
    ("/-/map", "map of places"),
    ("/eastflank/timeline", "timeline of events"),
    ("/eastflank/entity_in_context?entity=nato", "NATO in context"),
    ("/eastflank/co_mentions", "who is named together"),
    (DOWNLOADS_PATH, "download the data (SQLite, DuckDB, Parquet)"),
)
COUNTED = (
    ("entities", "entities"),
    ("mentions", "mentions"),
    ("events", "events"),
    ("quotes", "quotes"),
    ("programmes", "programmes"),
    ("temporal_expressions", "dates"),
)
METHOD_IN_SHORT = (
    "Each article is split into paragraphs; rules and curated reference data (no statistical model) find the "
    "entities it names, its dates (normalised to ISO 8601, relative ones anchored), events with their participants, "
    "quotes with their speakers, programmes, amounts and cited sources. Every row keeps the paragraph and "
    "character span that states it. The rules are scored against hand-annotated articles on every build:"
)
ACCURACY_KINDS = ("mentions", "mention_entities", "events", "event_dates", "quotes", "quote_speakers", "programmes")


def parquet_rows(out: Path, table_name: str) -> list[dict[str, Any]]:
    """A published table's rows, or none when its Parquet file is not there."""
    path = out / "parquet" / f"{table_name}.parquet"
    return pq.read_table(path).to_pylist() if path.exists() else []


def home_description_html(description: str, out: Path, title: str = "", homepage: str = "") -> str:
    """The description, what the release holds, links to where to start, method, release facts and citation."""
    links = " · ".join(f'<a href="{href}">{escape(label)}</a>' for href, label in STARTING_POINTS)
    parts = [f"<p>{escape(description)}</p>", f"<p>Start here: {links}.</p>"]
    facts = parquet_rows(out, "release_info")
    if (out / "parquet" / "documents.parquet").exists():
        summary = home_facts(out)
        parts += [holdings_html(summary), method_html(summary)]
    if facts:
        release = {fact["key"]: fact["value"] for fact in facts}
        version, built = release.get("dataset_version"), release.get("built_at")
        parts.append(
            f'<p class="release-line">Release <strong>{escape(version or "unknown")}</strong>, '
            f"built {escape((built or '')[:10])}. Cite as:</p>"
        )
        parts.append(
            f'<blockquote class="cite-as">{escape(dataset_citation(title, version, built, homepage))}</blockquote>'
        )
        rows = "".join(
            f"<tr><th>{escape(f['key'])}</th><td><code>{escape(f['value'] or '')}</code></td></tr>" for f in facts
        )
        parts.append(f'<h3>This release</h3><table class="release-info">{rows}</table>')
        parts.append(
            '<p>Row counts and content checksums per table: <a href="/eastflank/table_stats">table_stats</a>; '
            f'every file with its SHA-256: <a href="{DOWNLOADS_PATH}">downloads</a>.</p>'
        )
    return "\n".join(parts)


def holdings_html(facts: HomeFacts) -> str:
    """`What it holds`: articles, publishers, dates covered and the main row counts."""
    publishers = ", ".join(escape(name) for name in facts.publishers) or "not recorded in the articles' metadata"
    counts = "".join(f"<li><strong>{facts.counts.get(table, 0):,}</strong> {label}</li>" for table, label in COUNTED)
    return (
        '<h3>What it holds</h3><ul class="home-facts">'
        f"<li><strong>{facts.articles:,}</strong> articles, published {span_text(facts.published)}</li>"
        f"<li>publishers: {publishers}</li>"
        f"<li>events dated {span_text(facts.events_dated)}</li>"
        f"{counts}<li><strong>{facts.mentioned_entities:,}</strong> entities mentioned at least once</li></ul>"
    )


def span_text(span: Span) -> str:
    """`2017-03 to 2025`, one date when first and last agree, or `(no dates)`."""
    if span.first is None or span.last is None:
        return "(no dates)"
    return escape(span.first) if span.first == span.last else f"{escape(span.first)} to {escape(span.last)}"


def method_html(facts: HomeFacts) -> str:
    """The method in short, measured F1 per kind and gold set, and a link to the full methodology."""
    sets = sorted({row["gold_set"] for row in facts.accuracy})
    scores = {(row["kind"], row["gold_set"]): row for row in facts.accuracy}
    head = "".join(f'<th title="{escape(_measured_on(facts, s))}">F1 on {escape(s)}</th>' for s in sets)
    rows = "".join(
        f"<tr><td>{escape(kind)}</td>" + "".join(_score_cell(scores.get((kind, s))) for s in sets) + "</tr>"
        for kind in ACCURACY_KINDS
        if any((kind, s) in scores for s in sets)
    )
    table = f'<table class="accuracy"><tr><th>kind</th>{head}</tr>{rows}</table>' if rows else ""
    return (
        f"<h3>How it was made</h3><p>{escape(METHOD_IN_SHORT)}</p>{table}"
        f'<p>The full <a href="{METHODOLOGY_PATH}">methodology</a> says what each table holds and how it is found.</p>'
    )


def _score_cell(row: dict[str, Any] | None) -> str:
    return "<td></td>" if row is None else f"<td>{row['f1']:.2f}</td>"


def _measured_on(facts: HomeFacts, gold_set: str) -> str:
    return next((row["measured_on"] or "" for row in facts.accuracy if row["gold_set"] == gold_set), "")
