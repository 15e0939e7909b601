"""Capitalised runs: connectors join, lists with a final "and" join, possessives qualify."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from eastflank.loaders.extract.text.capitalised_runs import (
    WORD_BEFORE,
    _possessor_before,
    capitalised_runs,
    runs_holding,
)
from eastflank.loaders.extract.text.name_tokens import Token


def runs(text: str) -> list[tuple[str, str | None]]:
    return [(text[r.start : r.end], None if r.possessor is None else r.possessor.text) for r in capitalised_runs(text)]


def test_connectors_join_and_the_follows_of() -> None:
    got = runs("The Ministry of Foreign Affairs and European Integration met the Office for the Support of Veterans.")
    assert got == [
        ("The Ministry of Foreign Affairs and European Integration", None),
        ("Office for the Support of Veterans", None),
    ], got


def test_a_list_ending_in_and_is_one_run_other_commas_split() -> None:
    got = runs("The Logistics, Cyber, and Space Directorate met Romania, Moldova and Ukraine.")
    assert got == [
        ("The Logistics, Cyber, and Space Directorate", None),
        ("Romania", None),
        ("Moldova and Ukraine", None),
    ], got


def test_a_possessive_ends_a_run_and_qualifies_the_next() -> None:
    got = runs("the Plans Division of NATO’s International Military Staff")
    assert got == [("Plans Division", None), ("International Military Staff", "NATO’s")], got


def test_sentence_ends_split_runs() -> None:
    got = runs("They met the Regional Council. Officials left.")
    assert got == [("They", None), ("Regional Council", None), ("Officials", None)], got


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="NATOs’' Ma-\nx,", max_size=40))
def test_the_possessive_before_a_stretch_as_the_search_alone_finds_it(text: str) -> None:
    for start in range(len(text) + 1):
        match = WORD_BEFORE.search(text, max(0, start - 60), start)
        token = None if match is None else Token(match.group(1), match.start(1), match.end(1))
        expected = token if token is not None and token.is_possessive else None
        assert _possessor_before(text, start) == expected, (text, start)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["The", "Office", "of", "and", "Council", "met", ",", "NATO’s", "Staff", "x"]), max_size=20
    ),
    st.sets(st.integers(min_value=0, max_value=120), max_size=6),
)
def test_runs_holding_offsets_are_the_runs_of_the_stretches_that_hold_them(words: list[str], chosen: set[int]) -> None:
    text = " ".join(words)
    offsets = sorted(chosen)

    def holds(stretch: re.Match[str]) -> bool:
        return any(stretch.start() <= offset < stretch.end() for offset in offsets)

    assert runs_holding(text, offsets) == capitalised_runs(text, holds)
