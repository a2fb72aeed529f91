"""The image block offers the browser only widths the original has (Wagtail never enlarges)."""

import re

import pytest

from tests import factories
from vvg_site.core.blocks import ImageBlock


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("original_width", "offered"),
    [(1600, {480, 800, 1200}), (1000, {480, 800}), (800, {480, 800}), (600, set()), (300, set())],
)
def test_srcset_lists_each_width_once_and_never_wider_than_the_original(
    original_width, offered, settings
):
    # Wagtail caches renditions by image id, and ids come round again after each rollback.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    image = factories.make_image(size=(original_width, original_width // 2))
    block = ImageBlock()
    html = block.render(block.to_python({"image": image.pk, "alt_text": "Piliakalnis"}))
    for srcset in re.findall(r'srcset="([^"]*)"', html):
        widths = [int(w) for w in re.findall(r" (\d+)w", srcset)]
        assert len(widths) == len(set(widths)), srcset
        assert set(widths) == offered, srcset
    assert 'alt="Piliakalnis"' in html
    if not offered:
        assert "sizes=" not in html
        assert f'width="{min(original_width, 800)}"' in html
