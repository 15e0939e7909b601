"""Give an event trigger its date: from its clause, from the sentence's frame, or from the publication.

The temporal tagger has already found and normalised every date expression; this module only
decides which expression dates which trigger. A clause's own date wins; a date that opens the
sentence ("In May 2023, ...") or one given with a named summit ("at the Riga Summit (2006)")
frames every clause after it; "at the same time" repeats the last date before it.
"""

import re
from dataclasses import dataclass

from eastflank.loaders.extract.dates.lexicon import SEASON_CODES
from eastflank.loaders.extract.dates.model import PartialDate, TemporalExpression
from eastflank.loaders.extract.events.lexicon import EventLexicon
from eastflank.loaders.extract.events.triggers import Hit

NAME_WITH_YEAR_AFTER = re.compile(
    r"\s+(?:(?:called|named|dubbed|code-?named)\s+)?[“\"„]?(?:[A-Z][\w’'-]*\s+){1,4}(?P<year>(?:19|20)\d\d)\b"
)
NAME_WITH_YEAR_BEFORE = re.compile(r"\b(?:[A-Z][\w’'-]*\s+){1,4}(?P<year>(?:19|20)\d\d)\s+$")
SUMMIT_DATE_GAP = re.compile(r"\s*(?:,\s*)?(?:in|on|of)?\s*\(?")
RANGE_JOINER = re.compile(r"^\s*(?:and|to|until|till|through|-|–|—)\s*$")
STARTED = re.compile(r"\b(?:began|begun|begins|started|starts|opened|kicked off)\s+(?:on\s+|in\s+)?$", re.IGNORECASE)
SPEAKER_REACH = 80
THAT_WORD = re.compile(r"\bthat\b", re.IGNORECASE)
RIGHT_AFTER_VERB = re.compile(
    r"^\s*(?:[\w’'-]+\s+){0,3}?(?:on|in|at|during|last|this|earlier|later)?\s*$", re.IGNORECASE
)
"""After the verb, at most a short object before the date: "told reporters on Thursday",
"announced the plan on Monday"; not "that", which opens what was said."""
PAREN_AFTER_NAME = re.compile(r"[\w.]\s*\($")
CO_TEMPORAL = re.compile(
    r"\b(?:at the same time|at that time|on that occasion|on the same occasion|on the same day|simultaneously|"
    r"at the same (?:summit|meeting|conference|ceremony))\b",
    re.IGNORECASE,
)


SEASON_TIMEX = re.compile(rf"\d{{4}}-(?:{'|'.join(sorted(set(SEASON_CODES.values())))})")
"""A season ("spring 2026", "next summer") names no month: the expression keeps its months, but an event it dates
is dated to the year, as precisely as the text says ("winter 2025" runs into 2026)."""


CO_TEMPORAL_CUES = ("same", "that time", "that occasion", "imultaneous")
"""Every CO_TEMPORAL phrase holds one of these: a sentence without any is passed over unsearched."""


@dataclass(frozen=True)
class EventDate:
    """When an event happened, at a precision, and where that was read.

    party: for "Montenegro (December 2009) and BiH (April 2010) were invited", the offset just
    before the "(" of this date, where the name it belongs to ends.
    """

    start: str | None
    end: str | None
    precision: str | None
    source: str
    expression: TemporalExpression | None = None
    party: int | None = None


UNDATED = EventDate(None, None, None, "text")
"""A named event the text gives no date for: an event all the same, with its date left null."""


def within(dates: list[TemporalExpression], span: tuple[int, int]) -> list[TemporalExpression]:
    """The expressions that lie inside a span."""
    return [e for e in dates if span[0] <= e.start_char and e.end_char <= span[1]]


def clause_dates(text: str, hit: Hit, expressions: list[TemporalExpression]) -> list[EventDate]:
    """The dates a clause gives its trigger; one per name where each name has its own
    date in brackets; a speech verb takes only dates before it or right after it."""
    usable = (
        [e for e in expressions if _dates_speech(text, hit, e)]
        if hit.trigger.form in ("speech", "formal") and not hit.passive
        else expressions
    )
    if not usable:
        return []
    parenthesised = [e for e in usable if PAREN_AFTER_NAME.search(text[max(0, e.start_char - 3) : e.start_char])]
    if len(parenthesised) > 1:
        return [_from_expression(e, party=text.rindex("(", 0, e.start_char)) for e in parenthesised]
    first, last = min(_ranges(text, _started_first(text, usable)), key=lambda pair: _distance(hit, pair[0], pair[1]))
    if last is first:
        return [_from_expression(first)]
    return [_from_expression(first, end=last.end_value or last.value)]


def name_year(text: str, hit: Hit) -> EventDate | None:
    """The year in the name of an exercise or gathering: "an exercise called Iron Shield 2021",
    "the Baltic Guard 2019 drills". The tagger leaves years inside names alone, yet they date
    the event they name."""
    if hit.trigger.form != "noun":
        return None
    found = NAME_WITH_YEAR_AFTER.match(text, hit.end)
    found = found or NAME_WITH_YEAR_BEFORE.search(text, max(0, hit.start - 60), hit.start)
    if found is None:
        return None
    return EventDate(found.group("year"), found.group("year"), "year", "text")


def frame_date(
    text: str,
    sentence: tuple[int, int],
    first_clause: tuple[int, int],
    hits: list[Hit],
    expressions: list[TemporalExpression],
    lexicon: EventLexicon,
) -> EventDate | None:
    """The date that frames a whole sentence: one that opens it before any trigger, else the
    date given with a named summit ("at the Riga Summit in November 2006", "(2006)") when
    that falls in the summit's year. A named summit the sentence does not date frames it
    undated: the name is not a date the text gives, and a later paragraph or an earlier
    one may date it (recall.py)."""
    first_hit = min((hit.start for hit in hits), default=sentence[1])
    opening = [e for e in within(expressions, first_clause) if e.end_char <= first_hit]
    if opening:
        return _from_expression(opening[-1])
    found = text.find("ummit", sentence[0], sentence[1]) >= 0
    summit = lexicon.summit_pattern.search(text, sentence[0], sentence[1]) if found else None
    if summit is None:
        return None
    year = lexicon.summit_years[summit.group("city") or summit.group("city_after")]
    end = summit.end()
    given = [e for e in expressions if e.start_char >= end and SUMMIT_DATE_GAP.fullmatch(text, end, e.start_char)]
    if given and (given[0].value or "").startswith(year):
        return _from_expression(given[0])
    return UNDATED


def co_temporal_date(
    text: str, sentence: tuple[int, int], previous: TemporalExpression | None, always: bool = False
) -> EventDate | None:
    """For "At the same time, ..." the date of `previous`, the last expression before the sentence;
    with `always`, for a sentence the caller knows continues the time of the one before."""
    if previous is None or (not always and CO_TEMPORAL.search(text, sentence[0], sentence[1]) is None):
        return None
    return _from_expression(previous)


def continues_time(text: str, sentence: tuple[int, int]) -> bool:
    """True for a sentence that says it happened at the time just reported ("at the same time",
    "simultaneously")."""
    words = text[sentence[0] : sentence[1]]
    if not any(cue in words for cue in CO_TEMPORAL_CUES):
        return False
    return CO_TEMPORAL.search(text, sentence[0], sentence[1]) is not None


def publication_date(published: str | None) -> EventDate:
    """The article's own news event is dated by the publication, or left undated without one."""
    if published is None:
        return EventDate(None, None, None, "publication")
    return EventDate(published, published, PartialDate.parse(published).precision, "publication")


def expression_date(expression: TemporalExpression) -> EventDate:
    """The date an expression gives an event, as the text writes it."""
    return _from_expression(expression)


def _from_expression(expression: TemporalExpression, end: str | None = None, party: int | None = None) -> EventDate:
    if end is None:
        end = expression.end_value if expression.kind in ("range", "open_start") else expression.value
        end = None if expression.kind == "open_end" else end
    if SEASON_TIMEX.fullmatch(expression.first_timex_value or "") is not None:
        return EventDate(expression.value[:4], None if end is None else end[:4], "year", "text", expression, party)
    return EventDate(expression.value, end, expression.precision, "text", expression, party)


def _ranges(text: str, expressions: list[TemporalExpression]) -> list[tuple[TemporalExpression, TemporalExpression]]:
    """Expressions paired into ranges where the text joins them ("2027 and 2028", "on March 18
    ... until Friday"); every other expression stands alone."""
    ranges: list[tuple[TemporalExpression, TemporalExpression]] = []
    for expression in expressions:
        if ranges and _joins(text, ranges[-1][1], expression):
            ranges[-1] = (ranges[-1][0], expression)
        else:
            ranges.append((expression, expression))
    return ranges


def _started_first(text: str, expressions: list[TemporalExpression]) -> list[TemporalExpression]:
    """With "completed on Wednesday an exercise that began on Monday", the start comes first."""
    started = [e for e in expressions if STARTED.search(text, max(0, e.start_char - 30), e.start_char)]
    if len(started) != 1 or len(expressions) != 2:
        return expressions
    return started + [e for e in expressions if e is not started[0]]


def _joins(text: str, earlier: TemporalExpression, later: TemporalExpression) -> bool:
    if earlier.kind != "date":
        return False
    if later.kind == "open_start" or STARTED.search(text, max(0, earlier.start_char - 30), earlier.start_char):
        return True
    return (
        later.precision == earlier.precision
        and RANGE_JOINER.match(text[earlier.end_char : later.start_char]) is not None
    )


def _dates_speech(text: str, hit: Hit, expression: TemporalExpression) -> bool:
    """A date dates what was said when it comes shortly before the verb ("In May 2023, officials
    said", "speaking on Tuesday, said") or right after it ("said on Wednesday"); one further
    back belongs to what was said ("Washington provided $2.5 million this year ..., an official said")."""
    if expression.end_char <= hit.start:
        return hit.start - expression.end_char <= SPEAKER_REACH
    between = text[hit.end : expression.start_char]
    return (
        expression.start_char >= hit.end
        and RIGHT_AFTER_VERB.match(between) is not None
        and THAT_WORD.search(between) is None
    )


def _distance(hit: Hit, first: TemporalExpression, last: TemporalExpression) -> int:
    return max(first.start_char - hit.end, hit.start - last.end_char, 0)
