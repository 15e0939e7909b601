"""No canned query reads a growing table in full: checked on the plans SQLite makes, not on timings."""

from pathlib import Path

from eastflank.loaders.bench.serving import canned_queries
from eastflank.loaders.build import BuildResult
from eastflank.loaders.publish.canned_queries import CANNED_QUERIES
from eastflank.loaders.publish.query_plans import canned_query_plans, full_scans, table_aliases


def scans(database: Path, sql: str) -> dict[str, list[str]]:
    """The growing tables one query reads in full."""
    return full_scans(canned_query_plans(database, {"query": sql}))


def test_no_published_canned_query_scans_a_growing_table_in_full(seed_build: BuildResult) -> None:
    queries = canned_queries(seed_build.out)
    assert list(queries) == [query.name for query in CANNED_QUERIES], list(queries)
    got = full_scans(canned_query_plans(seed_build.out / "eastflank.db", queries))
    assert got == {}, got


def test_counting_every_mention_is_a_full_scan(seed_build: BuildResult) -> None:
    got = scans(seed_build.out / "eastflank.db", "select entity_id, count(*) from mentions group by entity_id")
    assert got == {"query": ["mentions"]}, got


def test_sorting_every_event_is_a_full_scan_even_through_an_index(seed_build: BuildResult) -> None:
    got = scans(seed_build.out / "eastflank.db", "select * from events e where e.type <> '' order by e.name")
    assert got == {"query": ["events"]}, got


def test_a_filter_inside_a_materialised_subquery_is_a_full_scan(seed_build: BuildResult) -> None:
    sql = (
        "with named as materialized (select distinct paragraph_id, entity_id from mentions) select count(*) from named"
    )
    got = scans(seed_build.out / "eastflank.db", sql)
    assert got == {"query": ["mentions"]}, got


def test_walking_an_index_in_the_order_asked_for_streams(seed_build: BuildResult) -> None:
    sql = "select * from events order by start_date is null, start_date, name, id"
    got = scans(seed_build.out / "eastflank.db", sql)
    assert got == {}, got


def test_aliases_name_their_tables() -> None:
    got = table_aliases("select 1 from events e left join entities as place on place.id = e.id join mentions where 1")
    assert got == {
        "events": "events",
        "e": "events",
        "entities": "entities",
        "place": "entities",
        "mentions": "mentions",
    }, got
