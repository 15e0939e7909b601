"""Which names in the corpus folder are articles: `.txt` in any case, regular files only; the rest is reported."""

import os
from pathlib import Path

from eastflank.loaders.build_warnings import BuildReport
from eastflank.loaders.ingest.corpus import IGNORED_FILE, list_corpus, read_corpus


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_the_extension_is_matched_in_any_case(tmp_path: Path) -> None:
    write(tmp_path / "ZZ.TXT", "Shouted file name, quiet article.\n")
    write(tmp_path / "mixed.Txt", "Another article.\n")
    write(tmp_path / "notes.md", "Not an article.\n")
    documents = read_corpus(tmp_path, BuildReport())
    assert [(d.source_file, d.title) for d in documents] == [
        ("ZZ.TXT", "Shouted file name, quiet article."),
        ("mixed.Txt", "Another article."),
    ], documents


def test_links_hidden_files_and_folders_are_skipped_and_each_one_reported(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    outside = write(tmp_path / "secret.txt", "Lines from outside the corpus.\n")
    write(corpus / "kept.txt", "The one real article.\n")
    (corpus / "linked.txt").symlink_to(outside)
    (corpus / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    write(corpus / ".draft.txt", "Hidden working copy.\n")
    (corpus / "archive.txt").mkdir()
    os.mkfifo(corpus / "pipe.txt")
    write(corpus / "kept.TXT", "Same stem as kept.txt, first in name order.\n")
    report = BuildReport()
    documents = read_corpus(corpus, report)
    assert [d.source_file for d in documents] == ["kept.TXT"], documents
    reasons = {
        ".draft.txt": "is hidden (its name starts with a dot); rename it to read it",
        "archive.txt": "is a folder; articles are files directly in the corpus folder",
        "dangling.txt": "is a symbolic link, which the build never follows; copy the article into the corpus folder",
        "kept.txt": "has the same name as kept.TXT but for the case of .txt, so the same document id; rename one",
        "linked.txt": "is a symbolic link, which the build never follows; copy the article into the corpus folder",
        "pipe.txt": "is not a regular file",
    }
    want = [(IGNORED_FILE, f"{corpus / name}: {reason}; skipped") for name, reason in sorted(reasons.items())]
    assert report.warnings == want, report.warnings


def test_the_listing_keeps_articles_in_name_order(tmp_path: Path) -> None:
    for name in ("b.txt", "A.TXT", "c.txt"):
        write(tmp_path / name, f"Article {name}.\n")
    listing = list_corpus(tmp_path)
    assert listing.articles == ["A.TXT", "b.txt", "c.txt"], listing
    assert listing.skipped == [], listing
