"""Which clauses report an event, and of what kind (issue 15 item 4), on sentences written for
these tests: "became the 31st member" is an accession, "agreed that ..." a decision whose
future content is no event of its own, "serves as a forum" and "port visits and drills" report
nothing, and "held simultaneously" happened when the event reported just before did.
"""

from typing import Any

import pytest

from eastflank.loaders.extract.events.extractor import extract_events
from eastflank.loaders.extract.events.lexicon import EventLexicon, load_event_lexicon
from eastflank.loaders.extract.events.recall import ReportedGatherings

NAMES = {
    "NATO": ("nato", "organization"),
    "Latvia": ("lv", "country"),
    "Estonia": ("ee", "country"),
    "Georgia": ("ge", "country"),
    "Riga": ("riga", "location"),
    "Tartu": ("tartu", "location"),
    "Tallinn": ("tallinn", "location"),
    "Washington": ("washington", "location"),
}


def document_events(
    make_paragraph: Any, lexicon: EventLexicon, *texts: str, lead: bool = False
) -> list[list[tuple[Any, ...]]]:
    """(type, start date) of each event, per paragraph read in order, published 10 May 2024."""
    reported = ReportedGatherings()
    found = []
    for text in texts:
        paragraph, dates, entities = make_paragraph(text, NAMES, "2024-05-10")
        rows, _ = extract_events(paragraph, dates, entities, lexicon, lead, reported)
        found.append([(e["type"], e["start_date"]) for e in rows])
    return found


@pytest.mark.parametrize("ordinal", ["31st", "newest", "first"])
def test_became_the_nth_member_is_an_accession_and_its_when_clause_another(
    make_paragraph: Any, lexicon: EventLexicon, ordinal: str
) -> None:
    text = (
        f"Latvia became the {ordinal} member of the Alliance on 2 April 2024, when it deposited "
        "its instrument of accession in Washington."
    )
    got = document_events(make_paragraph, lexicon, text)
    assert got == [[("accession", "2024-04-02"), ("accession", "2024-04-02")]], got


def test_a_lexicon_form_may_not_open_with_a_gap() -> None:
    from pathlib import Path

    from eastflank.loaders.errors import ReferenceDataError
    from eastflank.loaders.extract.events.lexicon import parse_event_lexicon

    base = load_event_lexicon()
    loaded = {
        "rank": list(base.rank),
        "gatherings": sorted(base.gatherings),
        "triggers": [{"type": "accession", "label": "accession", "verbs": ["* member"]}],
        "named_summits": [],
    }
    with pytest.raises(ReferenceDataError, match="opening with"):
        parse_event_lexicon(loaded, Path("event_triggers.yml"))


def test_simultaneously_takes_the_date_of_the_event_reported_in_the_paragraph_before(
    make_paragraph: Any, lexicon: EventLexicon
) -> None:
    first = "Estonia’s flag was raised in Tartu on 4 April 2024."
    got = document_events(make_paragraph, lexicon, first, "Flag ceremonies were held simultaneously in Riga.")
    assert got == [[("ceremony", "2024-04-04")], [("ceremony", "2024-04-04")]], got


def test_without_a_word_of_same_time_a_later_paragraph_takes_no_earlier_date(
    make_paragraph: Any, lexicon: EventLexicon
) -> None:
    first = "Estonia’s flag was raised in Tartu on 4 April 2024."
    got = document_events(make_paragraph, lexicon, first, "Flag ceremonies were held in Riga.")
    assert got[1] == [], got


def test_a_forum_something_serves_as_is_no_event(make_paragraph: Any, lexicon: EventLexicon) -> None:
    role = "The commission serves as a forum for political talks between NATO and Georgia."
    assert document_events(make_paragraph, lexicon, role, lead=True) == [[]]
    held = "NATO and Georgia held a forum on cyber defence in Tallinn."
    assert document_events(make_paragraph, lexicon, held, lead=True) == [[("forum", "2024-05-10")]]


def test_a_plural_noun_that_looks_like_a_verb_is_no_news_event(make_paragraph: Any, lexicon: EventLexicon) -> None:
    generic = "Cooperation with Estonia includes port visits and joint drills."
    assert document_events(make_paragraph, lexicon, generic, lead=True) == [[]]
    verb = "The NATO chief visits Tallinn to meet the government."
    assert ("visit", "2024-05-10") in document_events(make_paragraph, lexicon, verb, lead=True)[0]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("In May 2019 the Allies agreed that Georgia should deepen its reforms.", "decision"),
        ("In May 2019 the Allies agreed to strengthen their support for Georgia.", "decision"),
        ("In May 2019 Estonia and Latvia agreed a joint air policing plan.", "agreement"),
        ("In May 2019 Estonia agreed to the terms of the new plan.", "agreement"),
    ],
)
def test_agreeing_that_or_to_act_is_a_decision(
    make_paragraph: Any, lexicon: EventLexicon, text: str, kind: str
) -> None:
    got = document_events(make_paragraph, lexicon, text)
    assert got == [[(kind, "2019-05")]], got


def test_what_was_decided_in_the_future_tense_is_no_event_of_its_own(
    make_paragraph: Any, lexicon: EventLexicon
) -> None:
    text = "In May 2019 the Allies agreed that Georgia will join NATO."
    got = document_events(make_paragraph, lexicon, text)
    assert got == [[("decision", "2019-05")]], got


def test_a_future_act_said_with_a_date_to_come_is_an_event(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = "The ministry of Estonia told reporters that the parties will hold talks in June 2025."
    got = document_events(make_paragraph, lexicon, text)
    assert ("meeting", "2025-06") in got[0], got


def test_a_gathering_that_frames_a_clause_dates_what_was_done_there(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = (
        "She noted that the Allies agreed in 2016 that Georgia would join NATO, a promise they"
        " reaffirmed at their summit in Riga last June."
    )
    paragraph, dates, entities = make_paragraph(text, NAMES, "2024-05-10")
    rows, roles = extract_events(paragraph, dates, entities, lexicon, False)
    got = [(e["type"], e["start_date"]) for e in rows]
    assert got == [("decision", "2016"), ("statement", "2023-06"), ("summit", "2023-06")], got
    statement = rows[1]
    assert ("ge", "speaker") not in {(r["entity_id"], r["role"]) for r in roles if r["event_id"] == statement["id"]}
    assert rows[2]["location_entity_id"] == "riga" and rows[2]["name"].endswith("in Riga"), rows[2]


def test_a_named_summit_takes_no_place_from_another_clause(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = "The Allies met at the Vilnius Summit in July 2023, and the ministers travelled to Tallinn in May 2024."
    paragraph, dates, entities = make_paragraph(text, NAMES, "2024-05-10")
    rows, _ = extract_events(paragraph, dates, entities, lexicon, False)
    summits = [e["name"] for e in rows if e["type"] == "summit"]
    assert summits == ["Vilnius Summit"], [(e["type"], e["name"]) for e in rows]


def test_clauses_joined_by_and_share_the_date_one_of_them_gives(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = "NATO and Latvia signed a host nation agreement and held talks on air defence in May 2023."
    got = document_events(make_paragraph, lexicon, text)
    assert got == [[("agreement", "2023-05"), ("meeting", "2023-05")]], got


def test_a_past_clause_takes_no_date_from_a_future_one_joined_by_and(
    make_paragraph: Any, lexicon: EventLexicon
) -> None:
    text = "NATO and Latvia signed a host nation agreement and will hold talks on air defence in May 2025."
    got = document_events(make_paragraph, lexicon, text)
    assert got == [[("meeting", "2025-05")]], got


def test_a_clause_opened_by_and_happens_with_the_clause_before_and_shares_its_subject(
    make_paragraph: Any, lexicon: EventLexicon
) -> None:
    text = "The defence ministers met in Tartu on 6 May 2024 and approved a new training plan."
    paragraph, dates, entities = make_paragraph(text, NAMES, "2024-05-10")
    rows, _ = extract_events(paragraph, dates, entities, lexicon, False)
    got = [(e["type"], e["start_date"], e["name"]) for e in rows]
    assert got == [
        ("meeting", "2024-05-06", "Meeting of the defence ministers in Tartu"),
        ("decision", "2024-05-06", "Decision of the defence ministers"),
    ], got


def test_a_meeting_told_again_with_its_day_and_people_is_one_meeting(
    make_paragraph: Any, lexicon: EventLexicon
) -> None:
    names = {**NAMES, "Kaja Kallas": ("kallas", "person"), "Edgars Rinkevics": ("rinkevics", "person")}
    reported = ReportedGatherings()
    found = []
    for text in (
        "Kaja Kallas met Edgars Rinkevics in Riga on 6 May 2024 to discuss air defence.",
        "“Kaja Kallas met Edgars Rinkevics on 6 May 2024 in Riga,” the office of Estonia stated.",
        "Kaja Kallas met Edgars Rinkevics again on 8 May 2024 in Tallinn.",
    ):
        paragraph, dates, entities = make_paragraph(text, names, "2024-05-10")
        rows, _ = extract_events(paragraph, dates, entities, lexicon, False, reported)
        found.append([(e["type"], e["start_date"]) for e in rows if e["type"] == "meeting"])
    assert found == [[("meeting", "2024-05-06")], [], [("meeting", "2024-05-08")]], found


@pytest.mark.parametrize(
    "text",
    [
        "Estonia could host a naval exercise in 2025 if funding is found.",
        "Moldova hopes to sign an agreement with NATO in 2025.",
        "If Georgia joins NATO in 2030, the region will change.",
        "Estonia did not sign the treaty in 2019.",
    ],
)
def test_what_only_might_happen_or_did_not_is_no_event(make_paragraph: Any, lexicon: EventLexicon, text: str) -> None:
    assert document_events(make_paragraph, lexicon, text) == [[]]


def test_the_month_may_is_no_modal(make_paragraph: Any, lexicon: EventLexicon) -> None:
    got = document_events(make_paragraph, lexicon, "In May 2019 Estonia signed the treaty.")
    assert got == [[("agreement", "2019-05")]], got


def test_a_comma_between_two_dated_acts_parts_them(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = "The treaty, which Estonia signed in 2019, entered into force in 2020."
    got = document_events(make_paragraph, lexicon, text)
    assert got == [[("agreement", "2019"), ("programme_change", "2020")]], got


def test_a_clause_opened_by_a_comma_and_its_verb_shares_the_subject(make_paragraph: Any, lexicon: EventLexicon) -> None:
    names = {**NAMES, "Kaja Kallas": ("kallas", "person")}
    text = "Kaja Kallas, who visited Riga in 2019, said on Monday that Estonia backs Latvia."
    paragraph, dates, entities = make_paragraph(text, names, "2024-05-10")
    rows, roles = extract_events(paragraph, dates, entities, lexicon, False)
    assert [(e["type"], e["start_date"]) for e in rows] == [("visit", "2019"), ("statement", "2024-05-06")], rows
    statement = rows[1]["id"]
    assert ("kallas", "speaker") in {(r["entity_id"], r["role"]) for r in roles if r["event_id"] == statement}


def test_simultaneously_takes_no_date_an_earlier_paragraph_gives_the_future(
    make_paragraph: Any, lexicon: EventLexicon
) -> None:
    first = "Estonia will sign the treaty in Tartu on 4 April 2031."
    got = document_events(make_paragraph, lexicon, first, "Flag ceremonies were held simultaneously in Riga.")
    assert got[1] == [], got


@pytest.mark.parametrize("verb", ["didn't sign", "didn’t sign", "never signed"])
def test_a_contracted_or_never_negation_reports_nothing(make_paragraph: Any, lexicon: EventLexicon, verb: str) -> None:
    assert document_events(make_paragraph, lexicon, f"Estonia {verb} the treaty in 2019.") == [[]]


@pytest.mark.parametrize(
    "text, want",
    [
        ("Estonia has been a member of NATO since 2004.", [("accession", "2004")]),
        ("Georgia has been cooperating with NATO since 1994 within a partnership programme.", [("accession", "1994")]),
        ("Latvia has been a full member of NATO since March 2004.", [("accession", "2004-03")]),
        ("Estonia has been a member of NATO for twenty years.", []),
    ],
)
def test_a_membership_lasting_since_a_date_began_then(
    make_paragraph: Any, lexicon: EventLexicon, text: str, want: list[tuple[str, str]]
) -> None:
    assert document_events(make_paragraph, lexicon, text) == [want]


def test_a_review_at_a_meeting_is_one_meeting(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = "The ministers of Estonia and Latvia will review the plan at a meeting in Riga in June 2025."
    assert document_events(make_paragraph, lexicon, text) == [[("meeting", "2025-06")]]


def test_a_decision_at_a_meeting_is_two_events(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = "The ministers of Estonia and Latvia approved the plan at a meeting in Riga in June 2023."
    assert document_events(make_paragraph, lexicon, text) == [[("decision", "2023-06"), ("meeting", "2023-06")]]


def test_what_is_said_in_quotation_marks_takes_no_date_from_outside(make_paragraph: Any, lexicon: EventLexicon) -> None:
    got = document_events(
        make_paragraph,
        lexicon,
        "Estonia held a naval exercise off Tallinn on 7 May 2024.",
        "“Every mine we clear in a drill saves a ship,” said the officer who led the divers during the exercise.",
    )
    assert got == [[("exercise", "2024-05-07")], []], got


def test_a_quotation_that_gives_its_own_date_reports_an_event(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = "“Estonia signed the treaty on 2 May 2024,” the minister told the press."
    assert document_events(make_paragraph, lexicon, text) == [[("agreement", "2024-05-02")]]


@pytest.mark.parametrize(
    "text",
    ["In 2024 Latvia saw a sign of support from NATO.", "On 2 May 2024 a storm hit the launch pad in Riga."],
)
def test_a_base_verb_form_after_a_determiner_is_no_verb(make_paragraph: Any, lexicon: EventLexicon, text: str) -> None:
    assert document_events(make_paragraph, lexicon, text) == [[]]


def test_a_flag_raised_again_the_same_day_is_the_same_ceremony(make_paragraph: Any, lexicon: EventLexicon) -> None:
    got = document_events(
        make_paragraph,
        lexicon,
        "Latvia’s flag was raised in Riga on 4 April 2024.",
        "On 4 April 2024 Latvia’s flag was raised as the anthem played.",
        "On 4 April 2024 Estonia’s flag was raised in Tallinn.",
    )
    assert got == [[("ceremony", "2024-04-04")], [], [("ceremony", "2024-04-04")]], got
