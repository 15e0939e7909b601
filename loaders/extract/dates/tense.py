"""Whether the sentence around a date speaks of the future or the past.

A date without a year ("in May", "on Thursday") is taken in the anchor's year or week;
the tense decides which side of the anchor it falls on when the text says so. Cue words
are a cheap stand-in for a parser and cover news prose well enough.

The verb that governs a time adverbial mostly comes before it ("met Monday", "will meet on
Thursday", "said it would pay the dividend in January"), so the nearest cue before the date in
its sentence decides; only a date that no cue precedes ("On Tuesday, the ministers met") takes
the nearest cue after it.
"""

import re
from typing import Literal

from eastflank.loaders.extract.dates.lexicon import MONTHS, WEEKDAYS

Tense = Literal["past", "future"]

NOT_PAST_PARTICIPLES = (
    "scheduled", "planned", "expected", "slated", "intended", "proposed", "based", "united", "armed", "related",
    "limited", "detailed", "advanced", "required", "interested", "concerned", "supposed", "used", "hundred",
)  # fmt: skip
"""Words in -ed that name a plan or qualify a noun rather than tell what happened: "the talks planned for Friday"."""
INTENT_VERBS = (
    r"decided|agreed|promise[sd]?|promising|pledge[sd]?|pledging|vows?|vowed|vowing|threatens?|threatened|threatening"
    r"|planned|planning|plans?|hopes?|hoped|hoping|wants?|wanted"
    r"|intends?|intended|expects?|expected|expecting|aims?|aimed|prepared|preparing|ready|likely|set|about"
    r"|(?:is|are|was|were)|agreement|deal|offer|bid|proposal|decision|effort|attempt"
)
"""Words whose infinitive looks ahead: "agreed to buy the line in February", "an offer to acquire the bank in
January" name a later act."""
NOT_A_FINITE_PAST = (
    r"(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bbeen )(?<!\bbeing )(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bget )(?<!\bgot )"
)
"""A participle after "be", "been", "to" or a modal is a passive or an infinitive, not a past tense:
"the dividend will be paid in December"; after "is" or "are" it is a present passive ("when the appeal
is heard in June")."""
FUTURE_CUES = re.compile(
    r"(?i)\b(?:will|would(?!\s+have\b)|shall|might(?!\s+have\b)|going to|set to|as soon as|ahead of"
    r"|(?:is|are) (?:set|due|scheduled|expected|planned|to)|upcoming|plans? to"
    r"|(?:expires|ends|begins|starts|takes effect|comes into force|runs (?:until|till|through)))\b"
    r"|['’]ll\b"
)
"""A present tense that schedules ("the mandate expires on 31 December", "the law takes effect in May") looks
ahead as "will" does: a deadline in news is still to come; a past report says "expired"."""
INTENT_CUES = re.compile(
    rf"(?i)\b(?:(?:{INTENT_VERBS}) to(?= \w)(?! have\b)|to be|(?:planned|scheduled|slated|set|due) for)\b"
)
"""Looking ahead from the verb before them; after a date they say nothing of its clause ("since he
arrived on April 6, he wants to return")."""
LOOKING_AHEAD = r"(?!\s+(?:planning|going|expected|scheduled|due|set|about|supposed|preparing)\s+to\b)"
"""A past progressive of intent ("were planning to drive", "was due to sail") tells of a plan made in the past,
not of a past act: the date beside it may lie either side of the day of writing, so it is no past cue."""
PAST_CUES = re.compile(
    rf"(?i:{NOT_A_FINITE_PAST}\b(?:(?:was|were){LOOKING_AHEAD}|had|did|said|announced|took place|held|met|visited|signed|agreed"
    r"|decided|approved|adopted|began|came|went|left|told|saw|gave|made|won|fell|rose|sought|brought|fought|bought"
    r"|spoke|wrote|sent|spent|led|lost|paid|kept|found|heard|struck|chose|flew|broke|threw|took|became|fled|sold"
    r"|built|stood|ended|ran|grew|drew|knew|rode|drove|froze|stole|shook|forgot|caught|taught|thought|felt|dealt"
    r"|meant|slept|swept|lent|sank|shrank|sprang|swung|dug|withdrew|overtook|undertook|oversaw|arose|underwent"
    r"|overran|rebuilt|upheld|withheld|withstood|understood|misled|overcame|befell|forgave|forbade|got|laid|swore"
    r"|rang|slid|spun|stuck|strode)\b"
    r"|\b(?:would|could|should|might|must|may) have\b)"
)
PRESENT_CUES = re.compile(r"(?i)\b(?:is|are|am)\b")
"""A present verb nearer the date than a past one governs it: "the firm said it is calling the bonds on Dec. 7"
names no past day; the date is then the nearest. Only looked for before the date."""
AFTER_A_DETERMINER = "".join(
    rf"(?<!\b{word} )" for word in ("a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "still")
)
"""A word in -ed after a determiner qualifies the noun that follows ("on a still unspecified date in January",
"the revised budget"): an adjective, no past act."""
REGULAR_PAST = re.compile(
    rf"(?i:{NOT_A_FINITE_PAST}{AFTER_A_DETERMINER}\b(?!(?:{'|'.join(NOT_PAST_PARTICIPLES)})\b)[a-z]{{2,}}[^e\W]ed\b)"
)
"""Any verb in -ed: a weekday's own verb says which week it is in ("the court ruled Thursday"); for a
month the cue is too weak, as a participle ("bonds priced at par") so often qualifies a noun."""
PARTICIPLE_BEFORE = re.compile(rf"{REGULAR_PAST.pattern}\s+(?:(?i:on|in)\s+)?$")
PREPOSITION_BEFORE = re.compile(
    r"(?i)\b(?:(?P<since>since(?:\s+(?:shortly|just|soon))?(?:\s+(?:after|before))?(?:\s+the)?)"
    r"|(?P<deadline>by|until|till|through|to|payable|effective|due|expiring|maturing))\s+"
    r"(?:(?:on|in)\s+)?(?:(?:early|mid|late)[-\s]+|the\s+(?:end|beginning|middle|start)\s+of\s+)?$"
)
DELAYED_UNTIL = re.compile(
    r"(?i)\b(?:postponed|delayed|deferred|adjourned|put\s+off|pushed\s+back|rescheduled|extended)\b"
    r"(?:[^.;!?]|\.(?!\s+[A-Z])){0,40}?\b(?:until|till)\s+(?:on\s+|at\s+)?(?:\d{1,2}(?::\d\d)?\s*[ap]\.m\.\s+(?:[A-Z]{1,3}T\s+)?)?$"
)
ABBREVIATIONS = frozenset({
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Adm", "Prof", "St",
})  # fmt: skip
SENTENCE_BREAK = re.compile(r"[.!?][\"”’')]*(?=\s)|\n")
"""A full stop ends a sentence only before a space ("443.6 million" and "U.S.-led" run on) and not after an
abbreviation or an initial (`_ends_sentence`): "payable Dec. 7", "Gen. Smith", "J. Smith" are inside their
sentence."""
NEXT_WORD_AFTER = re.compile(r"\s{1,3}(\w+)")
TIME_ZONE = re.compile(r"[A-Z]{1,3}T|UTC")
CLOCK_SUFFIX = re.compile(r"(?i)\b[ap]\.m\.$")
NEAR_VERB = 30
"""How close before a date a past verb must stand to plainly govern it: some four or five short words."""
INFINITIVE = re.compile(r"(?i)\bto\s+[a-z]+\b")
WORD_BEFORE = re.compile(r"\b([A-Za-z]{1,4})$")
REACH = 2_000
"""How far either side of the date a sentence break is looked for: far beyond a real
sentence, and a bound that keeps text without full stops linear (every date scanned to the
paragraph's ends made a megabyte on one line take minutes)."""


def sentence_tense(text: str, start: int, end: int, regular_past: bool = False) -> Tense | None:
    """The tense of the sentence holding text[start:end], judged without the date's own words;
    `regular_past` also takes any verb in -ed as a past cue."""
    ceiling = min(len(text), end + REACH)
    left = _sentence_start(text, start)
    right = next((found for found in SENTENCE_BREAK.finditer(text, end, ceiling) if _ends_sentence(found)), None)
    before, after = text[left:start], text[end : ceiling if right is None else right.start()]
    return _governing(before, after, (PAST_CUES, REGULAR_PAST) if regular_past else (PAST_CUES,))


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding `start` begins (at most REACH back)."""
    floor = max(0, start - REACH)
    return max(
        (found.end() for found in SENTENCE_BREAK.finditer(text, floor, start) if _ends_sentence(found)), default=floor
    )


def past_verb_governs(text: str, start: int, regular_past: bool = False) -> bool:
    """Whether a past sentence's verb plainly governs the date at `start`: it stands a few words before
    it ("acted in April", "was signed on Nov. 3"), or the date opens its clause before any cue ("In April
    the frigate left"). Further off, the date more often belongs to a noun or an infinitive between them:
    "told the refiners of a cut in supplies in September", "summoned the minister to testify on Feb. 10"."""
    left = _sentence_start(text, start)
    before = text[left:start]
    cues = (PAST_CUES, REGULAR_PAST) if regular_past else (PAST_CUES,)
    if not any(cue.search(before) for cue in (*cues, FUTURE_CUES, INTENT_CUES, PRESENT_CUES)):
        return True
    near = before[-NEAR_VERB:]
    return any(cue.search(near) for cue in cues) and INFINITIVE.search(near) is None


def _ends_sentence(found: re.Match[str]) -> bool:
    """Whether a break the pattern found ends a sentence: a full stop after an abbreviation or initial does not,
    nor one that a lowercase word follows ("U.S. officials", "a.m. local time") or, after a clock time, a time
    zone, weekday or month ("at 4 a.m. EDT Thursday", "at 10 p.m. Saturday")."""
    if found.group()[0] != ".":
        return True
    following = NEXT_WORD_AFTER.match(found.string, found.end())
    if following is not None and (following.group(1)[0].islower() or _time_word_after_clock(found, following.group(1))):
        return False
    word = WORD_BEFORE.search(found.string, max(0, found.start() - 5), found.start())
    return word is None or not (word.group(1) in ABBREVIATIONS or (len(word.group(1)) == 1 and word.group(1).isupper()))


def _time_word_after_clock(found: re.Match[str], following: str) -> bool:
    """Whether "a.m." or "p.m." ends here and a time zone ("EST", "GMT", "UTC"), a weekday or a month comes next:
    "at 10 p.m. Saturday" is one time, in the sentence of the verb before it."""
    return (
        TIME_ZONE.fullmatch(following) is not None or following in WEEKDAYS or following in MONTHS
    ) and CLOCK_SUFFIX.search(found.string, max(0, found.end() - 5), found.end()) is not None


def _governing(before: str, after: str, past_cues: tuple[re.Pattern[str], ...]) -> Tense | None:
    """The tense of a verb right after the date ("the court on Friday ruled"), else of the last cue before
    it (none for a present verb), else of the first after it; a past verb right after it wins over its own
    infinitive ("vowed to")."""
    tensed: list[tuple[Tense, re.Pattern[str]]] = [("future", FUTURE_CUES), *(("past", cues) for cues in past_cues)]
    following = sorted(
        (found.start(), tense == "future", tense) for tense, cues in tensed if (found := cues.search(after)) is not None
    )
    if following and following[0][0] <= 1:
        return following[0][2]
    preceding: list[tuple[int, Tense | None]] = [
        (found.end(), tense)
        for tense, cues in [("future", INTENT_CUES), *tensed, (None, PRESENT_CUES)]
        for found in [_last(cues, before)]
        if found is not None
    ]
    if preceding:
        return max(preceding, key=lambda cue: cue[0])[1]
    return following[0][2] if following else None


def delayed_until(text: str, start: int) -> bool:
    """Whether the date at `start` is what something was put off or extended to ("postponed until Tuesday",
    "extended its deadline until 9 a.m. Tuesday"): a new date set by a recent act lies ahead of it, whatever
    the verb's tense."""
    return DELAYED_UNTIL.search(text, max(0, start - 80), start) is not None


def participle_just_before(text: str, start: int) -> bool:
    """Whether a verb in -ed stands right before the date ("shares issued July 1", "the plant closed on
    Dec. 4"): a finite past or a participle, it tells of an act done on that day either way."""
    return PARTICIPLE_BEFORE.search(text, max(0, start - 40), start) is not None


def bound_tense(text: str, start: int, tense: Tense | None) -> Tense | None:
    """The tense a preposition before a year-less date gives it: "since May" looks back whatever the verb;
    a deadline ("by February", "until mid-November", "extended to Nov. 16") or a term ("payable Dec. 7",
    "effective Feb. 1", set in a sentence that tells of the board's past decision) may lie either side of
    a past verb, so it takes the nearest such month; otherwise the sentence's tense."""
    before = PREPOSITION_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return tense
    if before["since"] is not None:
        return "past"
    if delayed_until(text, start):
        return "future"
    return None if tense == "past" else tense


def _last(cues: re.Pattern[str], text: str) -> re.Match[str] | None:
    return max(cues.finditer(text), key=lambda found: found.end(), default=None)
