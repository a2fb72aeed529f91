"""What makes cached pages stale: any change an anonymous visitor could see.

Pages and draftable snippets (agreements) change in public when published, unpublished, moved or
deleted, or saved whole while live (outside the admin's publishing); plain records of the content
apps (partners, agreement types, the organisation's details) and the media and site records they
show change on every save.
Drafts, revisions, logs, renditions and search-index rows never bump the generation.
"""

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.models import DraftStateMixin, Page, RevisionMixin
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from vvg_site.sitecache.models import CacheGeneration

# Records outside the content apps that visitors see on public pages.
SHOWN_RECORDS = {
    "wagtailcore.site",
    "wagtailcore.pageviewrestriction",
    # Restricting a collection hides its documents from the profile and the documents' list.
    "wagtailcore.collectionviewrestriction",
    "wagtailimages.image",
    "wagtaildocs.document",
}


def content_changed(**kwargs):
    """Bump after the commit, so no request can cache the old content under the new number.

    The test suite never commits (each test is rolled back), so it bumps at once instead
    (PAGE_CACHE_BUMP_ON_COMMIT): the next request of a test sees the change as the next
    request after a commit does.
    """
    if settings.PAGE_CACHE_BUMP_ON_COMMIT:
        transaction.on_commit(CacheGeneration.bump)
    else:
        CacheGeneration.bump()
    transaction.on_commit(purge_frontend_cache)


def record_changed(sender, instance=None, update_fields=None, **kwargs):
    if is_plain_content_record(sender):
        content_changed()
    elif (
        is_published_content(sender) and update_fields is None and getattr(instance, "live", False)
    ):
        # A live page or agreement written whole outside publishing (the shell, a fixture, a
        # loader) changes what visitors see too. Drafts, revisions and locks save named fields.
        content_changed()


def record_deleted(sender, **kwargs):
    # A deleted page or agreement disappears from the site whether or not it was live.
    if is_plain_content_record(sender) or is_published_content(sender):
        content_changed()


def is_published_content(model):
    return issubclass(model, Page | DraftStateMixin)


def is_plain_content_record(model):
    label = model._meta.label_lower
    if label in SHOWN_RECORDS:
        return True
    if model._meta.app_label not in settings.PAGE_CACHE_CONTENT_APPS:
        return False
    # Pages and agreements are saved for drafts too; their publish signals count instead.
    return not issubclass(model, Page | DraftStateMixin | RevisionMixin)


def purge_frontend_cache():
    """Tell the CDN, when one is configured, to drop every live page and its cached sub-paths.

    Menus and listings put a change on many pages, and the site has few pages, so all go.
    Pages with sub-routes list them in get_cached_paths() for the CDN to see them.
    """
    if not apps.is_installed("wagtail.contrib.frontend_cache"):
        return
    from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache

    purge_pages_from_cache(Page.objects.live().specific())


def connect():
    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(content_changed, dispatch_uid=f"sitecache-{id(signal)}")
    post_save.connect(record_changed, dispatch_uid="sitecache-save")
    post_delete.connect(record_deleted, dispatch_uid="sitecache-delete")
