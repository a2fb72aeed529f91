"""What the site's apps share and none of them owns: partial dates, pagination, text, SEO helpers,
StreamField blocks and the public filter forms.

`pages` and `partnerships` both build on this package; it imports neither, so dependencies run one
way (vvg_site.core <- partnerships <- pages <- vvg_site's URLs).
"""
