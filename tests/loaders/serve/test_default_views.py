"""The bare entities page shows the mentioned entities first; paragraphs and a paragraph's facts come in reading order."""

from urllib.parse import quote

from eastflank.loaders.serve.default_views import MENTIONED_ONLY, default_arguments, default_path
from eastflank.loaders.serve.reader import FACT_KINDS
from eastflank.schema.provenance import SPAN_TABLES
from tests.loaders.serve.conftest import Fetch


def test_bare_entities_page_keeps_the_mentioned_ones() -> None:
    got = default_arguments("/eastflank/entities", "")
    assert got == "_where=id+in+%28select+entity_id+from+entity_mention_counts%29&_sort=name", got


def test_entities_page_with_any_argument_is_left_alone() -> None:
    assert default_arguments("/eastflank/entities", "_sort=name") is None
    assert default_arguments("/eastflank/entities", "type=country") is None
    assert default_arguments("/eastflank/entities.json", "") is None


def test_one_paragraphs_facts_are_sorted_by_where_they_start() -> None:
    got = default_arguments("/eastflank/mentions", "paragraph_id=p-7&_size=20")
    assert got == "paragraph_id=p-7&_size=20&_sort=start_char", got
    assert default_arguments("/eastflank/quotes", "paragraph_id=p-7") == "paragraph_id=p-7&_sort=start_char"


def test_facts_with_a_chosen_sort_or_no_paragraph_and_other_tables_are_left_alone() -> None:
    assert default_arguments("/eastflank/mentions", "paragraph_id=p-7&_sort_desc=end_char") is None
    assert default_arguments("/eastflank/mentions", "document_id=doc-7") is None
    assert default_arguments("/eastflank/paragraphs", "document_id=doc-7") is None  # sorted by the metadata
    assert default_arguments("/eastflank/entity_pairs", "paragraph_id=p-7") is None


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


def test_site_shows_paragraphs_in_reading_order_with_and_without_a_document(seed_site: Fetch) -> None:
    """Not by their hash ids: each document's paragraphs together, by position, through the reading_order key."""
    page = seed_site("/eastflank/paragraphs.json?_shape=objects&_size=100")
    assert page.status_code == 200, page.status_code
    rows = page.json()["rows"]
    shown = [(row["document_id"], row["position"]) for row in rows]
    assert shown == sorted(shown) and len({document for document, _ in shown}) > 1, shown
    assert [row["id"] for row in rows] != sorted(row["id"] for row in rows)  # the hash order it replaces
    document_id = rows[-1]["document_id"]
    one = seed_site(f"/eastflank/paragraphs.json?_shape=objects&document_id={document_id}")
    assert one.status_code == 200, one.status_code  # no redirect needed
    positions = [row["position"] for row in one.json()["rows"]]
    assert positions == list(range(len(positions))) and len(positions) >= 2, positions


def test_site_lists_one_paragraphs_facts_in_text_order(seed_site: Fetch) -> None:
    sql = "select paragraph_id from mentions group by paragraph_id order by count(*) desc, paragraph_id limit 1"
    (paragraph_id,) = seed_site("/eastflank.json?_shape=arrays&sql=" + sql.replace(" ", "+")).json()["rows"][0]
    bare = seed_site(f"/eastflank/mentions?paragraph_id={paragraph_id}")
    assert bare.status_code == 302, bare.status_code
    target = bare.headers["location"].replace("/eastflank/mentions?", "/eastflank/mentions.json?_shape=objects&")
    starts = [row["start_char"] for row in seed_site(target).json()["rows"]]
    assert starts == sorted(starts) and len(starts) >= 3, starts


def test_seed_entities_page_leaves_out_reference_entries_no_article_names(seed_site: Fetch) -> None:
    target = seed_site("/eastflank/entities").headers["location"]
    shown = seed_site(target.replace("/eastflank/entities?", "/eastflank/entities.json?")).json()[
        "filtered_table_rows_count"
    ]
    total = seed_site("/eastflank/entities.json?_sort=name").json()["filtered_table_rows_count"]
    sql = "select count(*) from entities where id not in (select entity_id from mentions)"
    (unnamed,) = seed_site("/eastflank.json?_shape=arrays&sql=" + sql.replace(" ", "+")).json()["rows"][0]
    assert shown == total - unnamed and unnamed > 0, (shown, total, unnamed)


def test_one_articles_facts_go_to_their_reading_order_view() -> None:
    got = default_path("/eastflank/mentions", "document_id=doc-7&entity_id=md")
    assert got == "/eastflank/mentions_in_reading_order?document_id=doc-7&entity_id=md&_sort=reading_order", got
    assert default_path("/eastflank/mentions", "document_id=doc-7&_sort=entity_id") is None
    assert default_path("/eastflank/mentions", "document_id=doc-7&paragraph_id=p-1") is None
    assert default_path("/eastflank/mentions", "entity_id=md") is None
    assert default_path("/eastflank/paragraphs", "document_id=doc-7") is None


def test_every_span_table_has_its_reading_order_view_and_the_reader_shows_them_all() -> None:
    assert set(SPAN_TABLES) == {kind.table for kind in FACT_KINDS}


def test_site_lists_one_articles_facts_in_reading_order(seed_site: Fetch) -> None:
    sql = "select document_id from mentions group by document_id order by count(distinct paragraph_id) desc limit 1"
    (document_id,) = seed_site("/eastflank.json?_shape=arrays&sql=" + sql.replace(" ", "+")).json()["rows"][0]
    bare = seed_site(f"/eastflank/mentions?document_id={document_id}")
    assert bare.status_code == 302, bare.status_code
    target = bare.headers["location"]
    assert target.startswith("/eastflank/mentions_in_reading_order?"), target
    shown = seed_site(target.replace("_in_reading_order?", "_in_reading_order.json?_shape=objects&_size=max&"))
    rows = shown.json()["rows"]
    sql = (
        "select m.id from mentions m join paragraphs p on p.id = m.paragraph_id "
        f"where m.document_id = '{document_id}' order by p.position, m.start_char"
    )
    want = [row_id for (row_id,) in seed_site("/eastflank.json?_shape=arrays&sql=" + quote(sql)).json()["rows"]]
    assert [row["id"] for row in rows] == want and len(want) > 10, [row["id"] for row in rows]
    page = seed_site(target).text
    assert f'<td class="col-id type-str"><a href="/eastflank/mentions/{want[0]}">{want[0]}</a></td>' in page
