"""Programme facts compared as (programme, attribute, value) triples."""

from eastflank.loaders.evaluate.gold_items import GoldProgramme
from eastflank.loaders.evaluate.names import reference_index
from eastflank.loaders.evaluate.programmes import GoldTriple, PredictedTriple, gold_triples, matched, predicted_triples
from eastflank.loaders.ingest.reference import ReferenceEntity

IPAP = GoldProgramme(
    "Individual Partnership Action Plan", "IPAP", "North Atlantic Treaty Organization", None, 2024, None
)
ITPP = GoldProgramme(
    "Individually Tailored Partnership Programme",
    "ITPP",
    "North Atlantic Treaty Organization",
    2025,
    2028,
    "Individual Partnership Action Plan",
)
INDEX = reference_index(
    [
        ReferenceEntity(
            id="ipap", name="Individual Partnership Action Plan", type="programme", programme={"acronym": "IPAP"}
        ),
        ReferenceEntity(
            id="itpp", name="Individually Tailored Partnership Programme", type="programme", aliases=("ITPP",)
        ),
    ]
)


def fact(programme: str, kind: str, value: str | None) -> dict[str, str | None]:
    return {"programme_entity_id": programme, "fact": kind, "value": value}


def test_gold_records_become_one_triple_per_stated_attribute() -> None:
    got = [(t.programme.acronym, t.attribute, t.value) for t in gold_triples((IPAP, ITPP))]
    want = [
        ("IPAP", "end_year", 2024),
        ("ITPP", "start_year", 2025),
        ("ITPP", "end_year", 2028),
        ("ITPP", "predecessor", "Individual Partnership Action Plan"),
    ]
    assert got == want, got


def test_facts_map_to_attributes_once_per_article() -> None:
    facts = [
        fact("itpp", "period", "2025/2028"),
        fact("itpp", "starts", "2025-01"),
        fact("ipap", "extended", "2024"),
        fact("ipap", "replaced_by", "itpp"),
        fact("itpp", "adopted", "2024"),
        fact("ipap", "extended", "P1Y"),
        fact("itpp", "ends", None),
    ]
    got = predicted_triples(facts)
    want = [
        PredictedTriple("ipap", "end_year", 2024),
        PredictedTriple("itpp", "end_year", 2028),
        PredictedTriple("itpp", "predecessor", "ipap"),
        PredictedTriple("itpp", "start_year", 2025),
    ]
    assert got == want, got


def test_programmes_match_by_name_or_acronym_and_predecessor_by_name() -> None:
    gold = gold_triples((IPAP, ITPP))
    predicted = predicted_triples([fact("itpp", "period", "2025/2028"), fact("itpp", "replaces", "ipap")])
    got = matched(gold, predicted, INDEX)
    assert got == 3, got


def test_wrong_year_or_programme_does_not_match() -> None:
    gold = [GoldTriple(IPAP, "end_year", 2024)]
    got = [
        matched(gold, [PredictedTriple("ipap", "end_year", 2025)], INDEX),
        matched(gold, [PredictedTriple("itpp", "end_year", 2024)], INDEX),
        matched(gold, [PredictedTriple("ipap", "start_year", 2024)], INDEX),
        matched(gold, [PredictedTriple("ipap", "end_year", 2024), PredictedTriple("ipap", "end_year", 2024)], INDEX),
    ]
    assert got == [0, 0, 0, 1], got
