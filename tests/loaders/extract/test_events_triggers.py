"""Trigger words in a sentence: which ones report an event, and how each one is used."""

import pytest

from eastflank.loaders.extract.events.lexicon import EventLexicon
from eastflank.loaders.extract.events.triggers import Hit, find_hits
from eastflank.loaders.extract.text.paragraph_input import MentionSpan


def hits(lexicon: EventLexicon, text: str, mentions: tuple[MentionSpan, ...] = ()) -> list[Hit]:
    return find_hits(text, 0, len(text), lexicon, mentions)


def words(text: str, found: list[Hit]) -> list[str]:
    return [text[h.start : h.end] for h in found]


def test_the_longest_form_wins(lexicon: EventLexicon) -> None:
    text = "They signed a memorandum of understanding at a joint press conference."
    assert words(text, hits(lexicon, text)) == ["signed", "memorandum of understanding", "press conference"]


@pytest.mark.parametrize(
    "text",
    [
        "Serbia will not join any military alliance.",
        "Georgia hasn't joined the bloc.",
        "The two adopted programmes are running.",
        "“We stand together,” the minister said.",
        "He said: “We stand together.”",
    ],
)
def test_words_that_report_nothing_are_not_triggers(lexicon: EventLexicon, text: str) -> None:
    assert hits(lexicon, text) == [], hits(lexicon, text)


def test_a_trigger_inside_a_programme_name_is_part_of_the_name(lexicon: EventLexicon) -> None:
    text = "Montenegro began an Intensified Dialogue in 2008."
    mentions = (MentionSpan(20, 40, "intensified-dialogue", "programme", "Intensified Dialogue"),)
    assert hits(lexicon, text, mentions) == [], hits(lexicon, text, mentions)


def test_an_event_noun_that_ends_an_organization_name_still_names_the_event(lexicon: EventLexicon) -> None:
    text = "Bucharest hosts the NATO-Industry Forum."
    mentions = (MentionSpan(20, 39, "nato-industry-forum", "organization", "NATO-Industry Forum"),)
    got = [(h.trigger.type, h.named) for h in hits(lexicon, text, mentions)]
    assert got == [("forum", True)], got


@pytest.mark.parametrize(
    "text, want",
    [
        ("At the Riga Summit, the allies decided.", (True, False, False, False, True)),
        ("She spoke after a meeting of the council.", (True, True, False, False, False)),
        ("The ministers attended the meeting.", (False, False, True, False, False)),
        ("The ministers attended a meeting.", (False, False, False, False, False)),
        ("The European Council meeting ended.", (False, False, False, False, True)),
    ],
)
def test_how_a_noun_is_used(lexicon: EventLexicon, text: str, want: tuple[bool, ...]) -> None:
    noun = next(h for h in hits(lexicon, text) if not h.is_verb)
    got = (noun.setting, noun.sequenced, noun.definite, noun.means, noun.named)
    assert got == want, got


def test_how_a_verb_is_used(lexicon: EventLexicon) -> None:
    text = "Montenegro was invited, and NATO decided by inviting Serbia."
    got = [(text[h.start : h.end], h.passive, h.means) for h in hits(lexicon, text)]
    assert got == [("invited", True, False), ("decided", False, False), ("inviting", False, True)], got
