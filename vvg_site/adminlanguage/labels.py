"""Labels Wagtail 7.4 builds from a field's name ("Password", "Page", "Site name", "Port") or a
model's class name (Locale: "Locale", "2 locales"): give them the translated label of the model
field or of Wagtail's own catalogue.

Each fix names the Wagtail class it completes; the browser walk fails if an upgrade renames
one and the English comes back.
"""

from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import LoginForm
from wagtail.admin.forms.workflows import WorkflowPageForm
from wagtail.models import Locale, Site
from wagtail.sites.views import IndexView as SiteIndexView
from wagtail.users.forms import PagePermissionsForm


def translate_derived_labels():
    # Locale has no verbose names: Django derives "locale"/"locales" from the class name, shown
    # in the group form's permission headings and the locales list's count.
    Locale._meta.verbose_name = _("locale")
    Locale._meta.verbose_name_plural = _("locales")
    LoginForm.base_fields["password"].label = _("Password")
    WorkflowPageForm.base_fields["page"].label = _("Page")
    PagePermissionsForm.base_fields["page"].label = _("Page")
    for column in SiteIndexView.columns:
        if column.name in ("port", "site_name", "root_page"):
            column.label = capfirst(Site._meta.get_field(column.name).verbose_name)
