"""Quotations spoken by a text (report, press release) and by a speaker named a paragraph or more
earlier, on hand-written paragraphs (none from the seeds or the development set)."""

import re

from eastflank.loaders.extract.quotes.extractor import extract_quotes
from eastflank.loaders.extract.quotes.speakers.bridges import DocumentVoices
from eastflank.loaders.extract.text.paragraph_input import EntityIndex, EntityInfo, MentionSpan, Office, ParagraphInput

ENTITIES = {
    "nato": ("North Atlantic Treaty Organization", "organization", ("NATO", "the Alliance")),
    "osce": ("Organization for Security and Co-operation in Europe", "organization", ("OSCE",)),
    "mod-ro": ("Ministry of National Defence of Romania", "organization", ("Romanian Ministry of National Defence",)),
    "ana-popa": ("Ana Popa", "person", ("Ana Popa",)),
    "ion-rusu": ("Ion Rusu", "person", ("Ion Rusu",)),
    "md": ("Moldova", "country", ("Moldova",)),
}
INDEX = EntityIndex({key: EntityInfo(key, name, kind) for key, (name, kind, _) in ENTITIES.items()})


def paragraph(text: str, number: int) -> ParagraphInput:
    """The paragraph with a mention at every whole-word occurrence of a listed surface form."""
    found: list[MentionSpan] = []
    forms = sorted(
        ((form, key, kind) for key, (_, kind, surfaces) in ENTITIES.items() for form in surfaces),
        key=lambda f: -len(f[0]),
    )
    for form, key, kind in forms:
        for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            if all(match.end() <= m.start or match.start() >= m.end for m in found):
                found.append(MentionSpan(match.start(), match.end(), key, kind, form))
    return ParagraphInput(f"p{number}", "d1", number, text, tuple(sorted(found, key=lambda m: m.start)))


def article(*texts: str) -> list[tuple[str, str | None]]:
    """(first three words, speaker) of every quotation, the paragraphs read in order as one article."""
    voices = DocumentVoices()
    inputs = [paragraph(text, number) for number, text in enumerate(texts, 1)]
    got = []
    for previous, current in zip([None, *inputs], inputs, strict=False):
        for row in extract_quotes(current, INDEX, previous, voices=voices):
            got.append((" ".join(row["text"].split()[:3]), row["speaker_entity_id"]))
    return got


def test_a_press_release_speaks_for_whoever_published_it() -> None:
    got = article(
        '"Talks with Moldova went well and will continue in spring," the press release issued by the OSCE said.'
    )
    assert got == [("Talks with Moldova", "osce")], got


def test_a_text_that_reads_after_the_quotation_names_its_publisher() -> None:
    got = article(
        "“Moldova has asked for help with cyber defence and will receive it.” – reads the fact sheet published by the Alliance on Monday."
    )
    assert got == [("Moldova has asked", "nato")], got


def test_a_possessive_author_owns_the_text() -> None:
    got = article("“Exercises will double next year,” reads the Romanian Ministry of National Defence’s annual report.")
    assert got == [("Exercises will double", "mod-ro")], got


def test_the_document_and_it_refer_to_the_text_quoted_paragraphs_earlier() -> None:
    got = article(
        "“Moldova will host two exercises,” reads a statement published by NATO.",
        "The region has seen rising tension this year.",
        "The document lists the next steps. According to it, “training teams will arrive before the summer.”",
        "According to the document, “the mission ends in 2027.”",
    )
    assert got == [("Moldova will host", "nato"), ("training teams will", "nato"), ("the mission ends", "nato")], got


def test_a_person_who_owns_no_text_is_still_the_speaker() -> None:
    got = article("Ana Popa, in her annual report, said: “Recruitment has improved in every district.”")
    assert got == [("Recruitment has improved", "ana-popa")], got


def test_a_paragraph_that_is_only_a_quotation_quotes_the_person_just_introduced() -> None:
    got = article(
        "Defence Minister Ion Rusu opened the new training centre near the border on Friday.",
        "“This centre will train a thousand soldiers a year. It was built with our partners, and it is only the start.”",
    )
    assert got == [("This centre will", "ion-rusu")], got


def test_a_paragraph_that_is_only_a_quotation_after_no_person_stays_unresolved() -> None:
    got = article(
        "The new training centre near the border opened on Friday.",
        "“This centre will train a thousand soldiers a year, and it is only the start.”",
    )
    assert got == [("This centre will", None)], got


def test_a_post_with_no_holder_named_is_held_by_the_reference_holder_of_that_year() -> None:
    offices = (Office("Secretary General", "osce", 2017, 2020),)
    index = EntityIndex({**INDEX.entities, "ana-popa": EntityInfo("ana-popa", "Ana Popa", "person", offices)})
    text = "“In 2019 the mission grew to forty monitors,” reads the OSCE Secretary General’s annual report."
    rows = extract_quotes(paragraph(text, 1), index)
    got = [row["speaker_entity_id"] for row in rows]
    assert got == ["ana-popa"], got
