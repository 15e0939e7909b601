"""Loading gold files: a good one becomes dataclasses; a bad one is refused naming the file and line."""

from pathlib import Path

import pytest

from eastflank.loaders.errors import GoldError
from eastflank.loaders.evaluate.gold import gold_files, load_gold
from eastflank.loaders.evaluate.gold_items import GoldEvent, GoldMention, GoldParticipant, GoldProgramme, GoldQuote

ARTICLE = 'NATO and Moldova met in Chisinau in May 2023.\n"We will stand together," Stoltenberg said.\n'
GOOD = """\
source: article.txt
publication_date: '2023-06'
mentions:
  - {start: 0, end: 4, text: NATO, type: organization, entity: North Atlantic Treaty Organization}
  - {start: 9, end: 16, text: Moldova, type: country, entity: Moldova}
events:
  - name: NATO-Moldova meeting
    type: meeting
    start: 0
    end: 45
    date: 2023-05
    precision: month
    date_source: text
    modality: happened
    location: Chisinau
    participants: [{entity: Moldova, role: participant}]
quotes:
  - {start: 47, end: 70, speaker: Jens Stoltenberg}
programmes:
  - {name: Partnership for Peace, acronym: PfP, start_year: 1994}
amounts: []
citations: []
"""


def write_gold(folder: Path, yaml_text: str, name: str = "article.yml") -> Path:
    """The article and a gold file for it, side by side in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    path = folder / name
    path.write_text(yaml_text, encoding="utf-8")
    return path


def test_a_good_file_loads_into_dataclasses(tmp_path: Path) -> None:
    gold = load_gold(write_gold(tmp_path / "seeds", GOOD))
    assert gold.gold_set == "seeds", gold.gold_set
    assert gold.publication_date == "2023-06", gold.publication_date
    assert gold.text == ARTICLE, gold.text
    got = gold.mentions
    want = (
        GoldMention(0, 4, "NATO", "organization", "North Atlantic Treaty Organization"),
        GoldMention(9, 16, "Moldova", "country", "Moldova"),
    )
    assert got == want, got
    got_event = gold.events
    want_event = (
        GoldEvent(
            "NATO-Moldova meeting",
            "meeting",
            0,
            45,
            "2023-05",
            "month",
            None,
            "text",
            "happened",
            "Chisinau",
            (GoldParticipant("Moldova", "participant"),),
        ),
    )
    assert got_event == want_event, got_event
    assert gold.quotes == (GoldQuote(47, 70, "Jens Stoltenberg"),), gold.quotes
    got_programmes = gold.programmes
    assert got_programmes == (GoldProgramme("Partnership for Peace", "PfP", None, 1994, None, None),), got_programmes


def test_unquoted_yaml_dates_are_read_as_iso_text(tmp_path: Path) -> None:
    text = GOOD.replace("date: 2023-05\n    precision: month", "date: 2023-05-10\n    precision: day")
    gold = load_gold(write_gold(tmp_path, text.replace("publication_date: '2023-06'", "publication_date: 2023")))
    got = (gold.events[0].date, gold.publication_date)
    assert got == ("2023-05-10", "2023"), got


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "{start: 9, end: 16, text: Moldova,",
            "{start: 9, end: 15, text: Moldova,",
            ":5: mentions entry 2 has text 'Moldova' but the article has 'Moldov' at 9..15. Fix: recompute the offsets with a script",
        ),
        (
            "type: country",
            "type: nation",
            ":5: mentions entry 2 has `type: 'nation'`. Fix: use one of person, organization, country, location, programme",
        ),
        (
            "entity: Moldova}",
            "entity: Moldova, note: x}",
            ":5: mentions entry 2 has unknown fields ['note']. Fix: correct or remove them (see seeds/gold/FORMAT.md)",
        ),
        (
            "    precision: month",
            "    precision: day",
            ":7: events entry 1 has precision 'day' for date '2023-05' / end_date None. Fix: make precision the shape of the dates",
        ),
        (
            "    date_source: text\n",
            "",
            ":7: events entry 1 lacks `date_source`. Fix: add `date_source:` (see seeds/gold/FORMAT.md)",
        ),
        (
            "role: participant",
            "role: guest",
            ":16: events entry 1 participant has `role: 'guest'`. Fix: use one of host, organiser, speaker, subject, partner, participant, invitee, chair",
        ),
        (
            "{start: 47, end: 70,",
            "{start: 47, end: 700,",
            ":18: quotes entry 1 has span 47..700 outside the article (length 90). Fix: recompute the offsets with a script",
        ),
        (
            "start_year: 1994",
            "start_year: '1994'",
            ":20: programmes entry 1 has `start_year: '1994'`, not a whole number. Fix: give `start_year` as a whole number",
        ),
        (
            "citations: []",
            "citation: []",
            ":1: the file lacks `citations`. Fix: add `citations:` (see seeds/gold/FORMAT.md)",
        ),
        (
            "source: article.txt",
            "source: missing.txt",
            "which is not a file. Fix: give the article's path relative to the gold file",
        ),
    ],
)
def test_bad_files_are_refused_naming_file_and_line(tmp_path: Path, old: str, new: str, message: str) -> None:
    assert old in GOOD, old
    path = write_gold(tmp_path, GOOD.replace(old, new))
    with pytest.raises(GoldError) as caught:
        load_gold(path)
    got = str(caught.value)
    assert got.startswith(str(path)), got
    assert got.endswith(message), got


def test_yaml_syntax_errors_name_the_file(tmp_path: Path) -> None:
    path = write_gold(tmp_path, "source: [article.txt\n")
    with pytest.raises(GoldError) as caught:
        load_gold(path)
    got = str(caught.value)
    assert got.startswith(f"{path}:2: is not valid YAML"), got


def test_gold_files_walks_folders_recursively(tmp_path: Path) -> None:
    seed = write_gold(tmp_path / "seeds", GOOD)
    unseen = write_gold(tmp_path / "unseen" / "deeper", GOOD, "other.yml")
    got = gold_files(tmp_path)
    assert got == [seed, unseen], got
    got = gold_files(seed)
    assert got == [seed], got


@pytest.mark.parametrize(("make", "problem"), [(False, "does not exist"), (True, "holds no .yml gold files")])
def test_gold_files_refuses_missing_or_empty_folders(tmp_path: Path, make: bool, problem: str) -> None:
    folder = tmp_path / "gold"
    if make:
        folder.mkdir()
    with pytest.raises(GoldError) as caught:
        gold_files(folder)
    got = str(caught.value)
    assert got.startswith(f"{folder}: {problem}. Fix:"), got
