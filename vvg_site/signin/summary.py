"""What a second-factor reset did, in Lithuanian with its three plural forms (1, 2, 10 and 21)."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext


def reset_summary(username, devices, attempts):
    removed = ngettext(
        "pašalintas %(count)d įrenginys", "pašalinti %(count)d įrenginiai", devices
    ) % {"count": devices}
    cleared = ngettext(
        "išvalytas %(count)d nesėkmingų prisijungimų įrašas",
        "išvalyti %(count)d nesėkmingų prisijungimų įrašai",
        attempts,
    ) % {"count": attempts}
    return _("Naudotojo „%(username)s“ antrasis veiksnys atstatytas: %(removed)s, %(cleared)s.") % {
        "username": username,
        "removed": removed,
        "cleared": cleared,
    }
