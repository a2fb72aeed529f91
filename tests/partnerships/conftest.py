"""Fixtures of the cooperation record's tests: a record for the public page, the admin's staff."""

import datetime

import pytest

from tests import factories as f
from tests.module_data import module_data
from tests.partnerships.admin_helpers import build_cooperation_admin_data
from vvg_site.core.dates import Precision

D = datetime.date


@pytest.fixture
def record(db):
    """A small history shaped like the organisation's: LT and foreign partners, every precision."""
    index = f.make_partnership_index()
    druskininkai = f.make_partner(
        "Druskininkų vietos veiklos grupė", short_name="Druskininkų VVG", slug="druskininku-vvg"
    )
    birstonas = f.make_partner("Birštono vietos veiklos grupė", slug="birstono-vvg")
    vdu = f.make_partner("Vytauto Didžiojo universitetas", kind="university", slug="vdu")
    georgia = f.make_partner(
        "Dalyvavimo ir bendradarbiavimo centras", kind="foreign_ngo", country="GE", slug="dbc"
    )
    elsbeere = f.make_partner("LAG Elsbeere Wienerwald", country="AT", slug="elsbeere")
    contract = f.make_type("bendradarbiavimo sutartis")
    joint = f.make_type("jungtinės veiklos sutartis")
    protocol = f.make_type("ketinimų bendradarbiauti protokolas")
    cult_trips = f.make_project(title="Lėtos kultūros patirtys 2.00", slug="cult-trips")
    agreements = {
        "vdu": f.make_partnership(
            vdu,
            title="Sutartis su VDU",
            signed_on=D(2022, 1, 11),
            agreement_type=contract,
            summary="<p>Mokslinė, ekspertinė pagalba <b>žaliajai</b> pertvarkai.</p>",
        ),
        "food": f.make_partnership(
            birstonas,
            druskininkai,
            title="Maisto atlieka – žaliava",
            signed_on=D(2022, 7, 1),
            precision=Precision.MONTH,
            agreement_type=joint,
        ),
        "july_day": f.make_partnership(
            birstonas, title="Liepos 14-osios sutartis", signed_on=D(2022, 7, 14)
        ),
        "georgia": f.make_partnership(
            georgia,
            title="Susitarimas su Sakartvelo NVO",
            signed_on=D(2021, 1, 1),
            precision=Precision.YEAR,
            agreement_type=contract,
        ),
        "march_2021": f.make_partnership(
            vdu, title="Kovo sutartis", signed_on=D(2021, 3, 5), agreement_type=contract
        ),
        "cult_trips": f.make_partnership(
            druskininkai,
            elsbeere,
            title="CultTrips bendradarbiavimo sutartis",
            signed_on=D(2018, 8, 1),
            precision=Precision.MONTH,
            agreement_type=contract,
            project=cult_trips,
        ),
        "druskininkai_2014": f.make_partnership(
            druskininkai,
            title="Sutartis su Druskininkų VVG",
            signed_on=D(2014, 9, 15),
            agreement_type=contract,
        ),
        "austria": f.make_partnership(
            elsbeere,
            title="Ketinimų protokolas Austrijoje",
            signed_on=D(2012, 1, 24),
            precision=Precision.SPAN,
            until=D(2012, 1, 26),
            agreement_type=protocol,
        ),
        "draft": f.make_partnership(
            druskininkai,
            title="Neskelbtas juodraštis",
            signed_on=D(2023, 2, 2),
            live=False,
            slug="juodrastis",
        ),
    }
    return {"index": index, "a": agreements, "project": cult_trips}


_coop_once, coop = module_data(
    build_cooperation_admin_data,
    "coop",
    "The admin tests' staff, partners and agreements (admin_helpers.py), built once per module.",
)


@pytest.fixture
def editor_client(client, coop):
    """A client signed in as the editor with every agreement permission."""
    client.force_login(coop.editor)
    return client
