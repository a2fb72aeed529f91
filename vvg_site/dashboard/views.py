"""The editor's guide: how the staff add agreements, partners, projects, news and the profile's
records, and how drafts, preview, scheduling and moderation work here, in Lithuanian, with links
to the screens it names."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from pages.models import (
    DecisionBody,
    Member,
    NetworkMembership,
    ProfilePage,
    ProjectIndexPage,
    PublicDocument,
    TeamMember,
)
from partnerships.models import Partner, Partnership
from vvg_site.dashboard import queries


class EditorGuideView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "dashboard/guide.html"
    page_title = _("Redaktoriaus vadovas")
    header_icon = "help"

    def get_context_data(self, **kwargs):
        news_index = queries.news_index()
        project_index = ProjectIndexPage.objects.order_by("path").first()
        profile = ProfilePage.objects.order_by("path").first()
        explore = "wagtailadmin_explore"
        return {
            **super().get_context_data(**kwargs),
            "urls": {
                "dashboard": reverse("wagtailadmin_home"),
                "agreements": queries.snippet_url(Partnership, "list"),
                "new_agreement": queries.snippet_url(Partnership, "add"),
                "partners": queries.snippet_url(Partner, "list"),
                "new_partner": queries.snippet_url(Partner, "add"),
                "projects": reverse(explore, args=[project_index.pk]) if project_index else None,
                "news": reverse(explore, args=[news_index.pk]) if news_index else None,
                "new_news": queries.add_news_url(self.request.user, news_index),
                "members": queries.snippet_url(Member, "list"),
                "bodies": queries.snippet_url(DecisionBody, "list"),
                "team": queries.snippet_url(TeamMember, "list"),
                "networks": queries.snippet_url(NetworkMembership, "list"),
                "documents": queries.snippet_url(PublicDocument, "list"),
                "profile": reverse(explore, args=[profile.pk]) if profile else None,
                "account": reverse("wagtailadmin_account"),
                "calendar": reverse("agreement_calendar_address"),
            },
        }
