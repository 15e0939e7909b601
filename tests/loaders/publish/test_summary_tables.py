"""The summary tables hold exactly what counting the facts gives."""

import sqlite3
from pathlib import Path

from eastflank.loaders.publish.summary_tables import Tally


def rows(database: Path, table: str) -> list[tuple]:
    """Every row of a table in key order."""
    with sqlite3.connect(database) as connection:
        return connection.execute(f'select * from "{table}" order by 1, 2').fetchall()


def test_entity_mention_counts_count_mentions_paragraphs_and_documents(sandbox_database: Path) -> None:
    got = rows(sandbox_database, "entity_mention_counts")
    want = [
        ("chisinau", 1, 1, 1),
        ("ipap", 1, 1, 1),
        ("itpp", 2, 2, 1),
        ("jens-stoltenberg", 2, 2, 1),
        ("md", 3, 3, 1),
        ("nato", 2, 2, 1),
    ]
    assert got == want, got


def test_entity_pairs_hold_each_pair_named_in_a_paragraph_once_smaller_id_first(sandbox_database: Path) -> None:
    got = rows(sandbox_database, "entity_pairs")
    want = [
        ("chisinau", "itpp", 1, 1),
        ("chisinau", "jens-stoltenberg", 1, 1),
        ("chisinau", "nato", 1, 1),
        ("ipap", "itpp", 1, 1),
        ("ipap", "md", 1, 1),
        ("itpp", "jens-stoltenberg", 1, 1),
        ("itpp", "md", 1, 1),
        ("itpp", "nato", 1, 1),
        ("jens-stoltenberg", "md", 1, 1),
        ("jens-stoltenberg", "nato", 1, 1),
        ("md", "nato", 1, 1),
    ]
    assert got == want, got


def test_year_counts_count_events_and_articles_per_year(sandbox_database: Path) -> None:
    got = rows(sandbox_database, "year_counts")
    assert got == [("2024", 1, 1)], got


def test_a_pair_counts_each_paragraph_and_each_document_once() -> None:
    tally = Tally()
    tally.count_mentions(
        [
            ("d1", "p1", "nato"),
            ("d1", "p1", "md"),
            ("d1", "p1", "nato"),
            ("d1", "p2", "md"),
            ("d1", "p2", "nato"),
            ("d2", "p3", "nato"),
            ("d2", "p3", "md"),
            ("d2", "p4", "ro"),
        ]
    )
    got = [tally.row("entity_pairs", key) for key in sorted(tally.keys("entity_pairs"))]
    assert got == [{"entity_id": "md", "with_entity_id": "nato", "paragraphs": 3, "documents": 2}], got
    got = tally.row("entity_mention_counts", "nato")
    assert got == {"entity_id": "nato", "mentions": 4, "paragraphs": 3, "documents": 2}, got


def test_years_are_the_first_four_characters_and_undated_rows_are_left_out() -> None:
    tally = Tally()
    tally.count_years(["2024-03-12", "2024", None, "2025-01"], ["2024-03", None])
    got = [tally.row("year_counts", year) for year in sorted(tally.keys("year_counts"))]
    assert got == [{"year": "2024", "events": 2, "articles": 1}, {"year": "2025", "events": 1, "articles": 0}], got


def test_counting_documents_as_they_load_gives_the_counts_of_reading_them_back() -> None:
    first = {
        "documents": [{"id": "d1", "published_date": "2023-11-02"}],
        "mentions": [
            {"document_id": "d1", "paragraph_id": "p1", "entity_id": "ro"},
            {"document_id": "d1", "paragraph_id": "p1", "entity_id": "pl"},
            {"document_id": "d1", "paragraph_id": "p2", "entity_id": "ro"},
        ],
        "events": [{"start_date": "2023-10"}, {"start_date": None}],
    }
    second = {
        "documents": [{"id": "d2", "published_date": None}],
        "mentions": [
            {"document_id": "d2", "paragraph_id": "p3", "entity_id": "pl"},
            {"document_id": "d2", "paragraph_id": "p3", "entity_id": "ro"},
        ],
    }
    loaded = Tally()
    loaded.count_document(first)
    loaded.count_document(second)
    read_back = Tally()
    read_back.count_mentions(
        [("d1", "p1", "ro"), ("d1", "p1", "pl"), ("d1", "p2", "ro"), ("d2", "p3", "pl"), ("d2", "p3", "ro")]
    )
    read_back.count_years(["2023-10", None], ["2023-11-02", None])
    for table in ("entity_mention_counts", "entity_pairs", "year_counts"):
        assert list(loaded.rows(table)) == list(read_back.rows(table)), table
    got = list(loaded.rows("entity_pairs"))
    assert got == [{"entity_id": "pl", "with_entity_id": "ro", "paragraphs": 2, "documents": 2}], got


def test_rows_are_the_row_of_each_key_in_key_order() -> None:
    tally = Tally()
    tally.count_mentions([("d1", "p1", "md"), ("d1", "p1", "ua"), ("d1", "p2", "eu"), ("d1", "p2", "md")])
    for table in ("entity_mention_counts", "entity_pairs"):
        got = list(tally.rows(table))
        assert got == [tally.row(table, key) for key in sorted(tally.keys(table))], got
    got = list(tally.rows("entity_mention_counts"))
    assert got[0] == {"entity_id": "eu", "mentions": 1, "paragraphs": 1, "documents": 1}, got
