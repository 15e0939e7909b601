"""Document pass: acronyms, bare generic names and surnames resolve within one article only."""

import re

from eastflank.loaders.extract.entities.learned.rows import extract_new_entities, merge_entity_rows, with_new_mentions
from eastflank.loaders.extract.text.paragraph_input import EntityIndex, EntityInfo, MentionSpan, ParagraphInput
from eastflank.loaders.extract.word_lists import default_word_lists
from eastflank.loaders.ids import stable_id

WORDS = default_word_lists()
INDEX = EntityIndex(
    {
        "md": EntityInfo("md", "Moldova", "country"),
        "al": EntityInfo("al", "Albania", "country"),
        "nato": EntityInfo("nato", "North Atlantic Treaty Organization", "organization"),
        "gheorghita-vlad": EntityInfo("gheorghita-vlad", "Gheorghita Vlad", "person"),
    }
)
SURFACES = {"Moldova’s": "md", "Moldova": "md", "Albanian": "al", "NATO": "nato", "Gheorghita Vlad": "gheorghita-vlad"}


def document(*texts: str, document_id: str = "d1") -> list[ParagraphInput]:
    pattern = r"(?<!\w)(?:" + "|".join(re.escape(s) for s in sorted(SURFACES, key=len, reverse=True)) + r")(?!\w)"
    paragraphs = []
    for position, text in enumerate(texts):
        mentions = []
        for match in re.finditer(pattern, text):
            surface = match.group().removesuffix("’s")
            key = SURFACES[match.group()]
            mentions.append(
                MentionSpan(match.start(), match.start() + len(surface), key, INDEX.entities[key].type, surface)
            )
        paragraphs.append(ParagraphInput(f"{document_id}-p{position}", document_id, position, text, tuple(mentions)))
    return paragraphs


def mentions(paragraphs: list[ParagraphInput]) -> list[tuple[str, str, str, str]]:
    rows = extract_new_entities(paragraphs, INDEX, WORDS).mentions
    texts = {p.id: p.text for p in paragraphs}
    for row in rows:
        assert texts[row["paragraph_id"]][row["start_char"] : row["end_char"]] == row["text"], row
    return [(row["paragraph_id"], row["text"], row["entity_id"], row["method"]) for row in rows]


def test_two_people_with_one_surname_stay_apart_from_each_other_and_from_the_reference_person() -> None:
    first = document(
        "General Ion Vlad inspected the base with Minister Ana Vlad.",
        "Vlad said the drills would continue.",
        document_id="a",
    )
    second = document("General Gheorghita Vlad met the troops.", "Later Vlad thanked the engineers.", document_id="b")
    got_first, got_second = mentions(first), mentions(second)
    assert got_first == [
        ("a-p0", "Ion Vlad", "x-person-ion-vlad", "title_rule"),
        ("a-p0", "Ana Vlad", "x-person-ana-vlad", "title_rule"),
    ], got_first
    assert got_second == [("b-p1", "Vlad", "gheorghita-vlad", "surname_rule")], got_second


def test_a_surname_inside_another_name_is_not_a_mention() -> None:
    """Elena Sirbu has no title, so she is no entity; her surname is not Radu's mention either."""
    got = mentions(document("Colonel Radu Sirbu arrived.", "Sirbu met Elena Sirbu at the gate.", "Sirbu left."))
    want = [
        ("d1-p0", "Radu Sirbu", "x-person-radu-sirbu", "title_rule"),
        ("d1-p1", "Sirbu", "x-person-radu-sirbu", "surname_rule"),
        ("d1-p2", "Sirbu", "x-person-radu-sirbu", "surname_rule"),
    ]
    assert got == want, got


def test_an_acronym_marks_every_use_in_its_document_only() -> None:
    first = document("The Regional Drone Coordination Centre (RDCC) opened.", "The RDCC will train crews.")
    second = document("The RDCC is unrelated here.", document_id="other")
    got = mentions(first) + mentions(second)
    want = [
        (
            "d1-p0",
            "Regional Drone Coordination Centre",
            "x-organization-regional-drone-coordination-centre",
            "organization_rule",
        ),
        ("d1-p0", "RDCC", "x-organization-regional-drone-coordination-centre", "acronym_definition"),
        ("d1-p1", "RDCC", "x-organization-regional-drone-coordination-centre", "acronym_definition"),
    ]
    assert got == want, got


def test_a_bare_generic_name_means_the_one_qualified_body_of_the_document() -> None:
    got = mentions(
        document("Moldova’s Ministry of Defence bought radars.", "The Ministry of Defence said more will come.")
    )
    want = [
        ("d1-p0", "Ministry of Defence", "x-organization-ministry-of-defence-of-moldova", "organization_rule"),
        ("d1-p1", "Ministry of Defence", "x-organization-ministry-of-defence-of-moldova", "organization_rule"),
    ]
    assert got == want, got


def test_a_bare_generic_name_is_left_alone_when_two_countries_bodies_share_it() -> None:
    paragraphs = document(
        "Moldova’s Ministry of Defence and the Albanian Ministry of Defence met.", "The Ministry of Defence said so."
    )
    got = [row for row in mentions(paragraphs) if row[0] == "d1-p1"]
    assert got == [], got


def test_entity_rows() -> None:
    rows = extract_new_entities(
        document("Prime Minister Ion Popescu and the NATO Liaison Office (NLO) met."), INDEX, WORDS
    )
    want = [
        {
            "id": "x-person-ion-popescu",
            "name": "Ion Popescu",
            "type": "person",
            "wikidata_id": None,
            "description": "Prime Minister",
            "latitude": None,
            "longitude": None,
            "parent_entity_id": None,
            "source": "extracted",
            "method": "title_rule",
            "confidence": 0.88,
        },
        {
            "id": "x-organization-nato-liaison-office",
            "name": "NATO Liaison Office",
            "type": "organization",
            "wikidata_id": None,
            "description": None,
            "latitude": None,
            "longitude": None,
            "parent_entity_id": "nato",
            "source": "extracted",
            "method": "organization_rule",
            "confidence": 0.89,
        },
    ]
    assert rows.entities == want, rows.entities
    first = rows.mentions[0]
    assert first["id"] == stable_id("mention", "d1-p0", 15, 26, "x-person-ion-popescu"), first


def test_merge_keeps_the_first_row_per_id() -> None:
    rows = [
        {"id": "x", "method": "title_rule"},
        {"id": "y", "method": "organization_rule"},
        {"id": "x", "method": "acronym_definition"},
    ]
    got = merge_entity_rows(rows)
    assert got == [{"id": "x", "method": "title_rule"}, {"id": "y", "method": "organization_rule"}], got


def test_new_mentions_join_the_paragraph_for_quote_speakers() -> None:
    paragraphs = document("Prime Minister Ion Popescu spoke.")
    rows = extract_new_entities(paragraphs, INDEX, WORDS)
    joined = with_new_mentions(paragraphs[0], rows.mentions, {e["id"]: e["type"] for e in rows.entities})
    got = [(m.text, m.entity_id, m.entity_type) for m in joined.mentions]
    assert got == [("Ion Popescu", "x-person-ion-popescu", "person")], got
