"""A small offline map for an entity: a plain SVG of its point among the other known places nearby.

No tile server and no script: the frame is a longitude/latitude box around the entity, with
a graticule every 5 degrees and the reference places inside it as grey dots, so the point has
context (Chisinau beside Bucharest) without any download.
"""

from dataclasses import dataclass
from html import escape

WIDTH, HEIGHT = 480, 320
HALF_SPAN_LON, HALF_SPAN_LAT = 9.0, 6.0


@dataclass(frozen=True)
class Place:
    """A named point."""

    name: str
    latitude: float
    longitude: float


def map_svg(focus: Place, nearby: list[Place]) -> str:
    """The SVG: graticule, nearby places (grey, labelled), the focus (red, labelled)."""
    west, east = focus.longitude - HALF_SPAN_LON, focus.longitude + HALF_SPAN_LON
    south, north = focus.latitude - HALF_SPAN_LAT, focus.latitude + HALF_SPAN_LAT

    def xy(place: Place) -> tuple[float, float]:
        return (
            round((place.longitude - west) / (east - west) * WIDTH, 1),
            round((north - place.latitude) / (north - south) * HEIGHT, 1),
        )

    lines = [_line(xy(Place("", south, lon)), xy(Place("", north, lon))) for lon in _steps(west, east)]
    lines += [_line(xy(Place("", lat, west)), xy(Place("", lat, east))) for lat in _steps(south, north)]
    inside = [
        p for p in nearby if west <= p.longitude <= east and south <= p.latitude <= north and p.name != focus.name
    ]
    dots = [_dot(*xy(p), p.name, "#888", 3) for p in inside]
    return (
        f'<svg class="entity-map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
        f'height="{HEIGHT}" role="img" aria-label="{escape(focus.name)} at {focus.latitude}, {focus.longitude}">'
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#f4f8fb" stroke="#999"/>{"".join(lines)}{"".join(dots)}'
        f"{_dot(*xy(focus), focus.name, '#c62828', 6)}</svg>"
    )


def _steps(low: float, high: float) -> list[int]:
    return [degree for degree in range(int(low) - 1, int(high) + 2) if degree % 5 == 0 and low <= degree <= high]


def _line(start: tuple[float, float], end: tuple[float, float]) -> str:
    return f'<line x1="{start[0]}" y1="{start[1]}" x2="{end[0]}" y2="{end[1]}" stroke="#d6dee6" stroke-width="1"/>'


def _dot(x: float, y: float, name: str, colour: str, radius: int) -> str:
    label = escape(name)
    return (
        f'<g class="place"><circle cx="{x}" cy="{y}" r="{radius}" fill="{colour}"><title>{label}</title></circle>'
        f'<text x="{x + radius + 2}" y="{y + 4}" font-size="11" fill="{colour}">{label}</text></g>'
    )
