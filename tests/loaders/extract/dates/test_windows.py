"""The scanner's two shortcuts, a leading test on each pattern and search around anchor words, change no match.

Each is compared with plain `finditer` of the rule's own pattern over the whole text (the reference
below), on texts built for these tests from date words, numbers, punctuation and filler words, and
on made-up patterns whose lookaheads and end-of-text tests sit right at a window's edge.
"""

import re
from collections.abc import Callable

from hypothesis import example, given, settings
from hypothesis import strategies as st

from eastflank.loaders.extract.dates import RULES, SCANNER
from eastflank.loaders.extract.dates.absolute import BARE_YEAR
from eastflank.loaders.extract.dates.leading import leading_test, parser, with_leading_test
from eastflank.loaders.extract.dates.reading import Candidate
from eastflank.loaders.extract.dates.scanner import AnchorsFound
from eastflank.loaders.extract.dates.windows import Windowed
from eastflank.loaders.extract.text.case_folding import folded

DATE_WORDS = [
    "January", "Feb.", "Sept", "March", "May", "Dec", "Monday", "Sunday", "spring", "fall", "Q2", "H1",
    "year", "years", "month", "months", "week", "weeks", "weekend", "day", "days", "hours", "minute", "decade",
    "decades", "century", "centuries", "quarter", "half", "period", "fiscal", "today", "tonight", "morning",
    "evening", "noon", "midnight", "a.m.", "p.m.", "ago", "earlier", "later", "before", "after", "since", "until",
    "through", "between", "from", "to", "and", "of", "in", "for", "over", "within", "the", "a", "an", "this",
    "that", "last", "next", "coming", "past", "recent", "same", "first", "third", "early", "mid", "late", "every",
    "each", "twice", "times", "once", "nearly", "about", "more than", "at least", "up to", "several", "few",
    "many", "some", "five", "twenty-one", "eleven", "hundred", "thousand", "Christmas", "Easter", "New Year",
    "currently", "as soon as possible", "the near future", "in the coming days", "old", "age", "now", "per",
    "long", "ahead", "date", "time", "hence", "Orthodox", "yesterday", "tomorrow", "night", "previous", "following",
    "and a half", "expires", "takes effect", "/",
]  # fmt: skip
NUMBERS = [
    "1",
    "5",
    "12",
    "23",
    "31",
    "2",
    "1999",
    "2024",
    "20",
    "19",
    "1990s",
    "2020s",
    "3:30",
    "10.15",
    "1/2",
    "5,000",
]
FILLER = ["talks", "will", "resume", "she", "said", "budget", "plan", "Smith", "IT", "OK", "raised", "kids"]
PUNCTUATION = [",", ".", ";", ":", "-", "–", "(", ")", "’s", "'", "%", "$"]
JOINS = [" ", " ", " ", "", "-", ", ", ". ", "\n", "\xa0"]
"""Single whitespace between pieces, so windows are used; test_scanning.py has texts where they are not."""

PIECES = st.one_of(
    st.sampled_from(DATE_WORDS).flatmap(lambda word: st.sampled_from([word, word.lower(), word.upper(), word.title()])),
    st.sampled_from(NUMBERS),
    st.sampled_from(FILLER),
    st.sampled_from(PUNCTUATION),
)
TEXTS = st.lists(st.tuples(PIECES, st.sampled_from(JOINS)), max_size=40).map(
    lambda pieces: "".join(piece + join for piece, join in pieces)
)
WINDOWED = [(position, rule.finditer, rule.matches) for _, position, rule in SCANNER._rules]


def spans(matches: object) -> list[tuple[object, ...]]:
    """Every group's span of every match, in order: two scans that agree here give the same readings."""
    return [tuple(match.span(group) for group in range(match.re.groups + 1)) for match in matches]  # type: ignore[attr-defined]


def comparable(found: list[tuple[Candidate, int]]) -> list[tuple[object, ...]]:
    return [
        (c.start, c.end, c.bare_year, c.timex_type, c.part_spans, c.reading.anchoring, position)
        for c, position in found
    ]


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_every_rule_matches_as_finditer_over_the_whole_text(text: str) -> None:
    lowered = folded(text)
    for position, finditer, matches in WINDOWED:
        want = spans(RULES[position].pattern.finditer(text))
        assert spans(finditer(text)) == want, (position, text)
        if Windowed.applies(text):
            assert spans(matches(text, AnchorsFound(lowered))) == want, (position, text)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_the_scanner_gives_the_candidates_of_plain_finditer(
    rule_by_rule: Callable[..., list[tuple[Candidate, int]]], text: str
) -> None:
    assert comparable(SCANNER.scan(text)) == comparable(rule_by_rule(RULES, text)), text


EDGE_PATTERNS = [
    r"(?=[ab])\bab(?:\s+c)?(?!\s+d\b\s*(?:[,.]|$))",
    r"(?=[xy])\b(?:x|y\s+y)\s+ab\b(?=\s*\.)",
    r"\b(?:the\s+)?(?:[xy][\w,]+\s+)?ab(?![\w,]+-)",
    r"(?<![\w.])c\s*(?i:ab|ba)(?:\s+d)?$",
]
EDGE_TEXTS = st.lists(
    st.tuples(
        st.sampled_from(["ab", "ba", "AB", "c", "d", "x", "y", "the", "xy,z", "x" * 20, "\u212a", ".", ",", "-"]),
        st.sampled_from([" ", " ", "", "  ", ",", ". "]),
    ),
    max_size=20,
).map(lambda pieces: "".join(piece + join for piece, join in pieces))


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(EDGE_PATTERNS), EDGE_TEXTS)
@example(EDGE_PATTERNS[1], "c y y ab. x y ab.")  # a match starting well before its anchor
@example(EDGE_PATTERNS[2], "the " + "x" * 30 + " ab the xy,z ab-")  # a long word between start and anchor
@example(EDGE_PATTERNS[2], "xab ab")  # the next anchor inside the match just found
@example(EDGE_PATTERNS[0], "ab c d, ab d")  # the end test of the lookahead just past the window
def test_windows_match_as_finditer_at_their_edges(source: str, text: str) -> None:
    pattern = re.compile(source)
    windowed = Windowed.of(pattern)
    assert windowed is not None, source
    want = spans(pattern.finditer(text))
    if Windowed.applies(text):
        assert spans(windowed.finditer(text, windowed.anchors.starts(folded(text)))) == want, (source, text)
    assert spans(with_leading_test(pattern).finditer(text)) == want, (source, text)


def test_reach_and_anchors_are_read_off_the_pattern() -> None:
    windowed = Windowed.of(re.compile(r"\b(?i:next|last)\s+(?:week|month)\b(?!\s+ago)"))
    assert windowed is not None
    assert sorted(windowed.anchors.words) == ["last", "next"]  # the rarest set: both sets' shortest word is 4
    assert windowed.reach == 4 + 1 + 5 + 4  # the words and a space, then the lookahead's space and "ago"
    assert Windowed.of(re.compile(r"\b\w+ly\b")) is not None
    assert Windowed.of(re.compile(r"(?:[-\s]+)year")) is None  # no bound on a run of dashes and spaces
    assert Windowed.of(re.compile(r"(?:year)?")) is None  # nothing every match holds


def test_windows_are_not_used_where_whitespace_or_words_run_long() -> None:
    assert Windowed.applies("In May 2024, talks resumed.")
    assert not Windowed.applies("In May  2024")
    assert not Windowed.applies("In May\xa0 2024")
    assert not Windowed.applies("see " + "x" * 41)


def test_the_leading_test_takes_in_every_letter_ignorecase_takes_for_an_ascii_one() -> None:
    test = leading_test(parser.parse("(?i:ks)"), 0)
    assert test is not None
    assert re.match(test, "\u212a\u017f") and re.match(test, "kS") and not re.match(test, "ka")


def test_a_pattern_opening_on_a_literal_keeps_its_own_fast_scan() -> None:
    year = next(rule.pattern for rule in RULES if rule.pattern.pattern == BARE_YEAR)
    assert with_leading_test(year) is year
