"""For an editor who lost the phone: remove their authenticator apps and backup codes and lift
their lockout. Superusers can do the same for others in the admin (Settings → Users); this
command is for one's own account or when nobody can sign in."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from vvg_site.signin.devices import reset_second_factor
from vvg_site.signin.reset_views import LOG_ACTION
from vvg_site.signin.summary import reset_summary


class Command(BaseCommand):
    help = (
        "Pašalina naudotojo autentifikavimo programėles ir atsarginius kodus ir atblokuoja jo "
        "prisijungimą; administratorius kitą kartą prisijungęs prijungs naują programėlę."
    )

    def add_arguments(self, parser):
        parser.add_argument("username", help="naudotojo vardas")

    def handle(self, *args, username, **options):
        with translation.override(settings.LANGUAGE_CODE):
            user = get_user_model().objects.filter(username=username).first()
            if user is None:
                raise CommandError(_("Naudotojo „%(username)s“ nėra.") % {"username": username})
            devices, attempts = reset_second_factor(user)
            log(user, LOG_ACTION)
            self.stdout.write(reset_summary(username, devices, attempts))
