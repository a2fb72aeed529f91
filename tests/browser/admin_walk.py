"""Every admin screen a staff member can reach, and every text on it, for the language walk in
test_admin_speaks_lithuanian.py.

`admin_screens()` lists the screens by URL name (the sidebar's own menu adds any screen a new app
registers); `collect_texts()` reads a screen as Chromium shows it: each text, the text of each
short element (a string with inline markup spans several text nodes), every placeholder,
`aria-label`, `title`, `alt` and tooltip, the button values and the `<template>`s that JavaScript
turns into forms and menus. `open_the_panels()` opens what JavaScript renders only on demand: the
side panels (preview, checks, history, minimap), the block picker and the choosers' windows.
"""

import contextlib
import json

from django.contrib.auth.models import Group, User
from django.urls import NoReverseMatch, reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Task, Workflow, get_page_models
from wagtail.snippets.models import get_snippet_models

from playwright.sync_api import TimeoutError as PlaywrightTimeout

COLLECT_TEXTS = """() => {
    const texts = new Map();
    const where = (element) => element.tagName.toLowerCase()
        + (element.id ? "#" + element.id : "")
        + (element.classList.length ? "." + [...element.classList].slice(0, 2).join(".") : "");
    const add = (text, element, how) => {
        text = (text || "").replace(/\\s+/g, " ").trim();
        if (text && text.length < 400 && !texts.has(text)) {
            texts.set(text, how + " of " + where(element));
        }
    };
    const ATTRIBUTES = ["placeholder", "aria-label", "title", "alt", "aria-description",
                        "aria-roledescription", "data-w-tooltip-content-value",
                        "data-tippy-content"];
    const read = (root) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
            const parent = walker.currentNode.parentElement;
            if (!parent || parent.closest("script, style, textarea")) continue;
            add(walker.currentNode.nodeValue, parent, "text");
        }
        for (const element of root.querySelectorAll("*")) {
            if (element.closest("script, style, textarea")) continue;
            if (element.children.length && element.textContent.length < 300) {
                add(element.textContent, element, "text");
            }
            for (const name of ATTRIBUTES) add(element.getAttribute(name), element, name);
            if (element.matches("input[type=submit], input[type=button], input[type=reset]")) {
                add(element.value, element, "value");
            }
            if (element.tagName === "TEMPLATE") read(element.content);
        }
    };
    read(document.body);
    for (const frame of document.querySelectorAll("iframe")) {
        const body = frame.contentDocument && frame.contentDocument.body;  // null: another origin
        if (body) read(body);
    }
    add(document.title, document.documentElement, "title");
    return [...texts];
}"""


def _url(name, *args):
    return reverse(name, args=args)


def page_screens(pages):
    urls = [_url("wagtailadmin_explore_root"), _url("wagtailadmin_pages:search") + "?q=a"]
    for page in pages:
        urls += [
            _url("wagtailadmin_explore", page.pk),
            _url("wagtailadmin_pages:edit", page.pk),
            _url("wagtailadmin_pages:history", page.pk),
            _url("wagtailadmin_pages:revisions_index", page.pk),
            _url("wagtailadmin_pages:usage", page.pk),
            _url("wagtailadmin_pages:workflow_history", page.pk),
            _url("wagtailadmin_pages:set_privacy", page.pk),
            _url("wagtailadmin_pages:add_subpage", page.pk),
        ]
    for model in get_page_models():
        if model is Page:
            continue
        meta = model._meta
        urls.append(_url("wagtailadmin_pages:type_use", meta.app_label, meta.model_name))
        parent = next((p for p in pages if model.can_create_at(p)), None)
        if parent is not None:
            urls.append(_url("wagtailadmin_pages:add", meta.app_label, meta.model_name, parent.pk))
    return urls


def snippet_screens():
    urls = [_url("wagtailsnippets:index")]
    for model in get_snippet_models():
        namespace = model.snippet_viewset.url_namespace
        urls += [_url(f"{namespace}:list"), _url(f"{namespace}:add")]
        instance = model.objects.order_by("pk").first()
        if instance is None:
            continue
        for view in ("edit", "inspect", "history", "usage"):
            with contextlib.suppress(NoReverseMatch):  # inspect is enabled for agreements only
                urls.append(_url(f"{namespace}:{view}", instance.pk))
    return urls


def media_screens():
    image = get_image_model().objects.order_by("pk").first()
    document = get_document_model().objects.order_by("pk").first()
    return [
        _url("wagtailimages:index"),
        _url("wagtailimages:add"),
        _url("wagtailimages:add_multiple"),
        _url("wagtailimages:edit", image.pk),
        _url("wagtailimages:image_usage", image.pk),
        _url("wagtailimages:url_generator", image.pk),
        _url("wagtaildocs:index"),
        _url("wagtaildocs:add"),
        _url("wagtaildocs:add_multiple"),
        _url("wagtaildocs:edit", document.pk),
        _url("wagtaildocs:document_usage", document.pk),
        _url("wagtailadmin_collections:index"),
        _url("wagtailadmin_collections:add"),
    ]


def workflow_screens():
    urls = [
        _url("wagtailadmin_workflows:index"),
        _url("wagtailadmin_workflows:add"),
        _url("wagtailadmin_workflows:task_index"),
        _url("wagtailadmin_workflows:select_task_type"),
        _url("wagtailadmin_workflows:add_task", "wagtailcore", "groupapprovaltask"),
    ]
    urls += [_url("wagtailadmin_workflows:edit", w.pk) for w in Workflow.objects.all()]
    urls += [_url("wagtailadmin_workflows:usage", w.pk) for w in Workflow.objects.all()]
    urls += [_url("wagtailadmin_workflows:edit_task", t.pk) for t in Task.objects.all()]
    return urls


def report_screens():
    return [
        _url(f"wagtailadmin_reports:{name}")
        for name in (
            "locked_pages",
            "workflow",
            "workflow_tasks",
            "site_history",
            "aging_pages",
            "page_types_usage",
        )
    ]


def setting_screens():
    return [
        _url("wagtailsettings:edit", "pages", "organisationsettings"),
        _url("wagtailsites:index"),
        _url("wagtailredirects:index"),
        _url("wagtailredirects:add"),
        _url("wagtailredirects:start_import"),
        _url("wagtailforms:index"),
    ]


def people_screens(users):
    urls = [
        _url("wagtailusers_users:index"),
        _url("wagtailusers_users:add"),
        _url("wagtailusers_groups:index"),
        _url("wagtailusers_groups:add"),
        _url("wagtailadmin_account"),
        _url("signin_enrol"),
        _url("signin_backup_codes"),
        _url("agreement_calendar_address"),
    ]
    for user in users:
        urls += [
            _url("wagtailusers_users:edit", user.pk),
            _url("wagtailusers_users:history", user.pk),
            _url("signin_reset", user.pk),
        ]
    for group in Group.objects.all():
        urls += [_url("wagtailusers_groups:edit", group.pk)]
    return urls


def one_page_of_each_type():
    """A page of each type: the screens of a second news item say nothing new."""
    pages = {}
    for page in Page.objects.filter(depth__gt=1).order_by("path"):
        pages.setdefault(page.content_type_id, page)
    return list(pages.values())


def admin_screens():
    """Every admin screen to read, for whoever may open it."""
    urls = [
        _url("wagtailadmin_home"),
        *page_screens(one_page_of_each_type()),
        *snippet_screens(),
        *media_screens(),
        *workflow_screens(),
        *report_screens(),
        *setting_screens(),
        *people_screens(User.objects.order_by("pk")),
    ]
    return list(dict.fromkeys(urls))


def sidebar_links(page):
    """The admin's own menu, as the signed-in user's sidebar lists it."""
    props = page.evaluate(
        "() => { const s = document.getElementById('wagtail-sidebar-props');"
        " return s ? s.textContent : null; }"
    )
    if not props:
        return []
    urls = []

    def visit(node):
        if isinstance(node, dict):
            url = node.get("url")
            if isinstance(url, str) and url.startswith("/admin/") and "logout" not in url:
                urls.append(url)
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(json.loads(props))
    return urls


# Buttons that open what the screen renders only when asked for.
BLOCK_PICKER = "button.c-sf-add-button"
MINIMAP_TOGGLE = "[data-minimap-container] .w-minimap__toggle"
PANEL_TOGGLES = "[data-side-panel-toggle]"
CHOOSER_BUTTON = "[data-chooser-action-choose]"


def _click_and_read(page, button, read):
    if button.count() and button.is_visible():
        button.click()
        page.wait_for_timeout(200)
        read()
        return True
    return False


def open_the_panels(page, read):
    """Open the first block picker, the minimap, each side panel and each kind of chooser,
    reading the screen after each."""
    if _click_and_read(page, page.locator(BLOCK_PICKER).first, read):
        page.keyboard.press("Escape")
    _click_and_read(page, page.locator(MINIMAP_TOGGLE).first, read)
    for toggle in page.locator(PANEL_TOGGLES).all():
        _click_and_read(page, toggle, read)
    seen = set()
    for chooser in page.locator(CHOOSER_BUTTON).all():
        kind = chooser.evaluate("(b) => (b.closest('[data-chooser-url]') || b).dataset.chooserUrl")
        if kind in seen or not chooser.is_visible():
            continue
        seen.add(kind)
        chooser.click()
        # A chooser that never opens shows no text: its button's own text was read already.
        with contextlib.suppress(PlaywrightTimeout):
            page.locator(".modal-dialog .modal-body *").first.wait_for(timeout=5000)
        read()
        page.locator(".modal.in [data-dismiss=modal]").first.click()
        page.locator(".modal.in").wait_for(state="detached", timeout=5000)
