"""A link checker's crawl of the whole public site, with the initial content: every link, image,
stylesheet, feed and sitemap entry that names this site points at its configured address and
answers; no page names a host the site does not serve."""

import io
import json
import re
import xml.etree.ElementTree as ET  # noqa: N817
from collections import deque
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.core.management import call_command

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

# Links to other hosts come from the content (partners' and projects' websites); they are
# collected and must be https or http URLs of real hosts, never this site under another name.
OWN_HOSTS = {"testserver", "localhost", "127.0.0.1"}
# Enough for every page, permalink, partner page and the filtered views one click away.
MAX_URLS = 1500


def links_in(response):
    if response.streaming:
        return []  # a static or media file: it answered, nothing to follow
    content_type = response.get("Content-Type", "")
    body = response.content.decode("utf-8-sig")
    if "html" in content_type:
        soup = BeautifulSoup(body, "html.parser")
        found = [tag.get("href") for tag in soup.find_all(["a", "link"])]
        found += [tag.get("src") for tag in soup.find_all(["img", "script", "source", "iframe"])]
        found += [
            candidate.split()[0]
            for tag in soup.find_all(["img", "source"])
            for candidate in (tag.get("srcset") or "").split(",")
            if candidate.strip()
        ]
        found += [tag.get("content") for tag in soup.find_all("meta", property="og:url")]
        for script in soup.find_all("script", type="application/ld+json"):
            found += re.findall(r'"(https?://[^"]+)"', script.string or "")
        return [link for link in found if link]
    if "xml" in content_type:
        root = ET.fromstring(response.content)  # noqa: S314 - our own sitemap and feeds
        found = [element.get("href") for element in root.iter() if element.get("href")]
        found += [
            element.text
            for element in root.iter()
            if element.tag.rsplit("}", 1)[-1] in ("loc", "link", "id") and element.text
        ]
        return [link for link in found if "://" in link or link.startswith("/")]
    if "json" in content_type:
        return re.findall(r'"(https?://[^"]+)"', json.dumps(response.json()))
    if content_type.startswith("text/plain"):
        return re.findall(r"https?://\S+", body)
    return []


def test_a_crawl_of_the_public_site_finds_no_link_that_does_not_answer(client):
    call_command("load_initial_data", stdout=io.StringIO())
    base = settings.PUBLIC_BASE_URL
    start = ["/", "/sitemap.xml", "/robots.txt", "/paieska/?q=Druskinink"]
    queue, seen, broken, foreign_names, external = deque(start), set(start), [], [], set()
    while queue:
        path = queue.popleft()
        response = client.get(path)
        if response.status_code in (301, 302):
            target = urljoin(path, response["Location"])
            if target not in seen:
                seen.add(target)
                queue.append(target)
            continue
        if response.status_code != 200:
            broken.append((path, response.status_code))
            continue
        for link in links_in(response):
            url = urlsplit(urljoin(base + path, link))
            if url.scheme in ("mailto", "tel", "data"):
                continue
            if url.hostname in OWN_HOSTS and f"{url.scheme}://{url.netloc}" != base:
                foreign_names.append((path, link))  # this site under a name it does not serve
                continue
            if url.hostname not in OWN_HOSTS:
                external.add(f"{url.scheme}://{url.netloc}")
                continue
            target = url.path + (f"?{url.query}" if url.query else "")
            if target not in seen and len(seen) < MAX_URLS:
                seen.add(target)
                queue.append(target)

    assert not broken, broken
    assert not foreign_names, foreign_names[:10]
    assert len(seen) < MAX_URLS, "the crawl did not finish: raise MAX_URLS"
    # Every kind of public URL was reached, through links alone.
    reached = " ".join(seen)
    for kind in (
        "/bendradarbiavimas/partneriai/",
        "/export.csv",
        "/sutartys.atom",
        "/naujienos/rss/",
    ):
        assert kind in reached, kind
    assert all(host.startswith(("https://", "http://")) for host in external)
