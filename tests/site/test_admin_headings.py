"""Every heading the staff see in the admin's forms has one style: capitalised, as Wagtail
capitalises the labels it makes from the fields' names ("Pavadinimas", "Sutarties tipas").
The headings the project writes itself (panels, blocks) were lowercase beside them:
"pasirašymo data" and "partneriai" between "Pavadinimas" and "Sutarties tipas"."""

from django.urls import reverse

from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import get_page_models

import pytest
from bs4 import BeautifulSoup

from pages.models import OrganisationSettings
from tests import factories

pytestmark = pytest.mark.django_db


def headings(response):
    """The panel headings and field labels of an admin form, as the page shows them."""
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    found = html.select("main .w-panel__heading, main label.w-field__label")
    return [" ".join(el.get_text(" ", strip=True).removesuffix("*").split()) for el in found]


def lowercase(texts):
    return [text for text in texts if text and text[0].islower()]


def test_the_agreement_form_headings_are_capitalised_as_wagtail_capitalises_field_labels(
    admin_client,
):
    agreement = factories.make_partnership(factories.make_partner("Birštono VVG"))
    for url in (
        reverse("wagtailsnippets_partnerships_partnership:add"),
        reverse("wagtailsnippets_partnerships_partnership:edit", args=[agreement.pk]),
    ):
        panel_headings = [
            " ".join(el.get_text(" ", strip=True).removesuffix("*").split())
            for el in BeautifulSoup(admin_client.get(url).content, "html.parser").select(
                "main .w-panel__heading"
            )
        ]
        assert panel_headings[:10] == [
            "Pavadinimas",
            "Pavadinimas anglų kalba",
            "Pasirašymo data",
            "Sutarties tipas",
            "Galiojimas",
            "Partneriai",
            "Partneris",  # a partner's row (the empty row the "Pridėti" button copies)
            "Kitos šalys",
            "Bendras projektas",
            "Santrauka",
        ]
        assert not lowercase(headings(admin_client.get(url)))


def page_form_urls():
    """The form of every page type of the project: an add form under a parent that allows it,
    or the edit form of the one page a type allows per site (home, news and projects indexes)."""
    home = factories.home_page()
    existing = {"homepage": home}
    existing["projectindexpage"] = factories.make_project_index()
    existing["newsindexpage"] = factories.make_news_index()
    parents = {"projectpage": existing["projectindexpage"], "newspage": existing["newsindexpage"]}
    urls = {}
    for model in get_page_models():
        meta = model._meta
        if meta.app_label not in ("pages", "partnerships"):
            continue
        if meta.model_name in existing:
            urls[meta.model_name] = reverse(
                "wagtailadmin_pages:edit", args=[existing[meta.model_name].pk]
            )
        else:
            parent = parents.get(meta.model_name, home)
            urls[meta.model_name] = reverse(
                "wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, parent.pk]
            )
    return urls


def test_every_admin_form_of_the_project_capitalises_its_headings(admin_client):
    urls = {
        **page_form_urls(),
        "partner": reverse("wagtailsnippets_partnerships_partner:add"),
        "agreementtype": reverse("wagtailsnippets_partnerships_agreementtype:add"),
        "settings": reverse(
            "wagtailsettings:edit",
            args=[OrganisationSettings._meta.app_label, OrganisationSettings._meta.model_name],
        ),
    }
    assert {"homepage", "standardpage", "newspage", "projectpage", "partnershipindexpage"} <= set(
        urls
    )
    found = {
        name: lowercase(headings(admin_client.get(url, follow=True))) for name, url in urls.items()
    }
    assert found == {name: [] for name in urls}


def block_labels(block, path=""):
    """(path, label) of a block and of every block inside it, as the editor sees them."""
    yield path or block.name, str(block.label)
    for name, child in getattr(block, "child_blocks", {}).items():
        yield from block_labels(child, f"{path}.{name}" if path else name)
    if isinstance(block, blocks.ListBlock):
        yield from block_labels(block.child_block, f"{path}.item")


def test_every_block_of_a_page_body_has_a_capitalised_label():
    # Blocks are drawn by the admin's scripts, so their labels are read from the definitions:
    # each block's heading ("Antraštė") and its fields' labels ("Tekstas", "Lygis").
    labels = [
        (f"{model.__name__}.{field.name}.{path}", label)
        for model in get_page_models()
        for field in model._meta.get_fields()
        if isinstance(field, StreamField)
        for name, child in field.stream_block.child_blocks.items()
        for path, label in block_labels(child, name)
    ]
    assert ("StandardPage.body.heading.text", "Tekstas") in labels
    assert [(path, label) for path, label in labels if label[0].islower()] == []
