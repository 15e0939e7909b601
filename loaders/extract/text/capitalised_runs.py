"""Split text into runs of capitalised words joined by "of", "for", "and", "on" or "&".

"Ministry of Foreign Affairs and European Integration", "Allied Command for
Transformation" and "Defense, Innovation, and Armament Industry Division" are each one
run. A comma joins words only in such a list that ends in "and"; otherwise it ends the run.
A possessive ("NATO’s") ends a run too, and is kept as the next run's qualifier.
"""

import itertools
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from eastflank.loaders.extract.text.name_tokens import Token, tokens

CONNECTORS = frozenset({"of", "for", "and", "on", "&"})
_UPPER = "".join(c for c in map(chr, range(0x250)) if c.isupper()) + "ȘȚŞŢ"
_WORD = rf"[{_UPPER}][\w’'\-]*"
# The capital comes before the check on the character ahead of it (a two-character
# lookbehind), so the regex engine skips from capital to capital instead of trying every offset.
STRETCH = re.compile(rf"[{_UPPER}](?<![\w’'\-][{_UPPER}])[\w’'\-]*(?:(?:,?\s+(?:(?:of|for|and|on|the|&)\s+)*){_WORD})*")
WORD_BEFORE = re.compile(r"([\w’'\-]+) $")
ARTICLE_AFTER = frozenset({"of", "for", "on"})
POSSESSIVE_LAST_LETTERS = ("s", "’", "'")
"""The last letter of every possessive ending (name_tokens.POSSESSIVE_ENDINGS)."""


@dataclass(frozen=True)
class Run:
    """Capitalised words and their connectors; `possessor` is the ’s token right before it."""

    words: tuple[Token, ...]
    possessor: Token | None

    @property
    def start(self) -> int:
        """Offset of the first word."""
        return self.words[0].start

    @property
    def end(self) -> int:
        """Offset just past the last word."""
        return self.words[-1].end


def capitalised_runs(text: str, keep: Callable[[re.Match[str]], bool] | None = None) -> list[Run]:
    """Every run in the text, connectors and commas trimmed from both ends.

    A regex finds the stretches that can hold a run (capitalised words with what may join
    them) in C; only those `keep` accepts are tokenised, which is most of the speed.
    """
    runs = []
    for stretch in STRETCH.finditer(text):
        if keep is None or keep(stretch):
            runs += _runs_in(
                text, tokens(text, stretch.start(), stretch.end()), _possessor_before(text, stretch.start())
            )
    return runs


def runs_holding(text: str, offsets: list[int]) -> list[Run]:
    """The runs of the stretches that hold one of the sorted `offsets` (where a head word
    starts): `capitalised_runs` with that test written inline, and no stretch looked at after
    the last offset. Paragraphs hold dozens of stretches and few head words."""
    runs: list[Run] = []
    if not offsets:
        return runs
    count, last = len(offsets), offsets[-1]
    for stretch in STRETCH.finditer(text):
        start, end = stretch.span()
        if start > last:
            break
        index = bisect_left(offsets, start)
        if index < count and offsets[index] < end:
            runs += _runs_in(text, tokens(text, start, end), _possessor_before(text, start))
    return runs


def _runs_in(text: str, words: list[Token], possessor: Token | None) -> list[Run]:
    runs = []
    current: list[Token] = []
    for index, token in enumerate(words):
        if current and _adjacent(text, current[-1], token) and _continues(current, token):
            current.append(token)
            continue
        if current:
            runs += _finish(current, possessor)
            current, possessor = [], None
        if token.is_capitalised and not token.is_possessive:
            current = [token]
            before = words[index - 1] if index > 0 else None
            possessor = (
                before if before is not None and before.is_possessive and _adjacent(text, before, token) else possessor
            )
    runs += _finish(current, possessor)
    return runs


def _possessor_before(text: str, start: int) -> Token | None:
    """The possessive word ("NATO’s") right before a stretch, which qualifies its first run."""
    if text[start - 1 : start] == " " and text[start - 2 : start - 1] not in POSSESSIVE_LAST_LETTERS:
        return None  # the word before ends in no possessive letter: no need to search for it
    match = WORD_BEFORE.search(text, max(0, start - 60), start)
    if match is None:
        return None
    token = Token(match.group(1), match.start(1), match.end(1))
    return token if token.is_possessive else None


def _adjacent(text: str, left: Token, right: Token) -> bool:
    return text[left.end : right.start] in (" ", "")


def _continues(current: list[Token], token: Token) -> bool:
    if token.is_possessive:
        return False
    if token.is_capitalised:
        return True
    if token.text == "the":
        return current[-1].text in ARTICLE_AFTER
    return token.text in CONNECTORS or token.text == ","


def _finish(words: list[Token], possessor: Token | None) -> list[Run]:
    """Trim connectors; split at commas that do not make an "A, B, and C ..." list."""
    parts = _split_commas(words)
    runs = []
    for position, part in enumerate(parts):
        trimmed = _trim(part)
        if trimmed:
            runs.append(Run(tuple(trimmed), possessor if position == 0 else None))
    return runs


def _split_commas(words: list[Token]) -> list[list[Token]]:
    commas = [i for i, t in enumerate(words) if t.text == ","]
    if not commas:
        return [words]
    last = commas[-1]
    is_list = (
        last + 1 < len(words)
        and words[last + 1].text == "and"
        and all(
            words[i - 1].is_capitalised
            and (i + 1 >= len(words) or words[i + 1].is_capitalised or words[i + 1].text == "and")
            for i in commas
        )
    )
    if is_list:
        return [words]
    bounds = [-1, *commas, len(words)]
    return [words[a + 1 : b] for a, b in itertools.pairwise(bounds)]


def _trim(words: list[Token]) -> list[Token]:
    start, end = 0, len(words)
    while start < end and not words[start].is_capitalised:
        start += 1
    while end > start and not words[end - 1].is_capitalised:
        end -= 1
    return words[start:end]
