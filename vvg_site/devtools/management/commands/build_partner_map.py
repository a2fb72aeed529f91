"""Builds the partner map's geometry (partnerships/map_data/europe.json) from Natural Earth.

The source is Natural Earth's 1:50m Admin 0 countries (public domain) as TopoJSON, from the npm
package world-atlas pinned in package.json (`make install` puts it in node_modules/). The map's
frame runs from the Atlantic and Scandinavia to the Caucasus (Georgia, a partner country, is at
its eastern edge), in a Lambert azimuthal equal-area projection centred on the frame, as
Europe's own statistical maps are (EPSG:3035 is centred on 10°E 52°N; this one on 20°E, for the
Caucasus). Each shared border is simplified once (Douglas-Peucker, by arc), so neighbours still
meet; rings are clipped to the frame and coordinates rounded to whole units of the viewBox.

The output is deterministic: run it twice, get the same file. Run it again after changing the
frame, the tolerance or the pinned world-atlas, and commit the file:

    DJANGO_SETTINGS_MODULE=vvg_site.settings.dev .venv/bin/python manage.py build_partner_map
"""

import json
import math
import re
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from django_countries import countries

SOURCE = Path(settings.BASE_DIR) / "node_modules" / "world-atlas"
TOPOLOGY = "countries-50m.json"
OUTPUT = Path(settings.BASE_DIR) / "partnerships" / "map_data" / "europe.json"

# The projection's centre and the frame, in degrees: Ireland and Portugal to the Caspian shore,
# Crete and Cyprus to the North Cape.
CENTRE = (20.0, 52.0)
WEST, EAST, SOUTH, NORTH = -11.0, 50.5, 34.0, 71.5
WIDTH = 1000  # viewBox units across the frame
TOLERANCE = 0.9  # units a simplified border may stray from Natural Earth's
SMALLEST_RING = 1.5  # square units: smaller islands are dropped (Vatican City and Monaco too)


def laea(lon, lat):
    """Lambert azimuthal equal-area on the unit sphere around CENTRE; y grows southwards."""
    lam, phi = math.radians(lon - CENTRE[0]), math.radians(lat)
    phi0 = math.radians(CENTRE[1])
    cos_c = math.sin(phi0) * math.sin(phi) + math.cos(phi0) * math.cos(phi) * math.cos(lam)
    k = math.sqrt(2 / max(1 + cos_c, 1e-12))
    x = k * math.cos(phi) * math.sin(lam)
    y = k * (math.cos(phi0) * math.sin(phi) - math.sin(phi0) * math.cos(phi) * math.cos(lam))
    return x, -y


def frame():
    """(left, top, scale, width, height): the projected box around the frame's edges."""
    edge = [(WEST + (EAST - WEST) * i / 50, lat) for i in range(51) for lat in (SOUTH, NORTH)]
    edge += [(lon, SOUTH + (NORTH - SOUTH) * i / 50) for i in range(51) for lon in (WEST, EAST)]
    points = [laea(lon, lat) for lon, lat in edge]
    left, right = min(p[0] for p in points), max(p[0] for p in points)
    top, bottom = min(p[1] for p in points), max(p[1] for p in points)
    scale = WIDTH / (right - left)
    return left, top, scale, WIDTH, round((bottom - top) * scale)


def decode_arcs(topology, to_frame):
    """Every arc of the topology as projected points in viewBox units."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append(to_frame(*laea(x * sx + tx, y * sy + ty)))
        arcs.append(points)
    return arcs


def simplify(points, tolerance):
    """Douglas-Peucker, iteratively; the ends stay (they are where borders meet)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy)
        farthest, distance = None, tolerance
        for i in range(first + 1, last):
            px, py = points[i]
            if length:
                d = abs(dy * (px - x1) - dx * (py - y1)) / length
            else:
                d = math.hypot(px - x1, py - y1)
            if d > distance:
                farthest, distance = i, d
        if farthest is not None:
            keep[farthest] = True
            stack += [(first, farthest), (farthest, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def ring_of(arc_indexes, arcs):
    """A polygon ring from its arcs (a negative index is the arc ~i reversed)."""
    ring = []
    for index in arc_indexes:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring += points[1:] if ring else points
    return ring


def clip(ring, width, height, margin=2):
    """Sutherland-Hodgman against the frame (with a margin, so no border runs along its edge)."""
    edges = [
        (lambda p: p[0] >= -margin, lambda a, b: _at_x(a, b, -margin)),
        (lambda p: p[0] <= width + margin, lambda a, b: _at_x(a, b, width + margin)),
        (lambda p: p[1] >= -margin, lambda a, b: _at_y(a, b, -margin)),
        (lambda p: p[1] <= height + margin, lambda a, b: _at_y(a, b, height + margin)),
    ]
    for inside, cross in edges:
        if not ring:
            break
        result = []
        previous = ring[-1]
        for point in ring:
            if inside(point):
                if not inside(previous):
                    result.append(cross(previous, point))
                result.append(point)
            elif inside(previous):
                result.append(cross(previous, point))
            previous = point
        ring = result
    return ring


def _at_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def _at_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def area(ring):
    edges = zip(ring, ring[1:] + ring[:1], strict=True)
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in edges)) / 2


def path_data(rings):
    """SVG path data: each ring as M and relative l, in whole units, repeated points left out."""
    parts = []
    for ring in rings:
        points = [(round(x), round(y)) for x, y in ring]
        kept = [points[0]]
        for point in points[1:]:
            if point != kept[-1]:
                kept.append(point)
        if len(kept) > 1 and kept[-1] == kept[0]:
            kept.pop()
        if len(kept) < 3:
            continue
        moves = [f"M{kept[0][0]} {kept[0][1]}l"]
        moves += [_pair(x - px, y - py) for (px, py), (x, y) in zip(kept, kept[1:], strict=False)]
        parts.append("".join(moves[:1]) + _join(moves[1:]) + "z")
    return "".join(parts)


def _pair(dx, dy):
    return f"{dx}{'' if dy < 0 else ' '}{dy}"


def _join(pairs):
    """Numbers separated by a space, or by nothing before a minus sign."""
    text = ""
    for pair in pairs:
        text += pair if not text or pair.startswith("-") else " " + pair
    return text


def country_key(geometry):
    """The ISO 3166-1 alpha-2 code (django-countries' reading of the numeric id), or Natural
    Earth's name for the few without a code (Kosovo, Northern Cyprus): drawn, never linked."""
    code = countries.alpha2(geometry["id"]) if geometry.get("id") else ""
    return code or geometry["properties"]["name"]


def build(topology, package_version, natural_earth_version):
    left, top, scale, width, height = frame()

    def to_frame(x, y):
        return ((x - left) * scale, (y - top) * scale)

    arcs = [simplify(arc, TOLERANCE) for arc in decode_arcs(topology, to_frame)]
    shapes = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        rings = []
        for polygon in polygons:
            for arc_indexes in polygon:
                ring = clip(ring_of(arc_indexes, arcs), width, height)
                if len(ring) >= 3 and area(ring) >= SMALLEST_RING:
                    rings.append(ring)
        data = path_data(rings)
        if data:
            key = country_key(geometry)
            shapes[key] = shapes.get(key, "") + data
    return {
        "source": (
            f"Natural Earth 1:50m Cultural Vectors, Admin 0 – Countries, version "
            f"{natural_earth_version}, public domain (naturalearthdata.com), as TopoJSON from "
            f"the npm package world-atlas {package_version} (ISC licence); converted by "
            f"manage.py build_partner_map"
        ),
        "projection": (
            f"Lambert azimuthal equal-area centred on {CENTRE[0]:g}°E {CENTRE[1]:g}°N; frame "
            f"{WEST:g}°…{EAST:g}° longitude, {SOUTH:g}°…{NORTH:g}° latitude; borders simplified "
            f"to {TOLERANCE:g} units"
        ),
        "viewBox": f"0 0 {width} {height}",
        "countries": dict(sorted(shapes.items())),
    }


def render(data):
    """The file's text: one country a line, so a rebuild's diff shows which shapes changed."""
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


class Command(BaseCommand):
    help = "Builds partnerships/map_data/europe.json from Natural Earth (npm world-atlas)."

    def add_arguments(self, parser):
        parser.add_argument("--output", default=str(OUTPUT), help="where to write the JSON")

    def handle(self, *args, output, **options):
        topology_file = SOURCE / TOPOLOGY
        if not topology_file.is_file():
            raise CommandError(f"{topology_file} not found: run `make install` (npm ci) first")
        version = json.loads((SOURCE / "package.json").read_text(encoding="utf-8"))["version"]
        # The package's README names the Natural Earth edition it redistributes.
        edition = re.search(
            r"vector data\]\([^)]*\), version (\d+(?:\.\d+)+)",
            (SOURCE / "README.md").read_text(encoding="utf-8"),
        )
        if edition is None:
            raise CommandError("world-atlas's README no longer names its Natural Earth version")
        topology = json.loads(topology_file.read_text(encoding="utf-8"))
        text = render(build(topology, version, edition.group(1)))
        Path(output).write_text(text, encoding="utf-8")
        self.stdout.write(f"{output}: {len(text.encode()) // 1024} KB")
