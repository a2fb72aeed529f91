"""Where the site lists its own URLs: the sitemap names each once, the home page advertises the
feeds, and a CDN purge names every cached path of the cooperation page once."""

import threading
import xml.etree.ElementTree as ET  # noqa: N817
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache

import pytest
from bs4 import BeautifulSoup

from partnerships.models import PartnershipIndexPage
from tests import factories as f

pytestmark = pytest.mark.django_db
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture
def record(home):
    index = f.make_partnership_index()
    druskininkai = f.make_partner("Druskininkų vietos veiklos grupė")
    vdu = f.make_partner("Vytauto Didžiojo universitetas", kind="university")
    f.make_partnership(druskininkai, vdu, title="Sutartis su VDU ir Druskininkais")
    f.make_partnership(druskininkai, title="Sutartis su Druskininkų VVG")
    f.make_partnership(f.make_partner("Tik juodraštyje"), title="Juodraštis", live=False)
    return index


def test_the_sitemap_names_every_page_permalink_and_partner_once(client, record):
    root = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 - our own sitemap
    locs = [loc.text for loc in root.findall("sm:url/sm:loc", SITEMAP_NS)]
    repeated = [loc for loc, n in Counter(locs).items() if n > 1]
    assert not repeated
    base = "http://testserver/bendradarbiavimas/"
    assert {loc for loc in locs if loc.startswith(base + "partneriai/")} == {
        base + "partneriai/druskininku-vietos-veiklos-grupe/",
        base + "partneriai/vytauto-didziojo-universitetas/",
    }
    assert sum(1 for loc in locs if loc.startswith(base + "sutartis-")) == 2


def test_the_home_page_advertises_the_news_and_agreement_feeds(client, record):
    f.make_news_index()
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    feeds = {
        link["href"]: link["type"]
        for link in soup.find_all("link", rel="alternate")
        if link.get("type")
    }
    assert feeds == {
        "/naujienos/rss/": "application/rss+xml",
        "/naujienos/atom/": "application/atom+xml",
        "/bendradarbiavimas/sutartys.atom": "application/atom+xml",
    }
    for href in feeds:
        assert client.get(href).status_code == 200


class PurgeRecorder(BaseHTTPRequestHandler):
    """A cache server that accepts PURGE, as Varnish would, and remembers what it was told."""

    purged = []

    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.purged.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_server():
    PurgeRecorder.purged = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()


def test_a_purge_names_every_cached_path_of_the_cooperation_page_once(record, purge_server):
    host, port = purge_server.server_address
    backends = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://{host}:{port}",
        }
    }
    index = PartnershipIndexPage.objects.get()
    purge_pages_from_cache([index], backend_settings=backends)

    purged = PurgeRecorder.purged
    assert len(purged) == len(set(purged))
    assert set(purged) == {
        "/bendradarbiavimas/",
        "/bendradarbiavimas/zemelapis/",
        "/bendradarbiavimas/export.csv",
        "/bendradarbiavimas/export.json",
        "/bendradarbiavimas/sutartys.atom",
        "/bendradarbiavimas/sutartis-su-vdu-ir-druskininkais/",
        "/bendradarbiavimas/sutartis-su-druskininku-vvg/",
        "/bendradarbiavimas/partneriai/druskininku-vietos-veiklos-grupe/",
        "/bendradarbiavimas/partneriai/vytauto-didziojo-universitetas/",
    }
