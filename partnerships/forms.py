"""Forms of the cooperation admin that Wagtail does not build from the model alone."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from partnerships.models import Partner


class PartnerCreationForm(forms.ModelForm):
    """The "Naujas partneris" tab of the partner chooser: a partner added mid-agreement."""

    website = forms.URLField(label=_("Interneto svetainė"), required=False, assume_scheme="https")

    class Meta:
        model = Partner
        fields = ["name", "short_name", "kind", "country", "region", "website"]

    def clean_name(self):
        # Created mid-form, a partner is easily created twice; the search tab already has it.
        name = self.cleaned_data["name"].strip()
        if Partner.objects.filter(name__iexact=name).exists():
            raise ValidationError(
                _("Partneris „%(name)s“ jau yra: pasirinkite jį kortelėje „Paieška“."),
                params={"name": name},
            )
        return name
