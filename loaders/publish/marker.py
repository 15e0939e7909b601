"""`.eastflank-release`: the file that says "an eastflank build made this folder".

A build replaces its output folder whole, so it must recognise a folder it made before
replacing it (publish/out_folder.py). Every release carries this small JSON file; it is
written before SHA256SUMS, so the sums cover it, and validation expects it like any other file.
"""

import json
from pathlib import Path

MARKER_FILE_NAME = ".eastflank-release"
MARKER_FORMAT = 1
"""Bumped when the layout of a release changes in a way an older build could not replace safely."""


def write_marker(out: Path) -> Path:
    """Write the marker into an output folder."""
    path = out / MARKER_FILE_NAME
    path.write_text(json.dumps({"format": MARKER_FORMAT, "made_by": "eastflank build"}) + "\n", encoding="utf-8")
    return path


def has_marker(out: Path) -> bool:
    """True when the folder holds a marker this build understands (a JSON object with an integer format)."""
    try:
        body = json.loads((out / MARKER_FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(body, dict) and isinstance(body.get("format"), int)
