"""The canned queries answer their questions on a database that has every kind of fact."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from datasette.utils import escape_fts

from eastflank.loaders.build import BuildResult
from eastflank.loaders.publish.canned_queries import CANNED_QUERIES, canned_queries_metadata

QUERIES = {query.name: query for query in CANNED_QUERIES}
PARAMETERS = ("entity", "programme", "speaker", "q")


def run(database: Path, name: str, value: str = "") -> list[tuple]:
    """A canned query's rows, every parameter set to `value`."""
    with sqlite3.connect(database) as connection:
        connection.create_function("escape_fts", 1, escape_fts)  # registered by Datasette, which runs the queries
        return connection.execute(QUERIES[name].sql, {p: value for p in PARAMETERS}).fetchall()


def test_timeline_keeps_events_an_entity_is_named_in(sandbox_database: Path) -> None:
    visit = (
        "2024-03-12",
        "2024-03-12",
        "day",
        "visit",
        "Stoltenberg visits Chișinău",
        "happened",
        "Chișinău",
        "NATO and Moldova agree a new partnership programme",
        "evt-1",
    )
    assert run(sandbox_database, "timeline") == [visit], run(sandbox_database, "timeline")
    for named in ("NATO", "jens-stoltenberg", "chișinău", "md"):
        got = run(sandbox_database, "timeline", named)
        assert got == [visit], (named, got)
    got = run(sandbox_database, "timeline", "IPAP")
    assert got == [], got


def test_entity_in_context_gives_words_around_each_mention(sandbox_database: Path) -> None:
    got = [row[:7] for row in run(sandbox_database, "entity_in_context", "Stoltenberg")]
    want = [
        (
            "2024-03-13",
            "NATO and Moldova agree a new partnership programme",
            1,
            "On 12 March 2024, NATO Secretary General ",
            "Jens Stoltenberg",
            " visited Chișinău to discuss the ITPP.",
            "Jens Stoltenberg",
        ),
        (
            "2024-03-13",
            "NATO and Moldova agree a new partnership programme",
            2,
            "“Moldova is a valued partner,” ",
            "Stoltenberg",
            " said, announcing €40 million in support [NATO Liaison Office].",
            "Jens Stoltenberg",
        ),
    ]
    assert got == want, got


def test_entity_in_context_cuts_before_at_eighty_characters(sandbox_database: Path) -> None:
    (row,) = [row for row in run(sandbox_database, "entity_in_context", "itpp") if row[2] == 1]
    paragraph = row[7]
    assert row[3] == paragraph[paragraph.index("ITPP") - 80 : paragraph.index("ITPP")], row[3]
    assert len(row[3]) == 80, row[3]


def test_programme_lifecycle_merges_reference_facts_and_events(sandbox_database: Path) -> None:
    got = run(sandbox_database, "programme_lifecycle", "ITPP")
    want = [
        (
            "2024-03-12",
            "event",
            "visit: Stoltenberg visits Chișinău",
            None,
            "On 12 March 2024, NATO Secretary General Jens Stoltenberg visited Chișinău to discuss the ITPP.",
            "NATO and Moldova agree a new partnership programme",
            "events/evt-1",
        ),
        (
            "2025",
            "fact",
            "starts",
            "Moldova",
            "From 2025 Moldova moves from the IPAP to the ITPP.",
            "NATO and Moldova agree a new partnership programme",
            "programme_facts/pfa-1",
        ),
        (
            "2025",
            "reference",
            "started, replacing Individual Partnership Action Plan",
            "North Atlantic Treaty Organization",
            None,
            None,
            "programmes/itpp",
        ),
    ]
    assert got == want, got


def test_programme_lifecycle_ignores_entities_that_are_not_programmes(sandbox_database: Path) -> None:
    got = run(sandbox_database, "programme_lifecycle", "nato")
    assert got == [], got


def test_who_said_what_filters_by_speaker(sandbox_database: Path) -> None:
    quote = (
        "2024-03-13",
        "Jens Stoltenberg",
        "Moldova is a valued partner,",
        "after",
        "NATO and Moldova agree a new partnership programme",
        "quo-1",
        "par-2",
    )
    assert run(sandbox_database, "who_said_what") == [quote]
    assert run(sandbox_database, "who_said_what", "Jens Stoltenberg") == [quote]
    assert run(sandbox_database, "who_said_what", "nato") == []


def test_co_mentions_counts_shared_paragraphs(sandbox_database: Path) -> None:
    got = run(sandbox_database, "co_mentions", "md")
    want = [
        ("md", "Moldova", "ipap", "Individual Partnership Action Plan", 1, 1),
        ("md", "Moldova", "itpp", "Individually Tailored Partnership Programme", 1, 1),
        ("md", "Moldova", "jens-stoltenberg", "Jens Stoltenberg", 1, 1),
        ("md", "Moldova", "nato", "North Atlantic Treaty Organization", 1, 1),
    ]
    assert got == want, got


def test_co_mentions_lists_each_pair_once_when_blank(sandbox_database: Path) -> None:
    got = run(sandbox_database, "co_mentions")
    pairs = [(row[0], row[2]) for row in got]
    assert len(pairs) == len({frozenset(pair) for pair in pairs}) == 11, pairs


def test_places_gives_coordinates_of_mentioned_places(sandbox_database: Path) -> None:
    got = run(sandbox_database, "places")
    want = [
        ("md", "Moldova", "country", 47.009, 28.8594, 3, 1),
        ("chisinau", "Chișinău", "location", 47.009, 28.8594, 1, 1),
    ]
    assert got == want, got


def test_events_over_time_counts_events_and_articles_per_year(sandbox_database: Path) -> None:
    got = run(sandbox_database, "events_over_time")
    assert got == [("2024", 1, 1)], got


def test_search_finds_paragraphs_with_every_word_in_corpus_order(sandbox_database: Path) -> None:
    got = [row[2:5] for row in run(sandbox_database, "search", "moldova ITPP")]
    want = [(3, "From 2025 Moldova moves from the IPAP to the ITPP.", "par-3")]
    assert got == want, got
    got = [row[4] for row in run(sandbox_database, "search", "NATO")]
    assert got == ["par-0", "par-1", "par-2"], got


def test_search_left_blank_finds_nothing(sandbox_database: Path) -> None:
    got = run(sandbox_database, "search", "")
    assert got == [], got


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_every_query_runs_on_the_seed_build(seed_build: BuildResult, name: str) -> None:
    run(seed_build.out / "eastflank.db", name, "md")


def test_seed_build_places_put_moldova_first(seed_build: BuildResult) -> None:
    got = run(seed_build.out / "eastflank.db", "places")[0][:3]
    assert got == ("md", "Moldova", "country"), got


def test_metadata_names_each_query_with_its_title_and_sql() -> None:
    got = canned_queries_metadata()
    assert list(got) == [
        "timeline",
        "entity_in_context",
        "programme_lifecycle",
        "who_said_what",
        "co_mentions",
        "places",
        "events_over_time",
        "search",
    ], list(got)
    assert got["who_said_what"]["title"] == "Who said what", got["who_said_what"]
    assert got["who_said_what"]["sql"] == QUERIES["who_said_what"].sql.strip()


def with_documents_counted_as(database: Path, copy: Path, rows: int) -> Path:
    """A copy of a built database whose table_stats say every table has `rows` rows."""
    shutil.copyfile(database, copy)
    with sqlite3.connect(copy) as connection:
        connection.execute("update table_stats set row_count = ?", (rows,))
    return copy


def named_entities(database: Path, query: str) -> list[str]:
    """Every entity a query can be asked about in this build, most mentioned first."""
    table = "programmes" if query == "programme_lifecycle" else "entities"
    column = "entity_id" if table == "programmes" else "id"
    with sqlite3.connect(database) as connection:
        return [
            row[0]
            for row in connection.execute(
                f"select c.entity_id from entity_mention_counts c join {table} t on t.{column} = c.entity_id order by c.mentions desc, c.entity_id"
            )
        ]


def frequent_is_set(database: Path, query: str, value: str) -> bool:
    """Whether the query's `frequent` CTE has a row for `value`, i.e. it takes the walking arm."""
    sql = QUERIES[query].sql
    ctes = sql[: sql.index("\nselect ")]
    with sqlite3.connect(database) as connection:
        return (
            connection.execute(
                f"{ctes}\nselect exists (select 1 from frequent)", {p: value for p in PARAMETERS}
            ).fetchone()[0]
            == 1
        )


@pytest.mark.parametrize("query", ["entity_in_context", "programme_lifecycle"])
def test_walking_in_date_order_and_sorting_give_the_same_rows(
    seed_build: BuildResult, tmp_path: Path, query: str
) -> None:
    """The arm for frequent entities (walk an index in order) and the arm for rare ones (sort
    their rows) must agree row for row; table_stats decides which one runs, so it is set
    to make every entity frequent, then none."""
    walking = with_documents_counted_as(seed_build.out / "eastflank.db", tmp_path / "walk.db", 0)
    sorting = with_documents_counted_as(seed_build.out / "eastflank.db", tmp_path / "sort.db", 10**12)
    entities = named_entities(sorting, query)
    assert len(entities) >= 3, entities
    for value in entities:
        assert frequent_is_set(walking, query, value) and not frequent_is_set(sorting, query, value), value
        walked, sorted_ = run(walking, query, value), run(sorting, query, value)
        assert walked == sorted_ and walked, (value, walked, sorted_)


def test_time_charts_put_dates_on_a_temporal_axis() -> None:
    got = canned_queries_metadata()
    timeline = got["timeline"]["description_html"]
    assert "g.x_column=start_date&amp;g.x_type=temporal" in timeline, timeline
    per_year = got["events_over_time"]["description_html"]
    assert per_year.count("g.x_column=year&amp;g.x_type=temporal") == 2 and "ordinal" not in per_year, per_year
