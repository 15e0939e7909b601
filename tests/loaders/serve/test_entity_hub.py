"""The entity page gathers an entity's aliases, map, mentions, events, quotes and programmes, each linked."""

import re
import sqlite3
from collections.abc import Callable

import httpx

from eastflank.loaders.build import BuildResult
from eastflank.loaders.serve.entity_hub import readable_value
from eastflank.loaders.serve.entity_svg import Place, free_labels, map_svg

Fetch = Callable[[str], httpx.Response]


def rows(build: BuildResult, sql: str, *params: str) -> list[tuple]:
    with sqlite3.connect(build.out / "eastflank.db") as connection:
        return connection.execute(sql, params).fetchall()


def test_map_draws_the_focus_in_the_middle_and_only_places_inside_its_frame() -> None:
    svg = map_svg(Place("Harbourtown", 45.0, 20.0), [Place("Inland", 46.0, 21.0), Place("Far away", 10.0, 100.0)])
    assert '<circle cx="240.0" cy="160.0" r="6" fill="#c62828"><title>Harbourtown</title>' in svg, svg
    assert "<title>Inland</title>" in svg and "Far away" not in svg, svg
    assert "tile" not in svg and "http" not in svg.replace("http://www.w3.org/2000/svg", ""), svg


def test_map_escapes_names() -> None:
    assert "&lt;b&gt;" in map_svg(Place("<b>", 0.0, 0.0), [])


def test_speaker_page_lists_quotes_mentions_events_and_links_each(seed_site: Fetch, seed_build: BuildResult) -> None:
    ((speaker, quotes),) = rows(
        seed_build,
        "select speaker_entity_id, count(*) from quotes where speaker_entity_id is not null "
        "group by 1 order by 2 desc, 1 limit 1",
    )
    page = seed_site(f"/entity/{speaker}")
    assert page.status_code == 200, page.status_code
    ((mentions,),) = rows(seed_build, "select count(*) from mentions where entity_id = ?", speaker)
    ((events,),) = rows(
        seed_build, "select count(distinct event_id) from event_participants where entity_id = ?", speaker
    )
    assert (
        f"Mentions ({mentions:,})" in page.text
        and f"Quotes ({quotes})" in page.text
        and f"Events ({events})" in page.text
    )
    assert len(re.findall(r'<li><a href="/eastflank/quotes/', page.text)) == quotes
    assert len(re.findall(r'#mention-[0-9a-f]+">', page.text)) == min(mentions, 200)


def test_place_page_has_an_offline_map_and_a_wikidata_link(seed_site: Fetch, seed_build: BuildResult) -> None:
    ((entity_id, wikidata),) = rows(
        seed_build,
        "select id, wikidata_id from entities where latitude is not null "
        "and wikidata_id is not null order by id limit 1",
    )
    page = seed_site(f"/entity/{entity_id}").text
    assert '<svg class="entity-map"' in page and "drawn offline" in page
    assert f'href="https://www.wikidata.org/wiki/{wikidata}"' in page


def test_page_without_coordinates_says_why_there_is_no_map(seed_site: Fetch) -> None:
    page = seed_site("/entity/nato").text
    assert '<svg class="entity-map"' not in page
    assert "No map: the reference data gives this entity no coordinates." in page


def test_programme_page_names_programmes_not_slugs(seed_site: Fetch, seed_build: BuildResult) -> None:
    ((owner, name, slug),) = rows(
        seed_build,
        "select g.owner_entity_id, e.name, g.entity_id from programmes g "
        "join entities e on e.id = g.entity_id where g.owner_entity_id is not null "
        "order by g.entity_id limit 1",
    )
    assert f'Owns <a href="/entity/{slug}">{name}</a>' in seed_site(f"/entity/{owner}").text


def test_unknown_entity_is_404_and_entity_rows_link_their_page(seed_site: Fetch) -> None:
    assert seed_site("/entity/no-such-thing").status_code == 404
    assert '<a href="/entity/nato">Entity page' in seed_site("/eastflank/entities/nato").text


def test_mentions_and_quotes_are_listed_in_reading_order(seed_site: Fetch, seed_build: BuildResult) -> None:
    """Within an article, paragraph by paragraph and then by offset: not by the rows' hash ids."""
    ((entity_id,),) = rows(  # named twice in one paragraph, the later mention with the smaller id
        seed_build,
        "select a.entity_id from mentions a join mentions b on b.paragraph_id = a.paragraph_id "
        "and b.entity_id = a.entity_id and b.start_char > a.start_char and b.id < a.id "
        "order by a.entity_id limit 1",
    )
    want = [
        mention_id
        for (mention_id,) in rows(
            seed_build,
            "select m.id from mentions m join paragraphs p on p.id = m.paragraph_id "
            "join documents d on d.id = p.document_id where m.entity_id = ? "
            "order by d.published_date is null, d.published_date, d.id, p.position, m.start_char, m.id limit 200",
            entity_id,
        )
    ]
    got = re.findall(r'#mention-([0-9a-f]+)">', seed_site(f"/entity/{entity_id}").text)
    assert got == want and got != sorted(got), got


def test_entities_table_links_wikidata_items(seed_site: Fetch, seed_build: BuildResult) -> None:
    ((entity_id, wikidata),) = rows(
        seed_build, "select id, wikidata_id from entities where wikidata_id is not null order by id limit 1"
    )
    page = seed_site(f"/eastflank/entities/{entity_id}").text
    assert f'<a href="https://www.wikidata.org/wiki/{wikidata}" rel="noopener noreferrer">{wikidata}</a>' in page


def test_programme_fact_values_read_as_words() -> None:
    assert [readable_value(v) for v in ("P1Y", "P3M", "2025/2028", "2024", None)] == [
        "1 year",
        "3 months",
        "2025 to 2028",
        "2024",
        None,
    ]


def test_programme_facts_name_the_programme_they_point_at(seed_site: Fetch, seed_build: BuildResult) -> None:
    ((programme, successor, name),) = rows(
        seed_build,
        "select f.programme_entity_id, f.value, e.name from programme_facts f join entities e on e.id = f.value "
        "order by f.id limit 1",
    )
    page = seed_site(f"/entity/{programme}").text
    assert f'<a href="/entity/{successor}">{name}</a>' in page, page


def test_crowded_labels_give_way_to_the_most_mentioned() -> None:
    got = free_labels([("Capital (30)", 100.0, 100.0, 9), ("Suburb (2)", 104.0, 102.0, 4), ("Far (1)", 400.0, 50.0, 3)])
    assert got == {"Capital (30)", "Far (1)"}, got
