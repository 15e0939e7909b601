"""Row pages lead to their evidence: the sentence with the fact marked, the reader at that place, a citation."""

import asyncio
import html
import json
import re
import sqlite3
from collections.abc import Callable

import httpx
from datasette.app import Datasette

from eastflank.loaders.build import BuildResult
from eastflank.loaders.serve.datasette import PLUGINS_DIR, SETTINGS, TEMPLATES_DIR
from eastflank.loaders.serve.evidence import sentence_around
from eastflank.loaders.serve.provenance import provenance_notes

Fetch = Callable[[str], httpx.Response]


def test_sentence_around_cuts_at_sentence_ends() -> None:
    text = "The ships sailed. On Monday the fleets met in Constanta! Talks went on."
    start = text.index("Monday")
    assert sentence_around(text, start, start + 6) == ("On ", "Monday", " the fleets met in Constanta!")
    assert sentence_around(text, 0, 3) == ("", "The", " ships sailed.")
    last = text.index("went")
    assert sentence_around(text, last, last + 4) == ("Talks ", "went", " on.")


def test_a_fact_spanning_a_whole_sentence_keeps_its_closing_quote() -> None:
    text = "“We will stay,” she said. Nothing else."
    assert sentence_around(text, 0, 15) == ("", "“We will stay,”", " she said.")


def test_provenance_notes_only_for_inferred_values() -> None:
    assert provenance_notes("documents", {"published_date_inferred": False}) == []
    assert provenance_notes(
        "documents", {"published_date_inferred": True, "published_date": "2020", "published_source": "text"}
    ) == ["published_date 2020 is inferred (source: text), not given by the publisher."]
    assert provenance_notes(
        "documents", {"published_date_inferred": True, "published_date": "2017-03", "published_source": "metadata"}
    ) == [
        "published_date 2017-03 is inferred: the corpus metadata gives it as worked out from the article's text, "
        "not given by the publisher."
    ]
    assert provenance_notes(
        "temporal_expressions",
        {"anchor": "publication", "anchor_value": "2020-05-01", "text": "a week later", "value": "2020-05-08"},
    ) == ["Relative date: “a week later” resolved to 2020-05-08 against its publication anchor (2020-05-01)."]
    assert provenance_notes(
        "temporal_expressions", {"anchor": "publication", "anchor_value": None, "text": "last year", "value": None}
    ) == ["Relative date: “last year” could not be resolved: its publication anchor is unknown."]
    assert provenance_notes("events", {"date_source": "text"}) == []
    undated = provenance_notes("events", {"date_source": "publication", "start_date": None})
    assert undated == [
        "Undated: its clause states no date, and the article it would take its publication date from has none."
    ], undated
    assert provenance_notes("entities", {"source": "extracted", "method": "title", "confidence": 0.8}) == [
        "Not in the curated reference: found by the rule “title” (confidence 0.8)."
    ]
    assert provenance_notes("paragraphs", {"text": "x"}) == []


def rows(build: BuildResult, sql: str) -> list[tuple]:
    with sqlite3.connect(build.out / "eastflank.db") as connection:
        return connection.execute(sql).fetchall()


def test_event_row_shows_its_sentence_links_the_reader_anchor_and_cites(
    seed_site: Fetch, seed_build: BuildResult
) -> None:
    ((event_id, document_id, title, paragraph, start, end),) = rows(
        seed_build,
        "select e.id, d.id, d.title, p.text, e.start_char, e.end_char from events e "
        "join paragraphs p on p.id = e.paragraph_id join documents d on d.id = p.document_id order by e.id limit 1",
    )
    page = seed_site(f"/eastflank/events/{event_id}").text
    assert f"<mark>{html.escape(paragraph[start:end])}</mark>" in page
    href = f"/-/reader/{document_id}#event-{event_id}"
    assert f'<a class="evidence-reader" href="{href}">{html.escape(title)}</a>' in page
    reader = seed_site(f"/-/reader/{document_id}").text
    assert f'<span class="anchor" id="event-{event_id}"></span>' in reader
    cite = html.unescape(re.search(r'<blockquote class="cite-row">(.*?)</blockquote>', page, re.S).group(1))
    assert f"Table events, row {event_id}. Source article: {title}. Stated in: “" in cite, cite
    assert cite.startswith("The eastflank contributors ("), cite


def test_every_fact_of_the_reader_has_its_anchor(seed_site: Fetch, seed_build: BuildResult) -> None:
    ((document_id, count),) = rows(
        seed_build, "select document_id, count(*) from mentions group by 1 order by 2 desc limit 1"
    )
    reader = seed_site(f"/-/reader/{document_id}").text
    assert len(re.findall(r'<span class="anchor" id="mention-', reader)) == count


def test_entity_row_is_cited_without_a_sentence(seed_site: Fetch) -> None:
    page = seed_site("/eastflank/entities/nato").text
    assert "Table entities, row nato.</blockquote>" in page
    assert '<blockquote class="evidence">' not in page


def test_reader_cites_its_article(seed_site: Fetch, seed_build: BuildResult) -> None:
    ((document_id, title),) = rows(
        seed_build, "select id, coalesce(title, source_file) from documents order by id limit 1"
    )
    page = html.unescape(seed_site(f"/-/reader/{document_id}").text)
    assert f"Table documents, row {document_id}. Source article: {title}.</blockquote>" in page


def test_long_cells_are_truncated_in_tables_but_whole_on_the_row_page(seed_build: BuildResult) -> None:
    assert SETTINGS["truncate_cells_html"] == "240"
    ((paragraph_id, text),) = rows(
        seed_build, "select id, text from paragraphs where length(text) > 400 order by id limit 1"
    )
    metadata = json.loads((seed_build.out / "metadata.json").read_text(encoding="utf-8"))
    site = Datasette(
        immutables=[str(seed_build.out / "eastflank.db")],
        metadata=metadata,
        plugins_dir=str(PLUGINS_DIR),
        template_dir=str(TEMPLATES_DIR),
        settings={"truncate_cells_html": 240},
    )
    table = asyncio.run(site.client.get(f"/eastflank/paragraphs?id={paragraph_id}")).text
    row = asyncio.run(site.client.get(f"/eastflank/paragraphs/{paragraph_id}")).text
    assert html.escape(text[:200]) in table and html.escape(text) not in table
    assert html.escape(text) in row


def test_paragraph_and_document_rows_lead_to_the_reader_and_name_their_article(
    seed_site: Fetch, seed_build: BuildResult
) -> None:
    ((paragraph_id, document_id, position, title),) = rows(
        seed_build,
        "select p.id, p.document_id, p.position, coalesce(d.title, d.source_file) from paragraphs p "
        "join documents d on d.id = p.document_id where p.position > 0 order by p.id limit 1",
    )
    paragraph = html.unescape(seed_site(f"/eastflank/paragraphs/{paragraph_id}").text)
    assert f'<a class="row-reader" href="/-/reader/{document_id}#p{position}">' in paragraph, paragraph
    assert f"Table paragraphs, row {paragraph_id}. Source article: {title}.</blockquote>" in paragraph
    document = seed_site(f"/eastflank/documents/{document_id}").text
    assert f'<a class="row-reader" href="/-/reader/{document_id}">' in document
    reader = seed_site(f"/-/reader/{document_id}").text
    assert f'id="p{position}"' in reader
