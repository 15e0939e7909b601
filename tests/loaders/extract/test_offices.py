"""Who held a post in a year, from reference positions written for this test."""

from eastflank.loaders.extract.entities.offices import latest_year, office_holder, offices_of
from eastflank.loaders.extract.text.paragraph_input import EntityInfo, Office
from eastflank.loaders.ingest.reference import ReferenceEntity

HOLDERS = [
    EntityInfo("ana-popa", "Ana Popa", "person", (Office("Secretary General", "osce", 2015, 2020),)),
    EntityInfo("ion-rusu", "Ion Rusu", "person", (Office("Secretary General", "osce", 2020, None),)),
    EntityInfo("osce", "OSCE", "organization"),
]


def test_the_one_holder_in_a_year() -> None:
    got = [office_holder(HOLDERS, "secretary general", "osce", year) for year in (2014, 2017, 2023)]
    assert got == [None, "ana-popa", "ion-rusu"], got


def test_a_year_with_two_holders_has_no_answer() -> None:
    got = office_holder(HOLDERS, "Secretary General", "osce", 2020)
    assert got is None, got


def test_offices_read_from_reference_positions() -> None:
    entity = ReferenceEntity(
        "ana-popa",
        "Ana Popa",
        "person",
        positions=(
            {"title": "Secretary General", "organization": "osce", "start": 2015, "end": "2020"},
            {"title": "Adviser"},
        ),
    )
    got = offices_of(entity)
    assert got == (Office("Secretary General", "osce", 2015, 2020),), got


def test_the_year_a_text_speaks_from() -> None:
    got = [
        latest_year("Talks in 2017 and again in 2019.", None),
        latest_year("Talks in 2017.", "2022-03-01"),
        latest_year("No year.", None),
    ]
    assert got == [2019, 2022, None], got
