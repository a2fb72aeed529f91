"""The "Bendradarbiavimas" admin: agreements, partners and agreement types, as staff use them.

Agreements are snippets with drafts, revisions, preview, scheduled publishing and locking (all
given by the model's mixins); this module chooses what their lists show, filter and export, and
makes deleting a partner or type that agreements still use a clear refusal instead of an error.
"""

from django.contrib import messages
from django.db.models import Count
from django.shortcuts import redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn, UpdatedAtColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
)
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail.snippets.widgets import AdminSnippetChooser

from partnerships.admin_filters import PartnerAdminFilterSet, PartnershipAdminFilterSet
from partnerships.admin_views import (
    EXPORT_COLUMNS,
    InUseDeleteView,
    PartnershipCopyView,
    PartnershipIndexView,
    PartnershipInspectView,
    agreements_using,
    partner_names,
    refusal_message,
    responsible_name,
    status_text,
    validity_words,
    with_publication_schedule,
)
from partnerships.forms import PartnerCreationForm
from partnerships.models import AgreementType, Partner, Partnership


class CooperationSnippetViewSet(SnippetViewSet):
    #: The list's "add" button; Wagtail's "Pridėti sutartis" puts the noun in the wrong case.
    add_item_label = None

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(add_item_label=self.add_item_label, **kwargs)


class PartnershipChooserWidget(AdminSnippetChooser):
    def __init__(self, model, **kwargs):
        super().__init__(model, **kwargs)
        # The chooser names the earlier agreement an agreement follows.
        self.choose_one_text = _("Pasirinkite ankstesnę sutartį")
        self.choose_another_text = _("Pasirinkite kitą sutartį")
        self.link_to_chosen_text = _("Redaguoti sutartį")


class PartnershipChooserColumnsMixin:
    # Titles repeat ("Bendradarbiavimo sutartis su ..."): the date tells them apart.
    @property
    def columns(self):
        return [
            *super().columns,
            Column("signed_on", label=_("Data"), accessor=lambda p: p.signed.display()),
        ]


class PartnershipChooseView(PartnershipChooserColumnsMixin, ChooseView):
    page_subtitle = None


class PartnershipChooseResultsView(PartnershipChooserColumnsMixin, ChooseResultsView):
    pass


class PartnershipChooserViewSet(SnippetChooserViewSet):
    choose_view_class = PartnershipChooseView
    choose_results_view_class = PartnershipChooseResultsView
    page_title = _("Pasirinkite sutartį")

    @cached_property
    def widget_class(self):
        return PartnershipChooserWidget(model=self.model, icon=self.icon)


class PartnershipViewSet(CooperationSnippetViewSet):
    model = Partnership
    icon = "doc-full"
    menu_label = _("Sutartys")
    add_item_label = _("Nauja sutartis")
    index_view_class = PartnershipIndexView
    # The search box: PartnershipIndexView searches through vvg_site.textsearch, as the site does.
    search_backend_name = None
    search_fields = ["title"]
    chooser_viewset_class = PartnershipChooserViewSet
    copy_view_class = PartnershipCopyView
    inspect_view_class = PartnershipInspectView
    inspect_view_enabled = True
    inspect_view_fields = [
        "title",
        "signed_on",
        "agreement_type",
        "partners",
        "countries",
        "scope",
        "project",
        "summary",
        "document",
        "external_url",
        "slug",
        "status",
        "validity",
        "follows",
        "responsible",
    ]
    filterset_class = PartnershipAdminFilterSet
    list_display = [
        Column(
            "signed_on",
            label=_("Data"),
            accessor=lambda partnership: partnership.signed.display(),
            sort_key="signed_on",
        ),
        "title",
        Column(
            "agreement_type",
            label=_("Tipas"),
            accessor="agreement_type.name",
            sort_key="agreement_type__name",
        ),
        Column("partners", label=_("Partneriai"), accessor=partner_names),
        # The status and the end date in one column (a narrow table keeps the titles legible).
        Column("validity", label=_("Galiojimas"), accessor=validity_words, sort_key="valid_until"),
        Column("responsible", label=_("Atsakingas asmuo"), accessor=responsible_name),
        LiveStatusTagColumn(label=_("Būsena"), accessor=status_text),
        UpdatedAtColumn(label=_("Atnaujinta")),
    ]
    ordering = "-signed_on"
    list_per_page = 50
    list_export = list(EXPORT_COLUMNS)
    export_headings = {name: heading for name, (heading, _value) in EXPORT_COLUMNS.items()}
    export_filename = "sutartys"

    def get_queryset(self, request):
        listed = Partnership.objects.for_listing().select_related("responsible", "follows")
        return with_publication_schedule(listed)


class PartnerChooserWidget(AdminSnippetChooser):
    def __init__(self, model, **kwargs):
        super().__init__(model, **kwargs)
        # Wagtail's "Pasirinkti partneris" puts the noun in the wrong case.
        self.choose_one_text = _("Pasirinkite partnerį")
        self.choose_another_text = _("Pasirinkite kitą partnerį")
        self.link_to_chosen_text = _("Redaguoti partnerį")


class PartnerChooserColumnsMixin:
    # Names alone can be alike ("... vietos veiklos grupė"); the country and region tell them apart.
    @property
    def columns(self):
        return [
            *super().columns,
            Column("short_name", label=_("Trumpas pavadinimas")),
            Column("country", label=_("Šalis"), accessor="country.name"),
            Column("region", label=_("Savivaldybė ar regionas")),
        ]


class PartnerChooseView(PartnerChooserColumnsMixin, ChooseView):
    # The title already says "partnerį"; Wagtail would repeat the model name beside it.
    page_subtitle = None


class PartnerChooseResultsView(PartnerChooserColumnsMixin, ChooseResultsView):
    pass


class PartnerChooserViewSet(SnippetChooserViewSet):
    """The partner chooser, with a tab to create a partner without leaving the agreement form."""

    choose_view_class = PartnerChooseView
    choose_results_view_class = PartnerChooseResultsView
    creation_form_class = PartnerCreationForm
    page_title = _("Pasirinkite partnerį")
    creation_tab_label = _("Naujas partneris")
    create_action_label = _("Sukurti ir pasirinkti")
    create_action_clicked_label = _("Kuriama…")

    @cached_property
    def widget_class(self):
        return PartnerChooserWidget(model=self.model, icon=self.icon)


class AgreementTypeChooserViewSet(SnippetChooserViewSet):
    # A handful of types: a plain drop-down is quicker than a chooser window.
    register_widget = False


class PartnerViewSet(CooperationSnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partneriai")
    add_item_label = _("Naujas partneris")
    chooser_viewset_class = PartnerChooserViewSet
    delete_view_class = InUseDeleteView
    filterset_class = PartnerAdminFilterSet
    # Plain substring search: finds "Druskinink" in every database, with the filters composed.
    search_backend_name = None
    search_fields = ["name", "short_name", "region"]
    list_display = [
        "name",
        "short_name",
        Column("kind", label=_("Rūšis"), accessor="get_kind_display", sort_key="kind"),
        Column("country", label=_("Šalis"), accessor="country.name", sort_key="country"),
        "region",
        Column(
            "agreement_count",
            label=_("Sutarčių"),
            accessor="agreement_count",
            sort_key="agreement_count",
        ),
    ]
    ordering = "name"
    list_per_page = 50

    def get_queryset(self, request):
        return Partner.objects.annotate(agreement_count=Count("agreement_links"))


class AgreementTypeViewSet(CooperationSnippetViewSet):
    model = AgreementType
    icon = "tag"
    menu_label = _("Sutarčių tipai")
    add_item_label = _("Naujas sutarties tipas")
    chooser_viewset_class = AgreementTypeChooserViewSet
    delete_view_class = InUseDeleteView
    search_backend_name = None
    search_fields = ["name"]
    list_display = [
        "name",
        Column(
            "agreement_count",
            label=_("Sutarčių"),
            accessor="agreement_count",
            sort_key="agreement_count",
        ),
    ]
    ordering = "name"

    def get_queryset(self, request):
        return AgreementType.objects.annotate(agreement_count=Count("partnerships"))


class CooperationViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Bendradarbiavimas")
    menu_icon = "group"
    menu_order = 200
    items = (PartnershipViewSet, PartnerViewSet, AgreementTypeViewSet)


register_snippet(CooperationViewSetGroup)


@hooks.register("before_delete_snippet")
def refuse_deleting_records_in_use(request, instances):
    """The bulk delete of partners or types: refused, naming the agreements that use them.

    (The single delete view shows the same refusal on its own page.)
    """
    refused = False
    for instance in instances:
        agreements = list(agreements_using(instance))
        if agreements:
            messages.error(request, refusal_message(instance, agreements))
            refused = True
    if refused:
        return redirect(instances[0].snippet_viewset.get_url_name("list"))
    return None
