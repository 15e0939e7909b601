"""Lines far longer than a paragraph are found, numbered from 1, in one pass."""

from pathlib import Path

from eastflank.loaders.build_warnings import BuildReport
from eastflank.loaders.ingest.long_lines import LONG_LINE, long_lines, warn_long_lines


def test_long_lines_are_numbered_with_their_length() -> None:
    text = "Title\n" + "a" * 30 + "\n\nshort\n" + "b" * 25
    assert long_lines(text, limit=20) == [(2, 30), (5, 25)]
    assert long_lines("one\ntwo\n", limit=20) == []


def test_one_warning_names_the_file_and_its_longest_line(tmp_path: Path) -> None:
    report = BuildReport()
    text = "Title\n" + "word " * 5_000 + "\n" + "word " * 6_000
    warn_long_lines(tmp_path / "flat.txt", text, report)
    want = [
        (
            LONG_LINE,
            f"{tmp_path / 'flat.txt'}: line 3 is 30,000 characters long and 1 more over 20,000; it is stored whole, "
            "but extraction reads text without full stops in pieces, so break the text into paragraphs",
        )
    ]
    assert report.warnings == want, report.warnings
