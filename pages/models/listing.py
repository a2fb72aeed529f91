"""What the site's one-per-site listing pages share: a short introduction above their list."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class ListingPage(Page):
    """A page under the home page that lists its own children ("Naujienos", "Projektai")."""

    intro = RichTextField(_("įžanga"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["pages.HomePage"]
    max_count = 1

    class Meta:
        abstract = True
