"""Find organizations the reference data lacks, from capitalised names with a head word.

A run of capitalised words is an organization when it holds a head word ("Office",
"Council", "Ministry", "Command" ...) and no event word ("Forum", "Summit"). A country or
organization named just before it is its qualifier and stays out of the span, which must
not overlap the gazetteer's mentions: "Romanian Ministry of National Defense" gives the
span "Ministry of National Defense" and the name "Ministry of National Defense of Romania";
"NATO Liaison Office" the span "Liaison Office" and the name "NATO Liaison Office".

A name made only of words every country's bodies share ("Ministry of Defence", "General
Staff") names a different body in each country. It becomes an entity only with its
country; without one it is reported as `generic` for the document pass to match against
a qualified body named earlier in the same article.
"""

from dataclasses import dataclass

from eastflank.loaders.extract.entities.learned.organization_words import OrganizationWords
from eastflank.loaders.extract.entities.titles import Titles
from eastflank.loaders.extract.text.capitalised_runs import CONNECTORS, Run, runs_holding
from eastflank.loaders.extract.text.name_tokens import SENTENCE_OPENERS, Token, word_starts
from eastflank.loaders.extract.text.paragraph_input import EntityIndex, MentionSpan, ParagraphInput
from eastflank.loaders.extract.text.span_index import ByPosition
from eastflank.loaders.extract.text.words import word_set

QUALIFIER_TYPES = ("country", "organization", "location")


@dataclass(frozen=True)
class OrganizationName:
    """An organization's name (span in the paragraph text) with its qualifier, if any."""

    start: int
    end: int
    name: str
    qualifier_id: str | None
    qualifier_type: str | None
    is_generic: bool


def find_organizations(
    paragraph: ParagraphInput, entities: EntityIndex, words: OrganizationWords, titles: Titles
) -> list[OrganizationName]:
    """Organization names in the paragraph, qualified ones and unqualified generic ones alike."""
    present = words.heads & word_set(paragraph.text)
    if not present:
        return []
    # A stretch starts and ends at word boundaries, so it holds a head word exactly when one
    # of the paragraph's head-word occurrences starts inside it.
    heads_at = word_starts(paragraph.text, present)
    mentions = ByPosition(paragraph.mentions)
    found = []
    for whole in runs_holding(paragraph.text, heads_at):
        for run in coordinated_parts(whole, paragraph.text, words, titles):
            name = organization_in_run(run, paragraph.text, mentions, entities, words, titles)
            if name is not None:
                found.append(name)
    return found


def coordinated_parts(run: Run, text: str, words: OrganizationWords, titles: Titles) -> list[Run]:
    """Split "Ministry of Defence and General Ion Vasile" or "Ministry of Defence and General
    Staff" at "and": the words after it open with a title or hold a head word of their own.
    "Ministry of Foreign Affairs and European Integration" stays one name. A possessive before
    the whole ("Moldova’s Ministry of Defence and General Staff") qualifies every part."""
    tokens = list(run.words)
    for index, token in enumerate(tokens):
        left, right = tokens[:index], tokens[index + 1 :]
        if token.text not in ("and", "&") or not right or not any(t.text in words.heads for t in left):
            continue
        opens_with_title = titles.match_at(text, right[0].start) is not None
        if opens_with_title or any(t.text in words.heads for t in right):
            return [
                Run(tuple(left), run.possessor),
                *coordinated_parts(Run(tuple(right), run.possessor), text, words, titles),
            ]
    return [run]


def organization_in_run(
    run: Run,
    text: str,
    mentions: ByPosition[MentionSpan],
    entities: EntityIndex,
    words: OrganizationWords,
    titles: Titles,
) -> OrganizationName | None:
    """The organization a run names, or None when it has no head word or names an event."""
    tokens = _after_title(list(_without_openers(run.words)), text, titles)
    qualifier, tokens = _leading_qualifier(tokens, mentions)
    if qualifier is None and run.possessor is not None:
        qualifier = mentions.covering(run.possessor.start)
    trailing, tokens = _trailing_country(tokens, mentions)
    inner, tokens = _after_last_mention(tokens, mentions)
    qualifier = inner or qualifier
    tokens = _trim(tokens)
    if not _is_organization(tokens, words, qualifier):
        return None
    qualifier = qualifier or trailing
    if qualifier is not None and qualifier.entity_type not in QUALIFIER_TYPES:
        qualifier = None
    bare = text[tokens[0].start : tokens[-1].end]
    content = [t.text for t in tokens if t.text not in CONNECTORS and t.text != ","]
    is_generic = all(w in words.heads or w in words.generic for w in content)
    return OrganizationName(
        start=tokens[0].start,
        end=tokens[-1].end,
        name=_full_name(bare, qualifier, entities),
        qualifier_id=None if qualifier is None else qualifier.entity_id,
        qualifier_type=None if qualifier is None else qualifier.entity_type,
        is_generic=is_generic,
    )


def _without_openers(words: tuple[Token, ...]) -> list[Token]:
    """Drop sentence openers ("The", "In", "After") and the connectors they leave in front."""
    index = 0
    while index < len(words) and (words[index].text in SENTENCE_OPENERS or not words[index].is_capitalised):
        index += 1
    return list(words[index:])


def _after_title(tokens: list[Token], text: str, titles: Titles) -> list[Token]:
    """In "Chief of the General Staff" or "Head of the NATO Office" the body follows the title;
    in "General Staff" the rank word is part of the name."""
    if not tokens:
        return tokens
    leading = titles.match_at(text, tokens[0].start)
    if leading is None or leading.end > tokens[-1].end:
        return tokens
    rest = [t for t in tokens if t.start >= leading.end]
    if rest and rest[0].text not in ("of", "for"):
        return tokens
    while rest and rest[0].text in ("of", "the", "for"):
        rest = rest[1:]
    return rest


def _leading_qualifier(
    tokens: list[Token], mentions: ByPosition[MentionSpan]
) -> tuple[MentionSpan | None, list[Token]]:
    qualifier = None
    while tokens and (mention := mentions.covering(tokens[0].start)) is not None:
        qualifier = mention
        tokens = [t for t in tokens if t.start >= mention.end]
    return qualifier, tokens


def _trailing_country(tokens: list[Token], mentions: ByPosition[MentionSpan]) -> tuple[MentionSpan | None, list[Token]]:
    """ "Ministry of Defence of Albania": the country after a final "of" qualifies the name."""
    last = mentions.covering(tokens[-1].start) if tokens else None
    if last is None or last.entity_type != "country":
        return None, tokens
    head = [t for t in tokens if t.end <= last.start]
    while head and head[-1].text in ("of", "the"):
        head = head[:-1]
    return last, head


def _after_last_mention(
    tokens: list[Token], mentions: ByPosition[MentionSpan]
) -> tuple[MentionSpan | None, list[Token]]:
    """In "Mission of NATO Military Liaison Office" the name is what follows the last mention,
    which qualifies it."""
    inside = [m for t in tokens if (m := mentions.covering(t.start)) is not None]
    if not inside:
        return None, tokens
    return inside[-1], [t for t in tokens if t.start >= inside[-1].end]


def _trim(tokens: list[Token]) -> list[Token]:
    while tokens and not tokens[0].is_capitalised:
        tokens = tokens[1:]
    while tokens and not tokens[-1].is_capitalised:
        tokens = tokens[:-1]
    return tokens


def _is_organization(tokens: list[Token], words: OrganizationWords, qualifier: MentionSpan | None) -> bool:
    """A head word, no event word, no plural of people ("Heads of State and Government"), not a
    programme; and no capitalised "For", "Its" or "More" inside, which marks a headline in
    title case rather than a name."""
    content = [t.text for t in tokens if t.is_capitalised]
    if any(word in SENTENCE_OPENERS for word in content[1:]):
        return False
    needed = 1 if qualifier is not None else 2
    has_head = any(w in words.heads for w in content)
    is_event = any(w in words.event_heads for w in content)
    is_people = _names_people(content, words)
    return (
        len(content) >= needed and has_head and not (is_event or is_people) and content[-1] not in words.programme_heads
    )


def _names_people(content: list[str], words: OrganizationWords) -> bool:
    """ "Heads of State and Government", "Ministers of Foreign Affairs": a plural of people followed
    only by words every country's bodies share. "Ministers of the Nordic Council" names a body."""
    group = next((i for i, w in enumerate(content) if w in words.people_groups), None)
    return group is not None and all(w in words.heads or w in words.generic for w in content[group + 1 :])


def _full_name(bare: str, qualifier: MentionSpan | None, entities: EntityIndex) -> str:
    """A country goes after the name ("Ministry of Defence of Moldova", as reference names
    are written); an organization or place goes before it, as written ("NATO Liaison Office")."""
    if qualifier is None:
        return bare
    if qualifier.entity_type == "country":
        info = entities.get(qualifier.entity_id)
        return f"{bare} of {info.name if info is not None else qualifier.text}"
    return f"{qualifier.text} {bare}"
