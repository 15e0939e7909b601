"""Scoring one article: small hand-made gold and predictions, exact counts per kind."""

from pathlib import Path
from typing import Any

from eastflank.loaders.evaluate.gold import GoldDocument
from eastflank.loaders.evaluate.gold_items import GoldAmount, GoldCitation, GoldEvent, GoldMention, GoldQuote
from eastflank.loaders.evaluate.metrics import Score
from eastflank.loaders.evaluate.names import reference_index
from eastflank.loaders.evaluate.predict import PredictedRow, Prediction
from eastflank.loaders.evaluate.score import score_document
from eastflank.loaders.ingest.reference import ReferenceEntity

INDEX = reference_index(
    [
        ReferenceEntity(id="nato", name="North Atlantic Treaty Organization", type="organization", aliases=("NATO",)),
        ReferenceEntity(id="md", name="Moldova", type="country"),
        ReferenceEntity(id="xk", name="Kosovo", type="country"),
        ReferenceEntity(id="jens-stoltenberg", name="Jens Stoltenberg", type="person"),
    ]
)
NATO = GoldMention(0, 4, "NATO", "organization", "North Atlantic Treaty Organization")
MOLDOVA = GoldMention(9, 16, "Moldova", "country", "Moldova")
MEETING = GoldEvent("meeting", "meeting", 0, 45, "2023-05", "month", None, "text", "happened", None, ())
QUOTE = GoldQuote(47, 70, "Jens Stoltenberg")


def gold(**sections: Any) -> GoldDocument:
    """A gold document holding only the given sections."""
    empty: dict[str, tuple[Any, ...]] = {
        name: () for name in ("mentions", "events", "quotes", "programmes", "amounts", "citations")
    }
    return GoldDocument(Path("g.yml"), "seeds", Path("a.txt"), None, "", **(empty | sections))


def predicted(**tables: list[tuple[int, int, dict[str, Any]]]) -> Prediction:
    """A prediction whose rows already carry document offsets."""
    spans = {name: [PredictedRow(start, end, row) for start, end, row in rows] for name, rows in tables.items()}
    return Prediction({name: [row for _, _, row in rows] for name, rows in tables.items()}, spans)


def scores(gold_document: GoldDocument, prediction: Prediction, *kinds: str) -> list[Score]:
    got = score_document(gold_document, prediction, INDEX)
    return [got[kind] for kind in kinds]


def test_perfect_mentions() -> None:
    prediction = predicted(mentions=[(0, 4, {"entity_id": "nato"}), (9, 16, {"entity_id": "md"})])
    got = scores(gold(mentions=(NATO, MOLDOVA)), prediction, "mentions", "mention_entities")
    assert got == [Score(2, 2, 2), Score(2, 2, 2)], got


def test_a_missed_mention() -> None:
    got = scores(gold(mentions=(NATO, MOLDOVA)), predicted(mentions=[(0, 4, {"entity_id": "nato"})]), "mentions")
    assert got == [Score(2, 1, 1)], got


def test_a_false_positive_and_a_shifted_span() -> None:
    prediction = predicted(
        mentions=[
            (0, 4, {"entity_id": "nato"}),
            (9, 16, {"entity_id": "md"}),
            (20, 27, {"entity_id": "md"}),
            (8, 16, {"entity_id": "md"}),
        ]
    )
    got = scores(gold(mentions=(NATO, MOLDOVA)), prediction, "mentions")
    assert got == [Score(2, 4, 2)], got


def test_a_type_mismatch_fails_mentions_but_not_mention_entities() -> None:
    kosovo = GoldMention(0, 6, "Kosovo", "location", "Kosovo")
    got = scores(
        gold(mentions=(kosovo,)), predicted(mentions=[(0, 6, {"entity_id": "xk"})]), "mentions", "mention_entities"
    )
    assert got == [Score(1, 1, 0), Score(1, 1, 1)], got


def test_the_wrong_entity_of_the_right_type_fails_mention_entities() -> None:
    got = scores(
        gold(mentions=(MOLDOVA,)), predicted(mentions=[(9, 16, {"entity_id": "xk"})]), "mentions", "mention_entities"
    )
    assert got == [Score(1, 1, 1), Score(1, 1, 0)], got


def test_events_match_by_overlapping_span_and_type() -> None:
    prediction = predicted(
        events=[
            (10, 30, {"type": "meeting", "start_date": "2023-05", "date_precision": "month"}),
            (0, 45, {"type": "summit", "start_date": "2023-05", "date_precision": "month"}),
            (46, 90, {"type": "meeting", "start_date": "2023-05", "date_precision": "month"}),
        ]
    )
    got = scores(gold(events=(MEETING,)), prediction, "events", "event_dates")
    assert got == [Score(1, 3, 1), Score(1, 3, 1)], got


def dated_event(kind: str, date: str | None, precision: str | None) -> Prediction:
    return predicted(events=[(0, 45, {"type": kind, "start_date": date, "date_precision": precision})])


def test_event_dates_need_value_and_precision() -> None:
    got = [
        scores(gold(events=(MEETING,)), dated_event("meeting", date, precision), "events", "event_dates")
        for date, precision in (("2023-05", "month"), ("2023", "year"), ("2023-05", "day"), (None, None))
    ]
    want = [[Score(1, 1, 1), Score(1, 1, 1)]] + [[Score(1, 1, 1), Score(1, 1, 0)]] * 3
    assert got == want, got


def test_an_undated_gold_event_wants_an_undated_prediction() -> None:
    undated = GoldEvent("conference", "conference", 0, 45, None, None, None, "publication", "happened", None, ())
    got = scores(gold(events=(undated,)), dated_event("conference", None, None), "event_dates")
    assert got == [Score(1, 1, 1)], got


def test_two_events_in_one_sentence_pair_up_by_date() -> None:
    extended = GoldEvent("extended", "programme_change", 0, 45, "2023", "year", None, "text", "happened", None, ())
    replaced = GoldEvent("replaced", "programme_change", 0, 45, "2025", "year", None, "text", "planned", None, ())
    prediction = predicted(
        events=[
            (0, 45, {"type": "programme_change", "start_date": "2025", "date_precision": "year"}),
            (0, 45, {"type": "programme_change", "start_date": "2023", "date_precision": "year"}),
        ]
    )
    got = scores(gold(events=(extended, replaced)), prediction, "events", "event_dates")
    assert got == [Score(2, 2, 2), Score(2, 2, 2)], got


def test_a_quote_with_the_wrong_speaker() -> None:
    got = scores(
        gold(quotes=(QUOTE,)), predicted(quotes=[(47, 69, {"speaker_entity_id": "md"})]), "quotes", "quote_speakers"
    )
    assert got == [Score(1, 1, 1), Score(1, 1, 0)], got


def test_a_quote_with_the_right_speaker_or_none() -> None:
    right = scores(
        gold(quotes=(QUOTE,)), predicted(quotes=[(46, 71, {"speaker_entity_id": "jens-stoltenberg"})]), "quote_speakers"
    )
    unresolved = scores(
        gold(quotes=(QUOTE,)), predicted(quotes=[(47, 70, {"speaker_entity_id": None})]), "quote_speakers"
    )
    assert [right, unresolved] == [[Score(1, 1, 1)], [Score(1, 1, 0)]], (right, unresolved)


def test_amounts_need_span_value_and_currency() -> None:
    amount = GoldAmount(10, 23, "€16.7 billion", 16_700_000_000.0, "EUR")
    got = [
        scores(
            gold(amounts=(amount,)), predicted(amounts=[(start, 23, {"value": value, "currency": currency})]), "amounts"
        )[0]
        for start, value, currency in (
            (10, 16.7 * 1e9, "EUR"),
            (10, 16.7e6, "EUR"),
            (10, 16.7e9, "USD"),
            (11, 16.7e9, "EUR"),
        )
    ]
    assert got == [Score(1, 1, 1), Score(1, 1, 0), Score(1, 1, 0), Score(1, 1, 0)], got


def test_citations_need_the_exact_span() -> None:
    citation = GoldCitation(10, 31, "[NATO Liaison Office]", "NATO Liaison Office", None)
    got = scores(gold(citations=(citation,)), predicted(citations=[(10, 31, {}), (11, 30, {})]), "citations")
    assert got == [Score(1, 2, 1)], got


def test_tables_the_pipeline_does_not_produce_are_zero_predictions() -> None:
    got = scores(
        gold(events=(MEETING,), quotes=(QUOTE,)),
        predicted(),
        "events",
        "event_dates",
        "quotes",
        "quote_speakers",
        "programmes",
    )
    assert got == [Score(1, 0, 0), Score(1, 0, 0), Score(1, 0, 0), Score(1, 0, 0), Score(0, 0, 0)], got
