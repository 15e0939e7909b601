"""Finding 2: a symbolic link published a file from outside the corpus, and `ZZ.TXT` was skipped
silently. Links are now skipped and named in the build report; the extension matches in any case."""

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from eastflank.loaders.ingest.corpus import IGNORED_FILE

SECRET = "root:x:0:0:this line must never be published\n"


def test_a_link_out_of_the_corpus_is_skipped_and_reported(
    tmp_path: Path, small_corpus: Path, build_cli: Callable[..., Result]
) -> None:
    (tmp_path / "passwd").write_text(SECRET, encoding="utf-8")
    (small_corpus / "zz.txt").symlink_to(tmp_path / "passwd")
    (small_corpus / "ZZ_LOUD.TXT").write_text(
        "Estonia hosts a cyber exercise\n\nTallinn hosted Locked Shields in April 2024.\n", encoding="utf-8"
    )
    out = tmp_path / "dist"
    result = build_cli("--corpus", str(small_corpus), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    with sqlite3.connect(out / "eastflank.db") as connection:
        files = sorted(name for (name,) in connection.execute("select source_file from documents"))
        leaked = connection.execute(
            "select count(*) from documents where text like '%must never be published%'"
        ).fetchone()[0]
    assert files == ["ZZ_LOUD.TXT", "border_training.txt", "harbour_drill.txt"], files
    assert leaked == 0
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    want = [
        f"{small_corpus / 'zz.txt'}: is a symbolic link, which the build never follows; copy the article into the corpus folder; skipped"
    ]
    assert report["warnings"][IGNORED_FILE] == want, report["warnings"]
    assert f"warning ({IGNORED_FILE}): {small_corpus / 'zz.txt'}: is a symbolic link" in result.stderr.replace(
        "\n", ""
    ), result.stderr
