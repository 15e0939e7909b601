"""The phrase matcher: whole words, leftmost then longest, capitals-only forms in capitals."""

from eastflank.loaders.extract.text.phrase_matcher import PhraseMatcher

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
