"""Ingest: turn the corpus folder into documents and paragraphs, and read the reference data."""
