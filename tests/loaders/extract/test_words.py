"""The shared word split and the placing of chosen words by substring search."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eastflank.loaders.extract.text.words import WORD, word_offsets, word_set, words_of

CHOSEN = frozenset({"min", "minister", "ab", "é1"})


def test_words_split_on_anything_but_letters_and_digits() -> None:
    assert words_of("NATO’s top_brass met in Chișinău, 5.12.2017.") == (
        "NATO", "s", "top", "brass", "met", "in", "Chișinău", "5", "12", "2017",
    )  # fmt: skip
    assert word_set("the Council and the council") == frozenset({"the", "Council", "and", "council"})


def test_a_chosen_word_inside_a_longer_word_is_passed_over() -> None:
    text = "To administer it, the minister and a minister-led team"
    assert word_offsets(text, ["minister", "minister"]) == [22, 37]


def test_a_window_starts_and_ends_a_word() -> None:
    text = "administer minister"
    # From offset 5 the window's first word is "minister" (what WORD.findall reads there).
    assert word_offsets(text, ["minister", "minister"], 2, len(text)) == [2, 11]
    assert word_offsets(text, ["admin"], 0, 5) == [0]


def test_a_word_that_is_not_there_is_an_error() -> None:
    with pytest.raises(ValueError, match="minister"):
        word_offsets("the administer", ["minister"])


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="mins terabé1_-’ M,.", max_size=60),
    st.integers(min_value=0, max_value=60),
    st.integers(min_value=0, max_value=60),
)
def test_offsets_are_where_the_regex_finds_the_chosen_words(text: str, first: int, second: int) -> None:
    start, stop = sorted((min(first, len(text)), min(second, len(text))))
    matches = [m for m in WORD.finditer(text, start, stop) if m.group().casefold() in CHOSEN]
    chosen = [m.group() for m in matches]
    assert word_offsets(text, chosen, start, stop) == [m.start() for m in matches]
