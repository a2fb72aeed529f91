"""The "Organizacija" admin menu: the records the profile page ("Apie mus") shows.

Members, decision-making bodies (with their seats inline), the team, network memberships and
public documents are snippets edited by "Organizacijos profilio redaktoriai"
(pages/migrations/0010_profile_editors.py). They have no drafts: a saved record is public, as a
partner is; the strategy and the list of documents are pages under "Apie mus".
"""

from django.db.models.functions import Coalesce, Lower
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from pages.models import DecisionBody, Member, NetworkMembership, PublicDocument, TeamMember


class ProfileSnippetViewSet(SnippetViewSet):
    #: The list's "add" button, with the noun in the right case (Wagtail says "Pridėti nariai").
    add_item_label = None
    # Plain substring search in the database: finds part of a name on SQLite and PostgreSQL.
    search_backend_name = None

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(add_item_label=self.add_item_label, **kwargs)


class MemberIndexView(IndexView):
    """The members' list, titled (and linked to the edit form) by the name shown on the site:
    the partner's for a member linked to one."""

    @cached_property
    def columns(self):
        columns = super().columns
        title = next(column for column in columns if column.name == "name")
        title.accessor, title.sort_key, title.label = "display_name", "sort_name", _("Pavadinimas")
        return columns


def _display(accessor):
    return lambda record: getattr(record, accessor).display() if getattr(record, accessor) else ""


class MemberViewSet(ProfileSnippetViewSet):
    model = Member
    icon = "group"
    menu_label = _("Nariai")
    add_item_label = _("Naujas narys")
    index_view_class = MemberIndexView
    search_fields = ["name", "partner__name"]
    list_filter = ["sector", "kind"]
    list_display = [
        "name",
        Column("sector", label=_("Sektorius"), accessor="get_sector_display", sort_key="sector"),
        Column("kind", label=_("Rūšis"), accessor="get_kind_display", sort_key="kind"),
        Column("since", label=_("Narys nuo"), accessor=_display("joined"), sort_key="since"),
        Column("until", label=_("Narys iki"), accessor=_display("left"), sort_key="until"),
    ]
    ordering = "sort_name"
    list_per_page = 50

    def get_queryset(self, request):
        # Sorted by the name shown: the partner's for a member linked to one.
        return Member.objects.annotate(sort_name=Lower(Coalesce("partner__name", "name")))


class DecisionBodyViewSet(ProfileSnippetViewSet):
    model = DecisionBody
    icon = "tasks"
    menu_label = _("Valdyba ir kiti organai")
    add_item_label = _("Naujas sprendimų priėmimo organas")
    search_fields = ["name"]
    list_display = ["name", "name_en"]


class TeamMemberViewSet(ProfileSnippetViewSet):
    model = TeamMember
    icon = "user"
    menu_label = _("Administracija")
    add_item_label = _("Naujas darbuotojas")
    search_fields = ["name", "role"]
    list_display = ["name", "role"]


class NetworkMembershipViewSet(ProfileSnippetViewSet):
    model = NetworkMembership
    icon = "link"
    menu_label = _("Narystė tinkluose")
    add_item_label = _("Nauja narystė")
    search_fields = ["name"]
    list_display = [
        "name",
        Column("since", label=_("Narė nuo"), accessor=_display("joined"), sort_key="since"),
        Column("until", label=_("Narė iki"), accessor=_display("left"), sort_key="until"),
    ]


class PublicDocumentViewSet(ProfileSnippetViewSet):
    model = PublicDocument
    icon = "doc-full"
    menu_label = _("Vieši dokumentai")
    add_item_label = _("Naujas viešas dokumentas")
    search_fields = ["title", "title_en"]
    list_filter = ["document_type"]
    list_display = [
        "title",
        Column(
            "document_type",
            label=_("Tipas"),
            accessor="get_document_type_display",
            sort_key="document_type",
        ),
        Column("date", label=_("Data"), accessor=_display("dated"), sort_key="date"),
    ]
    ordering = "-date"
    list_per_page = 50


class OrganisationViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Organizacija")
    menu_icon = "home"
    menu_order = 210
    items = (
        MemberViewSet,
        DecisionBodyViewSet,
        TeamMemberViewSet,
        NetworkMembershipViewSet,
        PublicDocumentViewSet,
    )


register_snippet(OrganisationViewSetGroup)
