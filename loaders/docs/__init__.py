"""Docs: the pages of docs/ that are generated from code, so they cannot drift from it."""
