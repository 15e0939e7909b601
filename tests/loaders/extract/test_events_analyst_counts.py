"""Events as an analyst counts them (issue 15 item 4), on sentences written for these tests.

A summit and the decision taken at it are two events; a "when" clause happens on the date of
the clause before it; a name with a year dates the exercise it names; a passive "was declared"
is dated like any verb; deployments, deliveries, inaugurations, refusals, reviews,
reorganisations, ceremonies and addresses are events.
"""

from typing import Any

import pytest

from eastflank.loaders.extract.events.extractor import extract_events
from eastflank.loaders.extract.events.lexicon import EventLexicon

NAMES = {
    "NATO": ("nato", "organization"),
    "Moldova": ("md", "country"),
    "Estonia": ("ee", "country"),
    "Latvia": ("lv", "country"),
    "Georgia": ("ge", "country"),
    "Vilnius": ("vilnius", "location"),
    "Tartu": ("tartu", "location"),
    "Kaja Kallas": ("kaja-kallas", "person"),
    "Maia Sandu": ("maia-sandu", "person"),
}


def events(make_paragraph: Any, lexicon: EventLexicon, text: str, lead: bool = False) -> list[tuple[Any, ...]]:
    """(type, start date, date source) of each event of the paragraph, published 10 May 2024."""
    paragraph, dates, entities = make_paragraph(text, NAMES, "2024-05-10")
    rows, _ = extract_events(paragraph, dates, entities, lexicon, lead)
    return [(e["type"], e["start_date"], e["date_source"]) for e in rows]


def test_the_summit_where_a_decision_was_taken_is_an_event_too(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = "On 12 July 2023 the leaders approved a new air defence plan for Latvia at their summit in Vilnius."
    got = events(make_paragraph, lexicon, text)
    assert got == [("decision", "2023-07-12", "text"), ("summit", "2023-07-12", "text")], got


def test_a_summit_named_with_its_month_dates_the_decision_before_it(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = "The Allies agreed that Estonia would host the new centre at the Vilnius Summit in July 2023."
    got = events(make_paragraph, lexicon, text)
    assert got == [("decision", "2023-07", "text"), ("summit", "2023-07", "text")], got


def test_a_when_clause_happens_on_the_date_of_the_clause_before(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = "Estonia signed the treaty on 2 February 2024, when it deployed two engineer companies to Latvia."
    got = events(make_paragraph, lexicon, text)
    assert got == [("agreement", "2024-02-02", "text"), ("deployment", "2024-02-02", "text")], got


def test_a_possessive_gathering_in_the_lead_is_the_news_event(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = "Remarks by Kaja Kallas in her press conference with Maia Sandu in Tartu."
    got = events(make_paragraph, lexicon, text, lead=True)
    assert got == [("press_conference", "2024-05-10", "publication")], got


def test_a_year_in_an_exercise_name_dates_it(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = "Some 900 soldiers from Georgia took part in an exercise called Mountain Shield 2021, the staff reported."
    got = events(make_paragraph, lexicon, text)
    assert got == [("exercise", "2021", "text")], got


def test_a_passive_declared_is_dated_by_its_clause(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = "The joint battalion in Tartu was declared fully operational on 3 May 2024, after two years of drills."
    got = events(make_paragraph, lexicon, text)
    assert got[0] == ("statement", "2024-05-03", "text"), got


@pytest.mark.parametrize(
    "text, want",
    [
        ("Since March 2015, Estonia has deployed troops to the mission in Latvia.", ("deployment", "2015-03")),
        ("In 2023, radios and field kitchens were delivered to Moldova.", ("assistance_package", "2023")),
        ("Inaugurated in Tartu in May 2019, the centre trains cyber specialists.", ("programme_change", "2019-05")),
        ("In 2019 the parliament of Georgia rejected the proposed treaty.", ("decision", "2019")),
        ("In March 2024 NATO and Moldova reviewed the partnership goals.", ("meeting", "2024-03")),
        ("In 2020 the ministry of Latvia restructured its territorial units.", ("programme_change", "2020")),
        ("Estonia’s flag was raised in Tartu on 4 April 2024.", ("ceremony", "2024-04-04")),
        ("Maia Sandu addressed the parliament on 6 May 2024, welcoming the decision.", ("statement", "2024-05-06")),
        ("Maia Sandu said today that Moldova would apply.", ("statement", "2024-05-10")),
    ],
)
def test_more_kinds_of_event(make_paragraph: Any, lexicon: EventLexicon, text: str, want: tuple[str, str]) -> None:
    got = [(kind, start) for kind, start, _ in events(make_paragraph, lexicon, text)]
    assert got == [want], got
