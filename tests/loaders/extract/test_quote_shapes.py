"""What counts as a quotation and which frames name its speaker, on hand-written sentences."""

import re

import pytest

from eastflank.loaders.extract.quotes.extractor import extract_quotes
from eastflank.loaders.extract.text.paragraph_input import EntityIndex, EntityInfo, MentionSpan, ParagraphInput

ENTITIES = {
    "ion-rusu": ("Ion Rusu", "person", ("Ion Rusu", "Rusu")),
    "ana-popa": ("Ana Popa", "person", ("Ana Popa",)),
    "nato": ("North Atlantic Treaty Organization", "organization", ("NATO",)),
    "md": ("Moldova", "country", ("Moldova",)),
}
INDEX = EntityIndex({key: EntityInfo(key, name, kind) for key, (name, kind, _) in ENTITIES.items()})


def quotes(text: str) -> list[tuple[str, str | None]]:
    found: list[MentionSpan] = []
    forms = sorted(
        ((form, key, kind) for key, (_, kind, surfaces) in ENTITIES.items() for form in surfaces),
        key=lambda f: -len(f[0]),
    )
    for form, key, kind in forms:
        for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            if all(match.end() <= m.start or match.start() >= m.end for m in found):
                found.append(MentionSpan(match.start(), match.end(), key, kind, form))
    paragraph = ParagraphInput("p1", "d1", 1, text, tuple(sorted(found, key=lambda m: m.start)))
    return [(row["text"], row["speaker_entity_id"]) for row in extract_quotes(paragraph, INDEX)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("‘The border is calm tonight,’ Ion Rusu stressed.", [("The border is calm tonight,", "ion-rusu")]),
        (
            "Ana Popa noted: „The new barracks will be ready in June.”",
            [("The new barracks will be ready in June.", "ana-popa")],
        ),
        ("«We will train together again,» added Ion Rusu.", [("We will train together again,", "ion-rusu")]),
        ("Ion Rusu: “Every unit is now at full strength.”", [("Every unit is now at full strength.", "ion-rusu")]),
        (
            '"Cooperation with Moldova grows every year," reads the NATO statement.',
            [("Cooperation with Moldova grows every year,", "nato")],
        ),
    ],
)
def test_speech_verbs_frames_and_marks(text: str, want: list[tuple[str, str | None]]) -> None:
    got = quotes(text)
    assert got == want, got


def test_a_hedged_figure_is_not_a_quotation() -> None:
    got = quotes("Ion Rusu said the army has “about ten” drones and “some 300 troops” on the border.")
    assert got == [], got


def test_a_partial_quotation_of_reported_speech_is_kept() -> None:
    got = quotes("Ana Popa said that Moldova makes “steady progress” on reform.")
    assert got == [("steady progress", "ana-popa")], got
