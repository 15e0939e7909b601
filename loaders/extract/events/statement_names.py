"""Names for statements: a statement is named for whoever made it, never a bare "Statement".

The speaker is the participant in the speaker's role; where the gazetteer does not know the
speaker, the capitalised name that speaks in the clause ("as explained by officials of the
Ministry of Health"); with no speaker at all, what the statement is about ("Statement on
Moldova"), else for the words that speak ("Statement by the ministry") or, failing that, its
own words ("Statement: reaffirmed the course of integration"),
so an analyst can tell two statements of one article apart by their names.
"""

import re

from eastflank.loaders.extract.events.name_phrases import phrase
from eastflank.loaders.extract.events.statements import CAPITALISED_NAME, speaks
from eastflank.loaders.extract.events.subject_words import ARTICLES, told_subject
from eastflank.loaders.extract.events.triggers import Hit

OPENING_WORDS = re.compile(r"^(?:(?:The|A|An|In|On|At|As|For|During|After|Before|Since|When|While)\s+)+")
PHRASE_END = re.compile(r"[,;:“”\"(.!?]")
MAX_WORDS = 8
TRAILING_FUNCTION_WORDS = re.compile(r"(?:\s+(?:the|a|an|of|to|and|in|on|for|with|that|its|their))+$")
Span = tuple[int, int]


def statement_name(text: str, hit: Hit, scope: Span, names: dict[str, list[str]], frame: str | None) -> str:
    """ "Statement by <speaker> [on <subject>]", else "Statement on <subject>", else the verb
    phrase; `scope` is the clause the statement is made in, `frame` the named gathering it was
    made at, which is where it was said, not who said it ("the Warsaw Summit statement")."""
    if frame is not None and not names:
        return hit.trigger.label
    speakers = names.get("speaker") or _named_speaker(text, hit, scope)
    subjects = names.get("subject", [])
    if speakers:
        return phrase("Statement", "by", speakers) + phrase("", "on", subjects)
    if subjects:
        return phrase("Statement", "on", subjects)
    speaker = None if hit.passive else told_subject(text, hit, scope)
    if speaker is not None:
        return f"Statement by {speaker[0].lower() + speaker[1:] if speaker.split()[0].lower() in ARTICLES else speaker}"
    return f"Statement: {_verbphrase(text, hit, scope)}"


def _named_speaker(text: str, hit: Hit, scope: Span) -> list[str]:
    """The capitalised name that speaks for the verb, the nearest one before it first; before a
    passive verb ("the brigade was declared ready") a name is what was spoken of, not a speaker."""
    found = []
    for match in CAPITALISED_NAME.finditer(text, scope[0], scope[1]):
        opening = OPENING_WORDS.match(match.group())
        start = match.start() + (opening.end() if opening is not None else 0)
        name = text[start : match.end()]
        before = match.end() <= hit.start
        if " " in name and speaks(text, hit, (start, match.end())) and not (before and hit.passive):
            found.append((start >= hit.end, -start, name))
    return [min(found)[2]] if found else []


def _verbphrase(text: str, hit: Hit, scope: Span) -> str:
    """The verb and the words after it, up to the clause's first punctuation, at most MAX_WORDS."""
    end = PHRASE_END.search(text, hit.end, scope[1])
    words = text[hit.start : end.start() if end is not None else scope[1]].split()[:MAX_WORDS]
    return TRAILING_FUNCTION_WORDS.sub("", " ".join(words))
