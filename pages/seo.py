"""What search engines and link previews read: robots.txt, canonical URLs, structured data."""

import json
from html import unescape

from django.core.serializers.json import DjangoJSONEncoder
from django.shortcuts import render
from django.urls import reverse
from django.utils.encoding import iri_to_uri
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from wagtail.images.models import SourceImageIOError
from wagtail.models import Site

# The networks the organisation belongs to, as its own cooperation text states them
# ("Lietuvos VVG tinklo narė"; "nuo 2015 m. spalio 1 d. yra Lietuvos kaimo bendruomenių
# sąjungos narė"). Only names: no addresses or links the source does not give.
NETWORKS = [
    {"@type": "Organization", "name": "Lietuvos vietos veiklos grupių tinklas"},
    {"@type": "Organization", "name": "Lietuvos kaimo bendruomenių sąjunga"},
]

# The fund every FundingPeriod names (EŽŪFKP); the EU's own Lithuanian name for the EAFRD.
EAFRD_NAME = "Europos žemės ūkio fondas kaimo plėtrai"

# Meta descriptions beyond this are cut off in search results anyway.
DESCRIPTION_LENGTH = 160

# A rendition for link previews and search results: never enlarged, JPEG for every reader.
SHARE_IMAGE_SPEC = "width-1200|format-jpeg"

# As Django's json_script: inside <script> these could end the element or open a comment.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def site_root_url(request):
    """The public scheme and host ("https://example.lt"), as Wagtail's own page URLs use."""
    site = Site.find_for_request(request)
    return site.root_url if site else request.build_absolute_uri("/").rstrip("/")


def canonical_url(request):
    """This address without its query, percent-encoded as the sitemap and Wagtail write it.

    request.path is decoded ("/naujienos/pasirašyta/"); one page must have one spelling.
    """
    return site_root_url(request) + iri_to_uri(request.path)


@require_safe
@cache_control(max_age=60 * 60 * 24)
def robots_txt(request):
    context = {"sitemap_url": site_root_url(request) + reverse("sitemap")}
    return render(request, "robots.txt", context, content_type="text/plain; charset=utf-8")


def json_ld(data):
    """A <script type="application/ld+json"> element whose text cannot break out of it."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(_JSON_SCRIPT_ESCAPES)),  # noqa: S308 - escaped just above
    )


def organisation_data(organisation, root_url):
    """schema.org Organization from the details editors entered; empty fields are left out."""
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": organisation.name,
        "url": root_url + "/",
        "email": organisation.email,
        "telephone": organisation.phone,
        "address": organisation.address,
        "identifier": organisation.company_code,
        "sameAs": [url for _label, url in organisation.social_links],
        "memberOf": NETWORKS,
    }
    return {key: value for key, value in data.items() if value}


def plain_text(html_or_text, length=DESCRIPTION_LENGTH):
    """Rich text (or plain text) as one line of plain text, cut at a word near `length`."""
    text = " ".join(unescape(strip_tags(str(html_or_text or ""))).split())
    return Truncator(text).chars(length)


def absolute_url(root_url, url):
    """Media may already be served from another host; a path gets the site's host."""
    return root_url + url if url.startswith("/") else url


def share_image_url(image, root_url):
    """An absolute URL of the image's share rendition; None when its file is missing."""
    if not image:
        return None
    try:
        return absolute_url(root_url, image.get_rendition(SHARE_IMAGE_SPEC).url)
    except SourceImageIOError:
        return None  # a lost original: better no image in previews than a broken page


def _filled(data):
    return {key: value for key, value in data.items() if value}


def news_article_data(page, *, canonical, root_url, organisation, projects):
    """schema.org NewsArticle from what the editor entered; nothing is guessed.

    datePublished is the news date as the page shows it (a day, no invented time);
    dateModified only when the last publication is not before it.
    """
    modified = page.last_published_at
    if modified is not None and modified.date() < page.date:
        modified = None
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title,
        "datePublished": page.date.isoformat(),
        "dateModified": modified.isoformat() if modified else None,
        "description": plain_text(page.lead),
        "image": share_image_url(page.main_image, root_url),
        "publisher": {"@type": "Organization", "name": organisation.name, "url": root_url + "/"},
        "mainEntityOfPage": canonical,
        "about": [
            {"@type": "Project", "name": project.title, "url": project.get_full_url()}
            for project in projects
        ],
    }
    return _filled(data)


def project_data(page, *, canonical, partners):
    """schema.org Project (an Organization subtype, hence foundingDate/dissolutionDate).

    Dates keep their precision ("2021", "2022-07"); the end counts only once the project is
    completed, as before that it is a plan. The funder is named only for EU-funded periods,
    all of which are EAFRD (EŽŪFKP) programmes.
    """
    from pages.models import ProjectStatus

    completed = page.status == ProjectStatus.COMPLETED
    data = {
        "@context": "https://schema.org",
        "@type": "Project",
        "name": page.title,
        "description": plain_text(page.summary) or plain_text(page.aims),
        "url": canonical,
        "identifier": page.project_number,
        "areaServed": page.territory,
        "foundingDate": page.start.iso() if page.start else None,
        "dissolutionDate": page.end.iso() if page.end and completed else None,
        "funder": {"@type": "Organization", "name": EAFRD_NAME} if page.funding_period else None,
        "member": [
            _filled({"@type": "Organization", "name": partner.name, "url": partner.website})
            for partner in partners
        ],
    }
    return _filled(data)
