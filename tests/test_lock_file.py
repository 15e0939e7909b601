"""The lock file pins every dependency by hash and carries nothing of the machine it was made on."""

import re

from eastflank.loaders.paths import PROJECT_ROOT

LOCK = (PROJECT_ROOT / "requirements.lock").read_text(encoding="utf-8")


def test_no_index_or_find_links_lines() -> None:
    got = [
        line
        for line in LOCK.splitlines()
        if re.match(r"\s*(-i|--index-url|--extra-index-url|-f|--find-links|--trusted-host)\b", line)
    ]
    assert got == [], got


def test_every_pin_has_a_hash() -> None:
    pins = re.findall(r"^([A-Za-z0-9_.-]+==\S+)(.*?)(?=^\S|\Z)", LOCK, flags=re.M | re.S)
    unhashed = [pin for pin, rest in pins if "--hash=sha256:" not in rest]
    assert pins and unhashed == [], unhashed
