"""Cut a paragraph into segments so overlapping facts can all be highlighted in HTML.

Facts overlap: a mention sits inside a quote, a date inside an event's sentence. HTML
cannot express crossing elements, so the text is cut at every fact's start and end, and
each segment carries the facts covering it: sentence-long facts (events, quotes) shade
it, and the shortest word-long fact (mention, date, amount, citation) links it.
"""

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

SENTENCE_KINDS = ("event", "quote", "programme_fact")
WORD_KINDS = ("mention", "date", "amount", "citation")


@dataclass(frozen=True)
class Annotation:
    """One fact's span in a paragraph, with the page of its row and a one-line label."""

    kind: str
    row_id: str
    paragraph_id: str
    start: int
    end: int
    text: str
    label: str
    href: str
    target_href: str | None = None


@dataclass(frozen=True)
class Segment:
    """A run of text under one set of facts; `opening` lists the sentence facts starting here,
    `starting` every fact starting here (each gets an anchor a row page can link to)."""

    text: str
    shading: tuple[Annotation, ...]
    link: Annotation | None
    opening: tuple[Annotation, ...]
    starting: tuple[Annotation, ...] = ()


def segments(text: str, annotations: Sequence[Annotation]) -> list[Segment]:
    """The paragraph cut at every annotation boundary, each piece with the annotations covering it."""
    spans = [a for a in annotations if 0 <= a.start < a.end <= len(text)]
    cuts = sorted({0, len(text), *(a.start for a in spans), *(a.end for a in spans)})
    pieces = []
    for start, end in itertools.pairwise(cuts):
        covering = [a for a in spans if a.start <= start and end <= a.end]
        pieces.append(
            Segment(
                text=text[start:end],
                shading=tuple(a for a in covering if a.kind in SENTENCE_KINDS),
                link=_shortest([a for a in covering if a.kind in WORD_KINDS]),
                opening=tuple(a for a in covering if a.kind in SENTENCE_KINDS and a.start == start),
                starting=tuple(a for a in covering if a.start == start),
            )
        )
    return pieces


def fact_anchor(kind: str, row_id: str) -> str:
    """The reader's anchor for one fact: where a row page sends the reader to see it stated."""
    return f"{kind}-{row_id}"


def _shortest(candidates: list[Annotation]) -> Annotation | None:
    return min(candidates, key=lambda a: (a.end - a.start, a.kind, a.row_id), default=None)
