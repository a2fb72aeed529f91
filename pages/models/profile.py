""" "Apie mus": the organisation's profile as a LEADER local action group.

The editor's prose (intro and body, as on any page) comes first; below it the page gathers the
records the staff keep (pages.models.organisation, documents, strategy): the sector balance of
the members and of each decision-making body, with the majority rule computed for today, the
board with its terms, the team, the networks, the strategy in force and the latest documents.
A section without records is left out. Each section is one query (or a fixed few), whatever
its length.
"""

from collections import Counter

from django.db import models
from django.db.models import F, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.charts import sector_chart
from pages.models.document_index import DocumentIndexPage
from pages.models.documents import DocumentType, PublicDocument, with_records_lastmod
from pages.models.organisation import (
    DecisionBody,
    Member,
    NetworkMembership,
    Seat,
    Sector,
    SectorBalance,
    TeamMember,
)
from pages.models.settings import OrganisationSettings
from pages.models.strategy import StrategyPage
from pages.structured_data import organisation_data
from partnerships.models import PartnershipIndexPage
from vvg_site.core.blocks import BodyStreamBlock
from vvg_site.core.pagetree import PageLink, page_tree, public
from vvg_site.core.seo import site_root_url

#: How many of the newest documents the profile lists before linking to all of them.
PROFILE_DOCUMENTS = 5


class ProfilePage(Page):
    """ "Apie mus": one per language; its sections come from the records, never typed."""

    intro = models.TextField(
        _("santrauka"),
        blank=True,
        max_length=500,
        help_text=_("Vienas ar du sakiniai: rodomi po antrašte ir paieškos rezultatuose."),
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name=_("turinys"),
        help_text=_(
            "Laisvas tekstas. Nariai, valdyba, administracija, narystė tinkluose, strategija ir "
            "dokumentai rodomi po juo iš įrašų (meniu „Organizacija“)."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.StrategyPage", "pages.DocumentIndexPage", "pages.StandardPage"]
    max_count = 1

    class Meta:
        verbose_name = _("organizacijos profilis")
        verbose_name_plural = _("organizacijos profiliai")

    # --- the sections, each a fixed number of queries -------------------------------------------

    @staticmethod
    def members(day):
        """The members on `day`, grouped by sector (in Sector's order, empty sectors left out),
        and the balance of the sectors, counted from the same rows (one query)."""
        members = list(Member.objects.in_force(day).for_listing())
        groups = [(sector, [m for m in members if m.sector == sector.value]) for sector in Sector]
        balance = SectorBalance(day, dict(Counter(member.sector for member in members)))
        return [(sector, group) for sector, group in groups if group], balance

    @staticmethod
    def decision_bodies(day):
        """The bodies with seats in force on `day`, each with those seats (`seats_in_force`,
        chair first) and their `balance`, counted from the same seats (two queries)."""
        seats = Prefetch(
            "seats", queryset=Seat.objects.in_force(day).for_listing(), to_attr="seats_in_force"
        )
        bodies = list(DecisionBody.objects.prefetch_related(seats))
        for body in bodies:
            body.balance = SectorBalance(day, dict(Counter(s.sector for s in body.seats_in_force)))
            body.chart = sector_chart(body.balance, show_limit=True)
            body.chart_id = f"body-chart-{body.pk}"
        return [body for body in bodies if body.seats_in_force]

    @staticmethod
    def team():
        return list(
            TeamMember.objects.select_related("photo").prefetch_related("photo__renditions")
        )

    @staticmethod
    def memberships(request=None):
        """Every network membership, each with `agreement_link`: the permalink of its live
        agreement, or None."""
        memberships = list(NetworkMembership.objects.for_listing())
        live = [m.agreement for m in memberships if m.agreement_id and m.agreement.live]
        PartnershipIndexPage.with_permalinks(live, "agreement", request=request)
        for membership in memberships:
            agreement = membership.agreement if membership.agreement_id else None
            membership.agreement_link = getattr(agreement, "permalink", None)
        return memberships

    def strategies(self, request=None):
        """The live strategies under this page, newest period first."""
        pages = public(StrategyPage.objects.live().child_of(self), request)
        return list(pages.order_by("-period_start", "-period_end", "path"))

    @staticmethod
    def strategy_in_force(strategies, year):
        """The strategy whose period holds `year`, else the newest one."""
        return next(
            (s for s in strategies if s.covers(year)), strategies[0] if strategies else None
        )

    @staticmethod
    def documents(strategy, limit=PROFILE_DOCUMENTS):
        """(the newest public documents, the strategy's public documents), in one query: the
        newest of the union are the newest of all, as any newer one is among them."""
        public = PublicDocument.objects.public()
        wanted = Q(pk__in=public.newest_first().values("pk")[:limit])
        if strategy is not None:
            wanted |= Q(strategy__translation_key=strategy.translation_key)
        found = list(
            public.filter(wanted)
            .annotate(strategy_key=F("strategy__translation_key"))
            .newest_first()
            .for_listing()
        )
        key = strategy.translation_key if strategy is not None else None
        return found[:limit], [d for d in found if key is not None and d.strategy_key == key]

    def document_index(self, request=None):
        """The live, public document list under this page, as a link (from the page tree when
        the request has one)."""
        if request is None:
            page = DocumentIndexPage.objects.live().public().child_of(self).first()
            return PageLink(page.pk, page.url, page.title) if page else None
        tree = page_tree(request)
        for entry in tree.children.get(self.path, {}).values():
            if entry.live and not entry.restricted and entry.is_a(DocumentIndexPage):
                return PageLink(entry.id, tree.url(entry, request), entry.title)
        return None

    def get_sitemap_urls(self, request=None):
        """The page changes when its records do: its lastmod is the newest of both."""
        return with_records_lastmod(
            self,
            super().get_sitemap_urls(request),
            Member,
            DecisionBody,
            TeamMember,
            NetworkMembership,
            PublicDocument,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        member_groups, member_balance = self.members(today)
        strategies = self.strategies(request)
        strategy = self.strategy_in_force(strategies, today.year)
        latest_documents, strategy_documents = self.documents(strategy)
        context.update(
            {
                "today": today,
                "member_groups": member_groups,
                "member_chart": sector_chart(member_balance),
                "decision_bodies": self.decision_bodies(today),
                "team": self.team(),
                "memberships": self.memberships(request),
                "strategy": strategy,
                "strategy_documents": [
                    d
                    for d in strategy_documents
                    if d.document_type != DocumentType.STRATEGY_AMENDMENT
                ],
                "strategy_amendments": [
                    d
                    for d in strategy_documents
                    if d.document_type == DocumentType.STRATEGY_AMENDMENT
                ],
                "other_strategies": [s for s in strategies if s is not strategy],
                "latest_documents": latest_documents,
                "document_index": self.document_index(request),
            }
        )
        if not getattr(request, "is_preview", False):
            context["organisation_ld"] = organisation_data(
                OrganisationSettings.load(request_or_site=request),
                site_root_url(request),
                members=[m for _sector, group in member_groups for m in group],
                team=context["team"],
                networks=context["memberships"],
                day=today,
            )
        return context
