"""Programme facts compared as (programme, attribute, value) triples.

Gold states what an article says about a programme as one record (start_year, end_year,
predecessor); extraction states it as `programme_facts` rows (started, ends, replaces ...)
with evidence spans. Both become triples, and a triple matches when the attribute and
value are equal and the programme is the same, named by canonical name or acronym:

- gold: one triple per non-null start_year, end_year and predecessor. Owner is not
  scored: it is curated reference data, and programme_facts has no fact that states it.
- extraction: started/starts → start_year; ends/extended → end_year; period → both
  (values are ISO dates or `start/end` ranges; the year is compared); replaces X →
  predecessor X; P replaced_by X → X's predecessor is P. `adopted`, and durations
  ("P1Y") that need an anchor, say nothing gold records and are not counted.

Triples are counted once per article, as gold records each programme once, however often
the article repeats a fact. Spans are not compared: the gold records no evidence span.
"""

import re
from dataclasses import dataclass
from typing import Any

from eastflank.loaders.evaluate.gold_items import GoldProgramme
from eastflank.loaders.evaluate.names import EntityIndex

Row = dict[str, Any]
YEAR_ATTRIBUTES = {
    "started": ("start_year",),
    "starts": ("start_year",),
    "ends": ("end_year",),
    "extended": ("end_year",),
    "period": ("start_year", "end_year"),
}
DATE = r"(\d{4})(?:-\d{2}(?:-\d{2})?)?"
YEAR_SPAN = re.compile(rf"{DATE}(?:/{DATE})?")


@dataclass(frozen=True)
class GoldTriple:
    """One attribute of one gold programme record."""

    programme: GoldProgramme
    attribute: str
    value: int | str


@dataclass(frozen=True)
class PredictedTriple:
    """One attribute of a programme, from an extracted fact: a year or an entity id."""

    programme_id: str
    attribute: str
    value: int | str


def gold_triples(programmes: tuple[GoldProgramme, ...]) -> list[GoldTriple]:
    """A triple per attribute the gold states."""
    return [
        GoldTriple(programme, attribute, value)
        for programme in programmes
        for attribute, value in (
            ("start_year", programme.start_year),
            ("end_year", programme.end_year),
            ("predecessor", programme.predecessor),
        )
        if value is not None
    ]


def predicted_triples(facts: list[Row]) -> list[PredictedTriple]:
    """The distinct triples the article's facts state, sorted."""
    return sorted({triple for row in facts for triple in _triples(row)}, key=str)


def _triples(row: Row) -> list[PredictedTriple]:
    programme, fact, value = row["programme_entity_id"], row["fact"], row.get("value")
    if value is None:
        return []
    if fact == "replaces":
        return [PredictedTriple(programme, "predecessor", value)]
    if fact == "replaced_by":
        return [PredictedTriple(value, "predecessor", programme)]
    years = YEAR_SPAN.fullmatch(value)
    if years is None:
        return []
    first, last = int(years[1]), int(years[2] or years[1])
    return [
        PredictedTriple(programme, attribute, first if attribute == "start_year" else last)
        for attribute in YEAR_ATTRIBUTES.get(fact, ())
    ]


def agrees(gold: GoldTriple, predicted: PredictedTriple, index: EntityIndex) -> bool:
    """Same programme (by name or acronym), same attribute, same year or predecessor."""
    programme = gold.programme
    if gold.attribute != predicted.attribute:
        return False
    if not (
        index.is_named(predicted.programme_id, programme.name)
        or index.is_named(predicted.programme_id, programme.acronym)
    ):
        return False
    if gold.attribute == "predecessor":
        return index.is_named(str(predicted.value), str(gold.value))
    return gold.value == predicted.value


def matched(gold: list[GoldTriple], predicted: list[PredictedTriple], index: EntityIndex) -> int:
    """One-to-one matches, each gold triple taking the first free prediction it agrees with."""
    free = list(predicted)
    count = 0
    for triple in gold:
        partner = next((p for p in free if agrees(triple, p, index)), None)
        if partner is not None:
            free.remove(partner)
            count += 1
    return count
