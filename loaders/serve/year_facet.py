"""A `year` facet for ISO 8601 dates cut to their precision (2024, 2024-03, 2024-03-15).

Datasette's own date facet applies SQLite's date(), which is null for '2024' and '2024-03',
so it would drop every date not known to the day. This facet groups by the first four
characters instead and selects a year with the built-in `__startswith` filter.
"""

from typing import Any

from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args

YEAR_SQL = """
select substr({column}, 1, 4) as value, count(*) as count from ({sql})
where {column} glob '[0-9][0-9][0-9][0-9]*'
group by value order by value desc limit {limit}
"""


class YearFacet(Facet):
    """Counts per year of a date column, newest first; configured as {"year": "column"}."""

    type = "year"

    async def suggest(self) -> list[dict[str, Any]]:
        """Never suggested: facets are configured, so pages stay fast."""
        return []

    async def facet_results(self) -> tuple[list[dict[str, Any]], list[str]]:
        """One result block per configured column, and the columns that timed out."""
        results, timed_out = [], []
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            try:
                results.append(await self._column_results(column, source_and_config["source"]))
            except QueryInterrupted:
                timed_out.append(column)
        return results, timed_out

    async def _column_results(self, column: str, source: str) -> dict[str, Any]:
        size = self.get_facet_size()
        sql = YEAR_SQL.format(column=escape_sqlite(column), sql=self.sql, limit=size + 1)
        rows = await self.ds.execute(
            self.database, sql, self.params, truncate=False, custom_time_limit=self.ds.setting("facet_time_limit_ms")
        )
        return {
            "name": column,
            "type": self.type,
            "results": [self._value(column, row["value"], row["count"]) for row in rows.rows[:size]],
            "hideable": source != "metadata",
            "toggle_url": path_with_removed_args(self.request, {"_facet_year": column}),
            "truncated": len(rows) > size,
        }

    def _value(self, column: str, year: str, count: int) -> dict[str, Any]:
        argument = f"{column}__startswith"
        selected = self.request.args.get(argument) == year
        change = path_with_removed_args if selected else path_with_added_args
        return {
            "value": year,
            "label": year,
            "count": count,
            "toggle_url": self.ds.absolute_url(self.request, change(self.request, {argument: year})),
            "selected": selected,
        }
