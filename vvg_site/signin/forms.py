from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from vvg_site.signin.devices import normalise_code


class TokenForm(forms.Form):
    """The authenticator app's code, confirming a new app at enrolment."""

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


class SignInCodeForm(forms.Form):
    """The code after the password: from the authenticator app, or one of the backup codes."""

    token = forms.CharField(
        label=_("Vienkartinis kodas"),
        max_length=40,
        help_text=_(
            "Šešių skaitmenų kodas iš autentifikavimo programėlės arba vienas iš atsarginių kodų."
        ),
        # Not numeric only: backup codes have letters.
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True}),
    )

    def clean_token(self):
        token = normalise_code(self.cleaned_data["token"])
        RegexValidator(
            r"^[a-z0-9]{6,16}$",
            _("Įveskite šešių skaitmenų kodą arba atsarginį kodą (raidės ir skaitmenys)."),
        )(token)
        return token
