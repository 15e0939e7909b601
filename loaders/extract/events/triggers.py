"""Find the event triggers of one sentence, and say how each one is used.

A trigger word is only a candidate: "adopted" in "the four adopted programmes" is an adjective,
"visits" in "port visits and exercises" a plural noun, "a forum" in "serves as a forum" a role,
"said" after a closing quote attributes a quotation (the quotes table holds it), "will not
join" reports nothing, and "Dialogue" inside "Intensified Dialogue" is part of a programme's
name; "agreed that ..." and "agreed to act" report a decision, not an agreement signed. How a
trigger is used also matters later: "at the Riga Summit" is the frame of the
decision taken there, and "the forum" points back at an event already reported.
"""

import re
from dataclasses import dataclass
from functools import cached_property
from itertools import compress, pairwise

from eastflank.loaders.extract.events.lexicon import ANY_WORD, WORD, EventLexicon, Trigger
from eastflank.loaders.extract.text.paragraph_input import MentionSpan

DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "such",
        "its",
        "their",
        "our",
        "his",
        "her",
        "your",
        "my",
        "all",
        "both",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
    ]
)
DEFINITE = frozenset(["the", "this", "that", "these", "those", "such"])
"""Possessives are not listed: "their summit in Brussels", "its instrument of accession" are
as often the first report of an event as a pointer back at one."""
POSSESSIVES = frozenset(["its", "their", "our", "his", "her"])
NEGATIONS = frozenset(["not", "never", "no", "n't", "cannot"])
"""With "didn't" or "won’t" (a contraction, one word), what makes a verb or its object no event."""
BE_FORMS = frozenset(["be", "been", "being", "is", "are", "was", "were"])
SETTING_BEFORE = re.compile(
    r"\b(?P<word>at|during|after|following|before|ahead of|for|on the (?:sidelines|margins) of)\s+(?:[^\s,;:]+\s+){0,6}$",
    re.IGNORECASE,
)
SEQUENCE_WORDS = frozenset({"after", "following", "before", "ahead of", "for"})
ROLE_BEFORE = re.compile(r"\bas\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
"""A noun after "as a": what something serves as ("serves as a forum for consultations"), a
role, not an occurrence."""
MAX_SIGN_GAP = 3
NOUN_NEGATION_REACH = 4
"""A noun is negated by a "not" at most this many words before it: "did not sign the treaty"."""
HYPOTHETICAL = re.compile(
    r"(?:\b(?:could|might|may)\s+(?:[\w’'-]+\s+){0,3}|\b(?:hopes?|hoping|wish(?:es)?|wants?|aspires?|seeks?)\s+to\s+"
    r"(?:[\w’'-]+\s+){0,3}|(?:^|[,;]\s*|\b)(?:[Ii]f|[Uu]nless)\s+(?:[\w’'-]+\s+){0,4})$"
)
"""What only might happen, in the words right before the trigger; case-sensitive, so the
month "May" is no modal."""
DOUBT_WORDS = frozenset(
    [
        "could",
        "might",
        "may",
        "hope",
        "hopes",
        "hoping",
        "wish",
        "wishes",
        "want",
        "wants",
        "aspire",
        "aspires",
        "seek",
        "seeks",
        "if",
        "unless",
        "as",
    ]
)
"""The words that open HYPOTHETICAL or ROLE_BEFORE: a sentence with none of them skips both, one
set lookup per sentence instead of two searches per trigger."""
NO_OBJECT_AFTER = re.compile(r"\s*(?:[,.;:)]|and\b|or\b)")
SUBJECT_WORDS = frozenset({"it", "he", "she", "who", "which", "that", "this", "one"})
DECIDING = frozenset({"agree", "agreed", "agrees"})
NOT_A_VERB_AFTER_TO = DETERMINERS | frozenset({"an", "it", "them", "terms"})
DECISION = Trigger("decision", "decision", "verb")
ADJUNCT_OPENERS = frozenset({"in", "at", "on", "during", "last", "earlier"})
THAT_AFTER_ADJUNCT = re.compile(r"(?:[\w’'-]+\s+){1,6}that\b", re.IGNORECASE)
"""'agreed in 2016 that', 'agreed at the Riga Summit that': a time or place, then what was decided."""
QUOTE_BEFORE = re.compile(r"[”\"]\s*,?\s*(?:[\w.’'-]+\s+){0,5}$")
QUOTE_AFTER = re.compile(r"^\s*:?\s*[“\"]|^\s*[.!?]?$")
EVENT_NAME_TYPES = frozenset({"organization", "location"})


@dataclass(frozen=True)
class Hit:
    """One trigger in the text and how it is used.

    frame_start: where "at", "during", "after", "for" ... opens a gathering that frames another
      trigger ("at the Riga Summit, the Alliance decided"); None when the trigger is not a frame.
    sequenced: the frame is "after", "before", "for" ...: a gathering before or after the
      clause's event, so an event of its own ("said on Monday after a meeting of the council").
    means: a gerund after "by" that says how another event was done ("decided ... by inviting").
    passive: a verb after a form of "be", so its agent follows "by" and its object comes first.
    named: a noun that is part of a name ("NATO-Industry Forum", "European Council meeting").
    determiner: the article or determiner before a noun ("a", "the", "these"), if any.
    """

    start: int
    end: int
    trigger: Trigger
    frame_start: int | None = None
    sequenced: bool = False
    means: bool = False
    passive: bool = False
    named: bool = False
    determiner: str | None = None

    @property
    def is_verb(self) -> bool:
        """Verbs, speech verbs included: the words before them are their agent."""
        return self.trigger.form != "noun"

    @property
    def setting(self) -> bool:
        """True for a gathering that frames another trigger."""
        return self.frame_start is not None

    @property
    def definite(self) -> bool:
        """An unnamed noun after "the", "this", "these" ...: it points back at a reported event."""
        return not self.named and self.determiner in DEFINITE

    @property
    def new(self) -> bool:
        """A verb, a name, or a noun after "a" or a possessive ("in his press conference with
        ..."): an event reported for the first time."""
        return self.is_verb or self.named or self.determiner in ("a", "an") or self.determiner in POSSESSIVES


@dataclass(frozen=True)
class Openings:
    """A sentence's lowercase words and the indices of those that open a trigger form. The
    words' offsets are found only when `find_hits` asks: more than half the sentences are
    passed over before it does (undatable.py)."""

    lowered: list[str]
    indices: list[int]
    text: str
    start: int
    end: int

    @cached_property
    def spans(self) -> list[tuple[int, int]]:
        """(start, end) of each word in the text."""
        return list(map(re.Match.span, WORD.finditer(self.text, self.start, self.end)))


def openings(
    text: str, start: int, end: int, lexicon: EventLexicon, lowered_text: str | None = None
) -> Openings | None:
    """The words of text[start:end] that may open a trigger, or None where none does: the
    caller then passes the sentence over before cutting out its mentions. `lowered_text` is
    the text in lowercase where that keeps every character in place (`lowercase_in_place`):
    a `findall` over it gives the words lowercased, with no match object or `lower` call
    per word."""
    if lowered_text is None:
        lowered = list(map(str.lower, WORD.findall(text, start, end)))
    else:
        lowered = WORD.findall(lowered_text, start, end)
    indices = list(compress(range(len(lowered)), map(lexicon.first_words.__contains__, lowered)))
    return Openings(lowered, indices, text, start, end) if indices else None


def lowercase_in_place(text: str) -> str | None:
    """The text in lowercase if each character lowers to one character on its own, so each
    word of the lowered text is the lowered word at the same offsets; None otherwise. "İ"
    lowers to two characters, and a capital sigma by its context; no character changes
    whether it is a word character by lowering (tests/loaders/extract/test_events_shortcuts.py
    checks every code point)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) and "Σ" not in text else None


def find_hits(
    text: str,
    start: int,
    end: int,
    lexicon: EventLexicon,
    mentions: tuple[MentionSpan, ...],
    opened: Openings | None = None,
) -> list[Hit]:
    """Every usable trigger in text[start:end], longest form first, in reading order.

    Words are lowercased and looked up in C; only the few that open a trigger form are
    tried, and a sentence with none is passed over before its word offsets are taken.
    `opened` is what `openings` found, where the caller has already asked.
    """
    opened = openings(text, start, end, lexicon) if opened is None else opened
    if opened is None:
        return []
    lowered = opened.lowered
    words = opened.spans
    doubtful = not DOUBT_WORDS.isdisjoint(lowered)
    negatable = (
        not NEGATIONS.isdisjoint(lowered) or text.find("n't", start, end) >= 0 or text.find("n’t", start, end) >= 0
    )
    hits = []
    index = 0
    for opening in opened.indices:
        found = _longest_at(text, words, lowered, opening, lexicon) if opening >= index else None
        if found is None:
            continue
        length, trigger = found
        hit = _describe(text, words, lowered, opening, length, trigger)
        if (
            hit is not None
            and _outside_names(hit, mentions)
            and _reports_event(text, words, lowered, opening, hit, (start, end), doubtful, negatable)
        ):
            hits.append(hit)
        index = opening + length
    return hits


def _longest_at(
    text: str, words: list[tuple[int, int]], lowered: list[str], index: int, lexicon: EventLexicon
) -> tuple[int, Trigger] | None:
    most = lexicon.first_words.get(lowered[index])
    if most is None:
        return None
    run = words[index : index + most]
    for length in range(min(most, len(words) - index), 0, -1):
        key = tuple(lowered[index : index + length])
        trigger = lexicon.triggers.get(key)
        if trigger is not None and all(text[a:b].isspace() for (_, a), (b, _) in pairwise(run[:length])):
            return length, trigger
        form = lexicon.gapped_form(key) if trigger is None and key[0] in lexicon.gapped else None
        if form is not None and all(
            _joins(text[a:b], ANY_WORD in (form[k], form[k + 1]))
            for k, ((_, a), (b, _)) in enumerate(pairwise(run[:length]))
        ):
            return length, lexicon.triggers[form]
    return None


def _joins(gap: str, beside_any: bool) -> bool:
    """Words of a form are parted by spaces; a word standing for "*" also by a currency sign or
    a decimal point ("provided $2.5 million")."""
    return gap.isspace() or (beside_any and len(gap) <= MAX_SIGN_GAP and not any(c.isalpha() for c in gap))


def _describe(
    text: str, words: list[tuple[int, int]], lowered: list[str], index: int, length: int, trigger: Trigger
) -> Hit | None:
    """The hit for the form of `length` words at word `index`; `lowered` are the words of
    `words` in lowercase, so the words before it are looked up, not cut out and lowered again."""
    start, end = words[index][0], words[index + length - 1][1]
    before = lowered[max(0, index - 3) : index]
    if trigger.form == "noun":
        named = (text[start].isupper() and index > 0) or _name_before(text, words, index)
        frame = SETTING_BEFORE.search(text, max(0, start - 80), start)
        if frame is None:
            return Hit(start, end, trigger, named=named, determiner=_determiner(before))
        sequenced = frame.group("word").lower() in SEQUENCE_WORDS
        return Hit(start, end, trigger, frame.start(), sequenced, named=named, determiner=_determiner(before))
    if trigger.form == "verb" and length == 1 and _adjectival(text, words, lowered, index):
        return None
    if trigger.form == "verb" and _plural_noun(text, words, lowered, index, length):
        return Hit(start, end, Trigger(trigger.type, trigger.label, "noun"), determiner=_determiner(before))
    if trigger.type == "agreement" and length == 1 and _deciding(text, words, lowered, index):
        trigger = DECISION
    means = before[-1:] == ["by"] and text[start:end].lower().endswith("ing")
    return Hit(start, end, trigger, means=means, passive=any(word in BE_FORMS for word in before[-2:]))


def _plural_noun(text: str, words: list[tuple[int, int]], lowered: list[str], index: int, length: int) -> bool:
    """A one-word "-s" verb form with nothing after it but "and", "or" or a stop, after a
    lowercase word that is no pronoun, is a plural noun: "port visits and joint exercises"."""
    end = words[index][1]
    if length != 1 or index == 0 or not lowered[index].endswith("s"):
        return False
    previous = text[words[index - 1][0] : words[index - 1][1]]
    return (
        previous.islower()
        and previous not in SUBJECT_WORDS
        and previous not in DETERMINERS
        and NO_OBJECT_AFTER.match(text, end) is not None
    )


def _deciding(text: str, words: list[tuple[int, int]], lowered: list[str], index: int) -> bool:
    """ "agreed that Georgia will join", "agreed in 2008 that ...", "agreed to strengthen": a
    decision, not the signing of an agreement ("agreed a package", "agreed to the terms")."""
    if lowered[index] not in DECIDING or index + 1 >= len(words):
        return False
    following = lowered[index + 1]
    after = lowered[index + 2] if index + 2 < len(words) else ""
    if following in ADJUNCT_OPENERS:
        adjunct = THAT_AFTER_ADJUNCT.match(text, words[index + 1][0])
        return adjunct is not None
    return following == "that" or (following == "to" and after not in NOT_A_VERB_AFTER_TO)


def _name_before(text: str, words: list[tuple[int, int]], index: int) -> bool:
    """A capitalised word or a year right before the noun makes it a name ("European Council meeting")."""
    if index == 0:
        return False
    start, end = words[index - 1]
    word = text[start:end]
    return text[end : words[index][0]].strip() == "" and (word[:1].isupper() or word.isdigit()) and index - 1 > 0


def _adjectival(text: str, words: list[tuple[int, int]], lowered: list[str], index: int) -> bool:
    """A one-word verb form right after a determiner is no verb: a participle modifies a noun
    ("the four adopted programmes"), a base form is a noun of another sense ("a sign of
    support", "the launch pad")."""
    if index == 0:
        return False
    return text[words[index - 1][1] : words[index][0]].isspace() and lowered[index - 1] in DETERMINERS


def _determiner(before: list[str]) -> str | None:
    """The nearest determiner (or number) among the words before a noun, if any."""
    for word in reversed(before):
        if word in DETERMINERS or word.isdigit():
            return word
    return None


def _outside_names(hit: Hit, mentions: tuple[MentionSpan, ...]) -> bool:
    """False inside a name ("Intensified Dialogue"), unless the name ends in the event noun
    ("NATO-Industry Forum" names the forum as well as its series)."""
    for mention in mentions:
        if mention.start < hit.end and hit.start < mention.end:
            ends_name = mention.end == hit.end and hit.trigger.form == "noun"
            return ends_name and mention.entity_type in EVENT_NAME_TYPES
    return True


def _reports_event(
    text: str,
    words: list[tuple[int, int]],
    lowered: list[str],
    index: int,
    hit: Hit,
    sentence: tuple[int, int],
    doubtful: bool = True,
    negatable: bool = True,
) -> bool:
    """False for a negated verb or the object of one ("did not sign the treaty"), for what
    only might happen ("could host an exercise", "hopes to sign", "if Moldova joins"), and for a
    speech verb that only attributes a direct quote."""
    if negatable:
        reach = 2 if hit.is_verb else NOUN_NEGATION_REACH
        before = lowered[max(0, index - reach) : index]
        if any(word in NEGATIONS or word.endswith(("n't", "n’t")) for word in before):
            return False
    if doubtful and HYPOTHETICAL.search(text, max(sentence[0], hit.start - 60), hit.start) is not None:
        return False
    if doubtful and not hit.is_verb and ROLE_BEFORE.search(text, max(sentence[0], hit.start - 40), hit.start):
        return False
    if hit.trigger.form in ("speech", "formal"):
        lead_in, rest = text[sentence[0] : hit.start], text[hit.end : sentence[1]]
        return QUOTE_BEFORE.search(lead_in) is None and QUOTE_AFTER.search(rest) is None
    return True
