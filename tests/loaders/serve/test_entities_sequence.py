"""The entities list: the entities articles name first, then a link on to the reference entries none names."""

import re

from eastflank.loaders.serve.default_views import MENTIONED_ONLY, NEVER_MENTIONED
from tests.loaders.serve.conftest import Fetch

OTHER_PART = re.compile(r'<p class="entities-other-part">.*?<a href="([^"]+)">([^<]+)</a>', re.S)


def _count(site: Fetch, sql: str) -> int:
    return int(site("/eastflank.json?_shape=arrays&sql=" + sql.replace(" ", "+")).json()["rows"][0][0])


def test_mentioned_entities_page_ends_with_the_never_mentioned_ones_and_back(seed_site: Fetch) -> None:
    first = seed_site(seed_site("/eastflank/entities").headers["location"])
    link = OTHER_PART.search(first.text)
    assert link is not None, first.text[-2000:]
    never = _count(seed_site, f"select count(*) from entities where {NEVER_MENTIONED}")
    assert f"the {never:,} curated reference entries no article names" in link.group(2), link.group(2)
    second_href = link.group(1).replace("&amp;", "&")
    second = seed_site(second_href.replace("/eastflank/entities?", "/eastflank/entities.json?_shape=objects&"))
    assert second.json()["filtered_table_rows_count"] == never and never > 0, never
    shown = {row["id"] for row in second.json()["rows"]}
    mentioned = {
        row[0] for row in seed_site("/eastflank/entity_mention_counts.json?_shape=arrays&_size=max").json()["rows"]
    }
    assert shown and not shown & mentioned, shown & mentioned
    back = OTHER_PART.search(seed_site(second_href).text)
    assert back is not None and f"Back to the {len(mentioned):,} entities the articles name" in back.group(2), back
    assert "entity_mention_counts" in back.group(1)


def test_parts_together_are_every_entity_once(seed_site: Fetch) -> None:
    total = _count(seed_site, "select count(*) from entities")
    first = _count(seed_site, f"select count(*) from entities where {MENTIONED_ONLY}")
    second = _count(seed_site, f"select count(*) from entities where {NEVER_MENTIONED}")
    assert first + second == total and first > 0 and second > 0, (first, second, total)


def test_other_pages_of_entities_have_no_sequence_link(seed_site: Fetch) -> None:
    assert OTHER_PART.search(seed_site("/eastflank/entities?_sort=name").text) is None
    assert OTHER_PART.search(seed_site("/eastflank/entities?type=country").text) is None
