"""`eastflank dates`: the tagger from the command line, on text written for this test."""

import json

from typer.testing import CliRunner

from eastflank.loaders.cli import app

TEXT = "The frigate left port last Tuesday.\n\nIt patrols every week and returns in 2027-2028.\n"


def test_json_lines_from_standard_input() -> None:
    result = CliRunner().invoke(app, ["dates", "-", "--anchor", "2025-03-05"], input=TEXT)
    assert result.exit_code == 0, result.output
    got = [json.loads(line) for line in result.stdout.splitlines()]
    want = [
        {"start": 22, "end": 34, "text": "last Tuesday", "type": "DATE", "value": "2025-03-04", "iso_value": "2025-03-04",
         "iso_end_value": None, "kind": "date", "precision": "day", "anchor": "publication", "anchor_value": "2025-03-05",
         "parts": []},
        {"start": 48, "end": 58, "text": "every week", "type": "SET", "value": "P1W", "iso_value": "2025-03-05",
         "iso_end_value": None, "kind": "date", "precision": "day", "anchor": "publication", "anchor_value": "2025-03-05",
         "parts": []},
        {"start": 74, "end": 83, "text": "2027-2028", "type": "DATE", "value": None, "iso_value": "2027",
         "iso_end_value": "2028", "kind": "range", "precision": "year", "anchor": "absolute", "anchor_value": None,
         "parts": [{"start": 74, "end": 78, "text": "2027", "type": "DATE", "value": "2027"},
                   {"start": 79, "end": 83, "text": "2028", "type": "DATE", "value": "2028"}]},
    ]  # fmt: skip
    assert got == want, got


def test_timeml_from_a_file(tmp_path) -> None:
    source = tmp_path / "article.txt"
    source.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["dates", str(source), "--anchor", "2025-03-05", "--timeml"])
    assert result.exit_code == 0, result.output
    want = (
        'The frigate left port <TIMEX3 tid="t1" type="DATE" value="2025-03-04">last Tuesday</TIMEX3>.\n\n'
        'It patrols <TIMEX3 tid="t2" type="SET" value="P1W">every week</TIMEX3> and returns in '
        '<TIMEX3 tid="t3" type="DATE" value="2027">2027</TIMEX3>-<TIMEX3 tid="t4" type="DATE" value="2028">2028</TIMEX3>.\n'
    )
    assert result.stdout == want, result.stdout


def test_a_bad_anchor_is_refused() -> None:
    result = CliRunner().invoke(app, ["dates", "-", "--anchor", "5 March"], input=TEXT)
    assert result.exit_code == 2, result.output
    assert "YYYY-MM-DD" in result.output, result.output
