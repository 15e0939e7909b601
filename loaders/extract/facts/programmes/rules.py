"""The cue rules behind programme facts, one small function per kind of fact.

Every rule reads one clause: a cue ("extended", "launched", "transition to", "replaced",
"endorsed", "expires", "for the years") and the programme nearest to it, and takes its value
from the clause's date expressions or words. Start and end facts need a date; an extension
keeps its duration ("by one year") or its new end ("until 2026") when the text gives one.
"""

import calendar
import re
from dataclasses import dataclass

from eastflank.loaders.extract.dates.model import TemporalExpression
from eastflank.loaders.extract.events.modality import is_future
from eastflank.loaders.extract.facts.programmes.references import ProgrammeRef

NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
EXTENDED = re.compile(r"\b(?:extended|extends|extending|extend|prolonged|prolongs|renewed|renews)\b", re.IGNORECASE)
DURATION = re.compile(
    r"\b(?:by|for)\s+(?:another\s+|a\s+further\s+|an\s+additional\s+)?(?P<n>\d+|"
    + "|".join(NUMBERS)
    + r")\s+(?P<unit>year|month|week)s?\b",
    re.IGNORECASE,
)
STARTED = re.compile(
    r"\b(?:launched|launches|launch|created|creates|established|establishes|set\s+up|sets\s+up|introduced|introduces|"
    r"inaugurated|began|begins|begin|started|starts|start|entered\s+into\s+force|enters\s+into\s+force|came\s+into\s+force)\b",
    re.IGNORECASE,
)
TRANSITION = re.compile(r"\btransition(?:ed|s|ing)?\b(?:\s+from\b.*?)?\s+to\b", re.IGNORECASE)
REPLACED = re.compile(
    r"\b(?:replaced|replaces|replace|superseded|supersedes|supersede|succeeded|succeeds|succeed)\b", re.IGNORECASE
)
PASSIVE_BY = re.compile(r"\s+by\b", re.IGNORECASE)
SUCCESSOR = re.compile(r"\bsuccessor\s+(?:to|of)\b", re.IGNORECASE)
ADOPTED = re.compile(r"\b(?:adopted|endorsed|approved|agreed|signed|ratified)\b", re.IGNORECASE)
ADJECTIVE_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+$", re.IGNORECASE
)
ENDS = re.compile(
    r"\b(?:expires|expire|expired|ends|ended|(?:will|to)\s+end|phased\s+out|runs\s+until|run\s+until|concluded|terminated)\b",
    re.IGNORECASE,
)
PERIOD_BEFORE = re.compile(r"\b(?:for|covering|covers|cover)\s+(?:the\s+)?(?:years?\s+|period\s+)?$", re.IGNORECASE)
INVITED_TO = re.compile(r"\binvit\w*\b.*\bto\s+$", re.IGNORECASE)
PERIOD_AFTER = re.compile(r"\s+(?:period|cycle)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Fact:
    """One lifecycle fact: the programme, what is stated, and its value."""

    programme: str
    fact: str
    value: str | None


def clause_facts(
    text: str,
    clause: tuple[int, int],
    refs: list[ProgrammeRef],
    sentence_refs: list[ProgrammeRef],
    dates: list[TemporalExpression],
    published: str | None,
) -> list[Fact]:
    """Every fact one clause states about the programmes it names."""
    if not refs:
        return []
    facts = _extended(text, clause, refs, dates) + _transition(text, clause, refs, sentence_refs, dates, published)
    if not facts or all(f.fact == "extended" for f in facts):
        facts += _started(text, clause, refs, dates, published)
    return (
        facts + _replaced(text, clause, refs) + _adopted(text, clause, refs, dates) + _ends(text, clause, refs, dates)
    )


def period_facts(text: str, refs: list[ProgrammeRef], dates: list[TemporalExpression]) -> list[Fact]:
    """ "objectives for the years 2025-2028": a range the sentence gives its programme."""
    facts = []
    for date in dates:
        cued = PERIOD_BEFORE.search(text, max(0, date.start_char - 25), date.start_char) or PERIOD_AFTER.match(
            text, date.end_char
        )
        if date.kind == "range" and date.end_value is not None and cued:
            facts.append(Fact(_nearest(refs, date.start_char).entity_id, "period", f"{date.value}/{date.end_value}"))
    return facts


def _extended(
    text: str, clause: tuple[int, int], refs: list[ProgrammeRef], dates: list[TemporalExpression]
) -> list[Fact]:
    """ "extended its IPAP by one year at the end of 2023": extended P1Y, so it now ends in 2024."""
    cue = EXTENDED.search(text, clause[0], clause[1])
    if cue is None:
        return []
    programme = _nearest(refs, cue.start()).entity_id
    duration = DURATION.search(text, cue.end(), clause[1])
    until = [d for d in dates if d.kind == "open_start" and d.start_char >= cue.end()]
    if duration is None:
        return [Fact(programme, "extended", until[0].end_value if until else None)]
    facts = [Fact(programme, "extended", _duration(duration))]
    when = [d for d in dates if d.kind == "date"]
    if when and duration.group("unit").lower() != "week":
        facts.append(Fact(programme, "ends", _later(_nearest_date(when, cue.start()).value, duration)))
    return facts


def _transition(
    text: str,
    clause: tuple[int, int],
    refs: list[ProgrammeRef],
    sentence_refs: list[ProgrammeRef],
    dates: list[TemporalExpression],
    published: str | None,
) -> list[Fact]:
    """ "from 2025 is set to transition to the ITPP": the ITPP starts in 2025 and replaces the
    programme the sentence named before it."""
    cue = TRANSITION.search(text, clause[0], clause[1])
    after = [r for r in refs if r.start >= cue.end()] if cue is not None else []
    if cue is None or not after:
        return []
    target = after[0]
    facts = _dated(text, clause, target, "starts", "started", dates, published)
    earlier = (r.entity_id for r in sentence_refs if r.start < cue.start() and r.entity_id != target.entity_id)
    for source in dict.fromkeys(earlier):  # text order, once each: a set's order would hang on the hash seed
        facts += [Fact(source, "replaced_by", target.entity_id), Fact(target.entity_id, "replaces", source)]
    return facts


def _started(
    text: str, clause: tuple[int, int], refs: list[ProgrammeRef], dates: list[TemporalExpression], published: str | None
) -> list[Fact]:
    """ "which NATO launched in 1994", "since 2009": the programme began at the clause's date.
    "invited ... to begin an Intensified Dialogue" is an invitation, not a start."""
    cue = STARTED.search(text, clause[0], clause[1])
    if cue is not None and INVITED_TO.search(text, clause[0], cue.start()):
        return []
    since = [d for d in dates if d.kind == "open_end"]
    anchor = cue.start() if cue is not None else (since[0].start_char if since else None)
    ref = None if anchor is None else _object_of(text, refs, anchor)
    return [] if ref is None else _dated(text, clause, ref, "starts", "started", dates, published)


def _replaced(text: str, clause: tuple[int, int], refs: list[ProgrammeRef]) -> list[Fact]:
    """ "the ANP replaced the IPAP", "the IPAP was replaced by the ANP", "successor to"."""
    cue = REPLACED.search(text, clause[0], clause[1]) or SUCCESSOR.search(text, clause[0], clause[1])
    if cue is None:
        return []
    before = [r for r in refs if r.end <= cue.start()]
    after = [r for r in refs if r.start >= cue.end()]
    if not before or not after or before[-1].entity_id == after[0].entity_id:
        return []
    new, old = before[-1].entity_id, after[0].entity_id
    if PASSIVE_BY.match(text, cue.end()):
        new, old = old, new
    return [Fact(new, "replaces", old), Fact(old, "replaced_by", new)]


def _adopted(
    text: str, clause: tuple[int, int], refs: list[ProgrammeRef], dates: list[TemporalExpression]
) -> list[Fact]:
    """ "which allied leaders endorsed at the Wales Summit in September 2014"."""
    cue = ADOPTED.search(text, clause[0], clause[1])
    if cue is None or not dates or ADJECTIVE_BEFORE.search(text, max(0, cue.start() - 12), cue.start()):
        return []
    ref = _object_of(text, refs, cue.start())
    return [] if ref is None else [Fact(ref.entity_id, "adopted", _nearest_date(dates, cue.start()).value)]


def _ends(text: str, clause: tuple[int, int], refs: list[ProgrammeRef], dates: list[TemporalExpression]) -> list[Fact]:
    """ "the IPAP expires in 2026", "runs until 2030"."""
    cue = ENDS.search(text, clause[0], clause[1])
    until = [d for d in dates if d.kind == "open_start"]
    if EXTENDED.search(text, clause[0], clause[1]) or (cue is None and not until):
        return []
    date = until[0] if until else (_nearest_date(dates, cue.start()) if cue is not None and dates else None)
    if date is None:
        return []
    return [Fact(_nearest(refs, date.start_char).entity_id, "ends", date.end_value or date.value)]


def _dated(
    text: str,
    clause: tuple[int, int],
    ref: ProgrammeRef,
    future: str,
    past: str,
    dates: list[TemporalExpression],
    published: str | None,
) -> list[Fact]:
    if not dates:
        return []
    date = _nearest_date(dates, ref.start)
    fact = future if is_future(text[clause[0] : clause[1]], date.value, published) else past
    return [Fact(ref.entity_id, fact, date.value)]


def _duration(match: re.Match[str]) -> str:
    """ISO 8601: "by one year" is P1Y, "for another six months" P6M, "two weeks" P14D."""
    number, unit = _count(match), match.group("unit").lower()
    return f"P{number * 7}D" if unit == "week" else f"P{number}{unit[0].upper()}"


def _later(iso: str, match: re.Match[str]) -> str:
    """A date moved on by a duration in years or months, at the date's precision."""
    parts = [int(part) for part in iso.split("-")]
    months = _count(match) * (12 if match.group("unit").lower() == "year" else 1)
    if len(parts) == 1:
        return f"{parts[0] + months // 12:04d}"
    total = parts[0] * 12 + parts[1] - 1 + months
    year, month = total // 12, total % 12 + 1
    if len(parts) == 2:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{min(parts[2], calendar.monthrange(year, month)[1]):02d}"


def _count(match: re.Match[str]) -> int:
    count = match.group("n").lower()
    return int(count) if count.isdigit() else NUMBERS[count]


def _object_of(text: str, refs: list[ProgrammeRef], cue: int) -> ProgrammeRef | None:
    """The programme a verb acts on: named before it ("the PfP, which NATO launched") or after
    it within the same phrase ("launched the PfP"), not past a comma ("approved a package,
    bringing total EPF support ...")."""
    after = [r for r in refs if r.start > cue and "," not in text[cue : r.start]]
    before = [r for r in refs if r.end <= cue]
    if after:
        return after[0]
    return before[-1] if before else None


def _nearest(refs: list[ProgrammeRef], offset: int) -> ProgrammeRef:
    return min(refs, key=lambda r: abs(r.start - offset))


def _nearest_date(dates: list[TemporalExpression], offset: int) -> TemporalExpression:
    return min(dates, key=lambda d: abs(d.start_char - offset))
