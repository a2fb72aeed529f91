"""Admin views of the cooperation record that differ from Wagtail's generic snippet views."""

from collections import OrderedDict

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef, ProtectedError, Q
from django.db.models.functions import Cast
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import format_html_join
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Revision
from wagtail.rich_text import RichText
from wagtail.snippets.views.snippets import CopyView, DeleteView, IndexView, InspectView

from partnerships.exports import csv_safe_cell
from partnerships.models import AgreementType, Partner, Partnership
from partnerships.models.agreements import staff_name


def with_publication_schedule(queryset):
    """Marks agreements that have a revision waiting to be published, in the same query.

    Wagtail's own status text asks the database once per agreement for that.
    """
    waiting = Revision.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Partnership),
        object_id=Cast(OuterRef("pk"), CharField()),
        approved_go_live_at__isnull=False,
    )
    return queryset.annotate(_scheduled=Exists(waiting))


def status_text(partnership):
    """The publication status in words, as the list shows and the spreadsheet exports it."""
    scheduled = getattr(partnership, "_scheduled", None)
    if scheduled is None:
        scheduled = partnership.approved_schedule
    if not partnership.live:
        if partnership.expired:
            return _("nebegalioja")
        return _("suplanuota") if scheduled else _("juodraštis")
    if scheduled:
        return _("paskelbta, suplanuotas pakeitimas")
    if partnership.has_unpublished_changes:
        return _("paskelbta, yra neskelbtų pakeitimų")
    return _("paskelbta")


def validity_status(partnership):
    """Its status today, and how it ended: "galioja", "pasibaigė: įvykdyta", "nežinoma"."""
    life = partnership.lifecycle()
    if life.ending:
        return f"{life.status_label}: {life.ending_label}"
    return str(life.status_label)


def validity_words(partnership):
    """As the public site says it ("galioja iki 2025 m. gruodžio 31 d.", "įvykdyta 2022 m."),
    else "nežinoma"."""
    return partnership.validity_text() or str(partnership.lifecycle().status_label)


def responsible_name(partnership):
    return staff_name(partnership.responsible)


def iso_or_empty(value):
    return value.iso() if value else ""


def partner_names(partnership):
    return "; ".join(partner.name for partner in partnership.partners)


def country_names(partnership):
    return "; ".join(str(country.name) for country in partnership.countries)


def local_timestamp(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


# The spreadsheet columns, in order: name -> (heading, value). The date is exported both as
# people read it and in ISO 8601 at its precision, so a spreadsheet can sort and filter it.
EXPORT_COLUMNS = OrderedDict(
    [
        ("date", (gettext_lazy("Data"), lambda p: p.signed.display())),
        ("date_iso", (gettext_lazy("Data (ISO 8601)"), lambda p: p.signed.iso())),
        ("title", (gettext_lazy("Pavadinimas"), lambda p: p.title)),
        ("type", (gettext_lazy("Sutarties tipas"), lambda p: p.agreement_type.name)),
        ("partners", (gettext_lazy("Partneriai"), partner_names)),
        (
            "scope",
            (
                gettext_lazy("Aprėptis"),
                lambda p: p.scope.label,
            ),
        ),
        ("project", (gettext_lazy("Projektas"), lambda p: p.project.title if p.project else "")),
        ("status", (gettext_lazy("Būsena"), status_text)),
        ("validity", (gettext_lazy("Galiojimas"), validity_status)),
        (
            "valid_from",
            (gettext_lazy("Galioja nuo (ISO 8601)"), lambda p: p.lifecycle().start.iso()),
        ),
        (
            "valid_until",
            (
                gettext_lazy("Galioja iki (ISO 8601)"),
                lambda p: p.valid_until.isoformat() if p.valid_until else "",
            ),
        ),
        (
            "validity_end",
            (gettext_lazy("Galiojimo trukmė"), lambda p: p.get_validity_end_display()),
        ),
        ("ended_how", (gettext_lazy("Kaip baigėsi"), lambda p: p.lifecycle().ending_label)),
        (
            "ended_on",
            (gettext_lazy("Pabaigos data (ISO 8601)"), lambda p: iso_or_empty(p.lifecycle().ended)),
        ),
        (
            "follows",
            (gettext_lazy("Ankstesnė sutartis"), lambda p: p.follows.title if p.follows else ""),
        ),
        ("responsible", (gettext_lazy("Atsakingas asmuo"), responsible_name)),
        (
            "updated",
            (
                gettext_lazy("Atnaujinta"),
                lambda p: local_timestamp(getattr(p, "_updated_at", None) or p.updated_at),
            ),
        ),
    ]
)


class PartnershipIndexView(IndexView):
    """The agreements list: searched like the public page, stably ordered, exported as shown."""

    @cached_property
    def columns(self):
        # The date comes first, so the title column is not the default linked first column.
        return [
            self._get_title_column("title") if getattr(column, "name", None) == "title" else column
            for column in super().columns
        ]

    def search_queryset(self, queryset):
        # The same plain substring search as the public page (title, summary, type, partners,
        # project), which composes with every filter on any database.
        if not self.is_searching:
            return queryset
        return queryset.matching(self.search_query)

    def order_queryset(self, queryset):
        ordered = super().order_queryset(queryset)
        # Agreements often share a date (one per year, month-precision); pk keeps pages stable.
        return ordered.order_by(*ordered.query.order_by, "pk")

    def to_row_dict(self, item):
        return OrderedDict((name, EXPORT_COLUMNS[name][1](item)) for name in self.list_export)

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        # XLSX cells are typed; CSV text is read by spreadsheets, so formulas must stay text.
        if export_format == self.FORMAT_CSV and isinstance(value, str):
            return csv_safe_cell(value)
        return value


class PartnershipCopyView(CopyView):
    def get_initial_form_instance(self):
        instance = super().get_initial_form_instance()
        # The copy needs its own permalink; a blank slug is made from the new title on save.
        instance.slug = ""
        return instance


class PartnershipInspectView(InspectView):
    labels = {
        "signed_on": gettext_lazy("Pasirašymo data"),
        "partners": gettext_lazy("Partneriai"),
        "scope": gettext_lazy("Aprėptis"),
        "countries": gettext_lazy("Šalys"),
        "status": gettext_lazy("Būsena"),
        "validity": gettext_lazy("Galiojimas"),
    }

    def get_field_display_value(self, field_name, field):
        # Wagtail would print an empty project or document as "None".
        if getattr(self.object, field_name, "") is None:
            return gettext_lazy("nenurodyta")
        return super().get_field_display_value(field_name, field)

    def get_field_label(self, field_name, field):
        if field_name in self.labels:
            return capfirst(self.labels[field_name])
        return super().get_field_label(field_name, field)

    def get_signed_on_display_value(self):
        return self.object.signed.display()

    def get_partners_display_value(self):
        return format_html_join(
            ", ",
            "{}{}",
            (
                (link.partner.name, f" ({link.get_role_display()})" if link.role else "")
                for link in self.object.ordered_partner_links
            ),
        )

    def get_countries_display_value(self):
        return country_names(self.object)

    def get_scope_display_value(self):
        return EXPORT_COLUMNS["scope"][1](self.object)

    def get_status_display_value(self):
        return status_text(self.object)

    def get_validity_display_value(self):
        return validity_words(self.object)

    def get_responsible_display_value(self):
        return responsible_name(self.object) or gettext_lazy("nenurodyta")

    def get_summary_display_value(self):
        return RichText(self.object.summary)


def _revision_references(revision, obj):
    """Whether an unpublished revision's content points at this partner or type."""
    content = revision.content if revision else {}
    if isinstance(obj, AgreementType):
        return content.get("agreement_type") == obj.pk
    return any(link.get("partner") == obj.pk for link in content.get("partner_links", []))


def agreements_using(obj):
    """The agreements that still name this partner or type, in saved rows or unpublished drafts.

    A draft revision may name a partner the saved agreement does not yet have; deleting that
    partner would break the draft, so it counts as a use too.
    """
    if isinstance(obj, Partner):
        saved = Q(partner_links__partner=obj)
    elif isinstance(obj, AgreementType):
        saved = Q(agreement_type=obj)
    else:
        return Partnership.objects.none()
    drafts = [
        partnership.pk
        for partnership in Partnership.objects.filter(has_unpublished_changes=True).select_related(
            "latest_revision"
        )
        if _revision_references(partnership.latest_revision, obj)
    ]
    ids = Partnership.objects.filter(saved | Q(pk__in=drafts)).values("pk")
    return Partnership.objects.filter(pk__in=ids).order_by("-signed_on", "pk")


def refusal_message(obj, agreements):
    # "jį" fits both a partner and a type (both masculine in Lithuanian).
    return _("„%(name)s“ ištrinti negalima, nes jį naudoja šios sutartys: %(titles)s.") % {
        "name": obj,
        "titles": "; ".join(f"„{a.title}“" for a in agreements),
    }


class InUseDeleteView(DeleteView):
    """Deleting a partner or type that agreements still use is refused, naming the agreements.

    The database refuses too (on_delete=PROTECT); this view says why instead of failing.
    """

    def get_template_names(self):
        return ["partnerships/admin/confirm_delete.html"]

    @cached_property
    def agreements_in_use(self):
        return list(agreements_using(self.object))

    def run_before_hook(self):
        # Nothing will be deleted, so the deletion hooks have nothing to say yet.
        if self.agreements_in_use:
            return None
        return super().run_before_hook()

    def form_valid(self, form):
        if self.agreements_in_use:
            messages.error(self.request, refusal_message(self.object, self.agreements_in_use))
            return redirect(self.get_delete_url())
        try:
            return super().form_valid(form)
        except ProtectedError as error:
            # Used by an agreement saved between the check and the delete.
            agreements = [
                o.partnership for o in error.protected_objects if hasattr(o, "partnership")
            ]
            agreements += [o for o in error.protected_objects if isinstance(o, Partnership)]
            messages.error(self.request, refusal_message(self.object, agreements))
            return redirect(self.get_delete_url())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.agreements_in_use:
            context["is_protected"] = True
            context["agreements_in_use"] = [
                (
                    agreement,
                    reverse(agreement.snippet_viewset.get_url_name("edit"), args=[agreement.pk]),
                )
                for agreement in self.agreements_in_use
            ]
        return context
