"""datapackage.json describes every Parquet file exactly, and frictionless validates it."""

import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from eastflank.loaders.build import BuildResult
from eastflank.loaders.publish.arrow_schema import published_tables
from eastflank.loaders.publish.datapackage import sources
from eastflank.schema.describe import describe_tables

FRICTIONLESS = Path(sys.executable).parent / "frictionless"


@pytest.fixture(scope="module")
def package(seed_build: BuildResult) -> dict:
    return json.loads((seed_build.out / "datapackage.json").read_text(encoding="utf-8"))


def frictionless(*args: str, cwd: Path) -> dict:
    """Run the frictionless command with --json; return its report."""
    done = subprocess.run(
        [str(FRICTIONLESS), "validate", "--json", *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )
    return json.loads(done.stdout)


def test_plain_frictionless_validate_passes(seed_build: BuildResult) -> None:
    done = subprocess.run(
        [str(FRICTIONLESS), "validate", "datapackage.json"],
        cwd=seed_build.out,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-2000:]
    report = frictionless("datapackage.json", cwd=seed_build.out)
    errors = [error["message"] for task in report["tasks"] for error in task["errors"]] + [
        e["message"] for e in report["errors"]
    ]
    assert (report["valid"], errors) == (True, []), errors
    assert sorted(task["name"] for task in report["tasks"]) == sorted(t.name for t in published_tables())


def test_standard_bytes_would_fail_plain_validation(seed_build: BuildResult, package: dict, tmp_path: Path) -> None:
    """Why sizes are under `file_bytes`: frictionless never counts a Parquet file's bytes."""
    release_info = next(r for r in package["resources"] if r["name"] == "release_info")
    (tmp_path / "parquet").symlink_to(seed_build.out / "parquet")
    stated = {**release_info, "bytes": release_info["file_bytes"]}
    (tmp_path / "datapackage.json").write_text(json.dumps({**package, "resources": [stated]}), encoding="utf-8")
    report = frictionless("datapackage.json", cwd=tmp_path)
    types = {error["type"] for task in report["tasks"] for error in task["errors"]}
    assert (report["valid"], types) == (False, {"byte-count"}), types


def test_frictionless_catches_a_wrong_type(seed_build: BuildResult, package: dict, tmp_path: Path) -> None:
    paragraphs = json.loads(json.dumps(next(r for r in package["resources"] if r["name"] == "paragraphs")))
    broken = {**package, "resources": [{**paragraphs, "schema": {**paragraphs["schema"], "foreignKeys": []}}]}
    paragraphs = broken["resources"][0]
    next(f for f in paragraphs["schema"]["fields"] if f["name"] == "position")["type"] = "boolean"
    (tmp_path / "parquet").symlink_to(seed_build.out / "parquet")
    (tmp_path / "datapackage.json").write_text(json.dumps(broken), encoding="utf-8")
    report = frictionless("datapackage.json", cwd=tmp_path)
    types = {error["type"] for task in report["tasks"] for error in task["errors"]}
    assert (report["valid"], types) == (False, {"type-error"}), types


def test_every_resource_states_its_file_bytes_and_sha256(seed_build: BuildResult, package: dict) -> None:
    for resource in package["resources"]:
        content = (seed_build.out / resource["path"]).read_bytes()
        assert resource["file_bytes"] == len(content), resource["name"]
        assert resource["file_sha256"] == hashlib.sha256(content).hexdigest(), resource["name"]
        assert "bytes" not in resource and "hash" not in resource, resource["name"]


def test_fields_carry_the_models_types_and_descriptions(package: dict) -> None:
    types = {"TEXT": "string", "INTEGER": "integer", "REAL": "number", "BOOLEAN": "boolean"}
    got = {
        r["name"]: [(f["name"], f["type"], f["description"], f.get("constraints")) for f in r["schema"]["fields"]]
        for r in package["resources"]
    }
    want = {
        t.name: [
            (c.name, types[c.sql_type], c.description, None if c.nullable else {"required": True}) for c in t.columns
        ]
        for t in describe_tables()
    }
    assert got == want


def test_keys_are_declared(package: dict) -> None:
    mentions = next(r for r in package["resources"] if r["name"] == "mentions")["schema"]
    assert mentions["primaryKey"] == ["id"], mentions
    assert sorted((fk["fields"][0], fk["reference"]["resource"]) for fk in mentions["foreignKeys"]) == [
        ("document_id", "documents"),
        ("entity_id", "entities"),
        ("paragraph_id", "paragraphs"),
    ], mentions["foreignKeys"]
    entities = next(r for r in package["resources"] if r["name"] == "entities")["schema"]
    assert entities["foreignKeys"] == [
        {"fields": ["parent_entity_id"], "reference": {"resource": "", "fields": ["id"]}}
    ]


def test_package_names_licence_version_sources_and_release(seed_build: BuildResult, package: dict) -> None:
    assert package["licenses"] == [
        {
            "name": "CC-BY-4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "Creative Commons Attribution 4.0",
        }
    ]
    assert package["version"] == package["release"]["dataset_version"], package["release"]
    assert package["created"] == package["release"]["built_at"], package["release"]
    assert sorted(package["release"]) == [
        "alembic_revision",
        "built_at",
        "dataset_version",
        "extractor_version",
        "rules_sha256",
        "source_commit",
    ]
    titles = [source["title"] for source in package["sources"][1:]]
    with sqlite3.connect(seed_build.out / "eastflank.db") as connection:
        want = [
            title for (title,) in connection.execute("select coalesce(title, source_file) from documents order by id")
        ]
    assert titles == want, titles


def test_package_names_contributors_and_a_citation(package: dict) -> None:
    assert package["contributors"] == [
        {"title": "The eastflank contributors", "role": "author", "path": "https://github.com/eastflank/eastflank"}
    ]
    version, year, day = package["version"], package["created"][:4], package["created"][:10]
    assert package["citation"] == (
        f"The eastflank contributors ({year}). eastflank: security cooperation on NATO's "
        f"eastern flank, version {version}, released {day}. https://github.com/eastflank/eastflank"
    )


def test_sources_carry_the_publisher_where_the_metadata_gives_one(tmp_path: Path) -> None:
    (tmp_path / "parquet").mkdir()
    rows = [
        {"title": "Harbour talks", "source_file": "a.txt", "url": "https://example.org/a", "publisher": "Coast Herald"},
        {"title": None, "source_file": "b.txt", "url": "javascript:alert(1)", "publisher": None},
    ]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "parquet" / "documents.parquet")
    assert sources(tmp_path)[1:] == [
        {"title": "Harbour talks", "publisher": "Coast Herald", "path": "https://example.org/a"},
        {"title": "b.txt"},
    ]


def test_resources_carry_table_stats(seed_build: BuildResult, package: dict) -> None:
    mentions = next(r for r in package["resources"] if r["name"] == "mentions")
    assert mentions["row_count"] == seed_build.row_counts["mentions"], mentions["row_count"]
    assert len(mentions["content_sha256"]) == 64, mentions
