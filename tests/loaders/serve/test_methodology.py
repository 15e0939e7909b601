"""The /methodology page renders the release's methodology and the scores the build measured."""

from collections.abc import Callable
from pathlib import Path

import httpx

from eastflank.loaders.build import BuildResult
from eastflank.loaders.serve.methodology import FALLBACK, methodology_markdown, render_markdown

Fetch = Callable[[str], httpx.Response]


def test_markdown_renders_tables_and_no_raw_html() -> None:
    html = render_markdown("# Harbour\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<script>alert(1)</script>\n")
    assert "<h1>Harbour</h1>" in html and "<td>1</td>" in html, html
    assert "<script>" not in html and "&lt;script&gt;" in html, html


def test_relative_links_point_to_the_dictionary_download_or_the_repository() -> None:
    html = render_markdown(
        "[cols](data-dictionary.md#events) [code](architecture.md) [here](#top) [web](https://example.org)"
    )
    assert html == (
        '<p><a href="/downloads/docs/data-dictionary.md#events">cols</a> '
        '<a href="https://github.com/eastflank/eastflank/blob/main/docs/architecture.md">code</a> '
        '<a href="#top">here</a> <a href="https://example.org">web</a></p>\n'
    ), html


def test_release_copy_first_then_source_tree_then_a_note(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    assert methodology_markdown(tmp_path / "out", tmp_path / "src") == FALLBACK
    (tmp_path / "src" / "methodology.md").write_text("# From the tree\n", encoding="utf-8")
    assert methodology_markdown(tmp_path / "out", tmp_path / "src") == "# From the tree\n"
    (tmp_path / "out" / "docs").mkdir(parents=True)
    (tmp_path / "out" / "docs" / "methodology.md").write_text("# From the release\n", encoding="utf-8")
    assert methodology_markdown(tmp_path / "out", tmp_path / "src") == "# From the release\n"


def test_page_shows_the_methodology_and_every_measured_score(seed_site: Fetch, seed_build: BuildResult) -> None:
    page = seed_site("/methodology")
    assert page.status_code == 200, page.status_code
    assert "<h1>Methodology</h1>" in page.text
    assert page.text.count("<tr title=") == seed_build.row_counts["evaluation_scores"], page.text.count("<tr title=")
