"""The document reader shows an article with every kind of fact highlighted and linked to its row."""

import re
import sqlite3
from collections.abc import Callable

import httpx

from eastflank.loaders.build import BuildResult

Fetch = Callable[[str], httpx.Response]
LINK = re.compile(
    r'<a class="(?:ann ann|marker marker)-(\w+)" href="([^"]+)" data-kind="\w+" data-row="([^"]+)"[^>]*>([^<]*)</a>'
)


def test_every_kind_of_fact_is_highlighted_in_reading_order(sandbox_site: Fetch) -> None:
    page = sandbox_site("/-/reader/doc-sandbox")
    assert page.status_code == 200, page.text
    got = [(kind, row, text) for kind, _, row, text in LINK.findall(page.text)]
    assert got == [
        ("mention", "men-0", "NATO"),
        ("mention", "men-1", "Moldova"),
        ("event", "evt-1", "event"),
        ("date", "tex-1", "12 March 2024"),
        ("mention", "men-2", "NATO"),
        ("mention", "men-3", "Jens Stoltenberg"),
        ("mention", "men-4", "Chișinău"),
        ("mention", "men-5", "ITPP"),
        ("quote", "quo-1", "quote"),
        ("mention", "men-6", "Moldova"),
        ("mention", "men-7", "Stoltenberg"),
        ("amount", "amt-1", "€40 million"),
        ("citation", "cit-1", "[NATO Liaison Office]"),
        ("programme_fact", "pfa-1", "programme fact"),
        ("mention", "men-8", "Moldova"),
        ("mention", "men-9", "IPAP"),
        ("mention", "men-10", "ITPP"),
    ], got


def test_each_highlight_links_to_a_row_page_that_exists(sandbox_site: Fetch) -> None:
    links = {(href, row) for _, href, row, _ in LINK.findall(sandbox_site("/-/reader/doc-sandbox").text)}
    tables = {href.rsplit("/", 2)[1] for href, _ in links}
    assert tables == {
        "mentions",
        "temporal_expressions",
        "events",
        "quotes",
        "amounts",
        "citations",
        "programme_facts",
    }, tables
    for href, row in sorted(links):
        assert href.endswith(f"/{row}"), href
        page = sandbox_site(f"{href}.json")
        assert page.status_code == 200 and page.json()["rows"][0][0] == row, href


def test_quote_and_event_text_is_shaded(sandbox_site: Fetch) -> None:
    html = sandbox_site("/-/reader/doc-sandbox").text
    assert '<span class="in-quote">' in html, html
    assert re.search(r'<span class="in-event">On 12 March 2024, </span>', html) is None  # the date inside is cut out
    assert '<span class="in-event">On </span>' in html, html


def test_fact_tables_link_speakers_and_entities(sandbox_site: Fetch) -> None:
    html = sandbox_site("/-/reader/doc-sandbox").text
    quotes = html.split('<h2 id="quotes">', 1)[1].split("</table>", 1)[0]
    assert '<a href="/eastflank/entities/jens-stoltenberg">said by Jens Stoltenberg</a>' in quotes, quotes
    headings = re.findall(r'<h2 id="(\w+)">', html)
    assert headings == ["mentions", "dates", "events", "quotes", "amounts", "citations", "programme_facts"], headings


def test_unknown_document_is_not_found(sandbox_site: Fetch) -> None:
    assert sandbox_site("/-/reader/no-such-document").status_code == 404


def test_seed_article_shows_all_its_mentions(seed_build: BuildResult, seed_site: Fetch) -> None:
    with sqlite3.connect(seed_build.out / "eastflank.db") as connection:
        document_id, count = connection.execute(
            "select document_id, count(*) from mentions group by document_id order by 2 desc, 1 limit 1"
        ).fetchone()
        want = [
            row
            for (row,) in connection.execute(
                "select m.id from mentions m join paragraphs p on p.id = m.paragraph_id where m.document_id = ? "
                "order by p.position, m.start_char",
                [document_id],
            )
        ]
    page = seed_site(f"/-/reader/{document_id}")
    got = [row for kind, _, row, _ in LINK.findall(page.text) if kind == "mention"]
    assert got == want, got
    assert len(got) == count


def test_index_lists_every_document_and_the_documents_table_links_to_the_reader(
    seed_build: BuildResult, seed_site: Fetch
) -> None:
    with sqlite3.connect(seed_build.out / "eastflank.db") as connection:
        ids = sorted(row for (row,) in connection.execute("select id from documents"))
    index = seed_site("/-/reader").text
    assert sorted(re.findall(r'href="/-/reader/(\w+)"', index)) == ids, index
    table = seed_site("/eastflank/documents").text
    assert sorted(re.findall(r'<a class="reader-link" href="/-/reader/(\w+)">📖 ', table)) == ids


def test_fact_lists_under_the_article_are_in_reading_order(seed_build: BuildResult, seed_site: Fetch) -> None:
    """The per-kind tables below the text, not only the highlights, follow the paragraphs' positions."""
    with sqlite3.connect(seed_build.out / "eastflank.db") as connection:
        document_id, paragraphs = connection.execute(
            "select document_id, count(distinct paragraph_id) from mentions group by document_id order by 2 desc, 1 limit 1"
        ).fetchone()
        want = [
            row
            for (row,) in connection.execute(
                "select m.id from mentions m join paragraphs p on p.id = m.paragraph_id where m.document_id = ? "
                "order by p.position, m.start_char, m.id",
                [document_id],
            )
        ]
    listed = seed_site(f"/-/reader/{document_id}").text.split('<h2 id="mentions">', 1)[1].split("</table>", 1)[0]
    got = re.findall(r'<td><a href="/eastflank/mentions/(\w+)">', listed)
    assert got == want and paragraphs > 2, (got, want)
