"""What one run of the loader found and added, and how it adds a page, a term or an agreement."""

import re
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import CommandError
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.utils.translation import ngettext_lazy

from wagtail.log_actions import log
from wagtail.models import Page

from pages.models import (
    DocumentIndexPage,
    HomePage,
    NetworkMembership,
    NewsIndexPage,
    NewsPage,
    ProfilePage,
    ProjectIndexPage,
    ProjectPage,
    StandardPage,
)
from partnerships.models import (
    AgreementType,
    Partner,
    Partnership,
    PartnershipCountry,
    PartnershipIndexPage,
    PartnershipPartner,
)
from partnerships.models.lifecycle import ValidityEnd

FIXTURES_DIR = Path(settings.BASE_DIR) / "fixtures"
PAGES_FIXTURE = FIXTURES_DIR / "pages.json"
PARTNERSHIPS_FIXTURE = FIXTURES_DIR / "partnerships.json"
NEWS_FIXTURE = FIXTURES_DIR / "news.json"
MEMBERSHIPS_FIXTURE = FIXTURES_DIR / "memberships.json"

# Rich text in pages.json links to another initial page by slug: <a href="page:kontaktai">.
PAGE_PLACEHOLDER = re.compile(r'href="page:([\w-]+)"')


class AgreementLifecycle:
    """Not a model: an existing agreement's validity, ending and predecessor, as the loader
    fills them from the fixture; counted and named like the records it adds."""

    _meta = SimpleNamespace(verbose_name=_lazy("sutarties galiojimas"))


# How the command counts what it found or added: "1 sutartis", "2 sutartys", "24 sutartys",
# "10 sutarčių" (Lithuanian's three plural forms are in locale/lt).
COUNTED = {
    HomePage: ngettext_lazy("%(count)d pradžios puslapis", "%(count)d pradžios puslapiai", "count"),
    StandardPage: ngettext_lazy(
        "%(count)d turinio puslapis", "%(count)d turinio puslapiai", "count"
    ),
    ProfilePage: ngettext_lazy(
        "%(count)d organizacijos profilis", "%(count)d organizacijos profiliai", "count"
    ),
    DocumentIndexPage: ngettext_lazy(
        "%(count)d dokumentų sąrašas", "%(count)d dokumentų sąrašai", "count"
    ),
    NetworkMembership: ngettext_lazy(
        "%(count)d narystė tinkle", "%(count)d narystės tinkluose", "count"
    ),
    PartnershipIndexPage: ngettext_lazy(
        "%(count)d bendradarbiavimo puslapis", "%(count)d bendradarbiavimo puslapiai", "count"
    ),
    ProjectIndexPage: ngettext_lazy(
        "%(count)d projektų sąrašas", "%(count)d projektų sąrašai", "count"
    ),
    ProjectPage: ngettext_lazy("%(count)d projektas", "%(count)d projektai", "count"),
    NewsIndexPage: ngettext_lazy(
        "%(count)d naujienų sąrašas", "%(count)d naujienų sąrašai", "count"
    ),
    NewsPage: ngettext_lazy("%(count)d naujiena", "%(count)d naujienos", "count"),
    AgreementType: ngettext_lazy("%(count)d sutarties tipas", "%(count)d sutarčių tipai", "count"),
    Partner: ngettext_lazy("%(count)d partneris", "%(count)d partneriai", "count"),
    Partnership: ngettext_lazy("%(count)d sutartis", "%(count)d sutartys", "count"),
    AgreementLifecycle: ngettext_lazy(
        "%(count)d sutarties galiojimas", "%(count)d sutarčių galiojimai", "count"
    ),
}

# Row state of the database the fixture was dumped from (revisions, locks, timestamps, uploaded
# files): a loaded agreement starts its own history. `live` is kept: a dumped draft stays a draft.
NOT_LOADED_FIELDS = {
    "latest_revision",
    "live_revision",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
    "expired",
    "locked",
    "locked_at",
    "locked_by",
    "document",
    "created_at",
    "updated_at",
    # People are not content: a responsible person is chosen by the staff of each database.
    "responsible",
}

# What the loader may fill in an agreement that already exists, group by group, each only while
# the whole group is still empty (the text says what an editor had not yet entered).
LIFECYCLE_GROUPS = {
    "validity": ("valid_from", "validity_end", "valid_until"),
    "ending": ("ended_how", "ended_on", "ended_precision"),
}
EMPTY_LIFECYCLE = {
    "valid_from": None,
    "validity_end": ValidityEnd.UNKNOWN,
    "valid_until": None,
    "ended_how": "",
    "ended_on": None,
}


class InitialContent:
    """What one run found already there and what it added, item by item."""

    def __init__(self):
        self.found = []
        self.added = []

    @cached_property
    def home(self):
        home = HomePage.objects.first()
        if home is None:
            raise CommandError(_("Nėra pradžios puslapio: pirma paleiskite `manage.py migrate`."))
        return home

    @staticmethod
    def summary(items):
        """ "7 turinio puslapiai, 24 sutartys": the found or added items counted by kind."""
        counts = Counter(model for model, _label in items)
        return ", ".join(COUNTED[model] % {"count": n} for model, n in counts.items())

    @staticmethod
    def labels(items):
        """ "sutartis „…“; partneris „…“": each item by its kind and name."""
        return "; ".join(f"{model._meta.verbose_name} „{label}“" for model, label in items)

    def _found(self, obj, label):
        self.found.append((type(obj), label))
        return obj

    def _added(self, obj, label):
        self.added.append((type(obj), label))
        return obj

    # Pages

    def page(self, parent, page_type, *, slug, title, show_in_menus=False, before=None, **fields):
        """The page `slug` under `parent`, created and published when missing.

        `page_type` is a model or an "app_label.ModelName" string. A type allowed once per site
        (max_count 1) counts as present wherever an editor put it. `before` names the slug of a
        sibling the new page goes in front of (menu order), when that sibling exists.
        """
        model = apps.get_model(page_type) if isinstance(page_type, str) else page_type
        existing = self._existing_page(parent, model, slug)
        if existing is not None:
            return self._found(existing, existing.title)

        values = {name: self._field_value(model, name, value) for name, value in fields.items()}
        page = model(title=title, slug=slug, show_in_menus=show_in_menus, **values)
        sibling = parent.get_children().filter(slug=before).first() if before else None
        if sibling is not None:
            sibling.add_sibling(pos="left", instance=page)
        else:
            parent.add_child(instance=page)
        log(instance=page, action="wagtail.create", content_changed=True)
        page.save_revision().publish()
        return self._added(page, page.title)

    def fill_home(self, **fields):
        """Content for the home page, which migration pages/0002 creates blank: filled only while
        it is still untouched (no revision yet), never over an editor's text."""
        home = self.home
        if home.revisions.exists():
            return self._found(home, home.title)
        for name, value in fields.items():
            setattr(home, name, self._field_value(HomePage, name, value))
        home.save_revision().publish()
        return self._added(home, home.title)

    def page_tree(self, parent, spec):
        """One entry of pages.json and its children."""
        page = self.page(
            parent,
            spec["type"],
            slug=spec["slug"],
            title=spec["title"],
            show_in_menus=spec.get("show_in_menus", False),
            **spec.get("fields", {}),
        )
        for child in spec.get("children", []):
            self.page_tree(page, child)
        return page

    def _existing_page(self, parent, model, slug):
        if model.max_count == 1:
            # One per language: the one in this tree's language.
            page = model.objects.filter(locale_id=parent.locale_id).first()
            if page is not None:
                return page
        page = parent.get_children().filter(slug=slug).first()
        return page.specific if page else None

    def _field_value(self, model, name, value):
        # Dates arrive as ISO text and StreamFields as their JSON: the field makes them Python.
        return model._meta.get_field(name).to_python(self._link_pages(value))

    def _link_pages(self, value):
        if isinstance(value, str):
            return PAGE_PLACEHOLDER.sub(self._page_link, value)
        if isinstance(value, list):
            return [self._link_pages(item) for item in value]
        if isinstance(value, dict):
            return {key: self._link_pages(item) for key, item in value.items()}
        return value

    def _page_link(self, match):
        # Links resolve within the tree being loaded: the English pages' within the English home.
        root = getattr(self, "link_root", None) or self.home
        target = Page.objects.descendant_of(root).filter(slug=match[1]).first()
        if target is None:
            raise CommandError(
                _("pages.json nurodo puslapį „%(slug)s“, kuris turi būti aprašytas anksčiau.")
                % {"slug": match[1]}
            )
        return f'linktype="page" id="{target.pk}"'

    # The cooperation record

    def vocabulary(self, model, fields):
        """An agreement type or partner: found by slug or by name, else created."""
        existing = model.objects.filter(
            Q(slug=fields["slug"]) | Q(name__iexact=fields["name"])
        ).first()
        if existing is not None:
            return self._found(existing, existing.name)
        obj = model(**_plain_values(model, fields))
        obj.full_clean()
        obj.save()
        return self._added(obj, obj.name)

    def agreement(
        self,
        fields,
        partner_links,
        *,
        agreement_type,
        partners,
        project,
        countries=(),
        follows=None,
    ):
        """A published agreement (with its first revision), unless one has this slug already.
        `countries`: those it involves besides its partners' (ISO codes); `follows`: the
        agreement it follows. An existing one gets only what `agreement_lifecycle` fills."""
        existing = Partnership.objects.filter(slug=fields["slug"]).first()
        if existing is not None:
            self._found(existing, existing.title)
            self.agreement_lifecycle(existing, fields, follows)
            return existing

        partnership = Partnership(**_plain_values(Partnership, fields))
        publish = partnership.live
        partnership.agreement_type = agreement_type
        partnership.project = project
        partnership.follows = follows
        partnership.live = False
        partnership.partner_links = [
            PartnershipPartner(partner=partners[link["partner"][0]], role=link.get("role", ""))
            for link in sorted(partner_links, key=lambda link: link.get("sort_order") or 0)
        ]
        partnership.country_links = [PartnershipCountry(country=code) for code in countries]
        partnership.full_clean()
        partnership.save()
        log(instance=partnership, action="wagtail.create", content_changed=True)
        revision = partnership.save_revision()
        if publish:
            revision.publish()
        return self._added(partnership, partnership.title)

    def agreement_lifecycle(self, agreement, fields, follows):
        """Fill an existing agreement's validity, ending and predecessor from the fixture where
        they are still empty or "not known", group by group; never over an editor's value, and
        not while an editor's draft waits (it would be published with them)."""
        values = _plain_values(Partnership, fields)
        changed = []
        for group in LIFECYCLE_GROUPS.values():
            given = {name: values[name] for name in group if name in values}
            empty_in_fixture = all(
                given.get(name, EMPTY_LIFECYCLE.get(name)) == EMPTY_LIFECYCLE.get(name)
                for name in group
                if name in EMPTY_LIFECYCLE
            )
            empty_here = all(
                getattr(agreement, name) == EMPTY_LIFECYCLE[name]
                for name in group
                if name in EMPTY_LIFECYCLE
            )
            if given and not empty_in_fixture and empty_here:
                for name, value in given.items():
                    setattr(agreement, name, value)
                changed.append(group)
        if follows is not None and agreement.follows_id is None and follows.pk != agreement.pk:
            agreement.follows = follows
            changed.append("follows")
        if not changed or agreement.has_unpublished_changes:
            return
        try:
            agreement.full_clean()
        except ValidationError:
            return  # an editor's dates disagree with the text's: theirs win, nothing is filled
        revision = agreement.save_revision()
        if agreement.live:
            revision.publish()
        else:
            agreement.save()
        self._added(AgreementLifecycle(), agreement.title)


def _plain_values(model, fields):
    """The fixture's non-relation fields as Python values; relations are resolved by the caller."""
    values = {}
    for name, raw in fields.items():
        field = model._meta.get_field(name)
        if not field.is_relation:
            values[field.attname] = field.to_python(raw)
    return values
