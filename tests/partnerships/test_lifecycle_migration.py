"""An existing database migrates to the agreements' lifecycle without losing anything: a database
made with the schema before it (migration 0003) and its data is migrated forward, and every
agreement comes out with its data whole and its validity "not known"."""

import datetime

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

import pytest

from partnerships.models import Partnership
from vvg_site.reminders.models import AgreementReminder

BEFORE = [("partnerships", "0003_english_texts")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_existing_database_migrates_and_every_agreement_comes_out_not_known():
    old = migrate(BEFORE)
    kind = old.get_model("partnerships", "AgreementType").objects.create(
        name="bendradarbiavimo sutartis", slug="bendradarbiavimo-sutartis"
    )
    partner = old.get_model("partnerships", "Partner").objects.create(
        name="Druskininkų vietos veiklos grupė", slug="druskininku-vvg", kind="lag", country="LT"
    )
    old_partnership = old.get_model("partnerships", "Partnership")
    for n, (signed_on, precision) in enumerate(
        [
            (datetime.date(2022, 1, 11), "day"),
            (datetime.date(2018, 8, 1), "month"),
            (datetime.date(2021, 1, 1), "year"),
        ]
    ):
        agreement = old_partnership.objects.create(
            title=f"Sutartis {n}",
            title_en=f"Agreement {n}",
            slug=f"sutartis-{n}",
            signed_on=signed_on,
            signed_precision=precision,
            agreement_type=kind,
            summary=f"<p>Santrauka {n}.</p>",
            live=True,
        )
        old.get_model("partnerships", "PartnershipPartner").objects.create(
            partnership=agreement, partner=partner, sort_order=0
        )
    before = list(
        old_partnership.objects.order_by("pk").values(
            "pk", "title", "title_en", "slug", "signed_on", "signed_precision", "summary", "live"
        )
    )

    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    after = list(
        Partnership.objects.order_by("pk").values(
            "pk", "title", "title_en", "slug", "signed_on", "signed_precision", "summary", "live"
        )
    )
    assert after == before
    statuses = Partnership.objects.with_status().values_list(
        "validity_end", "valid_from", "valid_until", "ended_how", "ended_on", "follows", "_status"
    )
    assert list(statuses) == [("unknown", None, None, "", None, None, "unknown")] * 3
    assert [a.partners[0].name for a in Partnership.objects.all()] == [
        "Druskininkų vietos veiklos grupė"
    ] * 3
    assert all(a.validity_text() == "" for a in Partnership.objects.all())
    assert not AgreementReminder.objects.exists()
