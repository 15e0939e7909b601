"""The documents a downloaded release carries beside its data: the data dictionary and the methodology.

The dictionary is generated from the models (as docs/data-dictionary.md is), so the copy in
a release always describes that release's tables; the methodology is copied from docs/ when
the source tree has it.
"""

import shutil
from pathlib import Path

from eastflank.loaders.paths import DOCS_DIR
from eastflank.loaders.publish.dictionary import data_dictionary_page

RELEASE_DOCS_FOLDER = "docs"
DICTIONARY_FILE = "data-dictionary.md"
METHODOLOGY_FILE = "methodology.md"


def write_release_docs(out: Path, docs_dir: Path = DOCS_DIR) -> list[Path]:
    """Write docs/data-dictionary.md, and docs/methodology.md where `docs_dir` has it, into `out`."""
    folder = out / RELEASE_DOCS_FOLDER
    folder.mkdir(exist_ok=True)
    dictionary = folder / DICTIONARY_FILE
    dictionary.write_text(data_dictionary_page(), encoding="utf-8")
    written = [dictionary]
    if (docs_dir / METHODOLOGY_FILE).is_file():
        written.append(Path(shutil.copyfile(docs_dir / METHODOLOGY_FILE, folder / METHODOLOGY_FILE)))
    return written
