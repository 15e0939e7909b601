"""The dataset's and a row's citation text."""

from eastflank.loaders.publish.citation import RowCitation, dataset_citation


def test_dataset_citation_names_version_and_release_day() -> None:
    got = dataset_citation("Harbour data", "1.2.0", "2026-03-04T05:06:07Z", "https://example.org/h")
    assert (
        got
        == "The eastflank contributors (2026). Harbour data, version 1.2.0, released 2026-03-04. https://example.org/h"
    ), got


def test_dataset_citation_without_a_release_date() -> None:
    got = dataset_citation("Harbour data", None, None, "https://example.org/h")
    assert got == "The eastflank contributors (n.d.). Harbour data, version unknown. https://example.org/h", got


def test_row_citation_adds_table_id_article_and_sentence() -> None:
    row = RowCitation("D.", "events", "ev-1", article="Ships meet at dawn", sentence="The fleets met on Monday.")
    assert (
        row.text()
        == "D. Table events, row ev-1. Source article: Ships meet at dawn. Stated in: “The fleets met on Monday.”"
    )
    assert RowCitation("D.", "entities", "nato").text() == "D. Table entities, row nato.", RowCitation(
        "D.", "entities", "nato"
    ).text()
