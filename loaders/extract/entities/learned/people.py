"""Find people the reference data lacks, from a title or role written beside their name.

Two shapes cover most of English news: the title before the name ("Prime Minister Ion
Popescu", "General Ion Vasile", "advisor Ana Rusu", "the Prime Minister of Moldova, Ion
Popescu") and the name in apposition before its title ("Ion Popescu, the Minister of
Defence, ...", "Ana Rusu, Moldova's defence minister"). A name is two to four capitalised
words; one word alone ("General Vlad") is a surname, left to the surname rule, since it
cannot tell two people of one family apart.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from eastflank.loaders.extract.entities.titles import Title, TitleMatch, Titles
from eastflank.loaders.extract.text.name_tokens import (
    NAME_PARTICLES,
    Token,
    first_tokens,
    is_name_word,
    tokens,
    without_possessive,
)
from eastflank.loaders.extract.text.span_index import ByPosition, SpanIndex

MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 4
APPOSITION_GAP_WORDS = 3
APPOSITION_REACH = 40
OF_PHRASE_WORDS = 4
APPOSITION_STOPS = frozenset(
    ["who", "which", "that", "was", "is", "has", "had", "will", "would", "and", "or", "but", "said", "says"]
)
SEGMENT_ENDS = frozenset({",", "(", "."})
NAME_AFTER_TOKENS = OF_PHRASE_WORDS + 2 + 1 + MAX_NAME_WORDS + 1
"""The most tokens after a title that the rule reads: an "of" phrase up to its comma, the
comma, a name and the word that ends it. Tokenising only those halves the rule's cost."""


@dataclass(frozen=True)
class PersonName:
    """A person's name found beside a title (offsets in the paragraph text)."""

    start: int
    end: int
    name: str
    title: Title


def find_people(
    text: str, titles: Titles, taken: Iterable[tuple[int, int]], not_name: frozenset[str]
) -> list[PersonName]:
    """Names beside titles in text, skipping spans already taken by other mentions; where a name
    has a title on both sides ("Colonel Dmitri Ivanov, commander of ..."), the one before it.

    `not_name` holds capitalised words that end a name ("General Staff", "President Office").
    """
    all_titles = titles.find(text)
    if not all_titles:
        return []  # every name this rule finds stands beside a title
    blocked = SpanIndex([*taken, *((t.start, t.end) for t in all_titles)])
    matches = [t for t in all_titles if t.title.kind != "group"]
    found = [p for t in matches if (p := _name_after(text, t, blocked, not_name)) is not None]
    found += _appositions(text, matches, blocked, not_name)
    first_by_span: dict[tuple[int, int], PersonName] = {}
    for person in found:
        first_by_span.setdefault((person.start, person.end), person)
    return sorted(first_by_span.values(), key=lambda p: p.start)


def _name_after(text: str, title: TitleMatch, taken: SpanIndex, not_name: frozenset[str]) -> PersonName | None:
    words = first_tokens(text, title.end, min(len(text), title.end + 160), NAME_AFTER_TOKENS)
    words = _skip_of_phrase(words)
    if not words or (words[0].text != "," and not _adjacent(text, title.end, words[0])):
        return None
    if words[0].text == ",":
        words = words[1:]
    run = _name_run(text, words, taken, not_name)
    return None if run is None else PersonName(run[0].start, run[-1].end, _joined(text, run), title.title)


def _skip_of_phrase(words: list[Token]) -> list[Token]:
    """After "the Prime Minister of Moldova, " or "the head of the mission, " the name follows the comma."""
    if len(words) < 3 or words[0].text != "of":
        return words
    comma = next((i for i, t in enumerate(words[: OF_PHRASE_WORDS + 2]) if t.text == ","), None)
    return [] if comma is None else words[comma:]


def _appositions(text: str, matches: list[TitleMatch], taken: SpanIndex, not_name: frozenset[str]) -> list[PersonName]:
    found = []
    by_position = ByPosition(matches)
    for comma in re.finditer(",", text):
        near = by_position.within(comma.end(), comma.end() + APPOSITION_REACH)
        segment = _segment(text, comma.end()) if near else []
        if not segment:
            continue
        titled = by_position.within(comma.end(), segment[-1].end)
        if not titled or not _close_gap(segment, titled[0].start):
            continue
        before = list(reversed(tokens(text, max(0, comma.start() - 120), comma.start())))
        run = _name_run_backwards(text, before, taken, not_name)
        if run is not None:
            found.append(PersonName(run[0].start, run[-1].end, _joined(text, run), titled[-1].title))
    return found


def _segment(text: str, start: int) -> list[Token]:
    words = []
    for token in tokens(text, start, min(len(text), start + 160)):
        if token.text in SEGMENT_ENDS:
            break
        words.append(token)
    return words


def _close_gap(segment: list[Token], title_start: int) -> bool:
    """At most three words ("the", "Moldova's", "former") stand between the comma and the title."""
    gap = [t for t in segment if t.end <= title_start]
    return len(gap) <= APPOSITION_GAP_WORDS and not any(t.text.lower() in APPOSITION_STOPS for t in gap)


def _name_run(text: str, words: list[Token], taken: SpanIndex, not_name: frozenset[str]) -> list[Token] | None:
    run: list[Token] = []
    for token in words:
        if run and not _adjacent(text, run[-1].end, token):
            break
        if not _fits(token, taken, not_name, first=not run):
            break
        run.append(without_possessive(token))
        if token.is_possessive or len(run) == MAX_NAME_WORDS:
            break
    return _valid(run)


def _name_run_backwards(
    text: str, words: list[Token], taken: SpanIndex, not_name: frozenset[str]
) -> list[Token] | None:
    run: list[Token] = []
    for token in words:
        if run and not _adjacent(text, token.end, run[0]):
            break
        if token.is_possessive or not _fits(token, taken, not_name, first=False) or len(run) == MAX_NAME_WORDS:
            break
        run.insert(0, token)
    while run and run[0].text in NAME_PARTICLES:
        run = run[1:]
    return _valid(run)


def _fits(token: Token, taken: SpanIndex, not_name: frozenset[str], first: bool) -> bool:
    if taken.overlaps(token.start, token.end):
        return False
    if token.text in NAME_PARTICLES:
        return not first
    return is_name_word(token) and without_possessive(token).text not in not_name


def _valid(run: list[Token]) -> list[Token] | None:
    while run and run[-1].text in NAME_PARTICLES:
        run = run[:-1]
    named = [t for t in run if t.text not in NAME_PARTICLES]
    return run if MIN_NAME_WORDS <= len(named) <= MAX_NAME_WORDS else None


def _adjacent(text: str, end: int, token: Token) -> bool:
    return text[end : token.start] in (" ", "")


def _joined(text: str, run: list[Token]) -> str:
    return text[run[0].start : run[-1].end]
