"""The pipeline's store step: load a fresh database in full, or patch a copy of the previous release's."""
