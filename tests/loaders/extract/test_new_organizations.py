"""Organizations found from capitalised names with a head word, qualified by their country."""

import re

import pytest

from eastflank.loaders.extract.entities.learned.organizations import find_organizations
from eastflank.loaders.extract.text.paragraph_input import EntityIndex, EntityInfo, MentionSpan, ParagraphInput
from eastflank.loaders.extract.word_lists import default_word_lists

WORDS = default_word_lists()
KNOWN = {
    "Moldova": ("md", "country"),
    "Moldovan": ("md", "country"),
    "Romanian": ("ro", "country"),
    "Albania": ("al", "country"),
    "NATO": ("nato", "organization"),
    "Chisinau": ("chisinau", "location"),
}
INDEX = EntityIndex(
    {
        "md": EntityInfo("md", "Moldova", "country"),
        "ro": EntityInfo("ro", "Romania", "country"),
        "al": EntityInfo("al", "Albania", "country"),
        "nato": EntityInfo("nato", "North Atlantic Treaty Organization", "organization"),
        "chisinau": EntityInfo("chisinau", "Chișinău", "location"),
    }
)


def paragraph(text: str) -> ParagraphInput:
    mentions = [
        MentionSpan(m.start(), m.end(), KNOWN[m.group()][0], KNOWN[m.group()][1], m.group())
        for m in re.finditer(r"\b(?:" + "|".join(sorted(KNOWN, key=len, reverse=True)) + r")\b", text)
    ]
    return ParagraphInput("p1", "d1", 0, text, tuple(mentions))


def organizations(text: str) -> list[tuple[str, str, str | None, bool]]:
    found = find_organizations(paragraph(text), INDEX, WORDS.organizations, WORDS.titles)
    return [(text[o.start : o.end], o.name, o.qualifier_id, o.is_generic) for o in found]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Allied Command for Transformation and the Regional Cooperation Council met.",
            [
                ("Allied Command for Transformation", "Allied Command for Transformation", None, False),
                ("Regional Cooperation Council", "Regional Cooperation Council", None, False),
            ],
        ),
        (
            "The Romanian Ministry of National Defense and Moldova’s General Staff agreed.",
            [
                ("Ministry of National Defense", "Ministry of National Defense of Romania", "ro", True),
                ("General Staff", "General Staff of Moldova", "md", True),
            ],
        ),
        (
            "The Ministry of Defence of Albania signed.",
            [("Ministry of Defence", "Ministry of Defence of Albania", "al", True)],
        ),
        ("The NATO Liaison Office in Chisinau opened.", [("Liaison Office", "NATO Liaison Office", "nato", False)]),
        (
            "The Mission of NATO Military Liaison Office closed.",
            [("Military Liaison Office", "NATO Military Liaison Office", "nato", False)],
        ),
        ("The Ministry of Defence said so.", [("Ministry of Defence", "Ministry of Defence", None, True)]),
        (
            "Moldova’s Ministry of Defence and General Staff met General Ion Rusu.",
            [
                ("Ministry of Defence", "Ministry of Defence of Moldova", "md", True),
                ("General Staff", "General Staff of Moldova", "md", True),
            ],
        ),
        (
            "The Logistics, Cyber, and Space Directorate grew.",
            [("Logistics, Cyber, and Space Directorate", "Logistics, Cyber, and Space Directorate", None, False)],
        ),
    ],
)
def test_organization_names(text: str, want: list[tuple[str, str, str | None, bool]]) -> None:
    got = organizations(text)
    assert got == want, got


@pytest.mark.parametrize(
    "text",
    [
        "The NATO-Industry Forum and the Vilnius Summit Meeting opened.",
        "The Individual Partnership Action Plan and the European Peace Facility.",
        "Romania’s Chief of the General Staff and the Secretary General spoke.",
        "The Council met. The Office closed. Parliament voted.",
    ],
)
def test_events_programmes_titles_and_lone_heads_are_not_organizations(text: str) -> None:
    got = organizations(text)
    assert got == [], got


def test_a_group_of_people_is_not_an_organization() -> None:
    got = organizations("Allied Heads of State and Government met in Vilnius; Ministers of Foreign Affairs came too.")
    assert got == [], got


def test_a_body_named_after_a_group_of_people_stays_an_organization() -> None:
    got = organizations("Ministers of the Baltic Assembly met in Riga.")
    assert got == [("Baltic Assembly", "Baltic Assembly", None, False)], got
