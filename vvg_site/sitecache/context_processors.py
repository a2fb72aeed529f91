"""What templates need to cache fragments correctly: `{% cache 86400 name fragment_version ...
using=fragment_cache %}` keeps a fragment that many addresses share until the next publish."""

from vvg_site.sitecache.generation import fragment_version

# A preview shows a draft, which no cached fragment holds: it draws everything afresh.
PREVIEW_CACHE = "uncached"


def fragments(request):
    if getattr(request, "is_preview", False):
        return {"fragment_cache": PREVIEW_CACHE, "fragment_version": "preview"}
    return {"fragment_cache": "default", "fragment_version": LazyVersion(request)}


class LazyVersion:
    """Read only when a template caches a fragment: most responses never ask."""

    def __init__(self, request):
        self.request = request

    def __str__(self):
        return fragment_version(self.request)
