"""The published site in a real browser: `eastflank serve` in a subprocess, Debian's Chromium driven by playwright.

The browser may fetch only from the loopback server; every other request is aborted and
recorded, and none may be made: the pages, the map of places included, work offline. Screenshots
and page latencies go to tests/artefacts/.
"""

import hashlib
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import BrowserContext, Page, Route, expect, sync_playwright

from eastflank.loaders.build import BuildResult
from eastflank.loaders.paths import PROJECT_ROOT

ARTEFACTS = PROJECT_ROOT / "tests" / "artefacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_up(base: str, server: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert server.poll() is None, f"eastflank serve exited with {server.returncode}"
        try:
            with urllib.request.urlopen(f"{base}/-/versions.json", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"eastflank serve did not answer at {base} within {seconds} s")


@pytest.fixture(scope="module")
def server(seed_build: BuildResult) -> Iterator[str]:
    """`eastflank serve` on a free loopback port over the fresh seed build; its base URL."""
    port = free_port()
    command = [
        str(Path(sys.executable).parent / "eastflank"),
        "serve",
        "--out",
        str(seed_build.out),
        "--port",
        str(port),
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, process)
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)  # the session holds eastflank serve and its datasette child
        process.wait(timeout=30)


@dataclass
class Browsing:
    """A browser context confined to the server, with what it blocked, its errors and page latencies."""

    context: BrowserContext
    base: str
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    latencies_ms: dict[str, float] = field(default_factory=dict)

    def route(self, route: Route) -> None:
        if route.request.url.startswith(self.base + "/"):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def open(self, name: str, path: str) -> Page:
        """A new page at `path`, loaded, with its load time recorded under `name`."""
        page = self.context.new_page()
        page.on("pageerror", lambda error: self.errors.append(f"{name}: {error}"))
        started = time.perf_counter()
        page.goto(self.base + path, wait_until="load")
        self.latencies_ms[name] = round((time.perf_counter() - started) * 1000, 1)
        return page


@pytest.fixture(scope="module")
def browsing(server: str, chromium: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browsing]:
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=str(chromium),
            args=CHROMIUM_ARGS,
            headless=True,
            viewport={"width": 1280, "height": 900},
        )
        session = Browsing(context, server)
        context.route("**/*", session.route)
        yield session
        context.close()
    (ARTEFACTS / "latencies.json").write_text(json.dumps(session.latencies_ms, indent=2) + "\n", encoding="utf-8")


def database_rows(seed_build: BuildResult, sql: str, *params: str) -> list[tuple]:
    with sqlite3.connect(seed_build.out / "eastflank.db") as connection:
        return connection.execute(sql, params).fetchall()


def test_home_page_shows_the_release(browsing: Browsing, seed_build: BuildResult) -> None:
    page = browsing.open("home", "/")
    (version,) = database_rows(seed_build, "select value from release_info where key = 'dataset_version'")[0]
    expect(page.locator("table.release-info")).to_contain_text(f"dataset_version{version}")
    page.screenshot(path=ARTEFACTS / "home.png", full_page=True)


def test_search_box_finds_itpp_in_paragraphs(browsing: Browsing, seed_build: BuildResult) -> None:
    page = browsing.open("paragraphs", "/eastflank/paragraphs")
    page.fill("input[name=_search]", "ITPP")
    page.press("input[name=_search]", "Enter")
    page.wait_for_url("**/eastflank/paragraphs?_search=ITPP*")
    want = database_rows(seed_build, "select rowid from paragraphs_fts where paragraphs_fts match 'ITPP'")
    cells = page.locator("table.rows-and-columns td.col-text")
    expect(cells).to_have_count(len(want))
    texts = [
        text
        for (text,) in database_rows(
            seed_build,
            "select text from paragraphs where rowid in (select rowid from paragraphs_fts where paragraphs_fts match 'ITPP')",
        )
    ]
    shown = [
        text if len(text) <= 240 else text[:240] + "…" for text in texts
    ]  # truncate_cells_html: the reader has it whole
    assert len(want) >= 1 and sorted(cells.all_inner_texts()) == sorted(shown), cells.all_inner_texts()
    page.screenshot(path=ARTEFACTS / "search-itpp.png", full_page=True)


def test_entity_page_shows_nato_and_its_mentions(browsing: Browsing, seed_build: BuildResult) -> None:
    page = browsing.open("entities", "/eastflank/entities?type=organization&name=North+Atlantic+Treaty+Organization")
    page.click("table.rows-and-columns td.col-id a")
    page.wait_for_url("**/eastflank/entities/nato")
    ((mentions,),) = database_rows(seed_build, "select count(*) from mentions where entity_id = 'nato'")
    expect(page.locator("h1")).to_contain_text("entities: nato")
    expect(page.locator("table.rows-and-columns td.col-name")).to_have_text("North Atlantic Treaty Organization")
    expect(page.get_by_text(f"{mentions:,} rows from entity_id in mentions")).to_be_visible()
    page.screenshot(path=ARTEFACTS / "entity-nato.png", full_page=True)


def test_document_reader_highlights_mentions_and_links_them(browsing: Browsing, seed_build: BuildResult) -> None:
    ((document_id, title, count),) = database_rows(
        seed_build,
        "select d.id, d.title, count(*) from mentions m join documents d on d.id = m.document_id "
        "group by d.id order by 3 desc, 1 limit 1",
    )
    index = browsing.open("reader index", "/-/reader")
    index.click(f"a[href='/-/reader/{document_id}']")
    index.wait_for_url(f"**/-/reader/{document_id}")
    expect(index.locator("h1")).to_have_text(title)
    mentions = index.locator("a.ann-mention")
    expect(mentions).to_have_count(count)
    index.screenshot(path=ARTEFACTS / "reader.png", full_page=True)
    index.screenshot(path=ARTEFACTS / "reader-top.png")
    first = mentions.first
    row_id = first.get_attribute("data-row")
    first.click()
    index.wait_for_url(f"**/eastflank/mentions/{row_id}")
    expect(index.locator("h1")).to_contain_text(f"mentions: {row_id}")


def test_map_of_places_is_drawn_offline_and_links_each_place(browsing: Browsing, seed_build: BuildResult) -> None:
    page = browsing.open("home for map", "/")
    page.get_by_role("link", name="map of places", exact=True).click()
    page.wait_for_url("**/-/map")
    want = database_rows(
        seed_build, "select count(*) from entities where latitude is not null and longitude is not null"
    )
    dots = page.locator("svg.places-map g.place circle")
    expect(dots).to_have_count(want[0][0])
    page.screenshot(path=ARTEFACTS / "map.png", full_page=True)
    ((place_id, name),) = database_rows(  # drawn last, so on top of any dot at the same point
        seed_build,
        "select e.id, e.name from entity_mention_counts c join entities e on e.id = c.entity_id "
        "where e.latitude is not null and e.longitude is not null order by c.mentions, e.name desc limit 1",
    )
    page.locator(f"svg.places-map a[href='/entity/{place_id}'] circle").click()
    page.wait_for_url(f"**/entity/{place_id}")
    expect(page.locator("h1")).to_have_text(name)


def test_timeline_chart_has_a_time_axis(browsing: Browsing) -> None:
    page = browsing.open("timeline chart", "/eastflank/timeline?entity=")
    page.click("text=Chart these events on a time axis")
    expect(page.locator(".vega-embed .marks").first).to_be_visible()
    expect(page.locator("form.datasette-vega select[name=x_type]")).to_have_value("temporal")
    page.screenshot(path=ARTEFACTS / "timeline-chart.png", full_page=True)


def test_entities_page_lists_mentioned_entities_first_then_the_others(
    browsing: Browsing, seed_build: BuildResult
) -> None:
    page = browsing.open("entities default", "/eastflank/entities")
    ((mentioned,),) = database_rows(seed_build, "select count(*) from entity_mention_counts")
    ((others,),) = database_rows(
        seed_build, "select count(*) from entities where id not in (select entity_id from entity_mention_counts)"
    )
    expect(page.locator("h3").first).to_contain_text(f"{mentioned:,} row")
    expect(page.get_by_text("The entities the articles name come first")).to_be_visible()
    page.screenshot(path=ARTEFACTS / "entities-mentioned.png", full_page=True)
    page.click(f"text=the {others:,} curated reference entries no article names yet")
    expect(page.locator("h3").first).to_contain_text(f"{others:,} row")
    page.screenshot(path=ARTEFACTS / "entities-never-mentioned.png", full_page=True)
    page.click(f"text=Back to the {mentioned:,} entities the articles name")
    expect(page.locator("h3").first).to_contain_text(f"{mentioned:,} row")


def test_paragraphs_page_reads_in_order_with_article_titles(browsing: Browsing, seed_build: BuildResult) -> None:
    page = browsing.open("paragraphs in reading order", "/eastflank/paragraphs")
    want = database_rows(
        seed_build,
        "select coalesce(d.title, d.source_file), p.position from paragraphs p join documents d on d.id = p.document_id "
        "order by p.document_id, p.position limit 100",
    )
    titles = page.locator("table.rows-and-columns td.col-document_id a").all_inner_texts()
    positions = [int(text) for text in page.locator("table.rows-and-columns td.col-position").all_inner_texts()]
    assert list(zip(titles, positions, strict=True)) == want, list(zip(titles, positions, strict=True))[:5]
    page.screenshot(path=ARTEFACTS / "paragraphs-reading-order.png", full_page=True)


def test_chart_of_events_over_time_renders(browsing: Browsing) -> None:
    page = browsing.open("chart", "/eastflank/events_over_time")
    page.click("text=chart articles by year")
    expect(page.locator(".vega-embed .marks").first).to_be_visible()
    expect(page.locator("form.datasette-vega select[name=y_column]")).to_have_value("articles")
    expect(page.locator("form.datasette-vega input[name=mark][value=bar]")).to_be_checked()
    page.screenshot(path=ARTEFACTS / "chart.png", full_page=True)


def test_nothing_left_the_machine_and_no_script_failed(browsing: Browsing) -> None:
    off_host = sorted({urlparse(url).hostname or url for url in browsing.blocked})
    assert off_host == [], off_host
    assert browsing.errors == [], browsing.errors


def test_walk_home_downloads_event_evidence_speaker_and_back(
    browsing: Browsing, seed_build: BuildResult, tmp_path: Path
) -> None:
    """A researcher's path: home → downloads (a file downloads and verifies) → an event row → its sentence in
    the reader → the speaker's entity page → back; each page screenshotted into the test's tmp folder."""
    ((event_id, document_id, speaker),) = database_rows(
        seed_build,
        "select e.id, e.document_id, q.speaker_entity_id from events e join quotes q on q.document_id = e.document_id "
        "where q.speaker_entity_id is not null order by e.id, q.id limit 1",
    )
    page = browsing.open("walk home", "/")
    page.screenshot(path=tmp_path / "1-home.png", full_page=True)
    page.click("text=download the data")
    page.wait_for_url("**/downloads")
    page.screenshot(path=tmp_path / "2-downloads.png", full_page=True)
    sums = dict(
        line.split("  ", 1)[::-1] for line in (seed_build.out / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    )
    with page.expect_download() as downloading:
        page.click("a.download[href='/downloads/datapackage.json']")
    saved = tmp_path / "datapackage.json"
    downloading.value.save_as(saved)
    assert hashlib.sha256(saved.read_bytes()).hexdigest() == sums["datapackage.json"]

    page.goto(f"{browsing.base}/eastflank/events/{event_id}")
    expect(page.locator("blockquote.evidence mark")).to_be_visible()
    expect(page.locator("td.col-paragraph_id a")).to_contain_text(" · ¶")  # a label, not the paragraph's hash
    expect(page.locator("td.col-document_id a")).not_to_have_text(document_id)
    expect(page.locator("blockquote.cite-row")).to_contain_text(f"Table events, row {event_id}.")
    page.screenshot(path=tmp_path / "3-event.png", full_page=True)
    page.click("a.evidence-reader")
    page.wait_for_url(f"**/-/reader/{document_id}#event-{event_id}")
    expect(page.locator(f"#event-{event_id}")).to_be_attached()
    page.screenshot(path=tmp_path / "4-reader.png")

    page.click(f"table.facts-quote a[href='/eastflank/entities/{speaker}']")
    page.wait_for_url(f"**/eastflank/entities/{speaker}")
    page.click(f"a[href='/entity/{speaker}']")
    page.wait_for_url(f"**/entity/{speaker}")
    expect(page.locator("h2#quotes")).to_be_visible()
    page.screenshot(path=tmp_path / "5-speaker.png", full_page=True)
    page.go_back()
    page.wait_for_url(f"**/eastflank/entities/{speaker}")
    page.go_back()
    page.wait_for_url(f"**/-/reader/{document_id}*")
    page.screenshot(path=tmp_path / "6-back-in-reader.png")
    shots = sorted(path.name for path in tmp_path.glob("*.png"))
    assert shots == [
        "1-home.png",
        "2-downloads.png",
        "3-event.png",
        "4-reader.png",
        "5-speaker.png",
        "6-back-in-reader.png",
    ]
