"""Rules for times of day: "3 p.m.", "noon", "this morning", "last night", "10 p.m. Wednesday", "Friday evening",
"by mid-afternoon", "4 in the morning", "at 14:00", "0800 GMT".

TimeML writes a clock time after its day (2013-03-22T14:00) and a part of the day as a
two-letter code (TMO morning, TAF afternoon, TEV evening, TNI night). A clock time or part of
the day alone is on the anchor's day; written next to a day ("noon Thursday", "Friday night")
it is on that day, which `join_times` reads after the rules have found both. The ISO value
stays the day: the dataset dates to the day, no finer.
"""

import re
from dataclasses import replace
from datetime import date, timedelta

from eastflank.loaders.extract.dates.lexicon import MODIFIERS, opening
from eastflank.loaders.extract.dates.model import PartialDate
from eastflank.loaders.extract.dates.reading import (
    Anchoring,
    Candidate,
    Gate,
    Meaning,
    Reading,
    Rule,
    relative,
    transformed,
)

PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
                "overnight": "NI", "midday": "T12:00", "noon": "T12:00", "midnight": "T24:00"}  # fmt: skip
ZONE = r"(?:\s+(?:[ECMP][SD]T|GMT|UTC|CET|CEST|EET|EEST|BST)\b)?"
CLOCK = (  # "3 p.m.", "10:35 a.m. EST", "noon"; a bare "14:00" is too often a score or a ratio
    rf"{opening('0-9nNmM')}(?:(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<half>[aApP])\.?\s?[mM]\b\.?"
    rf"|(?P<word>(?i:noon|midnight|midday))\b){ZONE}"
)
DAY_PART = (  # "this morning", "tonight", "last night", "yesterday afternoon", "overnight"
    rf"{opening('tTlLyYoOmM')}(?:(?P<deixis>(?i:this|last|yesterday|tomorrow|early\s+this|late\s+this|later\s+this"
    r"|earlier\s+this))\s+(?P<part>(?i:morning|afternoon|evening|night))|(?P<alone>(?i:tonight|overnight)))\b"
)
PART_OF_THE_DAY_TOLD = (  # "mid-afternoon", "late morning yesterday", "4 in the morning"
    rf"{opening('eElLmMtT0-9')}(?:(?P<mod>(?i:early|late|mid))[-\s]?(?P<part>(?i:morning|afternoon|evening))"
    r"(?:\s+(?P<deixis>(?i:yesterday|today|tomorrow)))?"
    r"|(?P<hour>1[0-2]|[1-9])\s+(?i:in\s+the)\s+(?P<hour_part>(?i:morning|afternoon|evening)))\b(?![-'’]\w)"
)
TOLD_DAY_PART = (  # "the next morning", "that night", "the previous evening": a part of the day the text tells of
    rf"{opening('tT')}(?i:(?:the\s+(?P<dir>next|following|previous)|(?P<same>that|the\s+same))\s+"
    r"(?P<part>morning|afternoon|evening|night))\b(?![-'’]\w)"
)
LOCAL_TIME = r"\s+(?:(?i:local)|[A-Z][a-z]+)\s+time\b"
"""A time zone said in words: "local time", "Kyiv time"."""
CLOCK_24_AT = r"(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?::[0-5]\d)?(?![\d:]|[.,]\d|\s*[aApP]\.?\s?[mM]\b)"
"""A clock time on the 24-hour clock ("14:00", "08:30:15"): read as one only where a word around says it is a
time (`CLOCK_24`, `CLOCK_24_ZONED`), since "3:15" alone is as often a score, a ratio or a verse."""
CLOCK_24 = (  # "at 14:00", "from 22:00 to 06:00", "between 07:00 and 21:00", "22:00-06:00", "3.03.2022 14:35"
    r"(?:\b(?i:at|from|until|till|by|before|after|since|around|about|between|as\s+of)\s+"
    r"|(?<=\d:\d\d\s(?i:to)\s)|(?<=\d:\d\d\s(?i:and)\s)|(?<=\d:\d\d[-–])"
    r"|(?<![\w:.,])(?=\d\d?:\d\d(?:[-–]|\s+(?i:to|and)\s+)\d\d?:\d\d)"
    r"|(?<=\d{4}\s)|(?<=\d{4},\s)|(?<=\d-\d\dT))"
    rf"(?P<date>{CLOCK_24_AT}{ZONE})"
)
CLOCK_24_ZONED = (  # "19:00 GMT", "03:15 Kyiv time", "14:00 local time": the zone says it is a time
    rf"(?<![\w:.,])(?P<date>{CLOCK_24_AT}(?:{ZONE.removesuffix('?')}|(?={LOCAL_TIME})))"
)
MILITARY_TIME = (
    r"(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?:(?P<zone>GMT|UTC|Zulu)\b|(?i:hrs|hours)\b"
    rf"|(?P<local>{LOCAL_TIME}))"
)
MILITARY_CLOCK = (  # "0800 GMT", "0600 local time", "at 1400 hours": four digits are a time only with a zone, or
    # "hours" after "at"
    rf"(?:\b(?P<at>(?i:at|from|until|by|before|after|around))\s+)?(?<![\w:.,])(?P<date>{MILITARY_TIME})"
)
CLOCK_24_WRITTEN = re.compile(rf"{CLOCK_24_AT}{ZONE}")
MILITARY_WRITTEN = re.compile(MILITARY_TIME)
"""24-hour clock times as their rules tag them, read again when a day after joins them ("14:00 on Tuesday")."""
PART_AFTER = re.compile(r"\s+(?:(?i:early|late)\s+)?(?P<part>(?i:morning|afternoon|evening|night))\b")
CLOCK_RANGE_GAP = re.compile(r"\s*[-–—]\s*|\s+(?i:to|until|till|and)\s+")
CLOCK_BEFORE_DAY = re.compile(rf"(?:{LOCAL_TIME})?\s*,?\s*(?:(?i:on)\s+)?")
NAMES_A_DAY = re.compile(r"\d|(?i:day)\b")  # "Thursday", "today", "Nov. 6"
TIME_GATE = Gate(("m.", "am", "pm", "noon", "midnight", "midday", "morning", "afternoon", "evening", "night"),
                 lowered=True)  # fmt: skip
DAY_PART_GATE = Gate(("morning", "afternoon", "evening", "night"), folded=True)
"""A part of the day, which the day-part rule cannot match without ("tonight" holds "night"); most "am" is in "program"."""
CLOCK_GATE = Gate(("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "noon", "midnight", "midday"), folded=True)
"""What a clock time cannot match without: an hour is written in ASCII digits, else it is one of the three words.
Half of the paragraphs that open TIME_GATE ("program", "same") hold neither."""
COLON_GATE = Gate((":0", ":1", ":2", ":3", ":4", ":5"))
"""A 24-hour clock time holds a colon before its minutes; most colons in news open a quotation or a list."""
MILITARY_GATE = Gate(("gmt", "utc", "zulu", "hours", "hrs", " time"), lowered=True)
DAY_SHIFT = {"last": -1, "yesterday": -1, "tomorrow": 1}


def clock_suffix(match: re.Match[str]) -> str:
    """ "T14:00" for "2 p.m.", "T12:00" for "noon"."""
    if match["word"] is not None:
        return PARTS_OF_DAY[match["word"].lower()]
    hour = int(match["hour"]) % 12 + (12 if match["half"].lower() == "p" else 0)
    return f"T{hour:02d}:{match['minute'] or '00'}"


def _on_day(suffix: str, days: int = 0, anchoring: Anchoring = "deictic") -> Reading:
    def build(anchor: PartialDate) -> Meaning | None:
        if anchor.month is None or anchor.day is None:
            return None
        day = date(anchor.year, anchor.month, anchor.day) + timedelta(days=days)
        value = PartialDate(day.year, day.month, day.day)
        return Meaning(value, timex_type="TIME", timex=value.iso() + suffix)

    return relative(anchoring, build)


def read_clock(match: re.Match[str]) -> Reading | None:
    """A clock time on the day the text last named ("the shot was fired on Oct. 23 ... at 10 p.m."), else
    on the day of writing."""
    return _on_day(clock_suffix(match), anchoring="anaphoric")


def read_clock_24(match: re.Match[str]) -> Reading | None:
    """ "at 14:00" is T14:00 on the day the text last named, as a clock time with "p.m." is."""
    return _on_day(_hour_and_minute(match), anchoring="anaphoric")


def read_military_clock(match: re.Match[str]) -> Reading | None:
    """ "0800 GMT", "at 1400 hours", "0600 local time"; "1400 hours" with neither a zone nor "at" is a count of
    hours."""
    return None if match["zone"] is None and match["local"] is None and match["at"] is None else read_clock_24(match)


def _hour_and_minute(match: re.Match[str]) -> str:
    return f"T{int(match['hour']):02d}:{match['minute']}"


def read_day_part(match: re.Match[str]) -> Reading | None:
    """ "this morning" is TMO on the anchor's day, "last night" TNI the day before; "overnight" is the night
    that led into the day the text tells of ("shares fell Friday after overnight losses abroad")."""
    if match["alone"] is not None:
        if match["alone"].lower() == "overnight":
            return _on_day("TNI", -1, anchoring="anaphoric")
        return _on_day("TNI")
    deixis = match["deixis"].lower().split()[-1] if match["deixis"].lower() != "last" else "last"
    return _on_day("T" + PARTS_OF_DAY[match["part"].lower()], DAY_SHIFT.get(deixis, 0))


def read_part_of_the_day_told(match: re.Match[str]) -> Reading | None:
    """A part of the day on the day the text is telling of, like a clock time: "by mid-afternoon", "at 4 in the
    morning"; on the day named after it in "mid-afternoon yesterday". A bare "in the morning" is left out: it is
    as often a habit ("the shop opens in the morning") and gives an event no day."""
    part = (match["part"] or match["hour_part"]).lower()
    if match["hour"] is not None:
        hour = int(match["hour"]) % 12 + (0 if part == "morning" else 12)
        suffix = f"T{hour:02d}:00"
    else:
        suffix = "T" + PARTS_OF_DAY[part]
    if match["deixis"] is not None:
        reading = _on_day(suffix, DAY_SHIFT.get(match["deixis"].lower(), 0))
    else:
        reading = _on_day(suffix, anchoring="anaphoric")
    word = match["mod"]
    if word is None:
        return reading
    modifier = MODIFIERS[word.lower()]
    return transformed(reading, lambda meaning: replace(meaning, modifier=modifier))


def read_told_day_part(match: re.Match[str]) -> Reading | None:
    """A part of the day the text last named ("He landed on Monday; that night ..."), or of the day after or
    before it: it counts from the story's day, not the day of writing."""
    direction = match["dir"]
    days = 0 if direction is None else -1 if direction.lower() == "previous" else 1
    return _on_day("T" + PARTS_OF_DAY[match["part"].lower()], days, anchoring="anaphoric")


def join_times(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """ "10 p.m. Wednesday", "14:00 local time on Sunday" and "Friday evening" are one TIME on that day."""
    joined: list[Candidate] = []
    for candidate in candidates:
        previous = joined[-1] if joined else None
        suffix = None if previous is None else _clock_before_day(text, previous, candidate)
        if previous is not None and suffix is not None:
            joined[-1] = replace(previous, end=candidate.end, reading=_at(candidate.reading, suffix), timex_type="TIME")
            _share_the_day(text, joined, candidate)
            continue
        joined.append(_with_part_of_day(text, candidate))
    return joined


def _share_the_day(text: str, joined: list[Candidate], day: Candidate) -> None:
    """ "from 3 p.m. to 5 p.m. on Monday": the first clock time of a range is on the day its second was joined to."""
    if len(joined) < 2:
        return
    first, second = joined[-2], joined[-1]
    if first.timex_type != "TIME":
        return
    suffix = _written_clock_suffix(text[first.start : first.end])
    if suffix is not None and CLOCK_RANGE_GAP.fullmatch(text, first.end, second.start) is not None:
        joined[-2] = replace(first, reading=_at(day.reading, suffix))


def _clock_before_day(text: str, clock: Candidate, day: Candidate) -> str | None:
    """The clock's TIMEX3 suffix ("T22:00") when a clock time stands right before a day ("noon Thursday",
    "5 p.m. EST, Nov. 6", "21:00 local time on Sunday"), not before "now"."""
    if (
        clock.timex_type != "TIME"
        or day.timex_type != "DATE"
        or CLOCK_BEFORE_DAY.fullmatch(text, clock.end, day.start) is None
        or NAMES_A_DAY.search(text, day.start, day.end) is None
    ):
        return None
    return _written_clock_suffix(text[clock.start : clock.end])


def _written_clock_suffix(written: str) -> str | None:
    """ "T14:00" for "2 p.m.", "14:00 GMT" or "1400 hours", "T12:00" for "noon"; None for no clock time."""
    match = re.fullmatch(CLOCK, written)
    if match is not None:
        return clock_suffix(match)
    match = CLOCK_24_WRITTEN.fullmatch(written) or MILITARY_WRITTEN.fullmatch(written)
    return None if match is None else _hour_and_minute(match)


def _with_part_of_day(text: str, candidate: Candidate) -> Candidate:
    if candidate.timex_type != "DATE":
        return candidate
    after = PART_AFTER.match(text, candidate.end)
    if after is None:
        return candidate
    suffix = "T" + PARTS_OF_DAY[after["part"].lower()]
    return replace(candidate, end=after.end(), reading=_at(candidate.reading, suffix), timex_type="TIME")


def _at(reading: Reading, suffix: str) -> Reading:
    """A day's reading at a time of that day; a reading coarser than a day is left as it is."""

    def change(meaning: Meaning) -> Meaning:
        if meaning.value.precision != "day" or meaning.kind != "date":
            return meaning
        return replace(meaning, timex_type="TIME", timex=meaning.value.iso() + suffix)

    return transformed(reading, change)


TIME_RULES = [
    Rule(re.compile(CLOCK), (TIME_GATE, CLOCK_GATE), read_clock, timex_type="TIME"),
    Rule(re.compile(CLOCK_24), (COLON_GATE,), read_clock_24, timex_type="TIME"),
    Rule(re.compile(CLOCK_24_ZONED), (COLON_GATE,), read_clock_24, timex_type="TIME"),
    Rule(re.compile(MILITARY_CLOCK), (MILITARY_GATE,), read_military_clock, timex_type="TIME"),
    Rule(re.compile(DAY_PART), (TIME_GATE, DAY_PART_GATE), read_day_part, timex_type="TIME"),
    Rule(re.compile(PART_OF_THE_DAY_TOLD), (TIME_GATE, DAY_PART_GATE), read_part_of_the_day_told, timex_type="TIME"),
    Rule(re.compile(TOLD_DAY_PART), (TIME_GATE, DAY_PART_GATE), read_told_day_part, timex_type="TIME"),
]
