"""What one line of a scraped page looks like when it is site chrome, on any site.

Each rule reads only the line (its words, length, capitals, brackets, dates) and names
itself, so `paragraphs.boilerplate_reason` can say why a line was set aside. Rules that need
the line's place on the page (a repeated title, a category label) are in `boilerplate`.
"""

import re
from collections.abc import Callable

from eastflank.loaders.ingest.calendar_dates import find_dates
from eastflank.loaders.ingest.published import byline_date

LEADER = re.compile(r"^[\s•·*|>]+")
BREADCRUMB = re.compile(
    r"^(home|homepage|main|start)\s*[/>»›|]|^[^/>»›|.!?]{1,40}(\s[/>»›|]\s[^/>»›|]{1,120}){2,}$", re.IGNORECASE
)
STAMP = re.compile(
    r"^((last\s+)+updated?|updated|(first\s+)?published|posted( on)?)\s*(on)?\s*[:\-–]?\s*\S", re.IGNORECASE
)
STAMP_WITHOUT_DATE_MAX = 40
TRUNCATED = re.compile(r"(…|\.\.\.)\s*$")
CALL = re.compile(
    r"\b(follow us|follow our|subscribe|share (this|on|via)|sign up|join us|like us|download (our|the) app|click here"
    r"|newsletter|on (twitter|facebook|telegram|instagram|whatsapp|youtube)\b)",
    re.IGNORECASE,
)
CALL_MAX_LENGTH = 100
CAPTION = re.compile(
    r"^\(?(photo|image|picture|video|foto|illustration|credit|source)s?\s*(:|/|credits?\b|by\b)|©", re.IGNORECASE
)
CAPTION_TAIL = re.compile(r"\((photo|image|video|foto)s?\s*[:/][^()]{1,60}\)\s*$", re.IGNORECASE)
INFOBOX = re.compile(r"^\W*infobox\b", re.IGNORECASE)
BRACKETED_NOTE = re.compile(r"^\([^()]{1,60}\)$")
NOTE_MAX_WORDS = 6
HANDLE = re.compile(r"^\(?@\w{2,}\)?$")
TIME = re.compile(r"\b\d{1,2}:\d\d(\s*[ap]\.?m\.?)?", re.IGNORECASE)
SHOUTED_MIN_WORDS = 4
DATE_LINE_MAX_LENGTH = 60
SHOUTED_UPPER_SHARE = 0.9


def content(line: str) -> str:
    """The line without bullets, bars and spaces around it."""
    return LEADER.sub("", line).strip()


def is_separator(line: str) -> bool:
    """A bare bullet, bar or dash: nothing a reader reads."""
    return re.search(r"\w", line) is None


def is_date_line(line: str) -> bool:
    """Only a date (and a time, a dash, a place before it): a page's stamp, not a sentence."""
    if len(line) > DATE_LINE_MAX_LENGTH:  # a prose paragraph: no need to read its dates
        return False
    found = find_dates(line)
    if len(found) != 1:
        return False
    rest = TIME.sub("", line[: found[0].start] + line[found[0].end :])
    return re.fullmatch(r"[\s,|/–—-]*(?:[A-Z][\w'’.-]*[\s,|/–—-]*){0,2}", rest) is not None


def is_stamp(line: str) -> bool:
    """ "Last updated: ...", "Published 3 May": with a date, or short enough to be nothing else."""
    return STAMP.search(line) is not None and (find_dates(line) != [] or len(line) <= STAMP_WITHOUT_DATE_MAX)


def is_call_to_action(line: str) -> bool:
    """ "Follow us on ...", "SUBSCRIBE TO OUR NEWSLETTER!": short, and asking the reader to act."""
    return (
        len(line) <= CALL_MAX_LENGTH
        and CALL.search(line) is not None
        and (_shouted(line) or not _ends_sentence(line) or line.endswith("!"))
    )


def is_shouted_exclamation(line: str) -> bool:
    """A whole line in capitals that exclaims: an advert or a call, never reporting."""
    return line.endswith("!") and len(line.split()) >= SHOUTED_MIN_WORDS and _shouted(line)


def is_caption(line: str) -> bool:
    """ "Photo: ...", "Image credit ...", "© Agency", or a line ending in "(Photo: ...)"."""
    return CAPTION.search(line) is not None or CAPTION_TAIL.search(line) is not None


def is_bracketed_note(line: str) -> bool:
    """A short line wholly in brackets: "(As delivered)", "(@handle)", "(Video)"."""
    return BRACKETED_NOTE.match(line) is not None and len(line.split()) <= NOTE_MAX_WORDS


def _shouted(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 10 and sum(c.isupper() for c in letters) >= SHOUTED_UPPER_SHARE * len(letters)


def _ends_sentence(line: str) -> bool:
    return re.search(r"[.!?…\"”’)]$", line) is not None


SHAPE_RULES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("separator", is_separator),
    ("infobox", lambda line: INFOBOX.search(line) is not None),
    ("breadcrumb", lambda line: BREADCRUMB.search(line) is not None),
    ("stamp", is_stamp),
    ("byline", lambda line: byline_date(line) is not None),
    ("date_line", is_date_line),
    ("handle", lambda line: HANDLE.match(line) is not None),
    ("note", is_bracketed_note),
    ("call_to_action", is_call_to_action),
    ("call_to_action", is_shouted_exclamation),
    ("caption", is_caption),
    ("teaser", lambda line: TRUNCATED.search(line) is not None),
)


def shape_reason(line: str) -> str | None:
    """The first rule that calls the line chrome, by name, or None for a line of the article."""
    stripped = content(line)
    return next((name for name, rule in SHAPE_RULES if rule(stripped)), None)
