"""Format checks for the hand-made gold annotations (seeds/gold/**/*.yml).

The format is specified in seeds/gold/FORMAT.md. These tests check only that every
gold file is well formed and consistent with its source article; they say nothing
about the extraction code.
"""

import itertools
import re

import pytest
import yaml

from eastflank.loaders.paths import GOLD_DIR
from eastflank.loaders.paths import PROJECT_ROOT as REPO

GOLD_FILES = sorted(GOLD_DIR.rglob("*.yml"))

TOP_KEYS = {"source", "publication_date", "mentions", "events", "quotes", "programmes", "amounts", "citations"}
MENTION_TYPES = {"person", "organization", "country", "location", "programme"}
EVENT_TYPES = {
    "summit",
    "conference",
    "forum",
    "meeting",
    "press_conference",
    "visit",
    "statement",
    "decision",
    "agreement",
    "invitation",
    "accession",
    "assistance_package",
    "programme_change",
    "election",
    "exercise",
    "deployment",
    "ceremony",
}
ROLES = {"host", "organiser", "speaker", "subject", "partner", "participant", "invitee", "chair"}
DATE_SOURCES = {"text", "publication"}
MODALITIES = {"happened", "planned"}
PRECISION_OF_SHAPE = [
    (re.compile(r"\d{4}"), "year"),
    (re.compile(r"\d{4}-(0[1-9]|1[0-2])"), "month"),
    (re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"), "day"),
]


def shape(date):
    """Precision implied by the shape of an ISO date string (None for null)."""
    if date is None:
        return None
    for rx, precision in PRECISION_OF_SHAPE:
        if rx.fullmatch(date):
            return precision
    return "malformed: " + repr(date)


def read_text(path):
    return path.read_text(encoding="utf-8").lstrip("\ufeff").replace("\r\n", "\n")


def load(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    source = (path.parent / data["source"]).resolve()
    return data, read_text(source)


def ids(paths):
    return [str(p.relative_to(GOLD_DIR)) for p in paths]


gold = pytest.mark.parametrize("path", GOLD_FILES, ids=ids(GOLD_FILES))


def test_gold_files_exist():
    got = len(list((GOLD_DIR / "seeds").glob("*.yml"))) > 0
    assert got == True, got


def test_every_seed_article_has_a_gold_file():
    seeds = sorted(p.stem for p in (REPO / "seeds").glob("*.txt"))
    got = sorted(p.stem for p in (GOLD_DIR / "seeds").glob("*.yml"))
    assert got == seeds, got


@gold
def test_parses_with_expected_keys(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    got = isinstance(data, dict)
    assert got == True, type(data)
    got = sorted(TOP_KEYS - set(data))
    assert got == [], got
    got = sorted(set(data) - TOP_KEYS)
    assert got == [], got
    for key in TOP_KEYS - {"source", "publication_date"}:
        got = isinstance(data[key], list)
        assert got == True, (key, data[key])


@gold
def test_source_exists(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    source = path.parent / data["source"]
    got = source.is_file()
    assert got == True, str(source)


@gold
def test_publication_date_shape(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    got = shape(data["publication_date"])
    assert got in {None, "year", "month", "day"}, got


@gold
def test_spans_slice_to_text(path):
    data, text = load(path)
    for section in ("mentions", "amounts", "citations"):
        for row in data[section]:
            got = text[row["start"] : row["end"]]
            assert got == row["text"], (section, row, got)


@gold
def test_quote_and_event_spans_within_text(path):
    data, text = load(path)
    for section in ("quotes", "events"):
        for row in data[section]:
            got = 0 <= row["start"] < row["end"] <= len(text)
            assert got == True, (section, row, len(text))


@gold
def test_mention_types_and_entities(path):
    data, _ = load(path)
    for m in data["mentions"]:
        got = m["type"]
        assert got in MENTION_TYPES, m
        got = isinstance(m["entity"], str) and m["entity"].strip() != ""
        assert got == True, m


@gold
def test_mentions_do_not_overlap(path):
    data, _ = load(path)
    spans = sorted((m["start"], m["end"], m["text"]) for m in data["mentions"])
    got = [(a, b) for a, b in itertools.pairwise(spans) if b[0] < a[1]]
    assert got == [], got


@gold
def test_event_vocabularies(path):
    data, _ = load(path)
    for ev in data["events"]:
        got = ev["type"]
        assert got in EVENT_TYPES, ev
        got = ev["date_source"]
        assert got in DATE_SOURCES, ev
        got = ev["modality"]
        assert got in MODALITIES, ev
        got = isinstance(ev["name"], str) and ev["name"].strip() != ""
        assert got == True, ev
        got = ev["location"] is None or isinstance(ev["location"], str)
        assert got == True, ev
        for p in ev["participants"]:
            got = p["role"]
            assert got in ROLES, (ev["name"], p)
            got = isinstance(p["entity"], str) and p["entity"].strip() != ""
            assert got == True, (ev["name"], p)


@gold
def test_event_precision_matches_date_shape(path):
    data, _ = load(path)
    for ev in data["events"]:
        got = shape(ev["date"])
        assert got == ev["precision"], (ev["name"], ev["date"], ev["precision"])
        if "end_date" in ev:
            got = shape(ev["end_date"])
            assert got == ev["precision"], (ev["name"], ev["end_date"], ev["precision"])
            got = ev["end_date"] >= ev["date"]
            assert got == True, (ev["name"], ev["date"], ev["end_date"])


@gold
def test_quotes_have_speakers(path):
    data, _ = load(path)
    for q in data["quotes"]:
        got = isinstance(q["speaker"], str) and q["speaker"].strip() != ""
        assert got == True, q


@gold
def test_programmes_well_formed(path):
    data, _ = load(path)
    for p in data["programmes"]:
        got = isinstance(p["name"], str) and p["name"].strip() != ""
        assert got == True, p
        for key in ("start_year", "end_year"):
            got = p.get(key) is None or isinstance(p[key], int)
            assert got == True, (key, p)
        if p.get("start_year") is not None and p.get("end_year") is not None:
            got = p["start_year"] <= p["end_year"]
            assert got == True, p


@gold
def test_amounts_well_formed(path):
    data, _ = load(path)
    for a in data["amounts"]:
        got = isinstance(a["value"], (int, float)) and a["value"] > 0
        assert got == True, a
        got = bool(re.fullmatch(r"[A-Z]{3}", str(a["currency"])))
        assert got == True, a


@gold
def test_citations_are_bracketed(path):
    data, _ = load(path)
    for c in data["citations"]:
        got = c["text"]
        assert got == "[" + c["label"] + "]", c
