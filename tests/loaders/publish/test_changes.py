"""CHANGES.json: rows added, changed and removed per table, matched by primary key."""

import json
import shutil
import sqlite3
from pathlib import Path

from eastflank.loaders.build import BuildResult
from eastflank.loaders.publish.changes import KEY_LIMIT, TableChanges, changes_document, table_changes, write_changes


def test_table_changes_match_rows_by_key() -> None:
    got = table_changes({"a": 1, "b": 2, "c": 3}, {"b": 2, "c": 4, "d": 5})
    assert got == TableChanges(added=["d"], changed=["c"], removed=["a"]), got


def test_key_lists_stop_at_the_limit_but_counts_do_not() -> None:
    keys = [f"k{i:05d}" for i in range(KEY_LIMIT + 5)]
    document = changes_document({"mentions": TableChanges(added=keys)}, None)
    entry = document["tables"]["mentions"]
    assert (entry["added"], len(entry["added_keys"]), entry["keys_truncated"]) == (KEY_LIMIT + 5, KEY_LIMIT, True), (
        entry
    )


def test_changes_against_an_edited_copy_of_the_seed_build(seed_build: BuildResult, tmp_path: Path) -> None:
    previous = tmp_path / "previous.db"
    shutil.copy(seed_build.out / "eastflank.db", previous)
    with sqlite3.connect(previous) as connection:
        connection.execute("update entities set name = 'Old name' where id = 'md'")
        connection.execute("delete from entity_aliases where entity_id = 'nato' and alias = 'NATO'")
        connection.execute("insert into entity_aliases values ('nato', 'Gone alias', 'alias')")
    got = write_changes(previous, seed_build.out / "eastflank.db", tmp_path)
    assert got["entities"] == {"added": 0, "changed": 1, "removed": 0}, got["entities"]
    assert got["entity_aliases"] == {"added": 1, "changed": 0, "removed": 1}, got["entity_aliases"]
    assert got["mentions"] == {"added": 0, "changed": 0, "removed": 0}, got["mentions"]
    document = json.loads((tmp_path / "CHANGES.json").read_text(encoding="utf-8"))
    aliases = document["tables"]["entity_aliases"]
    assert (aliases["added_keys"], aliases["removed_keys"]) == ([["nato", "NATO"]], [["nato", "Gone alias"]]), aliases
    assert document["tables"]["entities"]["changed_keys"] == ["md"]
    assert document["previous_release"]["alembic_revision"] == seed_build.revision


def test_without_a_previous_build_every_row_is_added(seed_build: BuildResult, tmp_path: Path) -> None:
    got = write_changes(tmp_path / "absent.db", seed_build.out / "eastflank.db", tmp_path)
    assert got == {
        table: {"added": count, "changed": 0, "removed": 0} for table, count in seed_build.row_counts.items()
    }, got
    assert json.loads((tmp_path / "CHANGES.json").read_text(encoding="utf-8"))["previous_release"] is None
