"""New entities in one paragraph: ids, names, types, parents, and no overlap with mentions."""

import re

from eastflank.loaders.extract.entities.learned.rules import CONFIDENCE, find_new_entities
from eastflank.loaders.extract.text.paragraph_input import EntityIndex, EntityInfo, MentionSpan, ParagraphInput
from eastflank.loaders.extract.word_lists import default_word_lists

WORDS = default_word_lists()
INDEX = EntityIndex(
    {
        "md": EntityInfo("md", "Moldova", "country"),
        "ro": EntityInfo("ro", "Romania", "country"),
        "nato": EntityInfo("nato", "North Atlantic Treaty Organization", "organization"),
        "ipap": EntityInfo("ipap", "Individual Partnership Action Plan", "programme"),
        "ion-popescu": EntityInfo("ion-popescu", "Ion Popescu", "person"),
    }
)
SURFACES = {
    "Moldova": "md",
    "Moldovan": "md",
    "Romanian": "ro",
    "NATO": "nato",
    "Individual Partnership Action Plan": "ipap",
    "Romanian Ministry of National Defense": "mapn",
}


def paragraph(text: str) -> ParagraphInput:
    pattern = r"\b(?:" + "|".join(re.escape(s) for s in sorted(SURFACES, key=len, reverse=True)) + r")\b"
    mentions = []
    for match in re.finditer(pattern, text):
        key = SURFACES[match.group()]
        kind = INDEX.entities[key].type if key in INDEX.entities else "organization"
        mentions.append(MentionSpan(match.start(), match.end(), key, kind, match.group()))
    return ParagraphInput("p1", "d1", 0, text, tuple(mentions))


def found(text: str) -> list[tuple[str, str, str, str, str, str | None, bool]]:
    records = find_new_entities(paragraph(text), INDEX, WORDS)
    for record in records:
        assert text[record.start : record.end] == record.text, record
    return [(r.text, r.entity_id, r.name, r.type, r.method, r.parent_entity_id, r.is_reference) for r in records]


def test_people_and_organizations_get_x_ids() -> None:
    got = found("Moldova’s Ministry of Defence and General Ion Vasile met the NATO Liaison Office.")
    want = [
        (
            "Ministry of Defence",
            "x-organization-ministry-of-defence-of-moldova",
            "Ministry of Defence of Moldova",
            "organization",
            "organization_rule",
            "md",
            False,
        ),
        ("Ion Vasile", "x-person-ion-vasile", "Ion Vasile", "person", "title_rule", None, False),
        (
            "Liaison Office",
            "x-organization-nato-liaison-office",
            "NATO Liaison Office",
            "organization",
            "organization_rule",
            "nato",
            False,
        ),
    ]
    assert got == want, got


def test_a_name_that_is_exactly_a_known_entity_takes_its_id() -> None:
    got = found("Prime Minister Ion Popescu arrived.")
    assert got == [("Ion Popescu", "ion-popescu", "Ion Popescu", "person", "title_rule", None, True)], got


def test_acronym_of_a_known_name_is_a_mention_of_it() -> None:
    got = found(
        "Moldova extended its Individual Partnership Action Plan (IPAP) and the Romanian Ministry of National Defense (MApN) agreed."
    )
    want = [
        ("IPAP", "ipap", "Individual Partnership Action Plan", "programme", "acronym_definition", None, True),
        ("MApN", "mapn", "Romanian Ministry of National Defense", "organization", "acronym_definition", None, True),
    ]
    assert got == want, got


def test_acronym_of_a_new_name_defines_both_spans() -> None:
    got = found(
        "Loans come from the SAFE (Security Action for Europe) instrument and the Cyber Rapid Response Teams (CRRT)."
    )
    want = [
        (
            "SAFE",
            "x-programme-security-action-for-europe",
            "Security Action for Europe",
            "programme",
            "acronym_definition",
            None,
            False,
        ),
        (
            "Security Action for Europe",
            "x-programme-security-action-for-europe",
            "Security Action for Europe",
            "programme",
            "acronym_definition",
            None,
            False,
        ),
        (
            "Cyber Rapid Response Teams",
            "x-organization-cyber-rapid-response-teams",
            "Cyber Rapid Response Teams",
            "organization",
            "acronym_definition",
            None,
            False,
        ),
        (
            "CRRT",
            "x-organization-cyber-rapid-response-teams",
            "Cyber Rapid Response Teams",
            "organization",
            "acronym_definition",
            None,
            False,
        ),
    ]
    assert got == want, got


def test_an_event_acronym_is_no_entity_and_a_generic_body_needs_its_country() -> None:
    got = found("The NATO-Industry Forum (NIF) opened and the Ministry of Defence said so.")
    assert got == [], got


def test_confidence_is_per_rule() -> None:
    records = find_new_entities(paragraph("General Ion Vasile met the Regional Cooperation Council."), INDEX, WORDS)
    got = [(r.method, r.confidence) for r in records]
    assert got == [("title_rule", CONFIDENCE["title_rule"]), ("organization_rule", CONFIDENCE["organization_rule"])], (
        got
    )
