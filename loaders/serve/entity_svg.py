"""Small offline maps: an entity's point among the known places nearby, and every place named (places_svg).

No tile server and no script: the frame is a longitude/latitude box around the entity, with
a graticule every 5 degrees and the reference places inside it as grey dots, so the point has
context (Chisinau beside Bucharest) without any download.
"""

import math
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


@dataclass(frozen=True)
class MappedPlace:
    """A place for the map of all places: where it is, where its page is and how often articles name it."""

    place: Place
    href: str
    mentions: int


def places_svg(places: list[MappedPlace], margin: float = 2.0) -> str:
    """Every place in one frame (the box around them plus `margin` degrees), a dot per place linked to its page,
    its area growing with its mentions; unnamed places (0 mentions) small and grey."""
    if not places:
        return ""
    west = min(p.place.longitude for p in places) - margin
    east = max(p.place.longitude for p in places) + margin
    south = min(p.place.latitude for p in places) - margin
    north = max(p.place.latitude for p in places) + margin
    width = WIDTH * 2
    height = round(width * (north - south) / ((east - west) * math.cos(math.radians((north + south) / 2))))

    def xy(lat: float, lon: float) -> tuple[float, float]:
        return round((lon - west) / (east - west) * width, 1), round((north - lat) / (north - south) * height, 1)

    lines = [_line(xy(south, lon), xy(north, lon)) for lon in _steps(west, east)]
    lines += [_line(xy(lat, west), xy(lat, east)) for lat in _steps(south, north)]
    most = max(p.mentions for p in places) or 1

    def radius(place: MappedPlace) -> int:
        return 3 + round(9 * math.sqrt(place.mentions / most))

    def label(place: MappedPlace) -> str:
        return f"{place.place.name} ({place.mentions:,})"

    labelled = free_labels(
        [
            (label(p), *xy(p.place.latitude, p.place.longitude), radius(p))
            for p in sorted(places, key=lambda p: -p.mentions)
            if p.mentions > 0
        ]
    )
    dots = [
        f'<a href="{escape(p.href)}">'
        + _dot(
            *xy(p.place.latitude, p.place.longitude),
            label(p),
            "#c62828" if p.mentions else "#888",
            radius(p),
            labelled=label(p) in labelled,
        )
        + "</a>"
        for p in sorted(places, key=lambda p: (p.mentions > 0, -p.mentions))  # unnamed, then big, then small on top
    ]
    return (
        f'<svg class="places-map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="{len(places)} places">'
        f'<rect width="{width}" height="{height}" fill="#f4f8fb" stroke="#999"/>{"".join(lines)}{"".join(dots)}</svg>'
    )


LABEL_CHARACTER_WIDTH = 6.2
LABEL_HEIGHT = 12.0
"""An 11-px sans-serif label's size, near enough to keep labels from overprinting each other."""


def free_labels(candidates: list[tuple[str, float, float, int]]) -> set[str]:
    """The labels to draw, most mentioned first, each only where it overlaps no label already drawn: in a
    crowded region the big places are named and the small ones named on hover (their dot's title)."""
    placed: list[tuple[float, float, float, float]] = []
    shown = set()
    for text, x, y, radius in candidates:  # in the order given: most mentioned first
        box = (x + radius + 2, y - 8, x + radius + 2 + LABEL_CHARACTER_WIDTH * len(text), y - 8 + LABEL_HEIGHT)
        if all(box[2] <= o[0] or o[2] <= box[0] or box[3] <= o[1] or o[3] <= box[1] for o in placed):
            placed.append(box)
            shown.add(text)
    return shown


def _steps(low: float, high: float) -> list[int]:
    return [degree for degree in range(int(low) - 1, int(high) + 2) if degree % 5 == 0 and low <= degree <= high]


def _line(start: tuple[float, float], end: tuple[float, float]) -> str:
    return f'<line x1="{start[0]}" y1="{start[1]}" x2="{end[0]}" y2="{end[1]}" stroke="#d6dee6" stroke-width="1"/>'


def _dot(x: float, y: float, name: str, colour: str, radius: int, labelled: bool = True) -> str:
    label = escape(name)
    circle = f'<g class="place"><circle cx="{x}" cy="{y}" r="{radius}" fill="{colour}"><title>{label}</title></circle>'
    if not labelled:  # a hover names it; hundreds of labels would hide the map
        return circle + "</g>"
    return (
        circle
        + f'<text x="{x + radius + 2}" y="{y + 4}" font-size="11" fill="{colour}" pointer-events="none">{label}</text></g>'
    )
