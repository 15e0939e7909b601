"""The phrase matcher: whole words, leftmost then longest, capitals-only forms in capitals."""

import re
from itertools import compress

from hypothesis import given, settings
from hypothesis import strategies as st

from eastflank.loaders.extract.text.phrase_matcher import PhraseMatcher
from eastflank.loaders.extract.text.words import WORD

MATCHER = PhraseMatcher(
    ["Secretary General", "Deputy Secretary General", "General", "PM", "point out", "Chargé d'affaires"]
)


def found(text: str) -> list[str]:
    return [m.group() for m in MATCHER.find(text)]


def test_leftmost_longest_non_overlapping() -> None:
    got = found("The Deputy Secretary General met a General and the secretary  general.")
    assert got == ["Deputy Secretary General", "General", "secretary  general"], got


def test_whole_words_capitals_and_apostrophes() -> None:
    got = found(
        "Generally the PM, not the pm, pointed out that the chargé d’affaires will point out more; General’s aides"
    )
    assert got == ["PM", "chargé d’affaires", "point out"], got


def test_a_window_and_a_position() -> None:
    text = "General Vasile and General Popa"
    assert [m.group() for m in MATCHER.find(text, 1, 40)] == ["General"]
    match = MATCHER.match_at(text, 19)
    assert match is not None and match.group() == "General", match


def reference_find(matcher: PhraseMatcher, text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The matcher's earlier algorithm: a match object for every word, the openings kept."""
    words = WORD.findall(text, start, stop)
    opens = map(matcher._first_words.__contains__, map(str.casefold, words))
    found: list[re.Match[str]] = []
    for word in compress(WORD.finditer(text, start, stop), opens):
        if found and word.start() < found[-1].end():
            continue
        match = matcher._pattern.match(text, word.start(), stop)
        if match is not None:
            found.append(match)
    return [m.span() for m in found]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Secretary",
                "General",
                "general",
                "Deputy",
                "Generally",
                "PM",
                "pm",
                "point",
                "out",
                "d'affaires",
                "Chargé",
                "x",
                " ",
                "  ",
                ",",
                "’",
                "-",
                "_",
                ".",
            ]
        ),
        max_size=25,
    ),
    st.integers(min_value=0, max_value=80),
)
def test_same_matches_as_the_earlier_algorithm(parts: list[str], cut: int) -> None:
    text = " ".join(parts)
    for start, stop in ((0, len(text)), (min(cut, len(text)), len(text)), (0, min(cut, len(text)))):
        got = [m.span() for m in MATCHER.find(text, start, stop)]
        assert got == reference_find(MATCHER, text, start, stop), (text, start, stop)
