"""Read who a short phrase next to a reporting verb names: an entity, or a word that refers back.

"Prime Minister Dorin Recean claimed" names Recean; "two NATO officials stated" names NATO;
"In a discussion with Europa Liberă, two NATO officials ... stated" does not name Europa
Liberă, which sits after a preposition; "explained Romanian President Nicusor Dan’s advisor"
names the advisor, not Nicusor Dan, who is only the possessor. When no entity is named the
phrase may still refer back: by a title ("the prime minister"), an organization noun ("the
ministry") or a pronoun ("he", "both"); the bridges module finds who that is.
"""

import re
from dataclasses import dataclass, field

from eastflank.loaders.extract.entities.titles import Title, TitleMatch
from eastflank.loaders.extract.quotes.paragraph_view import REPORTING_TYPES, SPEAKER_TYPES, ParagraphView
from eastflank.loaders.extract.quotes.speakers.documents import DocumentPhrase, document_phrase
from eastflank.loaders.extract.text.paragraph_input import EntityIndex, MentionSpan, ParagraphInput
from eastflank.loaders.extract.word_lists import WordLists

PREPOSITIONS = frozenset(
    [
        "with",
        "to",
        "of",
        "for",
        "by",
        "from",
        "in",
        "at",
        "on",
        "into",
        "onto",
        "toward",
        "towards",
        "against",
        "about",
        "between",
        "among",
        "amongst",
        "within",
        "under",
        "over",
        "through",
        "via",
        "beside",
        "besides",
        "alongside",
        "than",
        "like",
        "including",
        "during",
    ]
)
AFFILIATION = frozenset({"of", "for", "at", "from", "in"})
DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "one",
        "two",
        "three",
        "four",
        "five",
        "several",
        "some",
        "both",
        "many",
        "senior",
        "top",
        "his",
        "her",
        "its",
        "their",
        "this",
        "that",
        "these",
        "those",
    ]
)
PRONOUNS = {"he": "person", "she": "person", "they": None, "both": None, "it": "organization"}
TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")
POSSESSIVE = re.compile(r"^(?:’s|'s|’|')(?!\w)")


@dataclass(frozen=True)
class SpeakerRef:
    """What a phrase names: an entity id, or a title, organization noun or pronoun to bridge.

    With `document`, the phrase is a text ("the report") and names its author: the title's
    holder, else the entity, else (neither given) the author of the text named last."""

    entity_id: str | None = None
    title: Title | None = None
    org_head: str | None = None
    pronoun: str | None = None
    excluded: frozenset[str] = field(default_factory=frozenset)
    document: bool = False


def resolve_phrase(
    view: ParagraphView, start: int, end: int, lexicon: WordLists, people: dict[str, str | None]
) -> SpeakerRef | None:
    """The speaker a phrase names, or what it refers back with; None when it names no one.

    `people` maps a casefolded surname to the one person in reach with that surname (None
    when two share it), for a surname the gazetteer did not mark ("..., Recean said").
    """
    titles = lexicon.titles.find(view.text, start, end)
    document = document_phrase(view, start, end, lexicon)
    if document is not None:
        return _document_ref(view, document, lexicon)
    possessors = frozenset(m.entity_id for m in view.speakers_in(start, end) if is_possessor(view.text, m.end))
    mentions = subject_mentions(view, start, end, lexicon, titles, REPORTING_TYPES)
    chosen = _choose([m for m in mentions if m.entity_type != "country" or _country_speaks(view, m, end, titles)])
    if chosen is not None:
        return SpeakerRef(entity_id=chosen.entity_id, excluded=possessors)
    surname = _surname(view, start, end, titles, people)
    if surname is not None:
        return SpeakerRef(entity_id=surname, excluded=possessors)
    return _referring(view, start, end, titles, lexicon, possessors)


def _document_ref(view: ParagraphView, document: DocumentPhrase, lexicon: WordLists) -> SpeakerRef:
    """The author of a text: a title in the possessive ("the Secretary General's report") is
    bridged to its holder, with the named organization as the fallback."""
    title = None if document.possessor_end is None else _title_before(view.text, document.possessor_end, lexicon)
    author = None if document.author is None else document.author.entity_id
    return SpeakerRef(entity_id=author, title=title, document=True)


def _title_before(text: str, end: int, lexicon: WordLists) -> Title | None:
    """The title of one to three words ending at `end` ("Secretary General" before ’s), if any."""
    words = list(TOKEN.finditer(text, max(0, end - 60), end))
    for size in (3, 2, 1):
        if len(words) >= size:
            title = lexicon.titles.lookup(text[words[-size].start() : end])
            if title is not None and title.kind != "group":
                return title
    return None


def subject_mentions(
    view: ParagraphView,
    start: int,
    end: int,
    lexicon: WordLists,
    titles: list[TitleMatch] | None = None,
    types: tuple[str, ...] = SPEAKER_TYPES,
) -> list[MentionSpan]:
    """Mentions in [start, end) that can be its subject: not quoted, not a possessor, not the
    object of a preposition."""
    found = lexicon.titles.find(view.text, start, end) if titles is None else titles
    return [
        m
        for m in view.speakers_in(start, end, types)
        if not view.in_quote(m.start)
        and not is_possessor(view.text, m.end)
        and _position(view, m, start, found) != "object"
    ]


def _choose(usable: list[MentionSpan]) -> MentionSpan | None:
    """A person before an organization before a country: in "NATO Secretary General Jens
    Stoltenberg" the person speaks, in "Moldovan officials" the country."""
    for wanted in REPORTING_TYPES:
        of_type = [m for m in usable if m.entity_type == wanted]
        if of_type:
            return of_type[0]
    return None


def _country_speaks(view: ParagraphView, mention: MentionSpan, end: int, titles: list[TitleMatch]) -> bool:
    """A country is the speaker only as the whole subject ("Russia claimed") or before a group
    noun ("Moldovan officials"); in "Romanian President Nicusor Dan" it is a modifier."""
    rest = view.text[mention.end : end]
    if rest.strip(" ,") == "":
        return True
    gap = len(rest) - len(rest.lstrip())
    return any(t.start == mention.end + gap and t.title.kind == "group" for t in titles)


def is_possessor(text: str, end: int) -> bool:
    """True when the words ending at `end` are followed by a possessive ’s."""
    return POSSESSIVE.match(text[end : end + 3]) is not None


def _position(view: ParagraphView, mention: MentionSpan, start: int, titles: list[TitleMatch]) -> str:
    """subject, object (after a preposition) or affiliation ("spokesperson for the ministry")."""
    words = _words_left(view, start, mention.start, titles)
    if words and words[0][0] == "<title>":
        words = words[1:]
    if not words or words[0][0] not in PREPOSITIONS:
        return "subject"
    if (
        words[0][0] in AFFILIATION
        and mention.entity_type == "organization"
        and len(words) > 1
        and words[1][0] == "<title>"
    ):
        return "affiliation"
    return "object"


def _words_left(view: ParagraphView, start: int, end: int, titles: list[TitleMatch]) -> list[tuple[str, int]]:
    """Tokens right to left before `end`, skipping determiners, numbers and other mentions;
    a title counts as one token "<title>"."""
    words: list[tuple[str, int]] = []
    tokens = list(TOKEN.finditer(view.text, start, end))
    for token in reversed(tokens):
        word = token.group().casefold()
        title = next((t for t in titles if t.start <= token.start() < t.end), None)
        if title is not None:
            if not words or words[-1][1] != title.start:
                words.append(("<title>", title.start))
        elif view.mention_at(token.start()) is None and word not in DETERMINERS and not word.isdigit():
            words.append((word, token.start()))
        if len(words) > 3:
            break
    return words


def _surname(
    view: ParagraphView, start: int, end: int, titles: list[TitleMatch], people: dict[str, str | None]
) -> str | None:
    for token in TOKEN.finditer(view.text, start, end):
        word = token.group()
        unmarked = view.mention_at(token.start()) is None and not any(t.start <= token.start() < t.end for t in titles)
        if unmarked and word[:1].isupper() and people.get(word.casefold()) is not None:
            return people[word.casefold()]
    return None


def _referring(
    view: ParagraphView, start: int, end: int, titles: list[TitleMatch], lexicon: WordLists, excluded: frozenset[str]
) -> SpeakerRef | None:
    heads = [t for t in titles if not _followed_by_name(view.text, t.end)]
    if heads:
        return SpeakerRef(title=heads[-1].title, excluded=excluded)
    words = [m.group() for m in TOKEN.finditer(view.text, start, end)]
    for index, word in enumerate(words):
        after_the = index > 0 and words[index - 1].casefold() == "the"
        if after_the and word.capitalize() in lexicon.organizations.heads:
            return SpeakerRef(org_head=word.capitalize(), excluded=excluded)
        if word.casefold() in PRONOUNS:
            return SpeakerRef(pronoun=word.casefold(), excluded=excluded)
    return None


def _followed_by_name(text: str, end: int) -> bool:
    """A title before a name or a possessive ("President Nicusor Dan’s") is not the phrase's head."""
    rest = text[end : end + 3]
    return is_possessor(text, end) or (rest[:1] == " " and rest[1:2].isupper())


def surnames(paragraphs: list[ParagraphInput], entities: EntityIndex) -> dict[str, str | None]:
    """Casefolded surname -> the one person mentioned in these paragraphs with it (None if several)."""
    found: dict[str, str | None] = {}
    for paragraph in paragraphs:
        for mention in paragraph.mentions:
            info = entities.get(mention.entity_id)
            if mention.entity_type != "person" or info is None or len(info.name.split()) < 2:
                continue
            key = info.name.split()[-1].casefold()
            found[key] = mention.entity_id if found.get(key, mention.entity_id) == mention.entity_id else None
    return found
