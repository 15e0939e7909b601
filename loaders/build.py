"""The build's old address, kept so `from eastflank.loaders.build import build` still works.

The build itself is the pipeline (loaders/pipeline): a clean build and an incremental one
are the same steps.
"""

from eastflank.loaders.pipeline import BuildResult, build, load_database

__all__ = ["BuildResult", "build", "load_database"]
