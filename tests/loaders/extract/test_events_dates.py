"""Which date expression dates which trigger: the clause's own, the sentence's frame, the publication."""

import pytest

from eastflank.loaders.extract.dates import PartialDate, tag_dates
from eastflank.loaders.extract.events.dates import (
    EventDate,
    clause_dates,
    co_temporal_date,
    frame_date,
    publication_date,
)
from eastflank.loaders.extract.events.lexicon import load_event_lexicon
from eastflank.loaders.extract.events.triggers import Hit, find_hits

PUBLISHED = PartialDate(2024, 5, 10)


def first_hit(text: str, word: str) -> Hit:
    return next(h for h in find_hits(text, 0, len(text), load_event_lexicon(), ()) if text[h.start : h.end] == word)


def dated(text: str, word: str) -> list[tuple[str | None, str | None, str | None]]:
    found = clause_dates(text, first_hit(text, word), tag_dates(text, PUBLISHED))
    return [(d.start, d.end, d.precision) for d in found]


@pytest.mark.parametrize(
    "text, word, want",
    [
        ("The ministers met on 3 March 2024 and talks resume in 2026.", "met", [("2024-03-03", "2024-03-03", "day")]),
        (
            "The drills, which began on 8 April 2024, ended on 12 April 2024.",
            "drills",
            [("2024-04-08", "2024-04-12", "day")],
        ),
        (
            "Milestones in 2027 and 2028 mark the operationalisation of the plan.",
            "operationalisation",
            [("2027", "2028", "year")],
        ),
        ("The exercise ran from 8 to 19 September 2023.", "exercise", [("2023-09-08", "2023-09-19", "day")]),
        ("Talks start from 2025.", "Talks", [("2025", None, "year")]),
        (
            "Finland (April 2023) and Sweden (March 2024) joined.",
            "joined",
            [("2023-04", "2023-04", "month"), ("2024-03", "2024-03", "month")],
        ),
        ("The ministers will meet in Sofia in spring 2025.", "meet", [("2025", "2025", "year")]),
        ("The next meeting takes place in winter 2024.", "meeting", [("2024", "2025", "year")]),
    ],
)
def test_clause_dates(text: str, word: str, want: list[tuple[str | None, str | None, str | None]]) -> None:
    got = dated(text, word)
    assert got == want, got


@pytest.mark.parametrize(
    "text, want",
    [
        ("In May 2023, officials described the plan.", [("2023-05", "2023-05", "month")]),
        ("The minister, speaking on 6 May 2024, said the aid was welcome.", [("2024-05-06", "2024-05-06", "day")]),
        ("The minister said on 6 May 2024 that the aid was welcome.", [("2024-05-06", "2024-05-06", "day")]),
        ("The minister said the aid will arrive in June 2024.", []),
        (
            "In 2023 the European Union paid for the training of border guards in the east, an official said in public.",
            [],
        ),
    ],
)
def test_a_speech_verb_is_dated_only_by_a_date_near_it(
    text: str, want: list[tuple[str | None, str | None, str | None]]
) -> None:
    word = next(w for w in ("described", "said") if w in text)
    got = dated(text, word)
    assert got == want, got


def test_a_date_opening_the_sentence_frames_it() -> None:
    text = "In 2008, the allies met, and Georgia was invited."
    found = find_hits(text, 0, len(text), load_event_lexicon(), ())
    got = frame_date(text, (0, len(text)), (0, 23), found, tag_dates(text, PUBLISHED), load_event_lexicon())
    assert (got.start, got.source) == ("2008", "text") if got is not None else False, got


def test_a_named_summit_the_text_does_not_date_frames_its_sentence_undated() -> None:
    text = "At the Bucharest Summit, the allies invited Albania."
    found = find_hits(text, 0, len(text), load_event_lexicon(), ())
    got = frame_date(text, (0, len(text)), (0, len(text)), found, [], load_event_lexicon())
    assert got == EventDate(None, None, None, "text"), got


def test_a_year_in_brackets_after_a_named_summit_frames_its_sentence() -> None:
    text = "At the Bucharest Summit (2008), the allies invited Albania."
    found = find_hits(text, 0, len(text), load_event_lexicon(), ())
    got = frame_date(text, (0, len(text)), (0, len(text)), found, tag_dates(text, PUBLISHED), load_event_lexicon())
    assert (got.start, got.precision) == ("2008", "year") if got is not None else False, got


def test_at_the_same_time_takes_the_last_date_before_the_sentence() -> None:
    text = "In May 2023 NATO met. In June 2023 it met again. At the same time, the EU spoke."
    earlier = [e for e in tag_dates(text, PUBLISHED) if e.end_char <= 48]
    got = co_temporal_date(text, (48, len(text)), earlier[-1])
    assert (got.start, got.source) == ("2023-06", "text") if got is not None else False, got


@pytest.mark.parametrize(
    "published, want",
    [
        ("2024-05-10", EventDate("2024-05-10", "2024-05-10", "day", "publication")),
        (None, EventDate(None, None, None, "publication")),
    ],
)
def test_publication_date(published: str | None, want: EventDate) -> None:
    got = publication_date(published)
    assert got == want, got
