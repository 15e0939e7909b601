"""Quotations and their speakers, on hand-written paragraphs in many wordings (none from the seeds)."""

import re

import pytest

from eastflank.loaders.extract.quotes.extractor import extract_quotes
from eastflank.loaders.extract.text.paragraph_input import EntityIndex, EntityInfo, MentionSpan, ParagraphInput
from eastflank.loaders.ids import stable_id

ENTITIES = {
    "maia-sandu": ("Maia Sandu", "person", ("Maia Sandu",)),
    "mark-rutte": ("Mark Rutte", "person", ("Mark Rutte", "Rutte")),
    "ion-rusu": ("Ion Rusu", "person", ("Ion Rusu",)),
    "ana-popa": ("Ana Popa", "person", ("Ana Popa",)),
    "tamas-horvath": ("Tamás Horváth", "person", ("Tamás Horváth",)),
    "nato": ("North Atlantic Treaty Organization", "organization", ("NATO",)),
    "mod-md": ("Ministry of Defence of Moldova", "organization", ("Ministry of Defence",)),
    "reuters": ("Reuters", "organization", ("Reuters",)),
    "eu": ("European Union", "organization", ("European Union",)),
    "md": ("Moldova", "country", ("Moldova", "Moldovan")),
    "ro": ("Romania", "country", ("Romania", "Romanian")),
}
INDEX = EntityIndex({key: EntityInfo(key, name, kind) for key, (name, kind, _) in ENTITIES.items()})


def paragraph(text: str, pid: str = "p2") -> ParagraphInput:
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
    return ParagraphInput(pid, "d1", 1, text, tuple(sorted(found, key=lambda m: m.start)))


def quotes(text: str, previous: str | None = None) -> list[tuple[str, str | None, str]]:
    before = None if previous is None else paragraph(previous, "p1")
    rows = extract_quotes(paragraph(text), INDEX, before)
    for row in rows:
        assert text[row["start_char"] : row["end_char"]] == row["text"], row
    return [(row["text"], row["speaker_entity_id"], row["attribution"]) for row in rows]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            '"We will not be intimidated by anyone," Maia Sandu told reporters.',
            [("We will not be intimidated by anyone,", "maia-sandu", "after")],
        ),
        (
            '"We will not be intimidated," said Moldovan President Maia Sandu, who visited the base.',
            [("We will not be intimidated,", "maia-sandu", "after")],
        ),
        (
            "Ion Rusu, an adviser to President Maia Sandu, said: «The army needs new radars before winter.»",
            [("The army needs new radars before winter.", "ion-rusu", "before")],
        ),
        (
            "According to Mark Rutte, “the alliance stands with Moldova every single day.”",
            [("the alliance stands with Moldova every single day.", "mark-rutte", "before")],
        ),
        (
            "In an interview with Reuters, Maia Sandu said „the country needs a modern army” and left.",
            [("the country needs a modern army", "maia-sandu", "inside")],
        ),
        (
            '"The door is open," a NATO official said on condition of anonymity.',
            [("The door is open,", "nato", "after")],
        ),
        (
            "A spokesperson for the Ministry of Defence said the purchase was “long overdue and fully funded”.",
            [("long overdue and fully funded", "mod-md", "before")],
        ),
        (
            "Moldovan officials said the plan “reflects our real needs on the ground”.",
            [("reflects our real needs on the ground", "md", "before")],
        ),
        (
            '"The drills are a provocation aimed at us," Romania said in a statement.',
            [("The drills are a provocation aimed at us,", "ro", "after")],
        ),
    ],
)
def test_speaker_named_in_the_same_sentence(text: str, want: list[tuple[str, str | None, str]]) -> None:
    got = quotes(text)
    assert got == want, got


def test_a_speaker_is_never_the_possessor() -> None:
    got = quotes(
        'Ion Rusu, presidential adviser on defence, met reporters. "Training starts in May," explained President Maia Sandu\'s adviser.'
    )
    assert got == [("Training starts in May,", "ion-rusu", "after")], got


def test_a_possessor_with_no_advisor_named_leaves_the_quote_unresolved() -> None:
    got = quotes('"Training will start in May," explained Maia Sandu\'s adviser.')
    assert got == [("Training will start in May,", None, "unresolved")], got


def test_pronouns_and_titles_refer_back() -> None:
    text = (
        "Mark Rutte arrived in Chisinau on Monday. “Moldova is a valued partner of the alliance,” he said. "
        "Ana Popa, the defence minister, thanked him. “We are grateful for every single radar,” the minister said."
    )
    got = quotes(text)
    want = [
        ("Moldova is a valued partner of the alliance,", "mark-rutte", "after"),
        ("We are grateful for every single radar,", "ana-popa", "after"),
    ]
    assert got == want, got


def test_an_organization_noun_refers_to_the_last_organization_with_that_head() -> None:
    got = quotes('The Ministry of Defence has ordered radars. "The contract covers three systems," the ministry said.')
    assert got == [("The contract covers three systems,", "mod-md", "after")], got


def test_two_quotes_around_one_attribution() -> None:
    got = quotes("“We remain impartial,” Tamás Horváth said, “and we remain ready to act.”")
    want = [
        ("We remain impartial,", "tamas-horvath", "after"),
        ("and we remain ready to act.", "tamas-horvath", "before"),
    ]
    assert got == want, got


def test_an_attribution_that_names_no_one_gives_way_to_an_earlier_verb() -> None:
    got = quotes(
        "Mark Rutte welcomed it. Maia Sandu, however, warned that “it will not be enough without more money”, adding that talks go on."
    )
    assert got == [("it will not be enough without more money", "maia-sandu", "inside")], got


def test_speaker_in_an_earlier_sentence() -> None:
    got = quotes("Maia Sandu stressed that Moldova will stay neutral. “Neutrality does not mean being defenceless.”")
    assert got == [("Neutrality does not mean being defenceless.", "maia-sandu", "previous_sentence")], got


def test_without_a_reporting_verb_the_previous_sentences_subject_speaks() -> None:
    got = quotes(
        "Ana Popa, the defence minister, opened the meeting with a warning. “We cannot wait another winter for radars.”"
    )
    assert got == [("We cannot wait another winter for radars.", "ana-popa", "previous_sentence")], got


def test_a_paragraph_that_is_only_a_quote_takes_the_previous_paragraphs_speaker() -> None:
    got = quotes(
        "“We need more air defence, and we need it this year.”",
        previous="Later, Ana Popa, the defence minister, told reporters:",
    )
    assert got == [("We need more air defence, and we need it this year.", "ana-popa", "previous_paragraph")], got


def test_a_pronoun_speaker_in_the_previous_paragraph_refers_further_back() -> None:
    previous = "Mark Rutte visited the base. He noted that the alliance will stay until 2030:"
    got = quotes("“Our door remains open to every partner.”", previous=previous)
    assert got == [("Our door remains open to every partner.", "mark-rutte", "previous_paragraph")], got


def test_scare_quotes_titles_and_single_words() -> None:
    text = (
        "The so-called “special military operation” entered its third year. The forum’s theme, "
        "“Securing The Black Sea”, drew crowds. Officials want an “upgrade” and call it “a new chapter for everyone”."
    )
    got = quotes(text)
    assert got == [("a new chapter for everyone", None, "unresolved")], got


def test_two_word_quotes_need_a_reporting_verb() -> None:
    text = "Both sides see “real progress”. NATO officials stressed the “valuable contributions” of Moldova."
    got = quotes(text)
    assert got == [("valuable contributions", "nato", "inside")], got


def test_a_quote_without_a_reporting_verb_takes_its_sentences_subject() -> None:
    got = quotes("Later NATO introduced the principle of “one partner, one plan” for all its partners.")
    assert got == [("one partner, one plan", "nato", "inside")], got


def test_quote_row_has_the_quotes_columns() -> None:
    text = '"We are ready to help," Maia Sandu said.'
    rows = extract_quotes(paragraph(text, "p9"), INDEX)
    want = [
        {
            "id": stable_id("quote", "p9", 1, 22),
            "paragraph_id": "p9",
            "speaker_entity_id": "maia-sandu",
            "text": "We are ready to help,",
            "start_char": 1,
            "end_char": 22,
            "document_id": "d1",
            "attribution": "after",
        }
    ]
    assert rows == want, rows
