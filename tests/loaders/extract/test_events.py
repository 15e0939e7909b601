"""Events on hand-written sentences: every event type, each role cue, modality, and the non-events.

None of these sentences comes from seeds/; they are written in other wordings, so the rules
are tested on text they were not written for.
"""

from collections.abc import Callable
from typing import Any

import pytest

from eastflank.loaders.extract.events.extractor import extract_events
from eastflank.loaders.extract.events.lexicon import EventLexicon
from eastflank.loaders.ids import stable_id

ParagraphFactory = Callable[..., Any]  # the `make_paragraph` fixture of conftest.py

NAMES = {
    "NATO": ("nato", "organization"),
    "European Union": ("eu", "organization"),
    "Council of Europe": ("coe", "organization"),
    "Ministry of Foreign Affairs": ("mfa", "organization"),
    "Romanian Ministry of Defence": ("ro-mod", "organization"),
    "Moldovan parliament": ("md-parliament", "organization"),
    "Moldova": ("md", "country"),
    "Romania": ("ro", "country"),
    "Ukraine": ("ua", "country"),
    "Poland": ("pl", "country"),
    "Lithuania": ("lt", "country"),
    "Latvia": ("lv", "country"),
    "Estonia": ("ee", "country"),
    "Finland": ("fi", "country"),
    "Sweden": ("se", "country"),
    "Georgia": ("ge", "country"),
    "Serbia": ("rs", "country"),
    "Chisinau": ("chisinau", "location"),
    "Riga": ("riga", "location"),
    "Kyiv": ("kyiv", "location"),
    "Madrid": ("madrid", "location"),
    "Vilnius": ("vilnius", "location"),
    "Rzeszów": ("rzeszow", "location"),
    "Kaja Kallas": ("kaja-kallas", "person"),
    "Maia Sandu": ("maia-sandu", "person"),
    "Mark Rutte": ("mark-rutte", "person"),
    "Annual National Programme": ("anp", "programme"),
    "Partnership for Peace": ("pfp", "programme"),
}


def run(
    make_paragraph: ParagraphFactory,
    lexicon: EventLexicon,
    text: str,
    published: str | None = "2024-05-10",
    lead: bool = False,
) -> list[dict[str, Any]]:
    """Each event as its type, dates, modality, date source, place and sorted (entity, role) pairs."""
    paragraph, dates, entities = make_paragraph(text, NAMES, published)
    events, participants = extract_events(paragraph, dates, entities, lexicon, lead)
    return [
        {
            "type": e["type"],
            "start": e["start_date"],
            "end": e["end_date"],
            "precision": e["date_precision"],
            "modality": e["modality"],
            "source": e["date_source"],
            "place": e["location_entity_id"],
            "roles": sorted((p["entity_id"], p["role"]) for p in participants if p["event_id"] == e["id"]),
        }
        for e in events
    ]


def brief(events: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(e["type"], e["start"], e["modality"], e["source"]) for e in events]


# --- one sentence per event type ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, want",
    [
        ("Allied leaders met at a summit in Vilnius on 11 July 2023.", ("summit", "2023-07-11", "vilnius")),
        (
            "The Ministry of Foreign Affairs organised a donor conference in Chisinau on 3 May 2024.",
            ("conference", "2024-05-03", "chisinau"),
        ),
        (
            "Poland will host a regional security forum in Rzeszów on 14-15 October 2026.",
            ("forum", "2026-10-14", "rzeszow"),
        ),
        (
            "Defence ministers of Latvia and Estonia held talks in Riga on 2 February 2024.",
            ("meeting", "2024-02-02", "riga"),
        ),
        ("Kaja Kallas visited Chisinau on 21 March 2024.", ("visit", "2024-03-21", "chisinau")),
        (
            "On 4 April 2024, the Ministry of Foreign Affairs declared that Moldova would not recognise the vote.",
            ("statement", "2024-04-04", None),
        ),
        ("In January 2024, the Moldovan parliament approved the new defence strategy.", ("decision", "2024-01", None)),
        (
            "Romania and Ukraine signed a memorandum of understanding on border security in Kyiv on 7 February 2024.",
            ("agreement", "2024-02-07", "kyiv"),
        ),
        (
            "The allies invited Finland and Sweden to join NATO in Madrid in June 2022.",
            ("invitation", "2022-06", "madrid"),
        ),
        ("Sweden became a full member of NATO in March 2024.", ("accession", "2024-03", None)),
        (
            "In February 2024 the European Union approved a military aid package for Moldova.",
            ("assistance_package", "2024-02", None),
        ),
        ("Georgia launched its Annual National Programme in 2009.", ("programme_change", "2009", None)),
        ("Moldova will hold a presidential election on 20 October 2024.", ("election", "2024-10-20", None)),
        (
            "Troops from Poland and Lithuania held joint drills near Riga on 10 April 2024.",
            ("exercise", "2024-04-10", "riga"),
        ),
    ],
)
def test_each_event_type_from_its_trigger_and_date(
    make_paragraph: ParagraphFactory, lexicon: EventLexicon, text: str, want: tuple[str, str, str | None]
) -> None:
    got = [(e["type"], e["start"], e["place"]) for e in run(make_paragraph, lexicon, text)]
    assert got == [want], got


def test_the_lead_press_conference_is_dated_by_the_publication(
    make_paragraph: ParagraphFactory, lexicon: EventLexicon
) -> None:
    text = "Mark Rutte and Maia Sandu answered questions at a joint news conference in Chisinau."
    got = run(make_paragraph, lexicon, text, lead=True)
    want = [
        {
            "type": "press_conference",
            "start": "2024-05-10",
            "end": "2024-05-10",
            "precision": "day",
            "modality": "happened",
            "source": "publication",
            "place": "chisinau",
            "roles": [("maia-sandu", "speaker"), ("mark-rutte", "speaker")],
        }
    ]
    assert got == want, got


def test_an_undated_gathering_outside_the_lead_is_no_event(
    make_paragraph: ParagraphFactory, lexicon: EventLexicon
) -> None:
    text = "Mark Rutte and Maia Sandu answered questions at a joint news conference in Chisinau."
    got = run(make_paragraph, lexicon, text, lead=False)
    assert got == [], got


def test_the_own_news_event_keeps_null_dates_without_a_publication_date(
    make_paragraph: ParagraphFactory, lexicon: EventLexicon
) -> None:
    text = "Mark Rutte spoke at a conference organised by the Ministry of Foreign Affairs in Chisinau."
    got = run(make_paragraph, lexicon, text, published=None, lead=True)
    want = [
        {
            "type": "conference",
            "start": None,
            "end": None,
            "precision": None,
            "modality": "happened",
            "source": "publication",
            "place": "chisinau",
            "roles": [("mark-rutte", "participant"), ("mfa", "organiser")],
        }
    ]
    assert got == want, got


# --- statements ---------------------------------------------------------------------------


def test_a_formal_statement_by_a_named_speaker_is_dated_by_the_publication(
    make_paragraph: ParagraphFactory, lexicon: EventLexicon
) -> None:
    text = "The Romanian Ministry of Defence announced that the new brigade will be ready next spring."
    got = run(make_paragraph, lexicon, text)
    assert got == [
        {
            "type": "statement",
            "start": "2024-05-10",
            "end": "2024-05-10",
            "precision": "day",
            "modality": "happened",
            "source": "publication",
            "place": None,
            "roles": [("ro-mod", "speaker")],
        }
    ], got


@pytest.mark.parametrize(
    "text, published",
    [
        ("Officials said the brigade would be ready.", "2024-05-10"),
        ("The Romanian Ministry of Defence stated that it supports Moldova.", None),
        ("“We are ready,” Maia Sandu said on Monday.", "2024-05-10"),
        (
            "Washington provided $2 million this year for border guards in Moldova, an official of the European Union said.",
            "2024-05-10",
        ),
    ],
)
def test_everyday_attribution_and_quote_credits_are_not_statements(
    make_paragraph: ParagraphFactory, lexicon: EventLexicon, text: str, published: str | None
) -> None:
    got = run(make_paragraph, lexicon, text, published=published)
    assert [e for e in got if e["type"] == "statement"] == [], got


def test_a_dated_statement_names_speaker_and_subject(make_paragraph: ParagraphFactory, lexicon: EventLexicon) -> None:
    text = "In a statement on 3 March 2024, Mark Rutte described Georgia as a valued partner."
    got = run(make_paragraph, lexicon, text)
    assert brief(got) == [("statement", "2024-03-03", "happened", "text")], got
    assert got[0]["roles"] == [("ge", "subject"), ("mark-rutte", "speaker")], got


def test_statements_made_at_the_leads_own_news_event_are_part_of_it(
    make_paragraph: ParagraphFactory, lexicon: EventLexicon
) -> None:
    text = "Mark Rutte spoke at a conference in Chisinau. The Romanian Ministry of Defence stated that it supports Moldova."
    got = brief(run(make_paragraph, lexicon, text, lead=True))
    assert got == [("conference", "2024-05-10", "happened", "publication")], got


def test_at_the_same_time_repeats_the_date_before_it(make_paragraph: ParagraphFactory, lexicon: EventLexicon) -> None:
    text = "Kaja Kallas travelled to Kyiv in March 2023. At the same time, the European Union announced new aid."
    got = brief(run(make_paragraph, lexicon, text))
    assert got == [("visit", "2023-03", "happened", "text"), ("statement", "2023-03", "happened", "text")], got


# --- roles --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, want",
    [
        ("Poland will host a regional security forum in Rzeszów on 14-15 October 2026.", [("pl", "host")]),
        ("A conference hosted by Romania took place in Chisinau on 3 March 2024.", [("ro", "host")]),
        (
            "The talks on 3 March 2024 were chaired by Maia Sandu and organised by the Ministry of Foreign Affairs.",
            [("maia-sandu", "chair"), ("mfa", "organiser")],
        ),
        (
            "On 3 March 2024 the Council of Europe hosted a conference with Moldova and Ukraine.",
            [("coe", "host"), ("md", "partner"), ("ua", "partner")],
        ),
        (
            "In June 2022 NATO decided to invite Finland and Sweden.",
            [("fi", "invitee"), ("nato", "organiser"), ("se", "invitee")],
        ),
        (
            "In May 2023, Maia Sandu described the European Union as a partner.",
            [("eu", "subject"), ("maia-sandu", "speaker")],
        ),
        (
            "Defence ministers of Latvia and Estonia held talks in Riga on 2 February 2024.",
            [("ee", "participant"), ("lv", "participant")],
        ),
        ("Sweden became a full member of NATO in March 2024.", [("nato", "partner"), ("se", "subject")]),
    ],
)
def test_role_cues(
    make_paragraph: ParagraphFactory, lexicon: EventLexicon, text: str, want: list[tuple[str, str]]
) -> None:
    got = [e["roles"] for e in run(make_paragraph, lexicon, text)]
    assert got == [want], got


def test_a_bracketed_date_per_name_makes_one_event_per_name(
    make_paragraph: ParagraphFactory, lexicon: EventLexicon
) -> None:
    text = "Finland (April 2023) and Sweden (March 2024) joined NATO."
    got = [(e["start"], e["roles"]) for e in run(make_paragraph, lexicon, text)]
    want = [
        ("2023-04", [("fi", "subject"), ("nato", "partner")]),
        ("2024-03", [("nato", "partner"), ("se", "subject")]),
    ]
    assert got == want, got


# --- choosing one event per clause ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, want",
    [
        ("In March 2024 NATO approved a support package for Georgia.", "assistance_package"),
        ("In 2018 the Alliance decided to invite Georgia to the talks.", "invitation"),
        ("In 2014 the allies decided to raise defence spending.", "decision"),
        (
            "In 2010, NATO took a decision to strengthen ties with Serbia by inviting it to the Partnership for Peace.",
            "decision",
        ),
    ],
)
def test_one_clause_one_event_named_by_its_strongest_trigger(
    make_paragraph: ParagraphFactory, lexicon: EventLexicon, text: str, want: str
) -> None:
    got = [e["type"] for e in run(make_paragraph, lexicon, text)]
    assert got == [want], got


def test_a_date_given_with_a_named_summit_dates_its_sentence(
    make_paragraph: ParagraphFactory, lexicon: EventLexicon
) -> None:
    text = "At the Wales Summit (2014), the allies decided to raise defence spending."
    got = brief(run(make_paragraph, lexicon, text))
    assert got == [("decision", "2014", "happened", "text"), ("summit", "2014", "happened", "text")], got


def test_two_clauses_two_events(make_paragraph: ParagraphFactory, lexicon: EventLexicon) -> None:
    text = (
        "In 2009 Georgia launched its Annual National Programme, and from 2025 it is set to transition to a new plan."
    )
    got = brief(run(make_paragraph, lexicon, text))
    assert got == [("programme_change", "2009", "happened", "text"), ("programme_change", "2025", "planned", "text")], (
        got
    )


def test_a_gathering_before_the_event_is_an_event_too(make_paragraph: ParagraphFactory, lexicon: EventLexicon) -> None:
    text = "Speaking in Chisinau on 6 May 2024 after a meeting of the Council of Europe, Maia Sandu said the aid was welcome."
    got = [(e["type"], e["start"]) for e in run(make_paragraph, lexicon, text)]
    assert got == [("statement", "2024-05-06"), ("meeting", "2024-05-06")], got


def test_a_dateline_names_no_participant(make_paragraph: ParagraphFactory, lexicon: EventLexicon) -> None:
    text = "RIGA, Latvia, 2 May 2024 — Kaja Kallas visited Kyiv on Monday for talks with Ukraine."
    got = [(e["type"], e["start"], e["roles"]) for e in run(make_paragraph, lexicon, text, published="2024-05-02")]
    want = [
        ("visit", "2024-04-29", [("kaja-kallas", "participant"), ("ua", "partner")]),
        ("meeting", "2024-04-29", [("ua", "partner")]),
    ]
    assert got == want, got


# --- modality and ranges ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, published, want",
    [
        ("Moldova will hold a presidential election on 20 October 2024.", "2024-05-10", "planned"),
        ("The Council of Europe is set to hold a conference in 2024.", "2024-01", "planned"),
        ("A summit of NATO is scheduled for May 2024 in Riga.", "2024", "planned"),
        ("The European Union plans to approve an aid package for Moldova in 2024.", "2024", "planned"),
        ("The Council of Europe held a conference in Riga in March 2026.", "2025-10", "planned"),
        ("In 2019, NATO agreed that Georgia will join in future.", "2024-05-10", "happened"),
        ("Kaja Kallas visited Chisinau on 21 March 2024.", "2024-05-10", "happened"),
    ],
)
def test_modality(
    make_paragraph: ParagraphFactory, lexicon: EventLexicon, text: str, published: str, want: str
) -> None:
    got = [e["modality"] for e in run(make_paragraph, lexicon, text, published=published)]
    assert got == [want], got


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Poland will host a regional security forum in Rzeszów on 14-15 October 2026.",
            ("2026-10-14", "2026-10-15", "day"),
        ),
        (
            "The reforms reached two milestones in 2027 and 2028, marking the full operationalisation of the plan.",
            ("2027", "2028", "year"),
        ),
        (
            "Troops from Poland and Lithuania completed joint drills on 12 April 2024 that began on 8 April 2024.",
            ("2024-04-08", "2024-04-12", "day"),
        ),
        ("Kaja Kallas visited Chisinau on 21 March 2024.", ("2024-03-21", "2024-03-21", "day")),
    ],
)
def test_ranges_and_one_day_events(
    make_paragraph: ParagraphFactory, lexicon: EventLexicon, text: str, want: tuple[str, str, str]
) -> None:
    got = [(e["start"], e["end"], e["precision"]) for e in run(make_paragraph, lexicon, text)]
    assert got == [want], got


# --- non-events ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Moldova's defence policy prioritises cooperation with NATO.",
        "The council meets every month in Riga.",
        "The forum opened its doors in the morning.",
        "Sweden will not join any alliance in 2025.",
        "Serbia takes part in exercises that will strengthen its army.",
        "In 2024, the two adopted programmes guided the reform.",
    ],
)
def test_non_events(make_paragraph: ParagraphFactory, lexicon: EventLexicon, text: str) -> None:
    got = run(make_paragraph, lexicon, text, lead=True)
    assert got == [], got


# --- rows ---------------------------------------------------------------------------------


def test_rows_have_the_table_columns_and_point_at_the_date_expression(
    make_paragraph: ParagraphFactory, lexicon: EventLexicon
) -> None:
    paragraph, dates, entities = make_paragraph("Kaja Kallas visited Chisinau on 21 March 2024.", NAMES)
    events, participants = extract_events(paragraph, dates, entities, lexicon, False)
    event_id = stable_id("event", "par-1", 0, 46, "visit", 12, None)
    want = [
        {
            "id": event_id,
            "name": "Visit of Kaja Kallas",
            "type": "visit",
            "start_date": "2024-03-21",
            "end_date": "2024-03-21",
            "date_precision": "day",
            "location_entity_id": "chisinau",
            "paragraph_id": "par-1",
            "start_char": 0,
            "end_char": 46,
            "document_id": "doc-1",
            "modality": "happened",
            "date_expression_id": stable_id("date", "par-1", 32, 45),
            "date_source": "text",
        }
    ]
    assert (events, participants) == (
        want,
        [{"event_id": event_id, "entity_id": "kaja-kallas", "role": "participant"}],
    ), events


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Defence ministers of Latvia and Estonia held talks in Riga on 2 February 2024.",
            "Meeting of Latvia and Estonia in Riga",
        ),
        ("At the Wales Summit, the allies decided to raise defence spending.", "Wales Summit decision"),
        (
            "Finland (April 2023) and Sweden (March 2024) were invited to the Partnership for Peace.",
            "Finland invited to Partnership for Peace",
        ),
        (
            "Mark Rutte and Maia Sandu answered questions at a joint news conference on 3 May 2024.",
            "Joint press conference of Mark Rutte and Maia Sandu",
        ),
        ("On 3 March 2024 the Council of Europe Forum opened in Riga.", "Council of Europe Forum in Riga"),
    ],
)
def test_names_are_built_from_trigger_and_entities(
    make_paragraph: ParagraphFactory, lexicon: EventLexicon, text: str, want: str
) -> None:
    paragraph, dates, entities = make_paragraph(text, NAMES)
    events, _ = extract_events(paragraph, dates, entities, lexicon, False)
    assert events[0]["name"] == want, events
