"""Anchor each accepted candidate, in text order, and write out its expression.

Deictic readings ("last year") anchor on the publication date; without one, on the nearest
absolute date before them. Anaphoric readings ("a month earlier") anchor on the nearest date
before them of any kind, else on the publication date. A reading with no anchor is dropped.
Open bounds ("until 2030", "since the 1990s") are limits, not times something happened,
so they never serve as anchors.
"""

from eastflank.loaders.extract.dates.model import Anchor, PartialDate, TemporalExpression
from eastflank.loaders.extract.dates.reading import Anchoring, Candidate, Meaning

ANCHORING_KINDS = ("date", "range")


def resolve(
    text: str, candidates: list[Candidate], publication: PartialDate | None, fallback_anchor: PartialDate | None
) -> list[TemporalExpression]:
    """Expressions for the candidates that resolve; `fallback_anchor` stands for a date before the text."""
    previous = previous_absolute = fallback_anchor
    expressions = []
    for candidate in candidates:
        anchor, anchor_kind = _anchor(candidate.reading.anchoring, publication, previous, previous_absolute)
        meaning = None if anchor is None and anchor_kind != "absolute" else candidate.reading.resolve(anchor)
        if meaning is None:
            continue
        expressions.append(_expression(text, candidate, meaning, anchor, anchor_kind))
        if meaning.kind in ANCHORING_KINDS:
            previous = meaning.value
            previous_absolute = meaning.value if anchor_kind == "absolute" else previous_absolute
    return expressions


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
    )
