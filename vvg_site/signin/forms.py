from django import forms
from django.utils.translation import gettext_lazy as _


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Vienkartinis kodas"),
        min_length=6,
        max_length=8,
        help_text=_("Šešių skaitmenų kodas iš autentifikavimo programėlės."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def clean_token(self):
        token = "".join(self.cleaned_data["token"].split())
        if not token.isdigit():
            raise forms.ValidationError(_("Kodą sudaro tik skaitmenys."))
        return token
