"""SQL a hostile visitor sends to the site: each would run for minutes or allocate gigabytes.

Shared by the load benchmark (`scripts/loadtest.py --hostile N`, which prints the latency
of ordinary pages while these run) and the tests that check every one is refused, so the
figure and the check attack with the same queries.
"""

COUNT_FOREVER = "with recursive c(n) as (select 1 union all select n + 1 from c) select count(*) from c"
HOSTILE_SQL = (
    "select length(randomblob(900000000))",
    COUNT_FOREVER,
    "with recursive s(x) as (select 'ab' union all select x || x from s where length(x) < 2000000000)"
    " select max(length(x)) from s",
    "select length(hex(zeroblob(900000000)))",
    "with recursive c(n) as (select 1 union all select n + 1 from c limit 500)"
    " select zeroblob(8000000) as a, zeroblob(8000000) as b from c",
    # An aggregate, so SQLite makes all 1,000 blobs (8 GB) whatever page size Datasette fetches.
    "with recursive c(n) as (select 1 union all select n + 1 from c limit 1000)"
    " select sum(length(randomblob(8000000))) from c",
)
REFUSED_STATUSES = frozenset({400, 429})
"""What a hostile query must get: refused (400, over a limit) or told to retry (429, sql_slots)."""
