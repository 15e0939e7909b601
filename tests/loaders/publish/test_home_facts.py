"""The home page states what the release holds, read from its Parquet files."""

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from eastflank.loaders.publish.home_facts import Span, date_span, home_facts
from eastflank.loaders.publish.home_page import home_description_html


def write(out: Path, table: str, rows: list[dict]) -> None:
    (out / "parquet").mkdir(exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows), out / "parquet" / f"{table}.parquet")


def small_release(out: Path) -> Path:
    write(
        out,
        "documents",
        [
            {"publisher": "Coast Herald", "published_date": "2021-05"},
            {"publisher": None, "published_date": "2019"},
            {"publisher": "Coast Herald", "published_date": None},
        ],
    )
    write(
        out,
        "table_stats",
        [
            {"table_name": "events", "row_count": 4},
            {"table_name": "quotes", "row_count": 2},
            {"table_name": "entities", "row_count": 1200},
        ],
    )
    write(out, "events", [{"start_date": "2020-01-02"}, {"start_date": None}, {"start_date": "2018"}])
    write(out, "entity_mention_counts", [{"entity_id": "harbour"}, {"entity_id": "fleet"}])
    write(
        out,
        "evaluation_scores",
        [
            {
                "gold_set": "hand",
                "kind": "events",
                "precision": 0.5,
                "recall": 1.0,
                "f1": 0.667,
                "measured_on": "Two articles written for the test.",
            }
        ],
    )
    write(
        out,
        "release_info",
        [{"key": "dataset_version", "value": "9.9.9"}, {"key": "built_at", "value": "2031-02-03T04:05:06Z"}],
    )
    return out


def test_facts_of_a_small_release(tmp_path: Path) -> None:
    facts = home_facts(small_release(tmp_path))
    got = (
        facts.articles,
        facts.publishers,
        facts.published,
        facts.events_dated,
        facts.mentioned_entities,
        facts.counts["events"],
    )
    assert got == (3, ["Coast Herald"], Span("2019", "2021-05"), Span("2018", "2020-01-02"), 2, 4), got


def test_date_span_of_nothing() -> None:
    assert date_span([None, None]) == Span(None, None)


def test_home_page_says_what_it_holds_how_it_was_made_and_how_to_cite(tmp_path: Path) -> None:
    page = home_description_html("Harbour data.", small_release(tmp_path), "Harbour data", "https://example.org/h")
    for part in (
        "<li><strong>3</strong> articles, published 2019 to 2021-05</li>",
        "<li>publishers: Coast Herald</li>",
        "<li>events dated 2018 to 2020-01-02</li>",
        "<li><strong>1,200</strong> entities</li>",
        "<li><strong>2</strong> entities mentioned at least once</li>",
        '<th title="Two articles written for the test.">F1 on hand</th></tr><tr><td>events</td><td>0.67</td></tr>',
        '<a href="/methodology">methodology</a>',
        "Release <strong>9.9.9</strong>, built 2031-02-03.",
        '<blockquote class="cite-as">The eastflank contributors (2031). Harbour data, version 9.9.9, released 2031-02-03. '
        "https://example.org/h</blockquote>",
        '<a href="/downloads">',
    ):
        assert part in page, (part, page)
