"""Rich text as an attacker or a careless import would store it, and what harmless means."""

import re

# Rich text as an attacker or a careless import would store it: scripts, handlers, javascript:
# links (one disguised), an iframe; and a good link that must survive the cleaning.
HOSTILE_RICH_TEXT = (
    '<p>Susitarta dėl <b>patirties mainų</b>.<script>alert("x")</script></p>'
    '<p><a href="javascript:alert(document.cookie)">Sutartis</a> ir '
    '<a href=" JAVASCRIPT:alert(1)" onclick="alert(2)">priedas</a>'
    '<img src="x" onerror="alert(3)"></p>'
    '<iframe src="https://kenkejas.example/"></iframe>'
    '<p><a href="https://www.druskininkuvvg.lt/">Druskininkų VVG</a></p>'
)


# The site's own scripts: static files, never inline (the CSP allows nothing else).
OWN_SCRIPT = re.compile(r'<script src="/static/js/[\w.-]+" defer></script>')


def assert_harmless(html):
    lowered = OWN_SCRIPT.sub("", html).lower()
    assert "<script" not in lowered
    assert "javascript:" not in lowered
    assert "onclick" not in lowered and "onerror" not in lowered
    assert "<iframe" not in lowered
