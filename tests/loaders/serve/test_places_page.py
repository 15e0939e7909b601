"""The map of places: one offline SVG with a linked dot per place, and the page that shows it."""

import re

from eastflank.loaders.serve.entity_svg import MappedPlace, Place, places_svg
from tests.loaders.serve.conftest import Fetch


def test_each_place_is_a_linked_dot_sized_by_its_mentions() -> None:
    places = [
        MappedPlace(Place("Harbour Town", 44.0, 28.0), "/entity/harbour", 9),
        MappedPlace(Place("Hill Village", 47.0, 25.0), "/entity/hill", 0),
    ]
    svg = places_svg(places)
    links = re.findall(
        r'<a href="([^"]+)"><g class="place"><circle cx="[\d.]+" cy="[\d.]+" r="(\d+)" fill="([^"]+)"', svg
    )
    assert links == [("/entity/hill", "3", "#888"), ("/entity/harbour", "12", "#c62828")], links
    assert "http" not in svg.replace("http://www.w3.org/2000/svg", ""), svg


def test_north_is_up_and_east_is_right() -> None:
    svg = places_svg(
        [
            MappedPlace(Place("South West", 40.0, 20.0), "/a", 1),
            MappedPlace(Place("North East", 48.0, 30.0), "/b", 1),
        ]
    )
    (sw_x, sw_y), (ne_x, ne_y) = [
        (float(x), float(y)) for x, y in re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)"', svg)
    ]
    assert sw_x < ne_x and sw_y > ne_y, (sw_x, sw_y, ne_x, ne_y)


def test_no_places_draw_nothing() -> None:
    assert places_svg([]) == ""


def test_map_page_draws_every_place_with_coordinates(sandbox_site: Fetch) -> None:
    html = sandbox_site("/-/map").text
    sql = "select id from entities where latitude is not null and longitude is not null order by id"
    want = [
        f"/entity/{row_id}"
        for (row_id,) in sandbox_site("/eastflank.json?_shape=arrays&sql=" + sql.replace(" ", "+")).json()["rows"]
    ]
    drawn = sorted(re.findall(r'<a href="(/entity/[^"]+)"><g class="place">', html))
    assert drawn == want and want, drawn
    box = html.split('<div class="places-map-box">', 1)[1].split("</svg>", 1)[0]
    assert "<script" not in box and "<img" not in box, box


def test_places_query_links_the_offline_map_and_loads_no_tile_map(sandbox_site: Fetch) -> None:
    html = sandbox_site("/eastflank/places").text
    assert '<a href="/-/map">See them on the map</a>' in html, html
    assert "datasette-cluster-map" not in html and "openstreetmap" not in html, html


def test_only_named_places_carry_a_written_label() -> None:
    svg = places_svg(
        [
            MappedPlace(Place("Harbour Town", 44.0, 28.0), "/entity/harbour", 2),
            MappedPlace(Place("Hill Village", 47.0, 25.0), "/entity/hill", 0),
        ]
    )
    labels = re.findall(r"<text[^>]*>([^<]+)</text>", svg)
    assert labels == ["Harbour Town (2)"], labels
