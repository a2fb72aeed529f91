"""Uploads on the local disk that the app serves itself: image originals and renditions only.

Documents live in the same MEDIA_ROOT, but a document must only ever be reached through Wagtail's
document view (/dokumentai/...), which checks its collection's privacy first. So /media/ answers
only for files in the image folders, and only for a path already in its plain form: Django's
static `serve` would normalise `images/../documents/x.pdf` (or `%2e%2e`, or a trailing slash)
into the documents folder.
"""

from django.conf import settings
from django.http import Http404
from django.views.decorators.http import require_safe
from django.views.static import serve

# Wagtail's folders for image originals and their renditions.
IMAGE_FOLDERS = {"original_images", "images"}


@require_safe
def serve_image_file(request, path):
    folder, _slash, rest = path.partition("/")
    segments = rest.split("/")
    if folder not in IMAGE_FOLDERS or any(part in ("", ".", "..") for part in segments):
        raise Http404
    if "\\" in path or "\0" in path:
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)
