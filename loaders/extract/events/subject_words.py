"""The words that name who or what a clause is about, where no known name takes part.

"The parties will open consultations", "A tailored package was agreed", ", the ministry
announced": the subject is the short run of words before the verb (before a noun trigger, its
verb and determiner are passed over), after an opening phrase of time ("In 2025 the parties
...") and before the first auxiliary. Events and statements are named from it, so an analyst
can tell them apart without a bare "Consultations" or "Statement".
"""

import re

from eastflank.loaders.extract.events.triggers import DETERMINERS, POSSESSIVES, Hit

AUXILIARIES = frozenset(
    [
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "did",
        "does",
        "do",
        "also",
        "then",
        "later",
        "jointly",
    ]
)
CONNECTIVES = frozenset(
    ["and", "but", "or", "that", "which", "who", "when", "where", "whereby", "while", "as", "if", "because", "so"]
)
ARTICLES = frozenset({"the", "a", "an"})
OPENING_PREPOSITIONS = frozenset(["in", "on", "at", "since", "from", "during", "by", "after", "before", "for", "until"])
"""A clause opening "In 2025 the parties ..." names its time first; the subject starts at the article."""
WORDLIKE = re.compile(r"[\w’'-]+")
MAX_SUBJECT_WORDS = 6
INFINITIVE_END = re.compile(r"\bto\s*$", re.IGNORECASE)
"""A verb after "to" ("the decision to deploy") has no subject of its own before it."""
Span = tuple[int, int]


def told_subject(text: str, hit: Hit, clause: Span, subject: Span | None = None) -> str | None:
    """The clause's short subject before the trigger ("the parties"), or None; `subject` is the
    span of a subject shared with the clause before ("The ministers met ... and approved ...")."""
    lead = text[clause[0] : hit.start] if subject is None else text[subject[0] : subject[1]]
    if hit.is_verb and subject is None and INFINITIVE_END.search(lead) is not None:
        return None
    told = lead.rsplit(",", 1)[-1].split()
    if not hit.is_verb and subject is None:
        while told and (told[-1].lower() in DETERMINERS or told[-1].lower() in POSSESSIVES):
            told.pop()
        told = told[:-1]
    if told and told[0].lower() in OPENING_PREPOSITIONS:
        articles = [i for i, word in enumerate(told) if word.lower() in ARTICLES]
        told = told[articles[0] :] if articles else []
    words: list[str] = []
    for word in told:
        if not words and word.lower() in CONNECTIVES:
            continue
        if word.lower() in AUXILIARIES or not WORDLIKE.fullmatch(word):
            break
        words.append(word)
    if not words or len(words) > MAX_SUBJECT_WORDS or not _opens_noun_phrase(words):
        return None
    return " ".join(words)


def _opens_noun_phrase(words: list[str]) -> bool:
    """A subject opens with an article or determiner ("the parties", "two officials"), a
    capital ("Officials of the ministry") or is a bare plural ("donors"); "hosted the
    platform's" is a verb phrase left by a clause whose subject came before it."""
    first = words[0]
    if first.lower() in ARTICLES or first.lower() in DETERMINERS or first[:1].isupper() or first.isdigit():
        return True
    return len(words) == 1 and first.endswith("s")
