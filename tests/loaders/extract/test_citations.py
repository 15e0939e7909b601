"""Citations: capitalised bracketed labels that close a sentence; entities only by whole label."""

from eastflank.loaders.extract.entities.gazetteer import Gazetteer
from eastflank.loaders.extract.facts.citations import extract_citations
from eastflank.loaders.extract.text.paragraph_input import MentionSpan, ParagraphInput
from eastflank.loaders.ids import stable_id
from eastflank.loaders.ingest.reference import ReferenceEntity

GAZETTEER = Gazetteer(
    [
        ReferenceEntity(
            id="nlo", name="NATO Liaison Office in Moldova", type="organization", aliases=("NATO Liaison Office",)
        ),
        ReferenceEntity(
            id="nato",
            name="North Atlantic Treaty Organization",
            type="organization",
            aliases=("NATO",),
            context_aliases=("the Alliance",),
        ),
        ReferenceEntity(id="ipn", name="Info-Prim Neo", type="organization", aliases=("IPN",)),
        ReferenceEntity(id="md", name="Moldova", type="country", demonyms=("Moldovan",)),
    ]
)


def citations(text: str, mentions: tuple[MentionSpan, ...] = ()) -> list[tuple[str, str, str | None]]:
    rows = extract_citations(ParagraphInput("p1", "d1", 0, text, mentions), GAZETTEER)
    for row in rows:
        assert text[row["start_char"] : row["end_char"]] == row["text"], row
    return [(row["text"], row["label"], row["entity_id"]) for row in rows]


def test_citations_at_sentence_and_paragraph_ends() -> None:
    text = "Talks went well [NATO Liaison Office]. Funding grew [Policy Briefings]. “We act,” he said [IPN]"
    got = citations(text)
    want = [
        ("[NATO Liaison Office]", "NATO Liaison Office", "nlo"),
        ("[Policy Briefings]", "Policy Briefings", None),
        ("[IPN]", "IPN", "ipn"),
    ]
    assert got == want, got


def test_a_bracket_after_a_full_stop_is_a_citation() -> None:
    got = citations("The army trains with allies. [Ministry of Defence] Exercises continue.")
    assert got == [("[Ministry of Defence]", "Ministry of Defence", None)], got


def test_footnotes_editorial_marks_and_insertions_are_not_citations() -> None:
    text = (
        "Moldova has reformed [1]. The report [sic] says [...] that the army [the National Army] grew. "
        "“[The government] will act [Moldova] now,” he said. He praised [Moldova] for reforms."
    )
    got = citations(text)
    assert got == [], got


def test_a_label_that_only_contains_a_name_names_no_entity() -> None:
    got = citations("The alliance adapts [NATO Review]. Troops stay [Moldovan].")
    assert got == [("[NATO Review]", "NATO Review", None), ("[Moldovan]", "Moldovan", None)], got


def test_a_context_alias_names_the_entity_only_when_the_paragraph_names_it() -> None:
    text = "NATO said so [The Alliance]."
    named = (MentionSpan(0, 4, "nato", "organization", "NATO"),)
    assert citations(text, named) == [("[The Alliance]", "The Alliance", "nato")]
    assert citations("Allies said so [The Alliance].") == [("[The Alliance]", "The Alliance", None)]


def test_row_has_the_citations_columns_and_a_stable_id() -> None:
    rows = extract_citations(ParagraphInput("p1", "d1", 0, "Said so [IPN]."), GAZETTEER)
    want = [
        {
            "id": stable_id("citation", "p1", 8, 13),
            "paragraph_id": "p1",
            "document_id": "d1",
            "text": "[IPN]",
            "label": "IPN",
            "entity_id": "ipn",
            "start_char": 8,
            "end_char": 13,
        }
    ]
    assert rows == want, rows
