"""The tagger's working types: what a span of text may mean before it is anchored.

Rules find spans and say what they mean as a function of an anchor; later passes widen
spans ("the end of", "until", "between ... and ...") by wrapping those functions, and only
the last pass picks each anchor. That keeps the anchor choice in one place.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from eastflank.loaders.extract.dates.model import Kind, Modifier, PartialDate, TimexType
from eastflank.loaders.extract.text.case_folding import folded

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
    in_story: Resolver | None = None
    """How a deictic reading means when the text gives no day of writing and it is read on the last date the
    story told instead: "In October" after "in May 2019" is October 2019, whatever its verb's tense (a story
    moves on from its dates; only the day of writing lies after everything told in the past tense)."""


def fixed(meaning: Meaning | None) -> Reading | None:
    """An absolute reading, or None when the text named an impossible date."""
    return None if meaning is None else Reading("absolute", lambda _anchor: meaning)


def relative(anchoring: Anchoring, resolve: Callable[[PartialDate], Meaning | None]) -> Reading:
    """A reading that needs an anchor; without one it means nothing."""
    return Reading(anchoring, lambda anchor: None if anchor is None else resolve(anchor))


def transformed(reading: Reading, change: Callable[[Meaning], Meaning | None]) -> Reading:
    """The same reading with its meaning changed after anchoring."""
    story = reading.in_story
    return Reading(
        reading.anchoring,
        lambda anchor: _then(reading.resolve(anchor), change),
        None if story is None else lambda anchor: _then(story(anchor), change),
    )


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
    folded: bool = False
    """Lowercase words a case-insensitive part of the pattern requires, looked for in `folded(text)`: unlike
    the lowercased text, it holds every string such a part can match ("NİGHT" holds "night")."""

    def opens(self, text: str, lowered_text: str) -> bool:
        """Whether the text (lowercased, for words that may open a sentence) holds one of the words."""
        haystack = folded(text) if self.folded else lowered_text if self.lowered else text
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
