"""Sentences cut into clauses, so each event keeps its own date and words."""

import pytest

from eastflank.loaders.extract.events.clauses import is_reported, split_clauses
from eastflank.loaders.extract.events.lexicon import load_event_lexicon
from eastflank.loaders.extract.events.triggers import find_hits


def clauses(text: str) -> list[str]:
    found = find_hits(text, 0, len(text), load_event_lexicon(), ())
    return [text[a:b] for a, b in split_clauses(text, 0, len(text), found)]


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Kyiv extended the plan in 2023, and from 2025 it is set to transition to a new one.",
            ["Kyiv extended the plan in 2023", ", and from 2025 it is set to transition to a new one."],
        ),
        (
            "The ministry told reporters that talks will start in 2024.",
            ["The ministry told reporters", " that talks will start in 2024."],
        ),
        (
            "Albania joined the PfP in 1994 and became a member in 2009.",
            ["Albania joined the PfP in 1994", " and became a member in 2009."],
        ),
        (
            "Romania, Bulgaria, and Turkey signed the deal; Greece did not.",
            ["Romania, Bulgaria, and Turkey signed the deal", "; Greece did not."],
        ),
        ("The plan that the council drafted was adopted.", ["The plan that the council drafted was adopted."]),
        ("Bosnia and Herzegovina and Serbia met.", ["Bosnia and Herzegovina and Serbia met."]),
    ],
)
def test_split_clauses(text: str, want: list[str]) -> None:
    got = clauses(text)
    assert got == want, got


def test_a_clause_opened_by_that_is_reported_speech() -> None:
    text = "The ministry told reporters that talks will start."
    got = [
        is_reported(text, span)
        for span in split_clauses(text, 0, len(text), find_hits(text, 0, len(text), load_event_lexicon(), ()))
    ]
    assert got == [False, True], got
