"""A cheap test of a pattern's first two characters, derived from the pattern, that every match passes.

A rule that opens on a long case-insensitive alternation ("nearly|almost|about|...|five|six|...")
has `re` enter every alternative at every word start of the paragraph; most of a rule's time
went there. `re` skips an alternative at once when it opens on a case-sensitive character set,
so a lookahead that offers the pattern's possible first two characters as such sets rejects
almost every position in a few steps. The lookahead is read off the parsed pattern and is a
necessary condition of a match at that position, so putting it in front of the pattern changes
no match: a position that fails it is one where the pattern fails too.
"""

import re
from collections.abc import Iterable
from re import _constants as constants  # type: ignore[attr-defined]  # no stub; the parser re itself uses
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any

from eastflank.loaders.extract.text.case_folding import CASE_INSENSITIVE_FORMS

Class = frozenset[str] | None
"""The characters one position may hold, as items of a regex character set; None: any character."""
Prefix = tuple[Class, ...]
Firsts = set[tuple[Prefix, bool]]
"""Possible starts of a match, each with whether the part read ends there (so what follows adds to it)."""

DEPTH = 2
OPENING = re.compile(r"\(\?=\[[^\]\\]*\]\)\\b")
"""The word start most rules open on (lexicon.opening): the test goes after it, which rejects most positions sooner;
both are zero-width, so the test still looks at the position the match starts at."""
_EMPTY: Firsts = {((), True)}
_UNKNOWN: Firsts = {((), False)}
_ZERO_WIDTH = {constants.AT, constants.ASSERT, constants.ASSERT_NOT}
_REPEATS = {constants.MAX_REPEAT, constants.MIN_REPEAT, getattr(constants, "POSSESSIVE_REPEAT", None)}
_CATEGORIES = {
    constants.CATEGORY_DIGIT: r"\d",
    constants.CATEGORY_NOT_DIGIT: r"\D",
    constants.CATEGORY_SPACE: r"\s",
    constants.CATEGORY_NOT_SPACE: r"\S",
    constants.CATEGORY_WORD: r"\w",
    constants.CATEGORY_NOT_WORD: r"\W",
}


def with_leading_test(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern with a lookahead on its first two characters in front, when it opens on a lookahead or
    word boundary; else the pattern itself, since `re` already scans fast for a leading literal or set."""
    if pattern.flags & ~re.UNICODE:  # a global flag must open the pattern, where the test would go
        return pattern
    parsed = parser.parse(pattern.pattern, pattern.flags)
    if not parsed.data or parsed.data[0][0] not in _ZERO_WIDTH:
        return pattern
    test = leading_test(parsed, parsed.state.flags)
    if test is None:
        return pattern
    opening = OPENING.match(pattern.pattern)
    at = 0 if opening is None else opening.end()
    return re.compile(pattern.pattern[:at] + test + pattern.pattern[at:], pattern.flags)


def leading_test(parsed: Any, flags: int) -> str | None:
    """A lookahead every position a match of `parsed` starts at passes, or None when nothing is known."""
    prefixes = {prefix for prefix, _ends in _sequence(parsed.data, flags, DEPTH)}
    if any(not prefix or prefix[0] is None for prefix in prefixes):
        return None
    seconds: dict[frozenset[str], set[str] | None] = {}
    for prefix in prefixes:
        first = prefix[0]
        assert first is not None
        second = prefix[1] if len(prefix) > 1 else None
        known = seconds.get(first, set())
        seconds[first] = None if known is None or second is None else known | second
    branches = [_set(first) + ("" if second is None else _set(second)) for first, second in seconds.items()]
    everything = frozenset().union(*seconds)
    return rf"(?={_set(everything)})(?={'|'.join(sorted(branches))})"


def _set(items: Iterable[str]) -> str:
    return "[" + "".join(sorted(items)) + "]"


def _sequence(items: Iterable[tuple[Any, Any]], flags: int, depth: int) -> Firsts:
    found = _EMPTY
    for op, av in items:
        grown: Firsts = set()
        for prefix, ends in found:
            if not ends or len(prefix) >= depth:
                grown.add((prefix, ends))
                continue
            for more, more_ends in _item(op, av, flags, depth - len(prefix)):
                grown.add((prefix + more, more_ends))
        found = grown
    return found


def _item(op: Any, av: Any, flags: int, depth: int) -> Firsts:
    if op in _ZERO_WIDTH:
        return _EMPTY
    if op is constants.LITERAL:
        return {((_literal(chr(av), flags),), True)}
    if op is constants.IN:
        return {((_in(av, flags),), True)}
    if op is constants.SUBPATTERN:
        _group, add_flags, del_flags, pattern = av
        return _sequence(pattern.data, (flags | add_flags) & ~del_flags, depth)
    if op is constants.BRANCH:
        _none, branches = av
        return set().union(*(_sequence(branch.data, flags, depth) for branch in branches))
    if op in _REPEATS:
        low, high, pattern = av
        once = {(prefix, False) for prefix, _ends in _sequence(pattern.data, flags, depth)} if high else set()
        return once | (_EMPTY if low == 0 else set())
    if op in (constants.NOT_LITERAL, constants.ANY):
        return {((None,), True)}
    return _UNKNOWN


def _literal(char: str, flags: int) -> Class:
    """The characters a literal matches: under IGNORECASE an ASCII letter matches its two cases and the
    look-alike letters `re` takes for it; another letter with cases is left unknown."""
    if not flags & re.IGNORECASE or char.lower() == char.upper():
        return frozenset([re.escape(char)])
    if not char.isascii():
        return None
    lower = char.lower()
    forms = {lower, lower.upper(), *(form for form, letter in CASE_INSENSITIVE_FORMS.items() if letter == lower)}
    return frozenset(map(re.escape, forms))


def _in(items: list[tuple[Any, Any]], flags: int) -> Class:
    found: set[str] = set()
    for op, av in items:
        if op is constants.LITERAL:
            part = _literal(chr(av), flags)
        elif op is constants.RANGE:
            low, high = av
            part = _range(low, high, flags)
        elif op is constants.CATEGORY and av in _CATEGORIES:
            part = frozenset([_CATEGORIES[av]])
        else:  # a negated set and the rest: anything may match
            part = None
        if part is None:
            return None
        found |= part
    return frozenset(found)


def _range(low: int, high: int, flags: int) -> Class:
    if flags & re.IGNORECASE:
        return _in([(constants.LITERAL, code) for code in range(low, high + 1)], flags) if high - low < 64 else None
    return frozenset([f"{re.escape(chr(low))}-{re.escape(chr(high))}"])
