"""Where the project's folders are, so commands work from any working directory."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = PROJECT_ROOT / "seeds"
REFERENCE_DIR = SEEDS_DIR / "reference"
GOLD_DIR = SEEDS_DIR / "gold"
MIGRATIONS_DIR = PROJECT_ROOT / "migrations"
DOCS_DIR = PROJECT_ROOT / "docs"
DEFAULT_OUT_DIR = Path("dist")
METADATA_FILE_NAME = "metadata.yml"
DATABASE_FILE_NAME = "eastflank.db"
