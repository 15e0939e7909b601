"""Publish: write the built database out as SQLite, Parquet, DuckDB and Datasette metadata."""
