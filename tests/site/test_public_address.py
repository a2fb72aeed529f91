"""One configured public address (PUBLIC_BASE_URL) for every URL the site writes about itself:
canonical links, og:url, JSON-LD, the sitemap, robots.txt, feeds and exports."""

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET  # noqa: N817
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from wagtail.models import Site

import pytest
from bs4 import BeautifulSoup

from pages.site_address import hostname_and_port, sync_after_migrate, sync_default_site
from tests import factories as f

ROOT = Path(__file__).resolve().parents[2]


def head_urls(html):
    soup = BeautifulSoup(html, "html.parser")
    canonical = soup.find("link", rel="canonical")["href"]
    og_url = soup.find("meta", property="og:url")["content"]
    ld = json.loads(soup.find("script", type="application/ld+json").string)
    return canonical, og_url, ld["url"]


@pytest.mark.django_db
def test_a_fresh_database_would_say_localhost_until_the_address_is_synced(client, home, settings):
    # The migrations' Site record names "localhost": the bug the address setting fixes.
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "localhost", 80
    site.save()
    assert head_urls(client.get("/").content)[0] == "http://localhost/"

    settings.PUBLIC_BASE_URL = "http://127.0.0.1:8000"
    sync_after_migrate(sender=None)

    response = client.get("/", HTTP_HOST="127.0.0.1:8000")
    assert head_urls(response.content) == (
        "http://127.0.0.1:8000/",
        "http://127.0.0.1:8000/",
        "http://127.0.0.1:8000/",
    )


@pytest.mark.django_db
def test_feeds_exports_and_robots_use_the_configured_address_whatever_host_was_asked(
    client, home, settings
):
    settings.ALLOWED_HOSTS = ["testserver", "other.example"]
    sync_default_site("https://vvg.example")
    index = f.make_partnership_index()
    f.make_partnership(title="Sutartis su Druskininkų VVG")
    news_index = f.make_news_index()
    f.make_news(news_index, title="Naujiena")

    ask = {"HTTP_HOST": "other.example"}
    export = client.get(index.url + "export.json", **ask).json()["results"]
    assert export[0]["url"].startswith("https://vvg.example/bendradarbiavimas/")
    for feed_url in (
        index.url + "sutartys.atom",
        news_index.url + "rss/",
        news_index.url + "atom/",
    ):
        links = [
            value
            for element in ET.fromstring(client.get(feed_url, **ask).content).iter()  # noqa: S314
            for value in (
                element.get("href"),
                element.text if element.tag in ("link", "id") else None,
            )
            if value and "://" in value
        ]
        assert links, feed_url
        assert all(link.startswith("https://vvg.example/") for link in links), (feed_url, links)
    robots = client.get("/robots.txt", **ask).content.decode()
    assert "Sitemap: https://vvg.example/sitemap.xml" in robots


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        ("https://vvg.example", ("vvg.example", 443)),
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000)),
        ("http://vvg.example/", ("vvg.example", 80)),
    ],
)
def test_the_address_becomes_the_sites_hostname_and_port(base_url, expected):
    assert hostname_and_port(base_url) == expected


@pytest.mark.parametrize(
    "base_url", ["vvg.example", "https://vvg.example:8443", "ftp://vvg.example", "https://x/y/"]
)
def test_an_address_wagtail_cannot_serve_is_refused_with_a_message(base_url):
    with pytest.raises(ImproperlyConfigured, match="PUBLIC_BASE_URL"):
        hostname_and_port(base_url)


def test_production_refuses_to_start_without_a_public_address():
    env = {k: v for k, v in os.environ.items() if k != "PUBLIC_BASE_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="vvg_site.settings.production",
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="vvg.example",
    )
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "PUBLIC_BASE_URL must be set" in result.stderr


def test_make_run_gives_the_address_it_serves_to_migrate_and_the_server():
    result = subprocess.run(
        [shutil.which("make"), "-n", "run", "HOST=127.0.0.1", "PORT=8123"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    commands = result.stdout.splitlines()
    migrate = next(line for line in commands if "manage.py migrate" in line)
    server = next(line for line in commands if "manage.py runserver" in line)
    assert "PUBLIC_BASE_URL=http://127.0.0.1:8123" in migrate
    assert "PUBLIC_BASE_URL=http://127.0.0.1:8123" in server
