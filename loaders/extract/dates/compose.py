"""Passes over the rules' candidates: keep the longest, then widen them with the words around.

Order matters and is fixed in `compose`: times of day join their day first ("noon Friday"), then "the last
day of" a month or year, then modifiers ("the end of 2025"),
then counts of days ("two days after Christmas"), then ranges
("from 2025 to 2028", "between 2021 and 2024"), then open bounds ("until the end of 2030"),
and last the check that a lone four-digit number stands where a year would.
"""

import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from dateutil.relativedelta import relativedelta

from eastflank.loaders.extract.dates.calendar import shift
from eastflank.loaders.extract.dates.day_offsets import count_days_off
from eastflank.loaders.extract.dates.lexicon import MODIFIERS, YEAR_CONTEXT_WORDS
from eastflank.loaders.extract.dates.model import Modifier, PartialDate
from eastflank.loaders.extract.dates.quoted_titles import drop_quoted_titles
from eastflank.loaders.extract.dates.reading import Candidate, Meaning, Reading, transformed
from eastflank.loaders.extract.dates.times import join_times
from eastflank.loaders.extract.text.span_index import SpanIndex

LOOK_BACK = 40
MODIFIER_BEFORE = re.compile(
    r"(?i)(?:(?:\bthe\s+)?\b(?P<long>end|beginning|start|middle)\s+of\s+"
    r"|\b(?P<short>early|late|mid)[-\s]+|\b(?P<end>end)-)$"
)
EDGE_DAY_BEFORE = re.compile(r"(?i)\bthe\s+(?P<which>first|last|final)\s+day\s+of\s+$")
RANGE_GAP = re.compile(r"\s*[-–—]\s*|\s+(?i:to|until|till|through|and)\s+")
RANGE_OPENING = re.compile(r"(?i)\b(?P<word>from|between)\s+$")
OPEN_BEFORE = re.compile(
    r"(?i)\b(?:(?P<until>until|till|by|before|no\s+later\s+than|(?P<through>through|thru))(?:\s+at\s+least)?\s+|(?P<pre>pre)-"
    r"|(?P<since>from|since|after|starting(?:\s+(?:in|from|on))?|beginning(?:\s+(?:in|on))?|as\s+(?:of|from))\s+"
    r"|(?P<post>post)-)$"
)
THROUGHOUT = re.compile(r"(?i)the\s+(?!end\b)")
"""After "through", a time with its article is lived through ("through the 2000s", "through the summer"); a bare
one, or "the end of" one, is where it stops ("through 2030", "through the end of March")."""
POSSESSIVE = re.compile(r"['’]s\b")
COORDINATION = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+")
SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n)[\s\"“‘(]*$")
SUBJECT_VERB = re.compile(r"\s*[,:]|\s+(?:was|is|will|saw|sees|marked|marks|brought|brings|has|had|became|proved)\b")


def compose(text: str, found: list[tuple[Candidate, int]]) -> list[Candidate]:
    """The accepted expressions of one text, in order, from every rule's candidates."""
    candidates = count_days_off(text, attach_modifiers(text, edge_days(text, join_times(text, select_longest(found)))))
    return drop_quoted_titles(text, confirm_years(text, open_bounds(text, join_ranges(text, candidates))))


def select_longest(found: list[tuple[Candidate, int]]) -> list[Candidate]:
    """Non-overlapping candidates, longest first; equal spans go to the earlier rule.

    The spans taken are found by bisection: comparing each candidate with every span taken
    made a paragraph with thousands of dates take seconds."""
    taken: list[Candidate] = []
    spans = SpanIndex()
    for candidate, _ in sorted(found, key=lambda pair: (pair[0].start - pair[0].end, pair[0].start, pair[1])):
        if not spans.overlaps(candidate.start, candidate.end):
            taken.append(candidate)
            spans.add(candidate.start, candidate.end)
    return sorted(taken, key=lambda candidate: candidate.start)


def edge_days(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """ "the first day of March", "the last day of 2012": that one day of a month or year the text names."""
    return _widened_by_words_before(text, candidates, EDGE_DAY_BEFORE, _edge_day_of)


def _edge_day_of(before: re.Match[str]) -> Callable[[Meaning], Meaning]:
    last = before["which"].lower() != "first"
    return lambda meaning: _edge_day(meaning, last)


def _widened_by_words_before(
    text: str,
    candidates: list[Candidate],
    words: re.Pattern[str],
    change_for: Callable[[re.Match[str]], Callable[[Meaning], Meaning]],
) -> list[Candidate]:
    """Each DATE candidate that `words` end right before takes them into its span, its meaning changed as
    those words say."""
    widened = []
    for candidate in candidates:
        before = words.search(text, max(0, candidate.start - LOOK_BACK), candidate.start)
        if before is None or candidate.timex_type != "DATE":
            widened.append(candidate)
            continue
        reading = transformed(candidate.reading, change_for(before))
        widened.append(candidate.widened(before.start(), candidate.end, reading))
    return widened


def _edge_day(meaning: Meaning, last: bool) -> Meaning:
    """The first or last day of a month or year. A week, a quarter or a span keeps its own value: coarser than
    the day meant, but holding it."""
    value = meaning.value
    if meaning.kind != "date" or meaning.timex is not None or value.day is not None:
        return meaning
    month = value.month if value.month is not None else (12 if last else 1)
    day_ = monthrange(value.year, month)[1] if last else 1
    return replace(meaning, value=PartialDate(value.year, month, day_))


def attach_modifiers(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """ "(at) the end of", "early", "mid-" before a date join its span and set its modifier."""
    return _widened_by_words_before(text, candidates, MODIFIER_BEFORE, _with_modifier)


def _with_modifier(before: re.Match[str]) -> Callable[[Meaning], Meaning]:
    modifier: Modifier = MODIFIERS[(before["long"] or before["short"] or before["end"]).lower()]
    return lambda meaning: replace(meaning, modifier=modifier)


def join_ranges(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Two dates joined by a dash or "to" (or "between ... and ...") become one range."""
    joined: list[Candidate] = []
    for candidate in candidates:
        span = None if len(joined) == 0 else _range(text, joined[-1], candidate)
        if span is None:
            joined.append(candidate)
        else:
            joined[-1] = span
    return joined


def _range(text: str, first: Candidate, second: Candidate) -> Candidate | None:
    gap = RANGE_GAP.fullmatch(text, first.end, second.start)
    if gap is None or first.timex_type != "DATE" or second.timex_type != "DATE":
        return None
    opening = RANGE_OPENING.search(text, max(0, first.start - LOOK_BACK), first.start)
    is_between = opening is not None and opening["word"].lower() == "between"
    if gap.group().strip().lower() == "and" and not is_between:
        return None
    reading = _range_reading(first.reading, second.reading)
    if reading is None:
        return None
    widened = first.widened(first.start if opening is None else opening.start(), second.end, reading)
    return replace(widened, part_spans=((first.start, first.end), (second.start, second.end)), fallback=(first, second))


def _range_reading(first: Reading, second: Reading) -> Reading | None:
    """Both ends read on the same anchor; a range must go forward in time."""
    anchorings = {first.anchoring, second.anchoring} - {"absolute"}
    if len(anchorings) > 1:
        return None

    def resolve(anchor: PartialDate | None) -> Meaning | None:
        start, end = first.resolve(anchor), second.resolve(anchor)
        if start is None or end is None or start.kind != "date" or end.kind != "date":
            return None
        if not _before(start.value, end.value):
            earlier = None if first.anchoring == "absolute" else _a_cycle_earlier(start)
            if (
                earlier is None
                or not _before(earlier.value, end.value)
                or not _within_a_cycle(earlier.value, end.value)
            ):
                return None
            start = earlier
        parts = (start.timex_value(), end.timex_value())
        return Meaning(start.value, end.value, "range", start.modifier, part_values=parts)

    reading = Reading(anchorings.pop() if len(anchorings) == 1 else "absolute", resolve)
    return None if reading.anchoring == "absolute" and resolve(None) is None else reading


def _a_cycle_earlier(meaning: Meaning) -> Meaning | None:
    """A year-less start read after its end goes back one cycle of what it names: "between March and May" in
    a past sentence written in March is March to May of last year; "from Monday to Friday" written on a Friday
    is this week's Monday."""
    value = meaning.value
    if meaning.timex is not None or value.month is None:
        return None
    if value.day is not None:
        return replace(meaning, value=shift(value, relativedelta(days=-7), "day"))
    return replace(meaning, value=shift(value, relativedelta(years=-1), "month"))


def _within_a_cycle(first: PartialDate, second: PartialDate) -> bool:
    """A range moved back a cycle must still be shorter than one: a week for days, a year for months."""
    if first.day is None or first.month is None or second.month is None:
        return True
    last = date(second.year, second.month, second.day or 1)
    return (last - date(first.year, first.month, first.day)).days < 7


def _before(first: PartialDate, second: PartialDate) -> bool:
    return (first.year, first.month or 1, first.day or 1) < (second.year, second.month or 1, second.day or 1)


def open_bounds(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """ "until/by/before/through 2030" ends an open range, "from/since/after 2025" starts one.

    The span stays on the date words, as TimeML tags them (the word before is a signal, not
    part of the time); `kind` keeps what the bound means, and the signal confirms a bare year.

    A possessive ("since last year's election") dates the noun, not the bound, and is left alone.
    """
    widened = []
    for candidate in candidates:
        before = OPEN_BEFORE.search(text, max(0, candidate.start - LOOK_BACK), candidate.start)
        if before is None or candidate.timex_type != "DATE" or POSSESSIVE.match(text, candidate.end) is not None:
            widened.append(candidate)
            continue
        if before["through"] is not None and THROUGHOUT.match(text, candidate.start) is not None:
            widened.append(candidate)
            continue
        ends = before["until"] is not None or before["pre"] is not None
        reading = transformed(candidate.reading, _open_end_bound if ends else _open_start_bound)
        widened.append(replace(candidate, reading=reading, bare_year=False))
    return widened


def _open_end_bound(meaning: Meaning) -> Meaning | None:
    if meaning.timex_type != "DATE":
        return meaning
    return replace(meaning, end=meaning.end or meaning.value, kind="open_start")


def _open_start_bound(meaning: Meaning) -> Meaning | None:
    return meaning if meaning.timex_type != "DATE" else replace(meaning, end=None, kind="open_end")


def confirm_years(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Keep a lone four-digit number only where a year stands: after "in", "of", "the" ...,
    in parentheses, before "'s", listed with another date, or opening a sentence as its subject."""
    return [
        candidate
        for index, candidate in enumerate(candidates)
        if not candidate.bare_year or _in_year_context(text, candidate) or _coordinated(text, candidates, index)
    ]


def _in_year_context(text: str, candidate: Candidate) -> bool:
    before = text[max(0, candidate.start - LOOK_BACK) : candidate.start]
    word = re.search(r"([\w’']+)\s+$", before)
    if word is not None and (word.group(1).lower() in YEAR_CONTEXT_WORDS or POSSESSIVE.search(word.group(1))):
        return True
    if re.search(r"\(\s*$", before) is not None and re.match(r"\s*\)", text[candidate.end :]) is not None:
        return True
    if POSSESSIVE.match(text, candidate.end) is not None:
        return True
    starts_sentence = SENTENCE_START.search(text, max(0, candidate.start - LOOK_BACK), candidate.start) is not None
    return starts_sentence and SUBJECT_VERB.match(text, candidate.end) is not None


def _coordinated(text: str, candidates: list[Candidate], index: int) -> bool:
    """ "2027 and 2028", "in 2021, 2022 and 2023": a list of years confirms each of them."""
    neighbours = [(candidates[index - 1], candidates[index])] if index > 0 else []
    if index + 1 < len(candidates):
        neighbours.append((candidates[index], candidates[index + 1]))
    return any(COORDINATION.fullmatch(text, first.end, second.start) is not None for first, second in neighbours)
