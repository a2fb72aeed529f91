"""Tiny builders for the tests' own data: each test states the few facts it depends on."""

import datetime
import itertools

from django.urls import reverse
from django.utils.text import slugify

from wagtail.models import Locale, Page

import pytest

from pages.models import (
    DecisionBody,
    DocumentIndexPage,
    HomePage,
    Member,
    NetworkMembership,
    NewsIndexPage,
    NewsPage,
    ProfilePage,
    ProjectIndexPage,
    ProjectPage,
    PublicDocument,
    Seat,
    StandardPage,
    StrategyPage,
    TeamMember,
)
from partnerships.models import (
    AgreementType,
    Partner,
    Partnership,
    PartnershipIndexPage,
    PartnershipPartner,
)
from vvg_site.core.dates import Precision

_seq = itertools.count(1)


def home_page():
    """The (Lithuanian) home page; its English translation is made with translate()."""
    return HomePage.objects.get(locale=Locale.get_default())


def add_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def make_standard_page(parent=None, **fields):
    fields.setdefault("title", f"Puslapis {next(_seq)}")
    return add_child(parent or home_page(), StandardPage(**fields))


def make_project_index(**fields):
    fields.setdefault("title", "Projektai")
    fields.setdefault("slug", "projektai")
    return add_child(home_page(), ProjectIndexPage(**fields))


def make_project(index=None, **fields):
    fields.setdefault("title", f"Projektas {next(_seq)}")
    index = index or ProjectIndexPage.objects.first() or make_project_index()
    return add_child(index, ProjectPage(**fields))


def make_partnership_index(**fields):
    fields.setdefault("title", "Bendradarbiavimas")
    fields.setdefault("slug", "bendradarbiavimas")
    return add_child(home_page(), PartnershipIndexPage(**fields))


def make_type(name="bendradarbiavimo sutartis", **fields):
    return AgreementType.objects.get_or_create(name=name, defaults=fields)[0]


def make_partner(name=None, **fields):
    fields.setdefault("kind", "lag")
    return Partner.objects.create(name=name or f"Partneris {next(_seq)}", **fields)


def make_partnership(
    *partners,
    signed_on=datetime.date(2020, 5, 13),
    precision=Precision.DAY,
    until=None,
    live=True,
    agreement_type=None,
    **fields,
):
    """An agreement with these partners; published unless live=False (a never-published draft)."""
    fields.setdefault("title", f"Sutartis {next(_seq)}")
    partnership = Partnership(
        signed_on=signed_on,
        signed_precision=precision,
        signed_until=until,
        agreement_type=agreement_type or make_type(),
        live=live,
        **fields,
    )
    partnership.save()
    for order, partner in enumerate(partners or [make_partner()]):
        PartnershipPartner.objects.create(
            partnership=partnership, partner=partner, sort_order=order
        )
    if live:
        partnership.save_revision().publish()
    else:
        partnership.save_revision()
    return partnership


def make_page_in_admin(client, parent, page_model, data, *, publish=True):
    """A page made as an editor makes it: the admin's add form posted by a signed-in client.

    Checks what Wagtail's `assertCanCreate` checks (the type may be added under the parent, the
    form is accepted, the editor is sent on as after a save) and returns the page it made.
    """
    assert page_model in parent.specific_class.allowed_subpage_models()
    data = dict(data)
    if "slug" not in data and "title" in data:
        data["slug"] = slugify(data["title"])
    if publish:
        data["action-publish"] = "action-publish"
    meta = page_model._meta
    add_url = reverse("wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, parent.pk])
    response = client.post(add_url, data, follow=True)
    assert response.status_code == 200
    if not response.redirect_chain:
        form = (response.context or {}).get("form")
        pytest.fail(f"the admin refused the page: {form.errors if form else response.content}")
    if publish:
        expected_url = reverse("wagtailadmin_explore", args=[parent.pk])
    else:
        expected_url = reverse(
            "wagtailadmin_pages:edit", args=[Page.objects.order_by("pk").last().pk]
        )
    assert response.redirect_chain == [(expected_url, 302)]
    return page_model.objects.child_of(parent).get(slug=data["slug"])


def page_tree_titles():
    return list(Page.objects.filter(depth__gt=1).values_list("title", flat=True))


def make_news_index(**fields):
    fields.setdefault("title", "Naujienos")
    fields.setdefault("slug", "naujienos")
    return add_child(home_page(), NewsIndexPage(**fields))


def make_news(
    index=None, *, projects=(), partnerships=(), tags=(), live=True, owner=None, **fields
):
    """A news item under the news index; published unless live=False (a never-published draft)."""
    fields.setdefault("title", f"Naujiena {next(_seq)}")
    fields.setdefault("lead", "Trumpai apie tai, kas įvyko.")
    fields.setdefault("date", datetime.date(2022, 9, 30))
    index = index or NewsIndexPage.objects.first() or make_news_index()
    page = NewsPage(owner=owner, **fields)
    page.related_projects = list(projects)
    page.related_partnerships = list(partnerships)
    page.tags.add(*tags)
    if live:
        return add_child(index, page)
    page.live = False
    index.add_child(instance=page)
    page.save_revision()
    return page


def make_image(title="Piliakalnis", size=(800, 500), colour=(31, 92, 46)):
    """A Wagtail image of a plain colour, made in memory (no file fixture to keep)."""
    import io

    from django.core.files.images import ImageFile

    from wagtail.images import get_image_model

    from PIL import Image as PILImage

    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, "JPEG")
    file = ImageFile(buffer, name=f"vaizdas-{next(_seq)}.jpg")
    return get_image_model().objects.create(title=title, file=file)


def make_document(title="Veiklos ataskaita"):
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model

    file = ContentFile(b"%PDF-1.4\n%%EOF\n", name=f"dokumentas-{next(_seq)}.pdf")
    return get_document_model().objects.create(title=title, file=file)


def druskininkai_and_elsbeere():
    """The small record the browser paths walk: a cooperation page, an agreement with Druskininkų
    VVG and one with it and an Austrian LAG together. Returns the two partners."""
    make_partnership_index()
    druskininkai = make_partner(
        "Druskininkų vietos veiklos grupė", short_name="Druskininkų VVG", slug="druskininku-vvg"
    )
    austria = make_partner("LAG Elsbeere Wienerwald", country="AT", slug="elsbeere")
    make_partnership(
        druskininkai, title="Sutartis su Druskininkų VVG", signed_on=datetime.date(2014, 9, 15)
    )
    make_partnership(
        druskininkai,
        austria,
        title="CultTrips bendradarbiavimo sutartis",
        signed_on=datetime.date(2018, 8, 1),
        precision="month",
    )
    return druskininkai, austria


def translate(page, **fields):
    """The page's English translation, as the admin's "Translate" makes it, with its English
    fields, published (translate the parent first)."""
    english = Locale.objects.get(language_code="en")
    translation = page.specific.copy_for_translation(english).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    translation.save_revision().publish()
    return translation


# --- the organisation's profile -------------------------------------------------------------------


def make_profile_page(**fields):
    fields.setdefault("title", "Apie mus")
    fields.setdefault("slug", "apie-mus")
    return add_child(home_page(), ProfilePage(**fields))


def make_member(name=None, sector="civil", **fields):
    if "partner" not in fields:
        fields.setdefault("name", name or f"Narys {next(_seq)}")
    member = Member(sector=sector, **fields)
    member.full_clean()
    member.save()
    return member


def make_body(name="Valdyba", **fields):
    return DecisionBody.objects.create(name=name, **fields)


def make_seat(body, member, start=datetime.date(2023, 6, 1), end=None, *, chair=False, **fields):
    return Seat.objects.create(
        body=body, member=member, term_start=start, term_end=end, is_chair=chair, **fields
    )


def make_team_member(name=None, role="projektų vadovė", **fields):
    person = TeamMember(name=name or f"Darbuotoja {next(_seq)}", role=role, **fields)
    person.full_clean()
    person.save()
    return person


def make_network(name="Lietuvos kaimo bendruomenių sąjunga", **fields):
    return NetworkMembership.objects.create(name=name, **fields)


def make_public_document(
    title=None, document_type="ataskaita", date=datetime.date(2023, 5, 10), document=None, **fields
):
    title = title or f"Dokumentas {next(_seq)}"
    return PublicDocument.objects.create(
        title=title,
        document_type=document_type,
        date=date,
        document=document or make_document(title),
        **fields,
    )


def make_strategy(profile, **fields):
    fields.setdefault("title", "Alytaus rajono vietos plėtros strategija")
    fields.setdefault("period_start", 2023)
    fields.setdefault("period_end", 2027)
    return add_child(profile, StrategyPage(**fields))


def make_document_index(profile, **fields):
    fields.setdefault("title", "Dokumentai")
    fields.setdefault("slug", "dokumentai")
    return add_child(profile, DocumentIndexPage(**fields))
