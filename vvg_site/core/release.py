"""Which release of the code a process runs, as a short digest for cache keys.

Pieces kept in a shared cache (Redis) outlive a deployment: a card drawn by the old templates or
in the old wording must not answer for the new release. Every key of drawn HTML therefore
includes `release()`: a digest of the project's code, templates and compiled message catalogues
and of the installed packages' versions, computed once per process.
"""

import functools
import hashlib
import importlib.metadata
from pathlib import Path

from django.conf import settings

# What shapes a rendered page: the project's Python, templates and compiled catalogues.
SUFFIXES = {".py", ".html", ".mo"}
SKIPPED = {".venv", "node_modules", ".git", "tests", "bench", "media", "static_collected"}


@functools.cache
def release():
    digest = hashlib.blake2b(digest_size=8)
    root = Path(settings.BASE_DIR)
    for path in sorted(_project_files(root)):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    for name in sorted(
        f"{dist.metadata['Name']}=={dist.version}" for dist in importlib.metadata.distributions()
    ):
        digest.update(name.encode())
    return digest.hexdigest()


def _project_files(root):
    for path in root.iterdir():
        if path.name in SKIPPED or path.name.startswith("."):
            continue
        if path.is_dir():
            yield from (p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file())
        elif path.suffix in SUFFIXES:
            yield path
