"""The served site: names for foreign keys, search, sorted dates, canned queries, map and chart assets."""

import re
from collections.abc import Callable
from pathlib import Path

import httpx

from eastflank.loaders.publish.canned_queries import CANNED_QUERIES
from eastflank.loaders.serve.datasette import PLUGINS_DIR, TEMPLATES_DIR, datasette_command

Fetch = Callable[[str], httpx.Response]


def test_command_loads_the_plugin_and_templates() -> None:
    command = datasette_command(Path("dist"), 8123)
    assert command[command.index("--plugins-dir") + 1] == str(PLUGINS_DIR), command
    assert command[command.index("--template-dir") + 1] == str(TEMPLATES_DIR), command
    assert command[command.index("--setting") + 1 : command.index("--setting") + 3] == ["sql_time_limit_ms", "1500"], (
        command
    )
    assert command[command.index("suggest_facets") : command.index("suggest_facets") + 2] == ["suggest_facets", "off"]


def test_foreign_keys_show_labels(sandbox_site: Fetch) -> None:
    page = sandbox_site("/eastflank/mentions.json?_labels=on&_shape=objects&id=men-3").json()
    row = page["rows"][0]
    assert row["entity_id"] == {"value": "jens-stoltenberg", "label": "Jens Stoltenberg"}, row
    assert row["document_id"] == {
        "value": "doc-sandbox",
        "label": "NATO and Moldova agree a new partnership programme",
    }, row
    event = sandbox_site("/eastflank/events.json?_labels=on&_shape=objects").json()["rows"][0]
    assert event["date_expression_id"] == {"value": "tex-1", "label": "12 March 2024"}, event


def test_paragraph_search_finds_itpp(sandbox_site: Fetch) -> None:
    page = sandbox_site("/eastflank/paragraphs.json?_search=ITPP&_shape=objects").json()
    assert [row["id"] for row in page["rows"]] == ["par-1", "par-3"], page["rows"]


def test_document_search_reads_titles(sandbox_site: Fetch) -> None:
    page = sandbox_site("/eastflank/documents.json?_search=partnership&_shape=objects&_col=title").json()
    assert [row["id"] for row in page["rows"]] == ["doc-sandbox"], page["rows"]


def test_documents_sort_newest_first_and_any_date_sorts(seed_site: Fetch) -> None:
    page = seed_site("/eastflank/documents.json?_shape=objects&_col=published_date").json()
    dates = [row["published_date"] for row in page["rows"] if row["published_date"] is not None]
    assert dates == sorted(dates, reverse=True), dates
    assert page["human_description_en"] == "sorted by published_date descending", page["human_description_en"]
    events = seed_site("/eastflank/events.json?_sort_desc=end_date").json()
    assert events["human_description_en"] == "sorted by end_date descending", events["human_description_en"]


def test_every_canned_query_page_answers(seed_site: Fetch) -> None:
    for query in CANNED_QUERIES:
        page = seed_site(f"/eastflank/{query.name}.json?entity=md&programme=ITPP&speaker=&_shape=objects")
        assert page.status_code == 200, (query.name, page.text[:300])


def test_pages_with_coordinates_load_no_tile_map_and_only_local_scripts(seed_site: Fetch) -> None:
    for path in ("/eastflank/places", "/eastflank/entities?type=country"):
        html = seed_site(path).text
        scripts = re.findall(r'<script[^>]*src="([^"]+)"', html)
        assert all(src.startswith("/") for src in scripts), scripts
        assert "DATASETTE_CLUSTER_MAP" not in html and "tile.openstreetmap" not in html, path


def test_home_page_shows_release_and_reader_link(seed_site: Fetch) -> None:
    html = seed_site("/").text
    assert "<h3>This release</h3>" in html, html
    assert re.search(r"<th>dataset_version</th><td><code>[^<]+</code></td>", html), html
    assert '<a href="/-/reader">' in html, html


def test_query_results_link_ids_to_their_rows(sandbox_site: Fetch) -> None:
    timeline = sandbox_site("/eastflank/timeline?entity=").text
    # the event's name is a column of its own, so its id is not labelled with it again
    assert '<td class="col-event_id"><a href="/eastflank/events/evt-1">evt-1</a></td>' in timeline, timeline
    lifecycle = sandbox_site("/eastflank/programme_lifecycle?programme=itpp").text
    assert '<a href="/eastflank/programme_facts/pfa-1">programme_facts/pfa-1</a>' in lifecycle, lifecycle
