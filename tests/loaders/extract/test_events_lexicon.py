"""The event lexicon file: it loads, covers every event type, and a broken entry names its line."""

from pathlib import Path
from typing import Any

import pytest

from eastflank.loaders.errors import ReferenceDataError
from eastflank.loaders.extract.events.lexicon import (
    EVENT_TYPES,
    Trigger,
    load_event_lexicon,
    parse_event_lexicon,
)

GOOD = {
    "rank": list(EVENT_TYPES),
    "gatherings": ["summit"],
    "triggers": [{"type": "summit", "label": "summit", "nouns": ["summit", "NATO Summit"]}],
    "named_summits": [{"city": "Riga", "year": "2006"}],
}


def test_the_curated_lexicon_has_triggers_for_every_event_type() -> None:
    lexicon = load_event_lexicon()
    got = sorted({trigger.type for trigger in lexicon.triggers.values()})
    assert got == sorted(EVENT_TYPES), got


def test_forms_are_stored_as_lowercase_words() -> None:
    lexicon = parse_event_lexicon(GOOD, Path("lexicon.yml"))
    got = (
        lexicon.triggers[("nato", "summit")],
        lexicon.first_words["nato"],
        lexicon.summit_years,
        lexicon.rank["summit"],
    )
    assert got == (Trigger("summit", "summit", "noun"), 2, {"Riga": "2006"}, 0), got


def test_the_summit_pattern_reads_both_word_orders() -> None:
    pattern = parse_event_lexicon(GOOD, Path("lexicon.yml")).summit_pattern
    got = [
        m.groupdict()
        for m in pattern.finditer("At the Riga Summit and at the NATO summit in Riga, or a summit in Riga.")
    ]
    assert got == [{"city": "Riga", "city_after": None}, {"city": None, "city_after": "Riga"}], got


@pytest.mark.parametrize(
    "change, problem",
    [
        ({"rank": ["summit"]}, "not every event type once"),
        ({"gatherings": ["party"]}, "unknown event types ['party']"),
        ({"triggers": [{"type": "party", "label": "party", "nouns": ["party"]}]}, "type 'party'"),
        (
            {"triggers": [{"type": "summit", "label": "summit", "nouns": ["summit"], "verbs": ["Summit"]}]},
            "'Summit' twice",
        ),
        (
            {"triggers": [{"type": "summit", "label": "summit", "adjectives": ["summitry"]}]},
            "unknown fields ['adjectives']",
        ),
        ({"named_summits": [{"city": "Riga", "year": "06"}]}, "four-digit year"),
        ({"named_summits": None}, "no list under `named_summits:`"),
    ],
)
def test_a_broken_lexicon_stops_with_the_problem(change: dict[str, Any], problem: str) -> None:
    with pytest.raises(ReferenceDataError) as error:
        parse_event_lexicon({**GOOD, **change}, Path("lexicon.yml"))
    assert problem in error.value.problem, error.value


def test_a_broken_entry_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "event_triggers.yml"
    path.write_text(
        "rank: ["
        + ", ".join(EVENT_TYPES)
        + "]\ngatherings: []\ntriggers:\n  - type: summit\n    label: summit\n    nouns: [summit]\n"
        "  - type: summit\n    label: summit\n    nouns: [summit]\nnamed_summits: []\n",
        encoding="utf-8",
    )
    with pytest.raises(ReferenceDataError) as error:
        load_event_lexicon(path)
    assert error.value.line == 7, error.value
