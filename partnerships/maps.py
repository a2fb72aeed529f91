"""The map of the partner countries: an inline SVG drawn on the server from committed geometry.

The shapes come from Natural Earth (public domain) through `manage.py build_partner_map`, which
writes map_data/europe.json: the viewBox and each country's path, keyed by ISO 3166-1 code. The
file is read once per process; a request only decides which countries are links (those of the
country facet it is given) and how dark each is, so the map costs no query of its own.
"""

import functools
import json
from pathlib import Path

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

GEOMETRY = Path(__file__).resolve().parent / "map_data" / "europe.json"

# Shades by how many agreements a country has: (class suffix, fewest agreements, legend).
BUCKETS = [
    ("b3", 5, _("5 ir daugiau sutarčių")),
    ("b2", 2, _("2–4 sutartys")),
    ("b1", 1, _("1 sutartis")),
]


@functools.cache
def geometry():
    """The committed geometry, parsed once per process: {"viewBox", "countries": {code: d}}."""
    return json.loads(GEOMETRY.read_text(encoding="utf-8"))


def bucket(count):
    return next(suffix for suffix, fewest, _legend in BUCKETS if count >= fewest)


def partner_map(country_options, listing_url):
    """What templates/partnerships/includes/partner_map.html draws.

    country_options: the cooperation page's country facet (`.value` ISO code, `.label` the name
    in the reader's language, `.count` agreements). Each country with agreements becomes a link
    to `listing_url?country=XX`, titled with its name and count; every other country is drawn
    plain, for orientation. A country the geometry lacks is left to the text list beside it.
    """
    shapes = geometry()["countries"]
    options = {option.value: option for option in country_options if option.count}
    partners = [
        {
            "code": code,
            "d": shapes[code],
            "href": f"{listing_url}?country={code}",
            "title": ngettext(
                "%(country)s: %(count)s sutartis",
                "%(country)s: %(count)s sutartys",
                option.count,
            )
            % {"country": option.label, "count": option.count},
            "bucket": bucket(option.count),
        }
        for code, option in options.items()
        if code in shapes
    ]
    return {
        "view_box": geometry()["viewBox"],
        "plain": [{"code": code, "d": d} for code, d in shapes.items() if code not in options],
        "partners": partners,
        "legend": [{"bucket": suffix, "text": text} for suffix, _fewest, text in BUCKETS],
    }
