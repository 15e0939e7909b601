"""Incremental builds: apply a few added, changed or removed articles to the previous release.

A full build re-loads and re-publishes every row even when one article changed; here the
previous release is copied and patched instead (rows of the touched articles deleted and
inserted, learned entities re-decided, FTS, checksums, Parquet and DuckDB patched), so the
work follows the size of the change. The result equals a full build's, row for row and
Parquet byte for byte (tests/reliability/test_incremental_build.py); whenever that cannot
be guaranteed (other rules, another schema, duplicate articles, a large change) the build
falls back to a full one.
"""
