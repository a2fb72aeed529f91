"""Synthetic agreements for the benchmark (bench/run.py), never for a real site.

Realistic in shape: Lithuanian and foreign partners of the kinds the organisation signs with,
the agreement types it uses, dates from 2009 on known to the day, the month or only the year,
several partners per agreement, and about one draft in ten. Everything it makes has a slug
starting with "bench-", so running it again tops the set up to N instead of duplicating it.
"""

import datetime
import random

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from pages.models import HomePage
from partnerships.models import (
    AgreementType,
    Partner,
    PartnerKind,
    Partnership,
    PartnershipIndexPage,
    PartnershipPartner,
)
from vvg_site.core.dates import Precision
from vvg_site.sitecache.models import CacheGeneration
from vvg_site.textsearch.index import rebuild

PREFIX = "bench-"
TYPES = [
    "bendradarbiavimo sutartis",
    "jungtinės veiklos sutartis",
    "ketinimų bendradarbiauti protokolas",
    "bendradarbiavimo susitarimas",
    "partnerystės sutartis",
]
PLACES = [
    "Druskininkų", "Varėnos krašto", "Birštono", "Prienų rajono", "Trakų krašto",
    "Kauno rajono", "Ukmergės rajono", "Tauragės rajono", "Zarasų–Visagino regiono",
    "Kaišiadorių rajono", "Raseinių rajono", "Kėdainių rajono", "Jonavos rajono",
    "Širvintų rajono", "Elektrėnų", "Lazdijų rajono", "Jurbarko rajono", "Rietavo",
    "Molėtų rajono", "Utenos rajono", "Ignalinos rajono", "Švenčionių rajono",
]  # fmt: skip
FOREIGN = [
    ("Kodukant Läänemaa", "EE"), ("Märkische Seen", "DE"), ("Elsbeere Wienerwald", "AT"),
    ("Latgales partnerība", "LV"), ("Lokalna Grupa Działania Suwalszczyzna", "PL"),
    ("Pohjois-Karjalan Leader", "FI"), ("Leader Gotland", "SE"),
    ("Regionalentwicklung Mittelhessen", "DE"),
]  # fmt: skip
TOPICS = [
    "dėl patirties mainų įgyvendinant vietos plėtros strategijas",
    "dėl teritorinio bendradarbiavimo projekto rengimo",
    "dėl lėtojo turizmo skatinimo",
    "dėl jaunimo užimtumo kaime",
    "dėl sumanių kaimų modelių",
    "dėl etninės kultūros išsaugojimo",
]


class Command(BaseCommand):
    help = "Papildo sintetines bandymų sutartis iki --partnerships N (bench/run.py)."

    def add_arguments(self, parser):
        parser.add_argument("--partnerships", type=int, required=True)
        parser.add_argument("--seed", type=int, default=7)

    def handle(self, *args, partnerships, seed, **options):
        if partnerships < 1:
            raise CommandError("--partnerships turi būti teigiamas skaičius.")
        rng = random.Random(seed)
        with transaction.atomic():
            self.ensure_index_page()
            types = [AgreementType.objects.get_or_create(name=name)[0] for name in TYPES]
            partners = self.ensure_partners(max(12, partnerships // 8))
            existing = Partnership.objects.filter(slug__startswith=PREFIX).count()
            made = self.add_agreements(existing, partnerships, types, partners, rng)
            # bulk_create sends no save signals: index the synthetic records for the search,
            # and start a new content generation, as publishing them would.
            rebuild([Partner, Partnership])
            CacheGeneration.bump()
        # The planner's statistics, as autovacuum would gather them a minute after a bulk load:
        # without them PostgreSQL ranks the search with the wrong index (315 ms instead of 9 ms
        # for one word at N = 2,000), and the benchmark would measure that minute.
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(
            f"Sintetinių sutarčių iš viso: {existing + made}, naujai sukurta: {made}."
        )

    def ensure_index_page(self):
        if not PartnershipIndexPage.objects.exists():
            home = HomePage.objects.get()
            index = PartnershipIndexPage(title="Bendradarbiavimas", slug="bendradarbiavimas")
            home.add_child(instance=index)
            index.save_revision().publish()

    def ensure_partners(self, count):
        partners = list(Partner.objects.filter(slug__startswith=PREFIX).order_by("pk"))
        for n in range(len(partners), count):
            if n % 5 == 4:
                name, country = FOREIGN[n // 5 % len(FOREIGN)]
                kind = PartnerKind.FOREIGN_NGO
            else:
                name = f"{PLACES[n % len(PLACES)]} vietos veiklos grupė"
                country, kind = "LT", PartnerKind.LAG
            partners.append(
                Partner.objects.create(
                    name=f"{name} ({n + 1})" if n >= len(PLACES) else name,
                    kind=kind,
                    country=country,
                    slug=f"{PREFIX}partneris-{n + 1}",
                )
            )
        return partners

    def add_agreements(self, existing, total, types, partners, rng):
        new = []
        for n in range(existing, total):
            signed = datetime.date(2009, 1, 1) + datetime.timedelta(days=rng.randrange(17 * 365))
            precision = rng.choices([Precision.DAY, Precision.MONTH, Precision.YEAR], [7, 2, 1])[0]
            if precision == Precision.MONTH:
                signed = signed.replace(day=1)
            elif precision == Precision.YEAR:
                signed = signed.replace(month=1, day=1)
            agreement_type = rng.choice(types)
            new.append(
                Partnership(
                    title=f"{agreement_type.name.capitalize()} {rng.choice(TOPICS)} ({n + 1})",
                    slug=f"{PREFIX}sutartis-{n + 1}",
                    signed_on=signed,
                    signed_precision=precision,
                    agreement_type=agreement_type,
                    summary=f"<p>Šalys susitarė {rng.choice(TOPICS)}.</p>",
                    live=rng.random() > 0.1,
                )
            )
        Partnership.objects.bulk_create(new, batch_size=500)
        created = Partnership.objects.filter(slug__in=[a.slug for a in new])
        links = []
        for agreement in created:
            for order, partner in enumerate(rng.sample(partners, rng.choice([1, 1, 2, 3]))):
                links.append(
                    PartnershipPartner(partnership=agreement, partner=partner, sort_order=order)
                )
        PartnershipPartner.objects.bulk_create(links, batch_size=1000)
        return len(new)
