"""The bare entities page shows the mentioned entities; a document's paragraphs come in reading order."""

from eastflank.loaders.serve.default_views import MENTIONED_ONLY, default_arguments
from tests.loaders.serve.conftest import Fetch


def test_bare_entities_page_keeps_the_mentioned_ones() -> None:
    got = default_arguments("/eastflank/entities", "")
    assert got == "_where=id+in+%28select+entity_id+from+entity_mention_counts%29", got


def test_entities_page_with_any_argument_is_left_alone() -> None:
    assert default_arguments("/eastflank/entities", "_sort=name") is None
    assert default_arguments("/eastflank/entities", "type=country") is None
    assert default_arguments("/eastflank/entities.json", "") is None


def test_one_documents_paragraphs_are_sorted_by_position() -> None:
    got = default_arguments("/eastflank/paragraphs", "document_id=doc-7&_size=20")
    assert got == "document_id=doc-7&_size=20&_sort=position", got


def test_paragraphs_with_a_chosen_sort_or_no_document_are_left_alone() -> None:
    assert default_arguments("/eastflank/paragraphs", "document_id=doc-7&_sort_desc=start_char") is None
    assert default_arguments("/eastflank/paragraphs", "_search=ITPP") is None


def test_site_redirects_and_the_target_lists_only_mentioned_entities(sandbox_site: Fetch) -> None:
    bare = sandbox_site("/eastflank/entities")
    assert bare.status_code == 302, bare.status_code
    target = bare.headers["location"]
    assert target.startswith("/eastflank/entities?_where="), target
    page = sandbox_site(target.replace("/eastflank/entities?", "/eastflank/entities.json?_shape=objects&"))
    shown = {row["id"] for row in page.json()["rows"]}
    counted = sandbox_site("/eastflank.json?_shape=arrays&sql=" + "select+entity_id+from+entity_mention_counts").json()[
        "rows"
    ]
    assert shown == {entity_id for (entity_id,) in counted} and shown, shown
    assert MENTIONED_ONLY in target.replace("+", " ").replace("%28", "(").replace("%29", ")"), target


def test_site_shows_one_documents_paragraphs_in_reading_order(sandbox_site: Fetch) -> None:
    (document_id,) = sandbox_site("/eastflank.json?_shape=arrays&sql=select+id+from+documents+limit+1").json()["rows"][
        0
    ]
    bare = sandbox_site(f"/eastflank/paragraphs?document_id={document_id}")
    assert bare.status_code == 302, bare.status_code
    target = bare.headers["location"]
    rows = sandbox_site(target.replace("/eastflank/paragraphs?", "/eastflank/paragraphs.json?_shape=objects&")).json()[
        "rows"
    ]
    positions = [row["position"] for row in rows]
    assert positions == list(range(len(rows))) and len(rows) >= 2, positions


def test_seed_entities_page_leaves_out_reference_entries_no_article_names(seed_site: Fetch) -> None:
    target = seed_site("/eastflank/entities").headers["location"]
    shown = seed_site(target.replace("/eastflank/entities?", "/eastflank/entities.json?")).json()[
        "filtered_table_rows_count"
    ]
    total = seed_site("/eastflank/entities.json?_sort=name").json()["filtered_table_rows_count"]
    sql = "select count(*) from entities where id not in (select entity_id from mentions)"
    (unnamed,) = seed_site("/eastflank.json?_shape=arrays&sql=" + sql.replace(" ", "+")).json()["rows"][0]
    assert shown == total - unnamed and unnamed > 0, (shown, total, unnamed)
