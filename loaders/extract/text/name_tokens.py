"""Read capitalised word runs out of text: people's names and the names of bodies.

Both rules for entities the reference data lacks start from the same observation: English
capitalises names and little else mid-sentence. These helpers tokenise once and say which
words can belong to a name.
"""

import re
from itertools import islice
from typing import NamedTuple

TOKEN = re.compile(r"[^\W\d_][\w’'\-]*|\d[\w\-]*|[,(&]")
POSSESSIVE_END = re.compile(r"(?:’s|'s|’|')$")
POSSESSIVE_ENDINGS = ("’s", "'s", "’", "'")
NAME_PARTICLES = frozenset(["de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "al", "el"])
# Capitalised words that open a sentence or a clause; never the first word of a name.
SENTENCE_OPENERS = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "After",
        "Before",
        "During",
        "Since",
        "While",
        "When",
        "Where",
        "Last",
        "Next",
        "This",
        "That",
        "These",
        "Those",
        "Its",
        "Their",
        "His",
        "Her",
        "Our",
        "Both",
        "All",
        "Some",
        "Many",
        "Most",
        "Several",
        "However",
        "Meanwhile",
        "Also",
        "Earlier",
        "Later",
        "Previously",
        "Moreover",
        "Furthermore",
        "According",
        "As",
        "But",
        "And",
        "Or",
        "If",
        "Although",
        "Though",
        "Thus",
        "Therefore",
        "Then",
        "Now",
        "Under",
        "Over",
        "With",
        "Without",
        "Within",
        "By",
        "For",
        "From",
        "To",
        "Of",
        "Yesterday",
        "Today",
        "Tomorrow",
        "Until",
        "Between",
        "Among",
        "Against",
        "Despite",
        "Following",
        "Speaking",
        "Asked",
        "Such",
        "Every",
        "Each",
        "Other",
        "Another",
        "Only",
        "Even",
        "Still",
        "Unlike",
        "Like",
        "Besides",
        "Beyond",
        "Across",
        "Through",
        "Throughout",
        "Around",
        "Inside",
        "Outside",
        "Along",
        "Amid",
        "Amidst",
        "Upon",
        "Toward",
        "Towards",
        "Near",
        "Via",
        "Per",
        "Is",
        "Are",
        "Was",
        "Were",
        "Will",
        "More",
        "Less",
        "New",
    ]
)
# ... and words that are never part of a person's name: dates, courtesy titles, adjectives of place.
NOT_NAME_WORDS = SENTENCE_OPENERS | frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Western",
        "Eastern",
        "Northern",
        "Southern",
        "European",
        "Euro-Atlantic",
        "Transatlantic",
        "Allied",
        "Allies",
        "International",
        "Regional",
        "Global",
        "Baltic",
        "Balkan",
        "Black",
        "Nordic",
    ]
)


_new_tuple = tuple.__new__


class Token(NamedTuple):
    """One word (or a comma, parenthesis or ampersand) with its offsets; a tuple, as paragraphs
    hold thousands and a frozen dataclass costs three times as much to build."""

    text: str
    start: int
    end: int

    @property
    def is_capitalised(self) -> bool:
        """Starts with a capital letter."""
        return self.text[:1].isupper()

    @property
    def is_possessive(self) -> bool:
        """Ends in ’s (or a bare ’ after s)."""
        return len(self.text) > 2 and self.text.endswith(POSSESSIVE_ENDINGS)


def word_starts(text: str, words: frozenset[str]) -> list[int]:
    """Sorted offsets where one of `words` (letters and digits only) stands as a whole word,
    as `word_set` splits words: found by substring search, so a rule can ask by bisection
    whether a stretch of the text holds one of them."""
    starts = []
    for word in words:
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                starts.append(at)
            at = text.find(word, at + 1)
    return sorted(starts)


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and separators of text[start:end], in order."""
    stop = len(text) if end is None else end
    # tuple.__new__ skips the named tuple's own __new__: a quarter faster, for thousands of tokens.
    return [_new_tuple(Token, (m.group(), m.start(), m.end())) for m in TOKEN.finditer(text, start, stop)]


def first_tokens(text: str, start: int, end: int, count: int) -> list[Token]:
    """The first `count` tokens of text[start:end]: the same as `tokens(...)[:count]`, without
    building the rest."""
    return [_new_tuple(Token, (m.group(), m.start(), m.end())) for m in islice(TOKEN.finditer(text, start, end), count)]


def without_possessive(token: Token) -> Token:
    """The token with its ’s cut off ("Popescu’s" -> "Popescu")."""
    match = POSSESSIVE_END.search(token.text)
    if match is None or not token.is_possessive:
        return token
    return Token(token.text[: match.start()], token.start, token.start + match.start())


def is_name_word(token: Token) -> bool:
    """A capitalised word that can be part of a person's name: not an acronym, not a stop word."""
    word = without_possessive(token).text
    return word[:1].isupper() and any(c.islower() for c in word) and word not in NOT_NAME_WORDS
