"""Anchor each accepted candidate, in text order, and write out its expression.

Deictic readings ("last year") anchor on the publication date; without one, on the nearest
absolute date before them. Anaphoric readings ("a month earlier") anchor on the nearest date
before them of any kind in their paragraph, else on the last written-out date of an earlier one, else on the
publication date; a time of day ("at 9 a.m.") on the last date of any kind the text has named. A reading with
no anchor is dropped.
Open bounds ("until 2030", "since the 1990s") are limits, not times something happened,
so they never serve as anchors, and nor do lengths, recurrences or "now".
"""

import re
from dataclasses import dataclass, replace

from eastflank.loaders.extract.dates.model import Anchor, PartialDate, TemporalExpression, TimexPart
from eastflank.loaders.extract.dates.reading import Anchoring, Candidate, Meaning

ANCHORING_KINDS = ("date", "range")
PART_OF_YEAR = re.compile(r"(?P<year>\d{4})-(?P<part>Q[1-4]|H[12])")
ERA = re.compile(r"\d{2,3}")
"""A decade ("199") or century ("19") names no year: "later that year" after "the 1990s" is not 1990."""
REPORTING_LENGTH = re.compile(r"P(?:[4-9]|1[0-2])M|P1Y")


@dataclass
class Discourse:
    """What a text has said so far that later expressions refer back to.

    `previous_absolute` is the last written-out date; `part_of_year` the last quarter or half
    named ("1989-Q3"), which "a year earlier" and "the quarter" speak of in earnings news; a
    quarter reached by going back ("the year-ago quarter") compares and does not change the topic.
    """

    previous_absolute: PartialDate | None = None
    part_of_year: str | None = None
    previous_named: PartialDate | None = None
    """The last day or month the text has named ("in January", "on Friday", "March 3"), in whatever paragraph:
    what "the following month" or "the previous Friday" counts from when its own paragraph names none. A
    comparison ("a year earlier") or a quarter is not named this way: "a year earlier" after it would chain."""
    previous_told: PartialDate | None = None
    """The last date of any kind the text has named, in whatever paragraph: the day a later clock time or part
    of the day ("at 10:35 a.m.", "in the morning") is on when its own paragraph has named none."""


def resolve(
    text: str, candidates: list[Candidate], publication: PartialDate | None, discourse: Discourse
) -> list[TemporalExpression]:
    """Expressions for the candidates that resolve, updating what the discourse has named."""
    here: PartialDate | None = None
    expressions = []
    pending = list(reversed(candidates))
    while pending:
        candidate = pending.pop()
        told = discourse.previous_told if candidate.timex_type == "TIME" else discourse.previous_named
        previous = here or told or discourse.previous_absolute
        anchor, anchor_kind = _anchor(candidate.reading.anchoring, publication, previous, discourse.previous_absolute)
        read = candidate.reading.resolve
        if anchor_kind == "previous_date" and candidate.reading.anchoring == "deictic" and candidate.reading.in_story:
            read = candidate.reading.in_story
        meaning = None if anchor is None and anchor_kind != "absolute" else read(anchor)
        if meaning is None and anchor_kind == "previous_date" and candidate.reading.anchoring == "anaphoric":
            anchor, anchor_kind = publication, "publication"  # the date before was too coarse ("10 p.m." after "May")
            meaning = None if anchor is None else candidate.reading.resolve(anchor)
        if meaning is None:
            pending.extend(reversed(candidate.fallback))  # "Friday to December's figures" is no range: two dates
            continue
        meaning = _in_part_of_year(meaning, discourse.part_of_year)
        expressions.append(_expression(text, candidate, meaning, anchor, anchor_kind))
        if (
            meaning.kind in ANCHORING_KINDS
            and meaning.timex_type in ("DATE", "TIME")
            and meaning.timex != "PRESENT_REF"
            and ERA.fullmatch(meaning.timex_value()) is None
        ):
            here = discourse.previous_told = meaning.value
            if anchor_kind == "absolute":
                discourse.previous_absolute = meaning.value
            if _names_a_day_or_month(meaning):
                discourse.previous_named = meaning.value
        if (
            not meaning.year_shift
            and meaning.part_year is None
            and _changes_topic(meaning, discourse.part_of_year, publication)
        ):
            discourse.part_of_year = meaning.timex_value()
        elif _reporting_period(text, candidate, meaning):
            discourse.part_of_year = None
    return expressions


def _names_a_day_or_month(meaning: Meaning) -> bool:
    return (
        meaning.value.month is not None
        and not meaning.year_shift
        and meaning.part_year is None
        and PART_OF_YEAR.fullmatch(meaning.timex_value()) is None
    )


def _reporting_period(text: str, candidate: Candidate, meaning: Meaning) -> bool:
    """ "the nine months", "the full year", "the year": a report moving on to a longer period, after which
    "a year earlier" compares that period and no longer the quarter."""
    if not text.startswith(("the ", "The "), candidate.start):
        return False
    if meaning.timex_type == "DATE":
        return meaning.part_year is None and re.fullmatch(r"\d{4}", meaning.timex_value()) is not None
    return meaning.timex_type == "DURATION" and REPORTING_LENGTH.fullmatch(meaning.timex_value()) is not None


def _changes_topic(meaning: Meaning, part_of_year: str | None, publication: PartialDate | None) -> bool:
    """A quarter or half named becomes what later "the quarter" speaks of, unless it ends before the one
    spoken of ("after a flat second quarter", "a charge in the 1988 second quarter" compare; the report
    stays on the third) or
    is not over when the text is written: results are reported for a finished quarter, and "a fourth-quarter
    charge" in October is a forecast beside them."""
    named = PART_OF_YEAR.fullmatch(meaning.timex_value())
    if named is None:
        return False
    if (
        publication is not None
        and publication.month is not None
        and _part_end(named)
        >= (
            publication.year,
            publication.month,
        )
    ):
        return False
    topic = None if part_of_year is None else PART_OF_YEAR.fullmatch(part_of_year)
    return topic is None or _part_end(named) >= _part_end(topic)


def _part_end(named: re.Match[str]) -> tuple[int, int]:
    """The year and last month of a quarter or half ("1989-Q3" ends in 1989, month 9)."""
    months = 3 if named["part"][0] == "Q" else 6
    return int(named["year"]), months * int(named["part"][1])


def _in_part_of_year(meaning: Meaning, part_of_year: str | None) -> Meaning:
    """ "a year earlier" after "the third quarter" is that quarter a year before; "the 1988 period" is
    that quarter in 1988."""
    if (meaning.year_shift is None and meaning.part_year is None) or part_of_year is None:
        return meaning
    named = PART_OF_YEAR.fullmatch(part_of_year)
    assert named is not None, part_of_year
    if meaning.part_year is not None:
        return replace(meaning, timex=f"{meaning.part_year}-{named['part']}")
    year = int(named["year"]) - (meaning.year_shift or 0)
    return replace(meaning, timex=f"{year}-{named['part']}")


def _anchor(
    anchoring: Anchoring,
    publication: PartialDate | None,
    previous: PartialDate | None,
    previous_absolute: PartialDate | None,
) -> tuple[PartialDate | None, Anchor]:
    if anchoring == "absolute":
        return None, "absolute"
    if anchoring == "deictic":
        return (publication, "publication") if publication is not None else (previous_absolute, "previous_date")
    return (previous, "previous_date") if previous is not None else (publication, "publication")


def _expression(
    text: str, candidate: Candidate, meaning: Meaning, anchor: PartialDate | None, anchor_kind: Anchor
) -> TemporalExpression:
    spans, values = candidate.part_spans, meaning.part_values
    parts = (
        tuple(
            TimexPart(start, end, text[start:end], meaning.timex_type, value)
            for (start, end), value in zip(spans, values, strict=True)
        )
        if len(spans) == len(values)
        else ()
    )
    return TemporalExpression(
        start_char=candidate.start,
        end_char=candidate.end,
        text=text[candidate.start : candidate.end],
        value=meaning.value.iso(),
        precision=meaning.value.precision,
        end_value=None if meaning.end is None else meaning.end.iso(),
        kind=meaning.kind,
        anchor=anchor_kind,
        anchor_value=None if anchor is None else anchor.iso(),
        modifier=meaning.modifier,
        timex_type=meaning.timex_type,
        timex_value=None if parts else meaning.timex_value(),
        timex_parts=parts,
    )
