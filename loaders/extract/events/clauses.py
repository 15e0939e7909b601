"""Cut a sentence into clauses, so each event keeps the date and the words that belong to it.

"At the end of last year, Moldova extended its IPAP, and from 2025 is set to transition to
the ITPP" reports two events with two dates; "The ministry told Europa Liberă that the parties
will initiate consultations in 2024" dates the consultations, not the telling. Clauses end at
a semicolon or colon, at a comma before a conjunction that opens a new clause, and at the
"that" after a reporting verb, at the comma that closes a relative clause opened by ", when" or
", where", and at an "and" that opens a second reported action
("joined the PfP in 1994 and became a member in 2009"), or that joins two acts with a date
each ("applied in February 2022 and was granted candidate status in June 2022"), and at the
comma before a closing attribution ("Romania will host a drill, the ministry announced on Monday").
"""

import re
from itertools import pairwise

from eastflank.loaders.extract.events.triggers import Hit

CLAUSE_BREAK = re.compile(
    r";|:(?=\s)|,\s+(?:and|but|while|whereas|although|though|when|where|whereby|after|before|since|because|until)\s+(?=[a-z\d])"
)
THAT = re.compile(r"\s+that\s+")
"""THAT and AND open with whitespace, so the regex engine tries them at every offset; a
sentence without the literal word is not searched at all."""
ATTRIBUTION = re.compile(r",\s+(?:[\w’'.-]+\s+){1,4}$")
MAX_ATTRIBUTION_TAIL = 5
COMMA = re.compile(r",\s+")
AND = re.compile(r"\s+and\s+(?:(?:will|would|shall|also|then|later|has|have|had|is|are|was|were)\s+)*")


def split_clauses(
    text: str, start: int, end: int, hits: list[Hit], date_starts: tuple[int, ...] = ()
) -> list[tuple[int, int]]:
    """(start, end) of each clause of text[start:end], in order, covering the sentence;
    `date_starts` are where its date expressions begin."""
    breaks = list(CLAUSE_BREAK.finditer(text, start, end))
    cuts = [m.start() for m in breaks]
    cuts += [cut for cut in (_relative_end(text, m.end(), end) for m in breaks if _relative(m)) if cut]
    if text.find("that", start, end) >= 0:
        cuts += [m.start() for m in THAT.finditer(text, start, end) if _after_verb(m.start(), hits, cuts)]
    dated = date_starts if len(date_starts) > 1 and len(hits) > 1 else ()
    # "and" right before a verb trigger joins a second act: "joined the PfP in 1994 and became a member".
    verb_starts = {hit.start for hit in hits if hit.is_verb}
    if text.find("and", start, end) >= 0:
        cuts += [
            m.start()
            for m in AND.finditer(text, start, end)
            if m.end() in verb_starts or (dated and _between_dated(m.start(), m.end(), hits, dated))
        ]
    if dated:
        cuts += [m.start() for m in COMMA.finditer(text, start, end) if _between_dated(m.start(), m.end(), hits, dated)]
    if date_starts and len(hits) > 1 and any(hit.trigger.form in ("speech", "formal") for hit in hits):
        cuts += [
            cut for cut in (_attribution(text, (start, end), hit, hits, date_starts) for hit in hits) if cut is not None
        ]
    bounds = [start, *sorted(set(cuts)), end]
    return [(a, b) for a, b in pairwise(bounds) if b > a]


def _relative(found: re.Match[str]) -> bool:
    """A break that opens a relative clause of time or place: ", when ...", ", where ..."."""
    return found.group().rstrip().endswith(("when", "where"))


def _relative_end(text: str, start: int, end: int) -> int | None:
    """The comma that closes a relative clause and goes back to the main one: "at a conference
    on 5 April, where donors pledged €600 million, hosted a second one last week"."""
    comma = text.find(", ", start, end)
    return None if comma < 0 or CLAUSE_BREAK.match(text, comma) else comma


def _after_verb(offset: int, hits: list[Hit], cuts: list[int]) -> bool:
    """True where a verb trigger comes before this "that" in the same stretch of text."""
    last_cut = max((c for c in cuts if c < offset), default=-1)
    return any(hit.is_verb and last_cut < hit.end <= offset for hit in hits)


def _attribution(
    text: str, sentence: tuple[int, int], hit: Hit, hits: list[Hit], date_starts: tuple[int, ...]
) -> int | None:
    """The comma before a closing attribution with a date of its own, "..., the ministry
    announced on Monday.": the saying is a clause of its own, after what was said."""
    if hit.trigger.form not in ("speech", "formal") or not any(other.end <= hit.start for other in hits):
        return None
    tail = text[hit.end : sentence[1]]
    if len(tail.split()) > MAX_ATTRIBUTION_TAIL or not any(hit.end <= d < sentence[1] for d in date_starts):
        return None
    found = ATTRIBUTION.search(text, max(sentence[0], hit.start - 60), hit.start)
    if found is None or any(found.start() < other.start < hit.start for other in hits):
        return None
    return found.start()


def _between_dated(at: int, after: int, hits: list[Hit], date_starts: tuple[int, ...]) -> bool:
    """True where "and" or a comma joins two dated acts, a trigger and a date on each side:
    "applied in February 2022 and was granted candidate status in June 2022", "The treaty, which
    Estonia signed in 2019, entered into force in 2020"."""
    before = [h.start for h in hits if h.start < at]
    later = [h.start for h in hits if h.start >= after]
    return (
        bool(before and later)
        and any(before[-1] < d < at for d in date_starts)
        and any(d >= after for d in date_starts)
    )


def is_reported(text: str, clause: tuple[int, int]) -> bool:
    """A clause opened by "that" holds what was said, not the frame of the sentence."""
    return THAT.match(text, clause[0]) is not None
