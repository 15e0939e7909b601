"""The /-/map page: every place with coordinates on one offline SVG map, each linked to its entity page.

datasette-cluster-map draws on OpenStreetMap tiles fetched at view time, which a reader
offline (or a mirror behind a firewall) never gets; this page needs nothing but the database.
Places the articles never name are drawn small and grey, so the map also shows the reference's reach.
"""

from typing import Any

from datasette.app import Datasette
from datasette.utils.asgi import Request, Response

from eastflank.loaders.serve.entity_hub import ENTITY_PATH
from eastflank.loaders.serve.entity_svg import MappedPlace, Place, places_svg
from eastflank.loaders.serve.reader import DATABASE_NAME

PLACES_MAP_PATH = "/-/map"
PLACES_SQL = """
select e.id, e.name, e.type, e.latitude, e.longitude, coalesce(c.mentions, 0) as mentions,
  coalesce(c.documents, 0) as documents
from entities e left join entity_mention_counts c on c.entity_id = e.id
where e.latitude is not null and e.longitude is not null
order by mentions desc, e.name
"""
"""Every entity with coordinates, however few; mention counts come from the summary table, not a count."""


async def places_rows(datasette: Datasette) -> list[dict[str, Any]]:
    """The places, most mentioned first."""
    return [dict(row) for row in (await datasette.get_database(DATABASE_NAME).execute(PLACES_SQL)).rows]


def mapped(datasette: Datasette, rows: list[dict[str, Any]]) -> list[MappedPlace]:
    """The rows as points linked to their entity pages."""
    return [
        MappedPlace(
            Place(row["name"], row["latitude"], row["longitude"]),
            str(datasette.urls.path(f"{ENTITY_PATH}/{row['id']}")),
            row["mentions"],
        )
        for row in rows
    ]


async def places_map_page(datasette: Datasette, request: Request) -> Response:
    """The map and, under it, the same places as a table."""
    rows = await places_rows(datasette)
    context = {"svg": places_svg(mapped(datasette, rows)), "places": rows, "entity_path": ENTITY_PATH}
    return Response.html(await datasette.render_template("places_map.html", context, request=request))
