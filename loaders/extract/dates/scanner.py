"""Running every date rule over a text: which rules' gates it opens, then each open rule's matches.

The tagger sees each paragraph once, with some 55 rules: the gates are found in one pass and
each rule's lookups are made once, when the tagger is built, not per paragraph or per match.
"""

import re
from collections.abc import Iterable, Iterator, Sequence

import ahocorasick

from eastflank.loaders.extract.dates.leading import with_leading_test
from eastflank.loaders.extract.dates.reading import Candidate, Gate, Rule
from eastflank.loaders.extract.dates.windows import Anchors, Windowed
from eastflank.loaders.extract.text.case_folding import CASE_INSENSITIVE_FORMS, folded

LOOK_ALIKES = re.compile("[" + "".join(CASE_INSENSITIVE_FORMS) + "]")
"""Letters whose text `folded` reads apart from the lowercased text; without them both are the same."""


class GateIndex:
    """Which gates a text opens, found by one Aho-Corasick pass over every gate word at once.

    Testing each gate with its own substring searches cost some 24 gate tests per paragraph.
    One automaton over the lowercased text reports every occurrence of every word, overlapping
    ones included: a lowercase gate's word opens its gate when found; a cased (ASCII) word is
    looked for in the lowercased text too, and opens its gate only if the text itself holds it,
    which it can only do where its lowercase form was found; a folded gate's word opens it when
    found, unless the text holds a look-alike letter, when its words are looked for in the
    folded text instead. So a gate is open exactly when `Gate.opens` says so. Gates are numbered
    by first use; a text's open gates are one bit mask.
    """

    def __init__(self, gates: Iterable[Gate]) -> None:
        self.bits: dict[Gate, int] = {}
        self._always = 0
        self._direct: list[tuple[str, int]] = []
        self._folded: list[tuple[tuple[str, ...], int]] = []
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
            elif gate.folded:
                entries.setdefault(word, _Entry()).folded |= bit
            elif gate.lowered:
                entries.setdefault(word, _Entry()).mask |= bit
            elif word.isascii():
                entries.setdefault(word.lower(), _Entry()).confirm.append((word, bit))
            else:
                self._direct.append((word, bit))
        if gate.folded:
            self._folded.append((gate.words, bit))

    def open_gates(self, text: str) -> int:
        """The bits of the gates the text opens.

        A cased word is looked for in the text at most once: every lowercase hit of "may" asking
        again whether "May" is there cost the text's length per hit, the square of it on a long line."""
        opened = self._always
        for word, bit in self._direct:
            if word in text:
                opened |= bit
        as_lowered = not holds_lookalike(text)
        if self._automaton is not None:
            absent: set[str] = set()
            for _end, (mask, folded_mask, confirm) in self._automaton.iter(text.lower()):
                opened |= mask | folded_mask if as_lowered else mask
                for word, bit in confirm:
                    if opened & bit or word in absent:
                        continue
                    if word in text:
                        opened |= bit
                    else:
                        absent.add(word)
        if not as_lowered:
            opened |= self._open_folded(folded(text))
        return opened

    def _open_folded(self, folded_text: str) -> int:
        opened = 0
        for words, bit in self._folded:
            if any(map(folded_text.__contains__, words)):
                opened |= bit
        return opened

    def mask(self, gates: Iterable[Gate]) -> int:
        """The bits a text must open for all of `gates` to be open."""
        combined = 0
        for gate in gates:
            combined |= self.bits[gate]
        return combined


class _Entry:
    """One key of the automaton: the lowercase and folded gates it opens, and the cased words it may be."""

    __slots__ = ("confirm", "folded", "mask")

    def __init__(self) -> None:
        self.mask = 0
        self.folded = 0
        self.confirm: list[tuple[str, int]] = []


def _automaton(entries: dict[str, _Entry]) -> "ahocorasick.Automaton | None":
    if not entries:
        return None
    automaton = ahocorasick.Automaton()
    for key, entry in entries.items():
        automaton.add_word(key, (entry.mask, entry.folded, tuple(entry.confirm)))
    automaton.make_automaton()
    return automaton


class Scanner:
    """The rules of a tagger, ready to run on many texts: gates indexed, every per-rule lookup done once.

    `scan` gives exactly what running each rule whose gates are open, in order, would give.
    """

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.gates = GateIndex(gate for rule in rules for gate in rule.gates)
        anchors: dict[frozenset[str], Anchors] = {}
        self._rules = [
            (self.gates.mask(rule.gates), position, _Prepared(rule, anchors)) for position, rule in enumerate(rules)
        ]

    def scan(self, text: str) -> list[tuple[Candidate, int]]:
        """Every reading any rule gives, with the rule's position for breaking ties."""
        opened = self.gates.open_gates(text)
        guarded = holds_lookalike(text)
        windows = AnchorsFound(folded(text) if guarded else text.lower()) if Windowed.applies(text) else None
        found: list[tuple[Candidate, int]] = []
        for needed, position, rule in self._rules:
            if needed & opened == needed:
                matches = rule.finditer(text) if windows is None else rule.matches(text, windows)
                rule.add_candidates(matches, position, found, guarded)
        return found


class _Prepared:
    """One rule with what reading its matches needs looked up once, not per match."""

    __slots__ = ("_bare_year", "_parts", "_read", "_span_group", "_timex_type", "_windowed", "finditer")

    def __init__(self, rule: Rule, anchors: dict[frozenset[str], Anchors]) -> None:
        pattern = with_leading_test(rule.pattern)
        self.finditer = pattern.finditer
        self._windowed = Windowed.of(pattern, anchors)
        self._read = rule.read
        self._span_group = rule.pattern.groupindex.get("date", 0)
        self._parts = rule.parts
        self._bare_year = rule.bare_year
        self._timex_type = rule.timex_type

    def matches(self, text: str, anchors: "AnchorsFound") -> Iterator[re.Match[str]]:
        """The pattern's matches in a text `Windowed.applies` to: searched around its anchor words where known."""
        if self._windowed is None:
            return self.finditer(text)
        return self._windowed.finditer(text, anchors.starts(self._windowed.anchors))

    def add_candidates(
        self, matches: Iterable[re.Match[str]], position: int, found: list[tuple[Candidate, int]], guarded: bool
    ) -> None:
        """Append a candidate for each match the reader gives a reading, tagged with the rule's position;
        `guarded` (the text holds a look-alike letter) has each match checked for one first."""
        read, span_group, parts = self._read, self._span_group, self._parts
        for match in matches:
            if guarded and holds_lookalike(match.group()):
                continue
            reading = read(match)
            if reading is not None:
                start, end = match.span(span_group)
                spans = tuple(match.span(group) for group in parts) if parts else ()
                found.append((Candidate(start, end, reading, self._bare_year, self._timex_type, spans), position))


class AnchorsFound:
    """Where each rule's anchor words start in one text, looked for once per set of words."""

    __slots__ = ("_folded_text", "_starts")

    def __init__(self, folded_text: str) -> None:
        self._folded_text = folded_text
        self._starts: dict[Anchors, list[int]] = {}

    def starts(self, anchors: Anchors) -> list[int]:
        """The starts of the words in the text."""
        found = self._starts.get(anchors)
        if found is None:
            found = self._starts[anchors] = anchors.starts(self._folded_text)
        return found


def holds_lookalike(text: str) -> bool:
    """Whether the text holds a letter `re.IGNORECASE` takes for an ASCII one (İ, ı, ſ, the Kelvin sign).

    A pattern matches "yeſterday" or "thırd" as "yesterday" and "third", but the readers look
    the matched words up in lowercase tables that hold only the ASCII spelling, and raised
    KeyError: a build stopped on one odd letter. Such a spelling is not an English date word,
    so a match holding one is passed over; ASCII text (almost every paragraph) is not searched.
    """
    return not text.isascii() and LOOK_ALIKES.search(text) is not None
