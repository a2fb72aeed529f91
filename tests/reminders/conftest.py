"""The reminders' tests: staff in the agreements' administrators' group (made by the editors'
groups migration) and agreements running out, around a pinned day."""

import datetime
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest

from pages.permissions import COOPERATION_ADMINS, NEWS_EDITORS
from tests import factories as f

TODAY = datetime.date(2025, 10, 2)


def days(n):
    return TODAY + datetime.timedelta(days=n)


def staff(username, *, group=COOPERATION_ADMINS, **fields):
    fields.setdefault("email", f"{username}@vvg.example")
    user = get_user_model().objects.create_user(username, **fields)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def leave(user):
    user.is_active = False
    user.save()


@pytest.fixture
def people(db):
    """Two administrators who get mail, one who has left (inactive), one without an address;
    Rasa, a news editor named responsible for some agreements; and a user who may not use the
    admin at all."""
    found = SimpleNamespace(
        ona=staff("ona", first_name="Ona", last_name="Onaitė"),
        jonas=staff("jonas", first_name="Jonas", last_name="Jonaitis"),
        left=staff("isejusi"),
        no_address=staff("be-adreso", email=""),
        rasa=staff("rasa", group=NEWS_EDITORS, first_name="Rasa", last_name="Rasaitė"),
        outsider=staff("pasalinis", group=None),
    )
    leave(found.left)
    return found


def ending(title, in_days, **fields):
    druskininkai = f.make_partner("Druskininkų vietos veiklos grupė")
    return f.make_partnership(
        druskininkai,
        title=title,
        signed_on=datetime.date(2023, 1, 10),
        validity_end="until",
        valid_until=days(in_days),
        **fields,
    )
