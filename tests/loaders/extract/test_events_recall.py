"""A gathering named again later points back at the one reported, and no name dates a summit
by itself (issue 15 item 4), on paragraphs written for these tests."""

from dataclasses import fields, replace
from typing import Any

from eastflank.loaders.extract.events.dates import EventDate
from eastflank.loaders.extract.events.extractor import extract_events
from eastflank.loaders.extract.events.lexicon import EventLexicon
from eastflank.loaders.extract.events.recall import ReportedGatherings, undated_copy

NAMES = {
    "NATO": ("nato", "organization"),
    "Estonia": ("ee", "country"),
    "Finland": ("fi", "country"),
    "Georgia": ("ge", "country"),
    "Riga": ("riga", "location"),
    "Warsaw": ("warsaw", "location"),
    "Tallinn": ("tallinn", "location"),
}


def document_events(make_paragraph: Any, lexicon: EventLexicon, *texts: str) -> list[list[tuple[Any, ...]]]:
    """(type, start date) of each event, per paragraph, for paragraphs read in order."""
    reported = ReportedGatherings()
    found = []
    for text in texts:
        paragraph, dates, entities = make_paragraph(text, NAMES, "2024-05-10")
        rows, _ = extract_events(paragraph, dates, entities, lexicon, False, reported)
        found.append([(e["type"], e["start_date"]) for e in rows])
    return found


def test_a_summit_named_again_is_no_second_summit_and_dates_its_sentence(
    make_paragraph: Any, lexicon: EventLexicon
) -> None:
    got = document_events(
        make_paragraph,
        lexicon,
        "At the NATO Summit in Riga (2006), the Allies decided to strengthen ties with Georgia.",
        "Estonia backed the offer made during the Riga Summit and later invited Finland to a drill.",
    )
    assert got[0] == [("decision", "2006"), ("summit", "2006")], got
    assert ("summit", "2006") not in got[1] and ("invitation", "2006") in got[1], got


def test_a_summit_name_alone_gives_no_year(make_paragraph: Any, lexicon: EventLexicon) -> None:
    got = document_events(
        make_paragraph, lexicon, "Most recently, at the Warsaw Summit, the Allies reaffirmed their support for Georgia."
    )
    assert got == [[("statement", None), ("summit", None)]], got


def test_during_the_visit_takes_the_date_of_the_visit_reported_before(
    make_paragraph: Any, lexicon: EventLexicon
) -> None:
    got = document_events(
        make_paragraph,
        lexicon,
        "In March 2023, the ministers of Estonia visited Tallinn harbour.",
        "During the visit, NATO and Estonia reviewed the coastal defence plan.",
    )
    assert got == [[("visit", "2023-03")], [("meeting", "2023-03")]], got


def test_a_past_event_does_not_take_a_later_visit_date(make_paragraph: Any, lexicon: EventLexicon) -> None:
    got = document_events(
        make_paragraph,
        lexicon,
        "The ministers of Estonia will visit Tallinn harbour in June 2025.",
        "During the visit, NATO and Estonia reviewed the coastal defence plan.",
    )
    assert got[1] == [], got


def test_a_visit_recalled_inside_what_was_said_dates_that_clause_not_the_saying(
    make_paragraph: Any, lexicon: EventLexicon
) -> None:
    got = document_events(
        make_paragraph,
        lexicon,
        "In March 2023, the ministers of Estonia visited Tallinn harbour.",
        "It was stressed that during the visit, NATO and Estonia reviewed the coastal defence plan.",
    )
    assert got == [[("visit", "2023-03")], [("meeting", "2023-03")]], got


def test_during_his_visit_points_back_at_the_visit_reported(make_paragraph: Any, lexicon: EventLexicon) -> None:
    got = document_events(
        make_paragraph,
        lexicon,
        "The president of Finland visited Tallinn on 3 March 2023.",
        "During his visit, NATO and Estonia reviewed the coastal defence plan.",
    )
    assert got == [[("visit", "2023-03-03")], [("meeting", "2023-03-03")]], got


def test_a_possessive_visit_with_its_own_date_is_a_new_visit(make_paragraph: Any, lexicon: EventLexicon) -> None:
    got = document_events(
        make_paragraph,
        lexicon,
        "The president of Finland visited Tallinn on 3 March 2023.",
        "During his visit to Warsaw on 9 April 2024, NATO and Estonia reviewed the coastal defence plan.",
    )
    assert got[1] and all(start == "2024-04-09" for _, start in got[1]), got


def test_an_undated_copy_is_what_replace_gives() -> None:
    assert {field.name for field in fields(EventDate)} == {"start", "end", "precision", "source", "expression", "party"}
    date = EventDate("2023-03-03", "2023-03-05", "day", "text", None, 12)
    assert undated_copy(date) == replace(date, expression=None, party=None)
