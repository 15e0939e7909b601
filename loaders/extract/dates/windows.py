"""Running a rule only around the words every match of it holds, with exactly the matches `finditer` gives.

Most of a paragraph cannot hold a match of "five years" or "the coming weeks": every match holds
a unit word. Read off the parsed pattern are (1) words one of which every match holds (its
anchors) and (2) its reach: how far past its start a match, and every test `re` makes on the
way to it (lookaheads, word boundaries, the end of the text), can look. A match starting at p
holds an anchor starting at some u with p <= u < p + reach, and whether a match starts at p, and
which, depends on no character at or past p + reach. So the first match at or after a start s
is found by searching, for each anchor u in order, the positions [max(s, u - reach), u] with the
text cut at u + reach: every position there is decided as in the whole text, and a match found
past u is ignored (the next anchor's window holds it). That is the match `finditer` finds next.

Reach is bounded only where every repetition is: `\\s+` and `\\s*` are taken to match one
character at most, which holds in a text without two whitespace characters in a row, and a repeated
set without whitespace (`\\w+`, `[\\w,]+`) LONGEST_WORD characters at most, which holds in a text
without a longer run of non-whitespace; other texts are searched whole (`Windowed.applies`).
"""

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import product
from re import _constants as constants  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

from eastflank.loaders.extract.text.case_folding import folded

LONGEST_WORD = 40
BEYOND_BOUNDS = re.compile(rf"\s\s|\S{{{LONGEST_WORD + 1}}}")
"""Where this is found, `\\s+` may match more than one character or `\\w+` more than LONGEST_WORD, and reaches
are not bounds."""
MOST_WORDS = 400
"""A word set larger than this is not worth building (a cross product of alternatives)."""
_AHEAD_OF_END = {constants.AT_END, constants.AT_END_LINE, constants.AT_END_STRING}
_LOOKING = {constants.AT_BOUNDARY, constants.AT_NON_BOUNDARY, constants.AT_UNI_BOUNDARY, constants.AT_UNI_NON_BOUNDARY}
_REPEATS = {constants.MAX_REPEAT, constants.MIN_REPEAT, getattr(constants, "POSSESSIVE_REPEAT", None)}
_ONE_CHARACTER = {constants.LITERAL, constants.NOT_LITERAL, constants.IN, constants.ANY}


class Unbounded(Exception):
    """A part of the pattern has no bound on how far it reads."""


class Anchors:
    """Words one of which every match of a pattern holds, found in `folded` text by one automaton pass.

    Rules that share their words share one `Anchors` (the month names of eight rules), so a scan
    finds those words once per text.
    """

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words
        self._automaton = ahocorasick.Automaton()
        for word in words:
            self._automaton.add_word(word, len(word))
        self._automaton.make_automaton()

    def starts(self, folded_text: str) -> list[int]:
        """Where any of the words starts, overlapping ones included, in order."""
        return sorted({end - size + 1 for end, size in self._automaton.iter(folded_text)})


@dataclass(frozen=True)
class Windowed:
    """A pattern with the words every match holds and its reach."""

    pattern: re.Pattern[str]
    anchors: Anchors
    reach: int

    @classmethod
    def of(cls, pattern: re.Pattern[str], shared: dict[frozenset[str], Anchors] | None = None) -> "Windowed | None":
        """The pattern ready to run in windows, or None when it reads unboundedly or no anchor words are known;
        `shared` holds the anchors of the rules made ready before, by their words."""
        parsed = parser.parse(pattern.pattern, pattern.flags)
        words = _anchor_words(parsed.data, parsed.state.flags)
        if not words or parsed.getwidth()[0] == 0:
            return None
        try:
            reach = _reach(parsed.data)
        except Unbounded:
            return None
        shared = {} if shared is None else shared
        anchors = shared.setdefault(frozenset(words), Anchors(frozenset(words)))
        return cls(pattern, anchors, reach)

    @staticmethod
    def applies(text: str) -> bool:
        """Whether the reaches hold in this text: no two whitespace characters in a row, no longer word than LONGEST_WORD."""
        return BEYOND_BOUNDS.search(text) is None

    def finditer(self, text: str, starts: list[int]) -> Iterator[re.Match[str]]:
        """What `pattern.finditer(text)` gives, for a text `applies` holds for; `starts` are `anchors.starts(folded(text))`."""
        search, reach, length = self.pattern.search, self.reach, len(text)
        cursor = 0
        for anchor in starts:
            start = max(cursor, anchor - reach)
            while start <= anchor:
                match = search(text, start, min(length, anchor + reach))
                if match is None or match.start() > anchor:
                    break
                yield match
                start = match.end()
            cursor = max(start, anchor + 1)


def _reach(items: Any) -> int:
    """How far past its start a sequence may read: the widths before each item plus that item's reach."""
    reach = width = 0
    for op, av in items:
        item_reach, item_width = _item_reach(op, av)
        reach = max(reach, width + item_reach)
        width += item_width
    return max(reach, width)


def _width(items: Any) -> int:
    return sum(_item_reach(op, av)[1] for op, av in items)


def _item_reach(op: Any, av: Any) -> tuple[int, int]:
    """(reach, most characters matched) of one item; reach counts every character `re` may look at."""
    if op in _ONE_CHARACTER:
        return 1, 1
    if op is constants.AT:
        return (2 if av in _AHEAD_OF_END else 1 if av in _LOOKING else 0), 0
    if op in (constants.ASSERT, constants.ASSERT_NOT):
        direction, pattern = av
        if direction < 0:  # a lookbehind reads back from here, past here only what its own tests look at
            return max(0, _reach(pattern.data) - _width(pattern.data)), 0
        return _reach(pattern.data), 0
    if op is constants.SUBPATTERN:
        return _reach(av[3].data), _width(av[3].data)
    if op is constants.BRANCH:
        return max(_reach(branch.data) for branch in av[1]), max(_width(branch.data) for branch in av[1])
    if op in _REPEATS:
        _low, high, pattern = av
        if high == constants.MAXREPEAT:  # bounded in a text BEYOND_BOUNDS is not found in; `re` reads one more
            if _whitespace_only(pattern.data):
                return 2, 1
            if _no_whitespace(pattern.data):
                return LONGEST_WORD + 1, LONGEST_WORD
            raise Unbounded
        if high == 0:
            return 0, 0
        body_width = _width(pattern.data)
        return (high - 1) * body_width + _reach(pattern.data), high * body_width
    raise Unbounded


def _whitespace_only(items: Any) -> bool:
    if len(items) != 1 or items[0][0] is not constants.IN:
        return False
    return all(
        (op is constants.CATEGORY and av is constants.CATEGORY_SPACE) or (op is constants.LITERAL and chr(av).isspace())
        for op, av in items[0][1]
    )


def _no_whitespace(items: Any) -> bool:
    if len(items) != 1 or items[0][0] is not constants.IN:
        return False
    return all(
        (op is constants.CATEGORY and av in (constants.CATEGORY_WORD, constants.CATEGORY_DIGIT))
        or (op is constants.LITERAL and not chr(av).isspace())
        or (op is constants.RANGE and not any(chr(code).isspace() for code in range(av[0], av[1] + 1)))
        for op, av in items[0][1]
    )


def _anchor_words(items: Any, flags: int) -> set[str] | None:
    """Words (as `folded` text reads them) one of which every match of the sequence holds, the rarest found."""
    found: list[set[str]] = []
    run: set[str] | None = None
    for op, av in items:
        words = _words(op, av, flags)
        if words is not None:
            run = words if run is None else _joined(run, words)
            continue
        if run is not None:
            found.append(run)
            run = None
        inner = _inner_anchor_words(op, av, flags)
        if inner is not None:
            found.append(inner)
    if run is not None:
        found.append(run)
    found = [words for words in found if words and "" not in words and len(words) <= MOST_WORDS]
    return max(found, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _inner_anchor_words(op: Any, av: Any, flags: int) -> set[str] | None:
    if op is constants.SUBPATTERN:
        return _anchor_words(av[3].data, (flags | av[1]) & ~av[2])
    if op in _REPEATS and av[0] >= 1:
        return _anchor_words(av[2].data, flags)
    if op is constants.BRANCH:
        return _every_branch(_anchor_words, av[1], flags)
    return None


def _words(op: Any, av: Any, flags: int) -> set[str] | None:
    """The strings an item matches, when it matches a few literal strings only, as `folded` reads them."""
    if op is constants.LITERAL:
        char = chr(av)
        if flags & re.IGNORECASE and char.lower() != char.upper() and not char.isascii():
            return None  # `re` may take other letters for it than its cases
        return {folded(char)}
    if op is constants.SUBPATTERN:
        return _sequence_words(av[3].data, (flags | av[1]) & ~av[2])
    if op is constants.BRANCH:
        return _every_branch(_sequence_words, av[1], flags)
    return None


def _every_branch(words_of: Callable[[Any, int], set[str] | None], branches: Any, flags: int) -> set[str] | None:
    """The words of all of an alternation's branches, or None when one branch has none to offer."""
    alternatives = [words_of(branch.data, flags) for branch in branches]
    if any(words is None for words in alternatives):
        return None
    return set().union(*alternatives)  # type: ignore[arg-type]


def _sequence_words(items: Any, flags: int) -> set[str] | None:
    words = {""}
    for op, av in items:
        more = _words(op, av, flags)
        if more is None:
            return None
        words = _joined(words, more)
        if len(words) > MOST_WORDS:
            return None
    return words


def _joined(left: set[str], right: set[str]) -> set[str]:
    return {first + second for first, second in product(left, right)}
