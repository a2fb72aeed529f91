"""`{{ permission|permission_name }}`: a permission's name in Lithuanian.

Django stores the names of its add/change/delete/view permissions in English ("Can add page")
and Wagtail shows the stored name; the name of a model's own permission is translated through
the catalogue that declared it ("Publish any page")."""

from django import template
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

register = template.Library()

ACTIONS = {
    "add": _("Gali pridėti: %(model)s"),
    "change": _("Gali keisti: %(model)s"),
    "delete": _("Gali ištrinti: %(model)s"),
    "view": _("Gali peržiūrėti: %(model)s"),
}


@register.filter
def permission_name(permission):
    action, _separator, model_name = permission.codename.partition("_")
    model = permission.content_type.model_class()
    if action in ACTIONS and model is not None and model._meta.model_name == model_name:
        return ACTIONS[action] % {"model": model._meta.verbose_name}
    return gettext(permission.name)
