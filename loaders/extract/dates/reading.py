"""The tagger's working types: what a span of text may mean before it is anchored.

Rules find spans and say what they mean as a function of an anchor; later passes widen
spans ("the end of", "until", "between ... and ...") by wrapping those functions, and only
the last pass picks each anchor. That keeps the anchor choice in one place.
"""

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

import ahocorasick

from eastflank.loaders.extract.dates.model import Kind, Modifier, PartialDate, TimexType

Anchoring = Literal["absolute", "deictic", "anaphoric"]


@dataclass(frozen=True)
class Meaning:
    """The time a span refers to once anchored.

    `timex` is the TIMEX3 value where the ISO value cannot say it ("1989-Q3", "P5Y"); None
    means `value` says it. `year_shift` marks "a year earlier" and "the quarter": when the
    text last named a part of a year (a quarter, a half), the expression means that part
    `year_shift` years before, since the words count in that part's units. `part_year` marks "the
    1988 period": the part of a year last named, in that year.
    """

    value: PartialDate
    end: PartialDate | None = None
    kind: Kind = "date"
    modifier: Modifier | None = None
    timex_type: TimexType = "DATE"
    timex: str | None = None
    year_shift: int | None = None
    part_year: int | None = None
    part_values: tuple[str, ...] = ()

    def timex_value(self) -> str:
        """The TIMEX3 value: the one set, else the ISO value of the (start of the) time meant."""
        return self.value.iso() if self.timex is None else self.timex


Resolver = Callable[[PartialDate | None], Meaning | None]


@dataclass(frozen=True)
class Reading:
    """How a span means: on no anchor, on the publication date (deictic), or on the date before it (anaphoric)."""

    anchoring: Anchoring
    resolve: Resolver


def fixed(meaning: Meaning | None) -> Reading | None:
    """An absolute reading, or None when the text named an impossible date."""
    return None if meaning is None else Reading("absolute", lambda _anchor: meaning)


def relative(anchoring: Anchoring, resolve: Callable[[PartialDate], Meaning | None]) -> Reading:
    """A reading that needs an anchor; without one it means nothing."""
    return Reading(anchoring, lambda anchor: None if anchor is None else resolve(anchor))


def transformed(reading: Reading, change: Callable[[Meaning], Meaning | None]) -> Reading:
    """The same reading with its meaning changed after anchoring."""
    return Reading(reading.anchoring, lambda anchor: _then(reading.resolve(anchor), change))


def _then(meaning: Meaning | None, change: Callable[[Meaning], Meaning | None]) -> Meaning | None:
    return None if meaning is None else change(meaning)


@dataclass(frozen=True)
class Candidate:
    """A span that may be a date expression; `bare_year` ones still need a date context."""

    start: int
    end: int
    reading: Reading
    bare_year: bool = False
    timex_type: TimexType = "DATE"
    part_spans: tuple[tuple[int, int], ...] = ()
    fallback: tuple["Candidate", ...] = ()
    """What to read instead when this reading means nothing once anchored: a range's two ends."""

    def widened(self, start: int, end: int, reading: Reading) -> "Candidate":
        """A longer span whose wider wording confirms it is a date."""
        return replace(self, start=start, end=end, reading=reading, bare_year=False)


@dataclass(frozen=True, eq=False)
class Gate:
    """Words a text must hold (any one of them) for a rule to match: the costly pattern runs only where it can.

    Most paragraphs name no month and no year, and a substring test is a hundred times faster
    than a rule's pattern, so gates keep the tagger fast on ordinary prose. A gate must never
    change what is found: its words are a necessary condition of every match. Gates compare
    by identity, which keeps the per-text cache cheap.
    """

    words: tuple[str, ...]
    lowered: bool = False

    def opens(self, text: str, lowered_text: str) -> bool:
        """Whether the text (lowercased, for words that may open a sentence) holds one of the words."""
        haystack = lowered_text if self.lowered else text
        return any(map(haystack.__contains__, self.words))


@dataclass(frozen=True)
class Rule:
    """One pattern, the gates it needs open, and how to read its matches; a group named `date` narrows the span."""

    pattern: re.Pattern[str]
    gates: tuple[Gate, ...]
    read: Callable[[re.Match[str]], Reading | None]
    bare_year: bool = False
    timex_type: TimexType = "DATE"
    parts: tuple[str, ...] = ()
    """Groups whose spans TimeML tags as TIMEX3s of their own ("2009" and "2010" in "2009-2010")."""


class GateIndex:
    """Which gates a text opens, found by one Aho-Corasick pass over every gate word at once.

    Testing each gate with its own substring searches cost about 50 `in` tests per paragraph.
    One automaton over the lowercased text reports every occurrence of every word, overlapping
    ones included: a lowercase gate's word opens its gate when found; a cased (ASCII) word is
    looked for in the lowercased text too, and opens its gate only if the text itself holds it,
    which it can only do where its lowercase form was found. So a gate is open exactly when
    `Gate.opens` says so. Gates are numbered by first use; a text's open gates are one bit mask.
    """

    def __init__(self, gates: Iterable[Gate]) -> None:
        self.bits: dict[Gate, int] = {}
        self._always = 0
        self._direct: list[tuple[str, int]] = []
        entries: dict[str, _Entry] = {}
        for gate in gates:
            if gate not in self.bits:
                self.bits[gate] = 1 << len(self.bits)
                self._add(gate, entries)
        self._automaton = _automaton(entries)

    def _add(self, gate: Gate, entries: dict[str, "_Entry"]) -> None:
        bit = self.bits[gate]
        for word in gate.words:
            if word == "":
                self._always |= bit
            elif gate.lowered:
                entries.setdefault(word, _Entry()).mask |= bit
            elif word.isascii():
                entries.setdefault(word.lower(), _Entry()).confirm.append((word, bit))
            else:
                self._direct.append((word, bit))

    def open_gates(self, text: str) -> int:
        """The bits of the gates the text opens."""
        opened = self._always
        for word, bit in self._direct:
            if word in text:
                opened |= bit
        if self._automaton is not None:
            for _end, (mask, confirm) in self._automaton.iter(text.lower()):
                opened |= mask
                for word, bit in confirm:
                    if not opened & bit and word in text:
                        opened |= bit
        return opened

    def mask(self, gates: Iterable[Gate]) -> int:
        """The bits a text must open for all of `gates` to be open."""
        combined = 0
        for gate in gates:
            combined |= self.bits[gate]
        return combined


class _Entry:
    """One key of the automaton: the lowercase gates it opens, and the cased words it may be."""

    __slots__ = ("confirm", "mask")

    def __init__(self) -> None:
        self.mask = 0
        self.confirm: list[tuple[str, int]] = []


def _automaton(entries: dict[str, _Entry]) -> "ahocorasick.Automaton | None":
    if not entries:
        return None
    automaton = ahocorasick.Automaton()
    for key, entry in entries.items():
        automaton.add_word(key, (entry.mask, tuple(entry.confirm)))
    automaton.make_automaton()
    return automaton


class Scanner:
    """The rules of a tagger, ready to run on many texts: gates indexed, every per-rule lookup done once.

    `scan` gives exactly what running each rule whose gates are open, in order, would give.
    """

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.gates = GateIndex(gate for rule in rules for gate in rule.gates)
        self._rules = [(self.gates.mask(rule.gates), position, _Prepared(rule)) for position, rule in enumerate(rules)]

    def scan(self, text: str) -> list[tuple[Candidate, int]]:
        """Every reading any rule gives, with the rule's position for breaking ties."""
        opened = self.gates.open_gates(text)
        found: list[tuple[Candidate, int]] = []
        for needed, position, rule in self._rules:
            if needed & opened == needed:
                rule.add_candidates(text, position, found)
        return found


class _Prepared:
    """One rule with what reading its matches needs looked up once, not per match."""

    __slots__ = ("_bare_year", "_finditer", "_parts", "_read", "_span_group", "_timex_type")

    def __init__(self, rule: Rule) -> None:
        self._finditer = rule.pattern.finditer
        self._read = rule.read
        self._span_group = rule.pattern.groupindex.get("date", 0)
        self._parts = rule.parts
        self._bare_year = rule.bare_year
        self._timex_type = rule.timex_type

    def add_candidates(self, text: str, position: int, found: list[tuple[Candidate, int]]) -> None:
        read, span_group, parts = self._read, self._span_group, self._parts
        for match in self._finditer(text):
            reading = read(match)
            if reading is not None:
                start, end = match.span(span_group)
                spans = tuple(match.span(group) for group in parts) if parts else ()
                found.append((Candidate(start, end, reading, self._bare_year, self._timex_type, spans), position))


def scan(text: str, rules: Sequence[Rule]) -> list[tuple[Candidate, int]]:
    """Every reading any rule gives, with the rule's position for breaking ties (a one-off Scanner)."""
    return Scanner(rules).scan(text)
