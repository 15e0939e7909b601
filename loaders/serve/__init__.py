"""Serve: run Datasette over the published output, read-only."""
