"""A metadata `url` that is not http(s) is shown as text, never as a link (it was a live `javascript:` link)."""

import asyncio
import json
from pathlib import Path

import pytest
from datasette.app import Datasette

from eastflank.loaders.build import build
from eastflank.loaders.publish.datapackage import sources
from eastflank.loaders.publish.web_url import web_url
from eastflank.loaders.serve.datasette import PLUGINS_DIR, TEMPLATES_DIR

ARTICLES = {
    "lure.txt": "Coast guards of two Black Sea states share radar pictures\n\nThe agreement was signed in Constanța in May 2024.\n",
    "plain.txt": "Latvian reservists drill near Daugavpils\n\nSome 300 reservists joined a three-day exercise in April 2023.\n",
}
METADATA = """articles:
  - file: lure.txt
    url: "javascript:alert(document.cookie)"
  - file: plain.txt
    url: https://example.org/reservists?day=3&unit=2
"""


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("url-corpus")
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    (corpus / "metadata.yml").write_text(METADATA, encoding="utf-8")
    return build(corpus, corpus.parent / "dist").out


def reader_html(release: Path, source_file: str) -> str:
    site = Datasette(
        immutables=[str(release / "eastflank.db")], plugins_dir=str(PLUGINS_DIR), template_dir=str(TEMPLATES_DIR)
    )
    rows = asyncio.run(site.client.get("/eastflank/documents.json?_shape=array")).json()
    document_id = next(row["id"] for row in rows if row["source_file"] == source_file)
    page = asyncio.run(site.client.get(f"/-/reader/{document_id}"))
    assert page.status_code == 200, page.status_code
    return page.text


def test_a_javascript_url_is_text_not_a_link(release: Path) -> None:
    html = reader_html(release, "lure.txt")
    assert 'href="javascript' not in html.lower(), html
    assert '<span class="reader-url">original: javascript:alert(document.cookie)</span>' in html, html


def test_a_web_url_is_still_a_link(release: Path) -> None:
    html = reader_html(release, "plain.txt")
    assert '<a href="https://example.org/reservists?day=3&amp;unit=2" rel="noopener noreferrer">original</a>' in html, (
        html
    )


def test_datapackage_lists_only_web_addresses(release: Path) -> None:
    paths = {source["title"]: source.get("path") for source in sources(release)}
    assert sorted(path for path in paths.values() if path is not None) == [
        "https://example.org/reservists?day=3&unit=2",
        "https://github.com/eastflank/eastflank",
    ], paths
    assert "javascript" not in (release / "datapackage.json").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "value, want",
    [
        ("https://example.org/a", "https://example.org/a"),
        ("HTTP://EXAMPLE.ORG", "HTTP://EXAMPLE.ORG"),
        ("javascript:alert(1)", None),
        ("JavaScript:alert(1)", None),
        (" javascript:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("https:/no-host", None),
        ("//example.org/relative", None),
        ("https://example.org/a b", None),
        (None, None),
    ],
)
def test_web_url_keeps_http_and_https_only(value: object, want: str | None) -> None:
    assert web_url(value) == want, value


def test_datasette_metadata_links_are_web_urls(release: Path) -> None:
    metadata = json.loads((release / "metadata.json").read_text(encoding="utf-8"))
    links = {key: value for key, value in metadata.items() if key.endswith("_url")}
    assert links and all(web_url(value) == value for value in links.values()), links
