"""People found from a title beside their name, on hand-written sentences."""

import pytest

from eastflank.loaders.extract.entities.learned.people import find_people
from eastflank.loaders.extract.word_lists import default_word_lists

WORDS = default_word_lists()
NOT_NAME = WORDS.organizations.heads | WORDS.organizations.generic


def people(text: str, taken: list[tuple[int, int]] | None = None) -> list[tuple[str, str]]:
    found = find_people(text, WORDS.titles, taken or [], NOT_NAME)
    for person in found:
        assert text[person.start : person.end] == person.name, person
    return [(p.name, p.title.title) for p in found]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Prime Minister Ion Popescu met General Ion Vasile and advisor Ana Rusu.",
            [("Ion Popescu", "Prime Minister"), ("Ion Vasile", "General"), ("Ana Rusu", "advisor")],
        ),
        ("Colonel Dmitri Ivanov, commander of the 14th Army, refused.", [("Dmitri Ivanov", "Colonel")]),
        ("Ion Popescu, the Minister of Defence, said the budget would grow.", [("Ion Popescu", "Minister of Defence")]),
        ("Ana Rusu, Moldova's defence minister, visited the base.", [("Ana Rusu", "Minister of Defence")]),
        ("The Prime Minister of Moldova, Ion Popescu, arrived in Brussels.", [("Ion Popescu", "Prime Minister")]),
        ("The head of the mission, Ion Rusu, told reporters.", [("Ion Rusu", "head")]),
        (
            "Lt. Gen. Jean-Paul de la Croix and Rear Admiral Mihai Panait inspected the fleet.",
            [("Jean-Paul de la Croix", "Lieutenant General"), ("Mihai Panait", "Rear Admiral")],
        ),
        ("Valentin Dragu, Romanian presidential adviser on foreign affairs, spoke.", [("Valentin Dragu", "advisor")]),
        (
            "The President’s adviser Elena Moraru and spokesperson Radu Sirbu left.",
            [("Elena Moraru", "advisor"), ("Radu Sirbu", "spokesperson")],
        ),
    ],
)
def test_names_beside_titles(text: str, want: list[tuple[str, str]]) -> None:
    got = people(text)
    assert got == want, got


@pytest.mark.parametrize(
    "text",
    [
        "The General Assembly met the General Staff in the Presidential Office.",
        "General Vlad and Mr. Popescu spoke.",
        "Two NATO officials, Senior Staff, declined.",
        "In Chisinau, the Minister spoke on Monday.",
        "Major Western Powers, the ministers said, agreed.",
    ],
)
def test_no_person_without_a_full_name(text: str) -> None:
    got = people(text)
    assert got == [], got


def test_a_name_over_an_existing_mention_is_left_alone() -> None:
    text = "President Maia Sandu met Prime Minister Dorin Recean."
    got = people(text, taken=[(10, 20)])
    assert got == [("Dorin Recean", "Prime Minister")], got
