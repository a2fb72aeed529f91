"""Forms of the cooperation admin that Wagtail does not build from the model alone."""

from django import forms
from django.utils.translation import gettext_lazy as _

from partnerships.models import Partner


class PartnerCreationForm(forms.ModelForm):
    """The "Naujas partneris" tab of the partner chooser: a partner added mid-agreement."""

    website = forms.URLField(label=_("Interneto svetainė"), required=False, assume_scheme="https")

    class Meta:
        model = Partner
        fields = ["name", "short_name", "kind", "country", "region", "website"]
