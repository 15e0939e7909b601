"""Bad input through the `eastflank build` command: one line on stderr naming the file, the
line where there is one, and the fix, and a non-zero exit; a duplicate article is a warning."""

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eastflank.loaders.cli import app
from eastflank.loaders.paths import SEEDS_DIR

SEED = sorted(SEEDS_DIR.glob("*.txt"))[0]


def run_build(corpus: Path, out: Path, *extra: str) -> tuple[int, str]:
    """Exit code and the error line(s) of stderr (progress bars may come before them)."""
    result = CliRunner().invoke(app, ["build", "--corpus", str(corpus), "--out", str(out), *extra])
    return result.exit_code, error_lines(result.stderr)


def error_lines(stderr: str) -> str:
    return "".join(line + "\n" for line in stderr.splitlines() if line.startswith("error:"))


def corpus_with(tmp_path: Path, name: str, content: bytes) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / SEED.name)
    (corpus / name).write_bytes(content)
    return corpus


@pytest.mark.parametrize(
    ("content", "want"),
    [
        (b"", "{path}: is empty. Fix: remove the file or give it the article's text"),
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "{path}: looks like a binary file (it contains NUL bytes). Fix: remove it from the corpus folder",
        ),
        (b"Title\nCaf\xe9\n", "{path}:2: is not valid UTF-8 (byte 9: b'\\xe9'). Fix: re-save the file as UTF-8"),
    ],
    ids=["empty", "binary", "invalid-utf8"],
)
def test_an_unreadable_article_fails_naming_it(tmp_path: Path, content: bytes, want: str) -> None:
    corpus = corpus_with(tmp_path, "bad.txt", content)
    code, stderr = run_build(corpus, tmp_path / "dist")
    assert code == 1, code
    assert stderr == "error: " + want.format(path=corpus / "bad.txt") + "\n", stderr
    assert not (tmp_path / "dist").exists()


def test_a_missing_corpus_folder_fails_naming_it(tmp_path: Path) -> None:
    code, stderr = run_build(tmp_path / "nowhere", tmp_path / "dist")
    assert code == 1, code
    assert (
        stderr
        == f"error: {tmp_path / 'nowhere'}: does not exist. Fix: pass --corpus the folder that holds the .txt articles\n"
    ), stderr


def test_bad_metadata_yaml_fails_naming_file_and_line(tmp_path: Path) -> None:
    corpus = corpus_with(tmp_path, "metadata.yml", f"articles:\n  - file: {SEED.name}\n    title: 'unclosed\n".encode())
    code, stderr = run_build(corpus, tmp_path / "dist")
    assert code == 1, code
    assert stderr.startswith(f"error: {corpus / 'metadata.yml'}:4: is not valid YAML ("), stderr
    assert stderr.endswith("Fix: correct the YAML syntax\n"), stderr


def break_reference(reference: Path, entry: str) -> tuple[Path, int]:
    """Append one entry to countries.yml; return the file and the entry's line."""
    path = reference / "countries.yml"
    text = path.read_text(encoding="utf-8")
    line = text.count("\n") + 1
    path.write_text(text + entry, encoding="utf-8")
    return path, line


@pytest.mark.parametrize(
    ("entry", "bad_line", "want"),
    [
        (
            "  - id: zz\n    name: Zedland\n    type: nation\n",
            0,
            "entry 'zz' has unknown type 'nation'. Fix: use one of person, organization, country, location, programme",
        ),
        ("  - id: zz\n    type: country\n", 0, "entry 'zz' lacks required field `name`. Fix: add `name:`"),
        (
            "  - id: zz\n    name: Zedland\n    type: country\n    aliases: [Moldova]\n",
            0,
            "alias 'Moldova' of 'zz' is also claimed by 'md' (countries.yml:{md_line}). "
            "Fix: keep the alias on one entity only, or make it more specific",
        ),
        ("  - id: zz\n    name: Zedland\n   type: country\n", 2, "is not valid YAML"),
    ],
    ids=["unknown-type", "missing-field", "alias-twice", "bad-yaml"],
)
def test_bad_reference_data_fails_naming_file_line_and_fix(
    tmp_path: Path, reference_copy: Path, entry: str, bad_line: int, want: str
) -> None:
    path, line = break_reference(reference_copy, entry)
    md_line = path.read_text(encoding="utf-8").split("\n").index("  - id: md") + 1
    code, stderr = run_build(SEEDS_DIR, tmp_path / "dist", "--reference", str(reference_copy))
    assert code == 1, code
    where = f"error: {path}:{line + bad_line}: "
    assert stderr.startswith(where + want.format(md_line=md_line)), stderr


def test_the_same_article_twice_is_a_listed_warning_and_the_rest_is_built(tmp_path: Path) -> None:
    corpus = corpus_with(tmp_path, "zz_copy.txt", SEED.read_bytes())
    result = CliRunner().invoke(app, ["build", "--corpus", str(corpus), "--out", str(tmp_path / "dist")])
    assert result.exit_code == 0, result.stderr
    warning = f"warning (skipped file): {corpus / 'zz_copy.txt'}: same text as {SEED.name}; skipped"
    assert warning in result.stderr.splitlines(), result.stderr
    with sqlite3.connect(tmp_path / "dist" / "eastflank.db") as connection:
        got = connection.execute("select source_file from documents").fetchall()
    assert got == [(SEED.name,)], got


def test_the_installed_command_exits_non_zero_with_the_message_on_stderr(tmp_path: Path) -> None:
    corpus = corpus_with(tmp_path, "bad.txt", b"")
    command = [
        str(Path(sys.executable).parent / "eastflank"),
        "build",
        "--corpus",
        str(corpus),
        "--out",
        str(tmp_path / "dist"),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1, (done.returncode, done.stderr)
    want = f"error: {corpus / 'bad.txt'}: is empty. Fix: remove the file or give it the article's text\n"
    assert error_lines(done.stderr) == want, done.stderr
    assert done.stdout == "", done.stdout
