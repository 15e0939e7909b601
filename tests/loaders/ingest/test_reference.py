"""Curated reference data is read strictly: each mistake stops the build, naming file, line and fix."""

from pathlib import Path

import pytest

from eastflank.loaders.errors import ReferenceDataError
from eastflank.loaders.extract.entities.gazetteer import Gazetteer
from eastflank.loaders.ingest.reference import load_reference

GOOD = """entities:
  - id: nato
    name: North Atlantic Treaty Organization
    type: organization
    aliases: [NATO]
  - id: md
    name: Moldova
    type: country
"""


def folder(tmp_path: Path, text: str) -> Path:
    (tmp_path / "entities.yml").write_text(text, encoding="utf-8")
    return tmp_path


def error_of(directory: Path) -> str:
    with pytest.raises(ReferenceDataError) as caught:
        Gazetteer(load_reference(directory))
    return str(caught.value)


def test_good_reference_data_loads(tmp_path: Path) -> None:
    got = [(entity.id, entity.origin[1]) for entity in load_reference(folder(tmp_path, GOOD))]
    assert got == [("nato", 2), ("md", 6)], got


def test_bad_yaml_names_the_file_and_line(tmp_path: Path) -> None:
    path = folder(tmp_path, GOOD + "  - id: ro\n    name: Romania\n   type: country\n") / "entities.yml"
    got = error_of(tmp_path)
    assert got.startswith(f"{path}:11: is not valid YAML ("), got
    assert got.endswith("). Fix: correct the YAML syntax"), got


def test_an_unknown_entity_type_names_the_entry(tmp_path: Path) -> None:
    path = folder(tmp_path, GOOD + "  - id: ro\n    name: Romania\n    type: nation\n") / "entities.yml"
    got = error_of(tmp_path)
    assert got == (
        f"{path}:9: entry 'ro' has unknown type 'nation'. "
        "Fix: use one of person, organization, country, location, programme"
    ), got


def test_a_missing_required_field_names_the_field(tmp_path: Path) -> None:
    path = folder(tmp_path, GOOD + "  - id: ro\n    type: country\n") / "entities.yml"
    got = error_of(tmp_path)
    assert got == f"{path}:9: entry 'ro' lacks required field `name`. Fix: add `name:`", got


def test_an_alias_claimed_by_two_entities_names_both(tmp_path: Path) -> None:
    path = (
        folder(tmp_path, GOOD + "  - id: nat\n    name: Nat Org\n    type: organization\n    aliases: [NATO]\n")
        / "entities.yml"
    )
    got = error_of(tmp_path)
    assert got == (
        f"{path}:9: alias 'NATO' of 'nat' is also claimed by 'nato' (entities.yml:2). "
        "Fix: keep the alias on one entity only, or make it more specific"
    ), got


def test_a_duplicate_id_names_the_first_use(tmp_path: Path) -> None:
    path = folder(tmp_path, GOOD + "  - id: md\n    name: Moldova again\n    type: country\n") / "entities.yml"
    got = error_of(tmp_path)
    assert got == f"{path}:9: id 'md' is already used at entities.yml:6. Fix: give each entity its own id", got


def test_a_link_to_an_unknown_id_is_refused(tmp_path: Path) -> None:
    path = (
        folder(tmp_path, GOOD + "  - id: chisinau\n    name: Chișinău\n    type: location\n    parent: mdd\n")
        / "entities.yml"
    )
    got = error_of(tmp_path)
    assert got == f"{path}:9: entry 'chisinau' refers to unknown id 'mdd'. Fix: add that entity or correct the id", got


def test_an_empty_folder_is_refused(tmp_path: Path) -> None:
    got = error_of(tmp_path)
    assert got == f"{tmp_path}: holds no reference .yml files. Fix: restore seeds/reference/ from the repository", got
