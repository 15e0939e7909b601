"""Events are named from their own clause (issue 15 item 4), on sentences written for these tests.

A statement is named for its speaker, never a bare "Statement"; with no speaker, for what it is
about or for its own words. An accession is of its subject to the body it joins, not to every
name of the sentence.
"""

from typing import Any

from eastflank.loaders.extract.events.extractor import extract_events
from eastflank.loaders.extract.events.lexicon import EventLexicon

NAMES = {
    "NATO": ("nato", "organization"),
    "European Union": ("eu", "organization"),
    "Moldova": ("md", "country"),
    "Ukraine": ("ua", "country"),
    "Finland": ("fi", "country"),
    "Sweden": ("se", "country"),
    "Foreign Office of Norway": ("no-fo", "organization"),
}


def names(make_paragraph: Any, lexicon: EventLexicon, text: str) -> list[tuple[str, str]]:
    """(type, name) of each event of the paragraph, published 10 May 2024."""
    paragraph, dates, entities = make_paragraph(text, NAMES, "2024-05-10")
    rows, _ = extract_events(paragraph, dates, entities, lexicon, False)
    return [(e["type"], e["name"]) for e in rows]


def test_a_speaker_the_gazetteer_lacks_is_named_from_the_clause(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = "In March 2024, as stated by spokespeople of the Ministry of Health, the new hospital wing will open."
    got = names(make_paragraph, lexicon, text)
    assert got == [("statement", "Statement by Ministry of Health")], got


def test_a_statement_without_speaker_or_subject_is_named_by_its_words(
    make_paragraph: Any, lexicon: EventLexicon
) -> None:
    text = "In April 2023, the new chief of staff took office and reaffirmed the course towards integration."
    got = [name for kind, name in names(make_paragraph, lexicon, text) if kind == "statement"]
    assert got == ["Statement: reaffirmed the course towards integration"], got


def test_no_statement_is_named_bare(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = "On 3 May 2024, officials announced that the border crossing would reopen."
    got = names(make_paragraph, lexicon, text)
    assert all(name != "Statement" for _, name in got), got


def test_an_accession_is_to_the_body_joined_not_to_a_fellow_candidate(
    make_paragraph: Any, lexicon: EventLexicon
) -> None:
    text = "Finland joined NATO in April 2023 alongside Sweden."
    got = names(make_paragraph, lexicon, text)
    assert got == [("accession", "Accession of Finland to NATO")], got


def test_an_accession_is_not_to_a_partner_named_with_with(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = "Talks with the Foreign Office of Norway began in 1995, when Moldova joined the European Union."
    got = [name for kind, name in names(make_paragraph, lexicon, text) if kind == "accession"]
    assert got == ["Accession of Moldova to European Union"], got


def test_a_possessive_before_the_trigger_is_not_a_proper_name(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = "In June 2022 the leaders approved Moldova's candidate status for the European Union, along with Ukraine."
    got = [name for kind, name in names(make_paragraph, lexicon, text) if kind == "accession"]
    assert got == ["Candidate status of Moldova for European Union"], got


def test_an_accession_step_named_by_a_noun_keeps_its_words(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = (
        "Ukraine applied for membership of the European Union in February 2022 and won candidate status in June 2022."
    )
    got = names(make_paragraph, lexicon, text)
    assert got == [
        ("accession", "Accession of Ukraine to European Union"),
        ("accession", "Candidate status of Ukraine"),
    ], got


def dated(make_paragraph: Any, lexicon: EventLexicon, text: str, published: str | None) -> list[tuple[Any, ...]]:
    paragraph, dates, entities = make_paragraph(text, NAMES, published)
    rows, _ = extract_events(paragraph, dates, entities, lexicon, False)
    return [(e["type"], e["start_date"]) for e in rows]


def test_a_past_event_takes_no_date_an_earlier_sentence_gives_the_future(
    make_paragraph: Any, lexicon: EventLexicon
) -> None:
    text = "The two states will sign a defence pact in October 2031. At the same time, Finland joined NATO."
    got = [row for row in dated(make_paragraph, lexicon, text, None) if row[0] == "accession"]
    assert got == [], got


def test_a_past_event_still_takes_a_past_date_from_an_earlier_sentence(
    make_paragraph: Any, lexicon: EventLexicon
) -> None:
    text = "The two states signed a defence pact in October 2021. At the same time, Finland joined NATO."
    got = [row for row in dated(make_paragraph, lexicon, text, None) if row[0] == "accession"]
    assert got == [("accession", "2021-10")], got


def test_a_statement_at_a_named_summit_is_named_for_the_summit(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = "At the Lisbon Summit in May 2024, Allies reiterated their support for the reform agenda."
    got = [name for kind, name in names(make_paragraph, lexicon, text) if kind == "statement"]
    assert got == ["Lisbon Summit statement"], got


def test_an_accession_without_known_parties_is_named_by_the_body_after_to(
    make_paragraph: Any, lexicon: EventLexicon
) -> None:
    text = (
        "On 4 April 2023 the small state completed its accession to the Nordic Defence Treaty"
        " with the Foreign Office of Norway."
    )
    got = [name for kind, name in names(make_paragraph, lexicon, text) if kind == "accession"]
    assert got == ["Accession to Nordic Defence Treaty"], got


def test_a_name_before_a_passive_speech_verb_is_not_its_speaker(make_paragraph: Any, lexicon: EventLexicon) -> None:
    text = "On 2 May 2024 the Eastern Engineer Battalion was declared ready for deployment."
    got = [name for kind, name in names(make_paragraph, lexicon, text) if kind == "statement"]
    assert got == ["Statement: declared ready for deployment"], got
