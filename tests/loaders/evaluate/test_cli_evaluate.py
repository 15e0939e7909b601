"""`eastflank evaluate GOLD`: scores on stdout, a one-line error for bad gold."""

import json
from pathlib import Path

from typer.testing import CliRunner

from eastflank.loaders.cli import app
from eastflank.loaders.evaluate.evaluation import evaluation_rows

ARTICLE = "Moldova and Romania signed a deal.\n"
GOLD = """\
source: a.txt
publication_date: null
mentions:
  - {start: 0, end: 7, text: Moldova, type: country, entity: Moldova}
events: []
quotes: []
programmes: []
amounts: []
citations: []
"""


def gold_folder(root: Path, gold: str = GOLD) -> Path:
    folder = root / "seeds"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "a.yml").write_text(gold, encoding="utf-8")
    return root


def test_json_output_is_the_published_rows(tmp_path: Path) -> None:
    root = gold_folder(tmp_path)
    result = CliRunner().invoke(app, ["evaluate", str(root), "--format", "json"])
    assert result.exit_code == 0, result.output
    got = json.loads(result.stdout)
    assert got == evaluation_rows(root), got


def test_table_output_has_a_row_per_kind(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["evaluate", str(gold_folder(tmp_path))], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    got = [line.split("│")[2].strip() for line in result.stdout.splitlines() if line.startswith("│ seeds")]
    want = [
        "mentions",
        "mention_entities",
        "events",
        "event_dates",
        "quotes",
        "quote_speakers",
        "amounts",
        "citations",
        "programmes",
    ]
    assert got == want, result.stdout


def test_bad_gold_gives_a_one_line_error(tmp_path: Path) -> None:
    root = gold_folder(tmp_path, GOLD.replace("type: country", "type: nation"))
    result = CliRunner().invoke(app, ["evaluate", str(root)])
    assert result.exit_code == 1, result.output
    got = result.stderr.strip()
    want = (
        f"error: {root / 'seeds' / 'a.yml'}:4: mentions entry 1 has `type: 'nation'`. "
        "Fix: use one of person, organization, country, location, programme"
    )
    assert got == want, got
