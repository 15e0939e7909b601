"""Who takes part in an event and what it is called, from its own clause (issue 15 item 4), on
sentences written for these tests: a fronted phrase of cause ("Following the attack by Russia,
...") names no participant, nor a country in brackets after a place, nor a wire's dateline; what
was delivered "to" a state goes to it; an event with no named participant is named for its
clause's subject; an agreement is on what it covers and a decision with no one deciding named
on what it concerns.
"""

from typing import Any

import pytest

from eastflank.loaders.extract.events.extractor import extract_events
from eastflank.loaders.extract.events.lexicon import EventLexicon

NAMES = {
    "NATO": ("nato", "organization"),
    "Baltic Wire": ("baltic-wire", "organization"),
    "Russia": ("ru", "country"),
    "Ukraine": ("ua", "country"),
    "Moldova": ("md", "country"),
    "Estonia": ("ee", "country"),
    "Tartu": ("tartu", "location"),
    "Riga": ("riga", "location"),
    "Partnership for Peace": ("pfp", "programme"),
}


def described(make_paragraph: Any, lexicon: EventLexicon, text: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(type, name, sorted (entity, role) pairs) of each event, published 10 May 2024."""
    paragraph, dates, entities = make_paragraph(text, NAMES, "2024-05-10")
    rows, roles = extract_events(paragraph, dates, entities, lexicon, False)
    return [
        (e["type"], e["name"], sorted((r["entity_id"], r["role"]) for r in roles if r["event_id"] == e["id"]))
        for e in rows
    ]


def test_a_fronted_phrase_of_cause_names_no_participant(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = "Following the attack by Russia on the port, NATO decided in May 2024 to send experts to Ukraine."
    got = described(make_paragraph, lexicon, text)
    assert [kind for kind, _, _ in got] == ["decision"], got
    assert "ru" not in {entity for entity, _ in got[0][2]}, got
    assert ("nato", "organiser") in got[0][2], got


def test_a_country_in_brackets_after_a_place_takes_no_part(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = "NATO held a ceremony in Tartu (Estonia) on 4 April 2024."
    got = described(make_paragraph, lexicon, text)
    assert got and "ee" not in {entity for entity, _ in got[0][2]}, got
    plain = described(make_paragraph, lexicon, "NATO and Estonia held a ceremony on 4 April 2024.")
    assert "ee" in {entity for entity, _ in plain[0][2]}, plain


def test_a_wire_dateline_names_no_participant(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = "TARTU (Baltic Wire - 4th April, 2024) The defence minister of Estonia met NATO officials on Thursday."
    got = described(make_paragraph, lexicon, text)
    assert got and "baltic-wire" not in {entity for entity, _ in got[0][2]}, got


def test_what_is_delivered_to_a_state_goes_to_it(make_paragraph: Any, lexicon: EventLexicon) -> None:
    got = described(make_paragraph, lexicon, "In 2023, radios and field kitchens were delivered to Moldova.")
    assert got == [("assistance_package", "Delivery for Moldova", [("md", "partner")])], got


@pytest.mark.parametrize(
    "text, name",
    [
        ("A joint training package was agreed in June 2021.", "Agreement on joint training package"),
        ("In 2025 the parties will open consultations on energy.", "Consultations of the parties"),
        (
            "In 2006 Moldova agreed its first Partnership for Peace plan.",
            "Agreement of Moldova on Partnership for Peace",
        ),
        ("In April 2019 the foreign ministers decided to enhance support for Ukraine.", "Decision on Ukraine"),
    ],
)
def test_an_event_is_named_from_its_own_clause(
    make_paragraph: Any, lexicon: EventLexicon, text: str, name: str
) -> None:
    got = [event_name for _, event_name, _ in described(make_paragraph, lexicon, text)]
    assert got == [name], got


def test_a_closing_attribution_with_its_own_date_is_a_statement_of_its_own(
    make_paragraph: Any, lexicon: EventLexicon
) -> None:
    text = "Romania will host a naval exercise next year, the ministry announced on Monday."
    got = [(kind, name) for kind, name, _ in described(make_paragraph, lexicon, text)]
    assert got == [("exercise", "Exercise of Romania"), ("statement", "Statement by the ministry")], got


def test_a_closing_attribution_without_a_date_stays_in_its_sentence(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = "In a statement on 3 March 2024, the minister described Estonia as a valued partner."
    got = [kind for kind, _, _ in described(make_paragraph, lexicon, text)]
    assert got == ["statement"], got


def test_a_speech_verb_with_a_short_object_takes_the_date_after_it(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = "The NATO chief told reporters on Thursday that the Alliance would stand by Moldova."
    paragraph, dates, entities = make_paragraph(text, NAMES, "2024-05-10")
    rows, _ = extract_events(paragraph, dates, entities, lexicon, False)
    assert [(e["type"], e["start_date"]) for e in rows] == [("statement", "2024-05-09")], rows


def test_troops_deployed_to_a_state_are_hosted_by_it(make_paragraph: Any, lexicon: EventLexicon) -> None:
    got = described(make_paragraph, lexicon, "In April 2024 the troops were deployed to Estonia.")
    assert got == [("deployment", "Deployment to Estonia", [("ee", "host")])], got


def test_a_noun_capitalised_because_it_opens_the_sentence_is_no_name(
    make_paragraph: Any, lexicon: EventLexicon
) -> None:
    got = described(make_paragraph, lexicon, "Talks between Moldova and NATO are scheduled for June 2025.")
    assert [name for _, name, _ in got] == ["Talks of Moldova and NATO"], got


def test_a_state_that_qualifies_its_new_leader_takes_no_part(make_paragraph: Any, lexicon: EventLexicon) -> None:
    names = {**NAMES, "Maia Sandu": ("sandu", "person")}
    text = "In May 2024 Moldova's new President Maia Sandu visited Tartu."
    paragraph, dates, entities = make_paragraph(text, names, "2024-05-10")
    rows, roles = extract_events(paragraph, dates, entities, lexicon, False)
    assert [e["type"] for e in rows] == ["visit"], rows
    assert {r["entity_id"] for r in roles} == {"sandu"}, roles


@pytest.mark.parametrize(
    "text, start",
    [
        ("Estonia provided $2.5 million this year for mine clearance in Moldova.", "2024"),
        ("In 2023 Estonia allocated EUR 40 million to the air defence of Ukraine.", "2023"),
        ("At a conference in Tartu on 5 April, where donors pledged €600 million, Estonia spoke.", "2024-04-05"),
    ],
)
def test_money_given_is_assistance(make_paragraph: Any, lexicon: EventLexicon, text: str, start: str) -> None:
    paragraph, dates, entities = make_paragraph(text, NAMES, "2024-05-10")
    rows, _ = extract_events(paragraph, dates, entities, lexicon, False)
    assert ("assistance_package", start) in [(e["type"], e["start_date"]) for e in rows], rows


def test_a_relative_clause_of_place_ends_at_its_comma(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = (
        "Estonia hosted a conference in Tartu on 5 April, where donors pledged €600 million, and held"
        " a second conference in Riga last week."
    )
    paragraph, dates, entities = make_paragraph(text, NAMES, "2024-05-10")
    rows, _ = extract_events(paragraph, dates, entities, lexicon, False)
    got = [(e["type"], e["start_date"], e["name"]) for e in rows]
    assert got == [
        ("conference", "2024-04-05", "Conference of Estonia in Tartu"),
        ("assistance_package", "2024-04-05", "Funding of donors"),
        ("conference", "2024-05", "Conference of Estonia in Riga"),
    ], got
