"""Lifecycle facts about programmes read from the text: started, starts, ends, extended,
replaced_by, replaces, period and adopted.

Each fact is a cue word in a clause that names a programme (or refers back to one, see
programme_references), with the value the clause gives it: a date from the temporal tagger,
an ISO 8601 duration ("by one year" is P1Y), a range ("for the years 2025-2028" is
2025/2028) or another programme ("transition to the ITPP"). "Invited to participate in the
MAP" states no lifecycle fact: it is an invitation event.
"""

from collections.abc import Sequence
from typing import Any

from eastflank.loaders.extract.dates.model import TemporalExpression
from eastflank.loaders.extract.events.clauses import split_clauses
from eastflank.loaders.extract.events.dates import within
from eastflank.loaders.extract.events.sentence_view import ParagraphIndex
from eastflank.loaders.extract.facts.programmes.references import (
    ProgrammeMentions,
    last_programme,
    programme_refs,
)
from eastflank.loaders.extract.facts.programmes.rules import (
    Fact,
    clause_facts,
    period_facts,
)
from eastflank.loaders.extract.text.paragraph_input import ParagraphInput
from eastflank.loaders.extract.text.sentences import sentence_spans
from eastflank.loaders.ids import stable_id

Row = dict[str, Any]
PLACE_WORDS = ("in ", "at ", "near ")


def extract_programme_facts(
    paragraph: ParagraphInput, dates: list[TemporalExpression], *, previous_programme: str | None = None
) -> list[Row]:
    """programme_facts rows for one paragraph; `previous_programme` is the programme named last
    in the article's earlier paragraphs, for "the new programme" (see programme_facts_of_document).
    A length ("another six months") or a recurrence is no date a programme starts or ends on."""
    rows: dict[str, Row] = {}
    programmes = ProgrammeMentions(paragraph)
    if not programmes.named_any and (previous_programme is None or not programmes.refers_back_anywhere()):
        return []  # no sentence can speak of a programme: skip the sentence and clause passes
    dates = [expression for expression in dates if expression.anchors_events]
    index = ParagraphIndex(paragraph, dates)
    for sentence in sentence_spans(paragraph.text):
        refs = programme_refs(programmes, sentence, previous_programme)
        if not refs:
            continue
        view = index.sentence(sentence)
        expressions = view.dates
        facts = period_facts(paragraph.text, refs, expressions)
        for clause in split_clauses(paragraph.text, sentence[0], sentence[1], []):
            clause_refs = [r for r in refs if clause[0] <= r.start < clause[1]]
            facts += clause_facts(
                paragraph.text, clause, clause_refs, refs, within(expressions, clause), paragraph.published_date
            )
        for fact in facts:
            row = _row(view.paragraph, sentence, fact)
            rows.setdefault(row["id"], row)
    return list(rows.values())


def programme_facts_of_document(
    paragraphs: Sequence[ParagraphInput], dates: Sequence[list[TemporalExpression]]
) -> list[Row]:
    """Every paragraph's facts, carrying the last programme named from one paragraph to the next."""
    rows: list[Row] = []
    previous = None
    for paragraph, expressions in zip(paragraphs, dates, strict=True):
        rows += extract_programme_facts(paragraph, expressions, previous_programme=previous)
        previous = last_programme(paragraph, len(paragraph.text), previous)
    return rows


def _row(paragraph: ParagraphInput, sentence: tuple[int, int], fact: Fact) -> Row:
    return {
        "id": stable_id(
            "programme_fact", paragraph.id, sentence[0], sentence[1], fact.fact, fact.programme, fact.value
        ),
        "programme_entity_id": fact.programme,
        "fact": fact.fact,
        "value": fact.value,
        "partner_entity_id": _partner(paragraph, sentence),
        "paragraph_id": paragraph.id,
        "document_id": paragraph.document_id,
        "start_char": sentence[0],
        "end_char": sentence[1],
    }


def _partner(paragraph: ParagraphInput, sentence: tuple[int, int]) -> str | None:
    """The first country the sentence names other than as a place ("in Ukraine")."""
    for mention in paragraph.mentions:
        inside = sentence[0] <= mention.start and mention.end <= sentence[1]
        place = paragraph.text[max(0, mention.start - 4) : mention.start].endswith(PLACE_WORDS)
        if inside and mention.entity_type == "country" and not place:
            return mention.entity_id
    return None
