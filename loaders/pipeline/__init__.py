"""One pipeline for every build: plan → extract → store → export (see pipeline/run.py)."""

from eastflank.loaders.pipeline.run import BuildResult, build
from eastflank.loaders.pipeline.store.load import load_database

__all__ = ["BuildResult", "build", "load_database"]
