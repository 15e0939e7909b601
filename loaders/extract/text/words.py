"""The words of a paragraph, split once for every rule that asks.

Several rules test a paragraph's words before they run (organization heads, currency
names, the surname rule) and the phrase matchers (titles, speech verbs) look up each
word's first letters: all split on the same pattern, letters and digits. One split per
paragraph text, kept for the last few texts, serves them all; as the rules see a
document's paragraphs one after another, each split is made once.
"""

import re
from functools import lru_cache

WORD = re.compile(r"[^\W_]+")
"""A maximal run of letters and digits: the characters `str.isalnum` accepts."""
RECENT_TEXTS = 256


@lru_cache(maxsize=RECENT_TEXTS)
def words_of(text: str) -> tuple[str, ...]:
    """The words of a text in order, split on anything but letters and digits."""
    return tuple(WORD.findall(text))


@lru_cache(maxsize=RECENT_TEXTS)
def word_set(text: str) -> frozenset[str]:
    """The words of a text as a set: a fast test of whether a rule's key words occur at all."""
    return frozenset(words_of(text))


def word_offsets(text: str, words: list[str], start: int = 0, stop: int | None = None) -> list[int]:
    """Where each of `words` starts in text[start:stop], found by substring search, so no
    match object is built for the words in between.

    `words` are some of the slice's `WORD` words in order, chosen by what they say: every
    occurrence of a chosen word is chosen. A find inside a longer run of letters is passed
    over; the first whole-run occurrence after the previous chosen word is then the word
    itself, as an equal whole word in between would have been chosen too.
    """
    end_of_text = len(text) if stop is None else stop
    offsets = []
    position = start
    for word in words:
        at = text.find(word, position, end_of_text)
        while at >= 0 and (
            (at > start and text[at - 1].isalnum()) or (at + len(word) < end_of_text and text[at + len(word)].isalnum())
        ):
            at = text.find(word, at + 1, end_of_text)
        if at < 0:
            raise ValueError(f"{word!r} is not a word of the text after offset {position}")
        offsets.append(at)
        position = at + len(word)
    return offsets
