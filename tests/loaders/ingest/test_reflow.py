"""A hard-wrapped article reads as the same paragraphs, sentences and facts as its unwrapped copy."""

import re
import textwrap
from pathlib import Path

import pytest

from eastflank.loaders.extract.context import ExtractionContext, load_context
from eastflank.loaders.extract.document import extract_document
from eastflank.loaders.ingest.boilerplate import load_chrome_phrases
from eastflank.loaders.ingest.corpus import to_record
from eastflank.loaders.ingest.metadata import ArticleMetadata
from eastflank.loaders.ingest.paragraphs import split_paragraphs
from eastflank.loaders.ingest.reflow import paragraph_groups
from eastflank.loaders.paths import REFERENCE_DIR

CHROME = load_chrome_phrases(REFERENCE_DIR / "boilerplate.yml")
TITLE = "Allies open a training centre near the Black Sea"
PARAGRAPHS = [
    "CONSTANTA, 14.3.2023 – NATO and Romania opened a joint training centre for naval mine clearance on "
    "Tuesday, the Romanian defence ministry said in a statement published after the ceremony.",
    "The centre will train divers from Bulgaria, Romania and Turkey, and the first course starts in May 2023. "
    "Officials said the programme would cost about 12 million euros over four years.",
    "“This centre makes the Black Sea safer for every ship that sails it,” said Jens Stoltenberg, who "
    "attended the opening together with ministers from the three countries.",
]
FACT_TABLES = ("mentions", "temporal_expressions", "events", "quotes", "amounts")


def _article(width: int | None) -> str:
    bodies = [p if width is None else textwrap.fill(p, width) for p in PARAGRAPHS]
    return "\n\n".join([TITLE, *bodies]) + "\n"


@pytest.fixture(scope="module")
def context() -> ExtractionContext:
    return load_context()[1]


def test_wrapped_lines_are_one_paragraph_with_exact_offsets() -> None:
    for width in (None, 60, 72):
        text = _article(width)
        paragraphs = split_paragraphs(text, CHROME)
        got = [(p.kind, " ".join(p.text.split())) for p in paragraphs]
        want = [("title", TITLE), *[("body", p) for p in PARAGRAPHS]]
        assert got == want, (width, got)
        assert all(text[p.start_char : p.end_char] == p.text for p in paragraphs)


def test_wrapped_and_unwrapped_copies_give_the_same_facts_at_exact_spans(context: ExtractionContext) -> None:
    facts = {}
    for width in (None, 64):
        text = _article(width)
        rows = extract_document(to_record(Path("centre.txt"), text, ArticleMetadata()), context).tables
        paragraphs = {row["id"]: row for row in rows["paragraphs"]}
        assert all(text[p["start_char"] : p["end_char"]] == p["text"] for p in paragraphs.values())
        found = []
        for table in FACT_TABLES:
            for row in rows.get(table, []):
                paragraph = paragraphs[row["paragraph_id"]]
                piece = paragraph["text"][row["start_char"] : row["end_char"]]
                if "text" in row:
                    assert piece == row["text"], (table, piece, row)
                label = row.get("name") or row.get("value") or row.get("entity_id")
                found.append(
                    (table, paragraph["position"], row["start_char"], row["end_char"], " ".join(piece.split()), label)
                )
        facts[width] = sorted(found)
    assert facts[64] == facts[None], facts[64]
    assert len(facts[None]) > 10, facts[None]


def test_list_items_headings_and_datelines_are_not_joined() -> None:
    text = (
        "Readiness report\n"
        "Key findings\n"
        "- Air policing rotations were extended by the Allies for another\n"
        "- Two new battlegroups reached full strength during the winter and\n"
        "- Logistics hubs in Poland were expanded with new rail sidings and\n"
        "Brussels, 3 April 2024\n"
        "The report was presented to defence ministers and published online.\n"
    )
    got = [p.text for p in split_paragraphs(text, CHROME)]
    assert len(got) == 7, got


def test_a_headline_as_long_as_the_wrap_width_stays_its_own_paragraph() -> None:
    body = (
        "The committee met on a grey morning to weigh what the new treaty would\n"
        "mean for the small border towns, and its chair spoke for most of an hour\n"
        "before anyone asked about the cost of the roads and the bridges.\n"
    )
    headline = "Border Towns Weigh the Costs and Promises of the Regional Transport Treaty\n"
    text = body + headline + body
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    got = paragraph_groups(text, lines, [False] * len(lines), None)
    assert got == [[0, 1, 2], [3], [4, 5, 6]], got


def test_a_headline_wrapped_over_two_lines_is_one_paragraph() -> None:
    body = (
        "The committee met on a grey morning to weigh what the new treaty would\n"
        "mean for the small border towns, and its chair spoke for most of an hour\n"
        "before anyone asked about the cost of the roads and the bridges.\n"
    )
    headline = "Border Towns Weigh the Costs and Promises of the Regional Transport\nTreaty Signed by Three Neighbouring Governments on Friday\n"
    text = body + headline + body
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    got = paragraph_groups(text, lines, [False] * len(lines), None)
    assert got == [[0, 1, 2], [3, 4], [5, 6, 7]], got


def test_a_wrapped_line_full_of_names_still_runs_on() -> None:
    text = (
        "The drill tested how quickly the engineers could support the Joint Logistics\n"
        "Command Centre Staff, and the results were shared with the allied observers\n"
        "who had travelled from the Baltic states for the occasion last spring, and\n"
        "and sent to the Regional Defence Planning Council Secretariat Liaison Office\n"
        "Staff in the capital before the summer recess began in earnest there.\n"
    )
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    got = paragraph_groups(text, lines, [False] * len(lines), None)
    assert got == [[0, 1, 2, 3, 4]], got
