"""Score one article's extraction against its gold annotation, one function per kind.

The matching rules, per kind (spans are document offsets):
- mentions: same span and the predicted entity's type equals the gold type;
  mention_entities: same span and the predicted entity is the gold entity (names.py).
- events: spans overlap and types are equal, one-to-one (match.py); event_dates: those
  matched events whose start date and precision equal the gold's.
- quotes: spans overlap, one-to-one; quote_speakers: matched quotes whose speaker is the
  gold speaker.
- amounts: same span, same currency and value; citations: same span;
  programmes: (programme, attribute, value) triples (programmes.py).
"""

import math
from collections.abc import Sequence

from eastflank.loaders.evaluate.gold import GoldDocument
from eastflank.loaders.evaluate.gold_items import GoldAmount, GoldEvent, GoldMention, GoldQuote
from eastflank.loaders.evaluate.match import match
from eastflank.loaders.evaluate.metrics import KINDS, Score
from eastflank.loaders.evaluate.names import EntityIndex
from eastflank.loaders.evaluate.predict import PredictedRow, Prediction
from eastflank.loaders.evaluate.programmes import gold_triples, matched, predicted_triples


def score_document(gold: GoldDocument, prediction: Prediction, reference: EntityIndex) -> dict[str, Score]:
    """Every kind's counts for one article."""
    index = reference.with_rows(prediction.rows("entities"), prediction.rows("entity_aliases"))
    scores = {**_mentions(gold, prediction, index), **_events(gold, prediction), **_quotes(gold, prediction, index)}
    scores["amounts"] = _amounts(gold, prediction)
    scores["citations"] = _citations(gold, prediction)
    scores["programmes"] = _programmes(gold, prediction, index)
    return {kind: scores[kind] for kind in KINDS}


def _mentions(gold: GoldDocument, prediction: Prediction, index: EntityIndex) -> dict[str, Score]:
    predicted = prediction.spanned("mentions")

    def typed(g: GoldMention, p: PredictedRow) -> bool:
        return index.type_of(p.row["entity_id"]) == g.type

    def named(g: GoldMention, p: PredictedRow) -> bool:
        return index.is_named(p.row["entity_id"], g.entity)

    return {
        "mentions": _count(gold.mentions, predicted, match(gold.mentions, predicted, typed, exact=True)),
        "mention_entities": _count(gold.mentions, predicted, match(gold.mentions, predicted, named, exact=True)),
    }


def _events(gold: GoldDocument, prediction: Prediction) -> dict[str, Score]:
    predicted = prediction.spanned("events")

    def typed(g: GoldEvent, p: PredictedRow) -> bool:
        return p.row["type"] == g.type

    def dated(g: GoldEvent, p: PredictedRow) -> bool:
        return typed(g, p) and (p.row.get("start_date"), p.row.get("date_precision")) == (g.date, g.precision)

    pairs = match(gold.events, predicted, typed, prefer=dated)
    return {
        "events": _count(gold.events, predicted, pairs),
        "event_dates": _count(gold.events, predicted, [pair for pair in pairs if dated(*pair)]),
    }


def _quotes(gold: GoldDocument, prediction: Prediction, index: EntityIndex) -> dict[str, Score]:
    predicted = prediction.spanned("quotes")

    def spoken(g: GoldQuote, p: PredictedRow) -> bool:
        return index.is_named(p.row.get("speaker_entity_id"), g.speaker)

    pairs = match(gold.quotes, predicted, lambda g, p: True, prefer=spoken)
    return {
        "quotes": _count(gold.quotes, predicted, pairs),
        "quote_speakers": _count(gold.quotes, predicted, [pair for pair in pairs if spoken(*pair)]),
    }


def _amounts(gold: GoldDocument, prediction: Prediction) -> Score:
    predicted = prediction.spanned("amounts")

    def same(g: GoldAmount, p: PredictedRow) -> bool:
        return p.row["currency"] == g.currency and math.isclose(p.row["value"], g.value, rel_tol=1e-9)

    return _count(gold.amounts, predicted, match(gold.amounts, predicted, same, exact=True))


def _citations(gold: GoldDocument, prediction: Prediction) -> Score:
    predicted = prediction.spanned("citations")
    return _count(gold.citations, predicted, match(gold.citations, predicted, lambda g, p: True, exact=True))


def _programmes(gold: GoldDocument, prediction: Prediction, index: EntityIndex) -> Score:
    gold_items, predicted = gold_triples(gold.programmes), predicted_triples(prediction.rows("programme_facts"))
    return Score(len(gold_items), len(predicted), matched(gold_items, predicted, index))


def _count(gold: Sequence[object], predicted: Sequence[PredictedRow], pairs: Sequence[tuple[object, object]]) -> Score:
    return Score(len(gold), len(predicted), len(pairs))
