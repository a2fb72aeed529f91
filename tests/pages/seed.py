"""Running `manage.py load_initial_data` in the tests of the organisation's initial content."""

from io import StringIO

from django.core.management import call_command

from wagtail.models import Page, Revision

from partnerships.models import AgreementType, Partner, Partnership, PartnershipPartner


def load(*args):
    out = StringIO()
    call_command("load_initial_data", *args, stdout=out)
    return out.getvalue()


def database_counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "agreements": Partnership.objects.count(),
        "partner_links": PartnershipPartner.objects.count(),
        "partners": Partner.objects.count(),
        "types": AgreementType.objects.count(),
    }
