"""The admin speaks Lithuanian, all of it: a superuser and a member of each editors' group walk
every admin screen they can reach in Chromium, and no text, placeholder, `aria-label` or `title`
on any of them is one of the installed apps' English source strings.

The English strings are every msgid of tests/vendor_catalogues.py's SOURCES (placeholders match
anything), so a Wagtail upgrade that adds strings fails here until locale/vendor/lt translates
them (README: "Translations").
"""

import time

from django.contrib.auth.models import Group, User
from django.utils.translation import get_language_info

from wagtail.admin.localization import get_available_admin_languages
from wagtail.models import Page

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from pages.permissions import COOPERATION_ADMINS, NEWS_EDITORS, NEWS_MODERATORS, PROFILE_EDITORS
from tests.browser import admin_walk
from tests.browser.site_pages import build_site_pages
from tests.vendor_catalogues import EnglishStrings, normalise, vendor_catalogue

PASSWORD = "slaptas-žodis-kalbai-42"
# username -> groups; the superuser signs in with a second factor, as production requires.
STAFF = {
    "vadove": None,
    "redaktore": NEWS_EDITORS,
    "moderatorius": NEWS_MODERATORS,
    "administratore": COOPERATION_ADMINS,
    "profilio-redaktore": PROFILE_EDITORS,
}
# Strings the walk must have met in Lithuanian: proof that it opened the screens and panels
# where they show (the sidebar, a listing's filters, the block picker, the preview, the minimap).
MUST_SEE = [
    "Skip to main content",
    "Toggle sidebar",
    "Show filters",
    "Insert a block",
    "Preview in mobile size",
    "Minimap",
    "Collapse all",
    "Workflow tasks",
    "Group approval task",
    "Visit the live page",
]
# Screens that change something on a GET or only hand back JSON.
NOT_SCREENS = ("/logout/", "/delete/", "/unpublish/", "/jsi18n/", "/sprite/", "/results/")


def language_names():
    """The account page offers each language in its own name ("English"), so that its readers
    find it: these are not English left untranslated."""
    languages = get_available_admin_languages()
    return {get_language_info(code)["name_local"] for code, _name in languages}


def make_staff():
    users = {}
    for username, group in STAFF.items():
        user = User.objects.create_user(
            username, f"{username}@vvg.example", PASSWORD, first_name="Rūta", last_name="Jonaitė"
        )
        if group is None:
            user.is_superuser = user.is_staff = True
            user.save()
            TOTPDevice.objects.create(user=user, name="telefonas", confirmed=True)
        else:
            user.groups.add(Group.objects.get(name=group))
        users[username] = user
    return users


def sign_in(context, live_server, user, read):
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    read(page)
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.press("input[name=password]", "Enter")
    device = TOTPDevice.objects.filter(user=user).first()
    if device is not None:
        assert "/kodas/" in page.url, f"no second factor asked of {user}: at {page.url}"
        read(page)
        code = totp(device.bin_key, device.step, device.t0, device.digits, device.drift)
        page.fill("input[name=token]", f"{code:06d}")
        with page.expect_navigation():
            page.press("input[name=token]", "Enter")
    assert page.url.rstrip("/").endswith("/admin"), f"{user} not signed in: at {page.url}"
    return page


def walk(page, live_server, screens, read):
    """Open each screen the user may see, read it and what its buttons open; return the
    number of screens read."""
    screens = [*admin_walk.sidebar_links(page), *screens]
    walked = 0
    for path in dict.fromkeys(screens):
        if any(part in path for part in NOT_SCREENS):
            continue
        # Ask first: a screen the user may not open sends them to the dashboard, read already.
        answer = page.request.get(live_server.url + path, max_redirects=0)
        if answer.status != 200 or "text/html" not in answer.headers.get("content-type", ""):
            continue
        page.goto(live_server.url + path)
        read(page)
        if page.locator("form [data-side-panel-toggle], .c-sf-add-button, .chooser").count():
            admin_walk.open_the_panels(page, lambda: read(page))
        walked += 1
    return walked


# About four minutes on two loaded cores: 200-odd screens, one browser, one set of data.
@pytest.mark.timeout(600)
def test_every_admin_screen_speaks_lithuanian_to_every_role(browser, live_server):
    build_site_pages()
    users = make_staff()
    screens = admin_walk.admin_screens()
    english = EnglishStrings()
    own_names = language_names()
    # What editors wrote is content, not interface: the English translation's page titles
    # ("Home") are English on purpose.
    content = set(Page.objects.values_list("title", flat=True))
    found = {}  # (username, url) -> {text: where and msgid}
    seen = set()
    started = time.monotonic()
    walked = {}
    for username, user in users.items():
        context = browser.new_context(locale="lt-LT", viewport={"width": 1280, "height": 800})

        def read(page, username=username):
            for text, where in page.evaluate(admin_walk.COLLECT_TEXTS):
                seen.add(normalise(text))
                msgid = english.source_of(text)
                if msgid is not None and text not in own_names and text not in content:
                    path = page.url.removeprefix(live_server.url)
                    found.setdefault((username, path), {})[text] = f"{where}, msgid {msgid!r}"

        try:
            page = sign_in(context, live_server, user, read)
            walked[username] = walk(page, live_server, screens, read)
        finally:
            context.close()
    seconds = time.monotonic() - started

    report = [
        f"{username} {path}: {text!r} ({source})"
        for (username, path), texts in sorted(found.items())
        for text, source in sorted(texts.items())
    ]
    print(f"walked {walked} screens in {seconds:.0f} s")
    lithuanian = {
        entry.msgid: entry.msgstr
        for domain in ("django", "djangojs")
        for entry in vendor_catalogue(domain)
    }
    unseen = [msgid for msgid in MUST_SEE if normalise(lithuanian[msgid]) not in seen]
    assert not report, f"{len(report)} English strings in the admin:\n" + "\n".join(report)
    assert not unseen, f"the walk never met these strings (in Lithuanian): {unseen}"
    assert walked["vadove"] > 80, walked
    assert all(walked.values()), walked
