"""Programme lifecycle facts on hand-written sentences, one kind of fact at a time."""

from collections.abc import Callable
from typing import Any

import pytest

from eastflank.loaders.extract.facts.programmes.extractor import (
    extract_programme_facts,
    programme_facts_of_document,
)
from eastflank.loaders.ids import stable_id

ParagraphFactory = Callable[..., Any]  # the `make_paragraph` fixture of conftest.py

NAMES = {
    "Armenia": ("am", "country"),
    "Georgia": ("ge", "country"),
    "Ukraine": ("ua", "country"),
    "NATO": ("nato", "organization"),
    "European Union": ("eu", "organization"),
    "Individual Partnership Action Plan": ("ipap", "programme"),
    "IPAP": ("ipap", "programme"),
    "Individually Tailored Partnership Programme": ("itpp", "programme"),
    "ITPP": ("itpp", "programme"),
    "Annual National Programme": ("anp", "programme"),
    "Partnership for Peace": ("pfp", "programme"),
    "Membership Action Plan": ("map", "programme"),
    "European Peace Facility": ("epf", "programme"),
}

Triple = tuple[str, str, str | None, str | None]


def facts(make_paragraph: ParagraphFactory, text: str, published: str | None = "2024-05-10") -> list[Triple]:
    """(programme, fact, value, partner) for each fact, in order."""
    paragraph, dates, _ = make_paragraph(text, NAMES, published)
    rows = extract_programme_facts(paragraph, dates)
    return [(r["programme_entity_id"], r["fact"], r["value"], r["partner_entity_id"]) for r in rows]


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "In March 2022 Armenia extended its IPAP with NATO by two years.",
            [("ipap", "extended", "P2Y", "am"), ("ipap", "ends", "2024-03", "am")],
        ),
        ("Georgia renewed the Annual National Programme for another six months.", [("anp", "extended", "P6M", "ge")]),
        ("The IPAP was prolonged until 2026.", [("ipap", "extended", "2026", None)]),
    ],
)
def test_extended(make_paragraph: ParagraphFactory, text: str, want: list[Triple]) -> None:
    got = facts(make_paragraph, text)
    assert got == want, got


def test_a_transition_starts_the_new_programme_and_replaces_the_old(make_paragraph: ParagraphFactory) -> None:
    got = facts(make_paragraph, "Armenia keeps its IPAP this year; in 2026 it is due to transition to the ITPP.")
    want = [("itpp", "starts", "2026", "am"), ("ipap", "replaced_by", "itpp", "am"), ("itpp", "replaces", "ipap", "am")]
    assert got == want, got


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "The Partnership for Peace, which NATO launched in 1994, is open to all of Europe.",
            [("pfp", "started", "1994", None)],
        ),
        ("Georgia has run the Annual National Programme since 2009.", [("anp", "started", "2009", "ge")]),
        (
            "The European Union created the European Peace Facility in March 2021.",
            [("epf", "started", "2021-03", None)],
        ),
        ("NATO will launch the ITPP for Armenia in 2026.", [("itpp", "starts", "2026", "am")]),
    ],
)
def test_started_and_starts(make_paragraph: ParagraphFactory, text: str, want: list[Triple]) -> None:
    got = facts(make_paragraph, text)
    assert got == want, got


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "The Annual National Programme replaced the Individual Partnership Action Plan.",
            [("anp", "replaces", "ipap", None), ("ipap", "replaced_by", "anp", None)],
        ),
        (
            "The IPAP was superseded by the ITPP.",
            [("itpp", "replaces", "ipap", None), ("ipap", "replaced_by", "itpp", None)],
        ),
    ],
)
def test_replacement_in_either_voice(make_paragraph: ParagraphFactory, text: str, want: list[Triple]) -> None:
    got = facts(make_paragraph, text)
    assert got == want, got


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Allied leaders endorsed the Membership Action Plan at their summit in April 1999.",
            [("map", "adopted", "1999-04", None)],
        ),
        ("The IPAP for Armenia expires in 2026.", [("ipap", "ends", "2026", "am")]),
        ("The ITPP sets out goals for the years 2025-2028.", [("itpp", "period", "2025/2028", None)]),
        ("Armenia's IPAP covers a 2024-2026 cycle.", [("ipap", "period", "2024/2026", "am")]),
    ],
)
def test_adopted_ends_and_period(make_paragraph: ParagraphFactory, text: str, want: list[Triple]) -> None:
    got = facts(make_paragraph, text)
    assert got == want, got


@pytest.mark.parametrize(
    "text",
    [
        "In December 2009 Montenegro was invited to begin the Membership Action Plan.",
        "The four adopted programmes include the Partnership for Peace.",
        "Armenia values the Partnership for Peace.",
        "The European Union approved a package in 2021, raising support under the European Peace Facility.",
    ],
)
def test_no_lifecycle_fact(make_paragraph: ParagraphFactory, text: str) -> None:
    got = facts(make_paragraph, text)
    assert got == [], got


def test_the_new_programme_refers_back_to_the_one_named_before(make_paragraph: ParagraphFactory) -> None:
    first, first_dates, _ = make_paragraph("Armenia will move to the ITPP.", NAMES, "2024-05-10", position=1)
    text = "The new programme sets objectives for the years 2025-2028."
    second, second_dates, _ = make_paragraph(text, NAMES, "2024-05-10", position=2)
    rows = programme_facts_of_document([first, second], [first_dates, second_dates])
    want = [
        {
            "id": stable_id("programme_fact", "par-2", 0, len(text), "period", "itpp", "2025/2028"),
            "programme_entity_id": "itpp",
            "fact": "period",
            "value": "2025/2028",
            "partner_entity_id": None,
            "paragraph_id": "par-2",
            "document_id": "doc-1",
            "start_char": 0,
            "end_char": len(text),
        }
    ]
    assert rows == want, rows
