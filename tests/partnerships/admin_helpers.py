"""What the "Bendradarbiavimas" admin tests share: the staff, the partners and the agreements they
work on, and the forms and downloads as a browser would post and read them."""

import csv
import datetime
import io
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from bs4 import BeautifulSoup
from openpyxl import load_workbook

from tests import factories
from vvg_site.core.dates import Precision

AGREEMENT_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    *[
        ("partnerships", f"{action}_partnership")
        for action in ("add", "change", "delete", "publish", "lock", "unlock", "view")
    ],
    *[("partnerships", f"{action}_partner") for action in ("add", "change", "delete")],
    *[("partnerships", f"{action}_agreementtype") for action in ("add", "change", "delete")],
]


def url(model, name, *args):
    return reverse(f"wagtailsnippets_partnerships_{model}:{name}", args=args)


def make_user(username, group=None, **fields):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.lt", password="slaptas-Zodis-42", **fields
    )
    if group:
        user.groups.add(group)
    return user


def agreement_form(partners, existing=None, **fields):
    """The agreement form as the admin posts it, with the partners as inline rows.

    `existing` is the agreement being edited: rows for partners it already has keep their ids.
    """
    link_ids = (
        {link.partner_id: link.pk for link in existing.partner_links.all()} if existing else {}
    )
    data = {
        "title": "Bendradarbiavimo sutartis su Druskininkų VVG",
        "slug": "",
        "signed_on": "2022-07-01",
        "signed_precision": Precision.MONTH,
        "signed_until": "",
        "agreement_type": factories.make_type().pk,
        "partner_links": inline_formset(
            [
                {"partner": partner.pk, "role": "partner", "id": link_ids.get(partner.pk, "")}
                for partner in partners
            ],
            initial=sum(1 for partner in partners if partner.pk in link_ids),
        ),
        "country_links": inline_formset([]),
        "project": "",
        "summary": rich_text("<p>Dėl bendro projekto rengimo.</p>"),
        "document": "",
        "external_url": "",
        "valid_from": "",
        "validity_end": "unknown",
        "valid_until": "",
        "ended_how": "",
        "ended_on": "",
        "ended_precision": Precision.DAY,
        "follows": "",
        "responsible": "",
        "go_live_at": "",
        "expire_at": "",
    }
    data.update(fields)
    return nested_form_data(data)


def rendered_form(response):
    """The action and the values of the admin's edit form, as a browser would submit them."""
    soup = BeautifulSoup(response.content, "html.parser")
    form = soup.find("form", attrs={"data-edit-form": True})
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or "__prefix__" in name or field.get("type") == "submit":
            continue
        if field.name == "select":
            selected = field.find("option", selected=True)
            data[name] = selected.get("value") if selected else ""
        elif field.name == "textarea":
            data[name] = field.text
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        else:
            data[name] = field.get("value", "")
    return form["action"], data


def read_csv(response):
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.reader(io.StringIO(text)))


def read_xlsx(response):
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


def build_cooperation_admin_data():
    """Staff with and without the agreement permissions, three partners, a type, three published
    agreements and a draft: what the admin tests work on (tests/partnerships/conftest.py)."""
    group = Group.objects.create(name="Bendradarbiavimo administratoriai (testas)")
    for app_label, codename in AGREEMENT_PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    editor = make_user("redaktore", group)
    outsiders = Group.objects.create(name="Tik administravimo sritis")
    outsiders.permissions.add(Permission.objects.get(codename="access_admin"))
    outsider = make_user("pasalinis", outsiders)

    druskininkai = factories.make_partner(
        "Druskininkų vietos veiklos grupė", short_name="Druskininkų VVG"
    )
    vdu = factories.make_partner("Vytauto Didžiojo universitetas", kind="university")
    latvian = factories.make_partner("Biedrība Lauku partnerība", kind="foreign_ngo", country="LV")
    membership = factories.make_type("narystė")
    with_druskininkai = factories.make_partnership(
        druskininkai,
        title="Sutartis su Druskininkų VVG",
        signed_on=datetime.date(2022, 7, 1),
        precision=Precision.MONTH,
    )
    with_vdu = factories.make_partnership(
        vdu,
        title="Sutartis su VDU",
        signed_on=datetime.date(2014, 3, 5),
    )
    international = factories.make_partnership(
        latvian,
        druskininkai,
        title="Tarptautinis susitarimas",
        signed_on=datetime.date(2018, 1, 1),
        precision=Precision.YEAR,
        agreement_type=membership,
    )
    draft = factories.make_partnership(
        vdu,
        title="Neskelbtas juodraštis",
        signed_on=datetime.date(2023, 2, 2),
        live=False,
    )
    return SimpleNamespace(
        group=group,
        editor=editor,
        outsider=outsider,
        druskininkai=druskininkai,
        vdu=vdu,
        latvian=latvian,
        membership=membership,
        with_druskininkai=with_druskininkai,
        with_vdu=with_vdu,
        international=international,
        draft=draft,
    )
