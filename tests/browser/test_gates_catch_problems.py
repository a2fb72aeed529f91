"""The gates themselves: each fails on a page with a known fault, and says where the fault is.

The faulty pages are served by Playwright's request interception at an address no server has.
"""

import pytest

from tests.browser import gates

FAULTY_HOST = "http://gates.test"

GOOD_HEAD = '<meta charset="utf-8"><title>Bandymas</title>'


def serve(page, html, path="/"):
    page.route(
        f"{FAULTY_HOST}{path}",
        lambda route: route.fulfill(status=200, content_type="text/html", body=html),
    )
    return f"{FAULTY_HOST}{path}"


def test_axe_gate_names_the_page_rule_and_element(page):
    url = serve(
        page,
        f"""<!DOCTYPE html><html lang="lt"><head>{GOOD_HEAD}</head><body><main>
        <h1>Bandymas</h1><img id="be-teksto" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
        <p style="color:#aaa;background:#fff">Blankus tekstas</p></main></body></html>""",
    )
    page.set_viewport_size(gates.PHONE)
    with pytest.raises(AssertionError) as failure:
        gates.assert_accessible(page, url, "blogas puslapis")
    message = str(failure.value)
    assert 'page "blogas puslapis" (/) at 360x740' in message
    assert "image-alt" in message
    assert "#be-teksto" in message
    assert "color-contrast" in message


def test_axe_gate_passes_a_page_without_faults(page):
    url = serve(
        page,
        f"""<!DOCTYPE html><html lang="lt"><head>{GOOD_HEAD}</head><body><main>
        <h1>Bandymas</h1><p>Tekstas.</p></main></body></html>""",
    )
    gates.assert_accessible(page, url, "geras puslapis")


def test_html_gate_checks_a_batch_and_names_each_faulty_page_message_and_line(page):
    good = serve(
        page, f"<!DOCTYPE html><html lang='lt'><head>{GOOD_HEAD}</head><body></body></html>", "/a"
    )
    untitled = serve(page, "<!DOCTYPE html><html lang='lt'><head></head><body></body></html>", "/b")
    misnested = serve(
        page,
        f"""<!DOCTYPE html>
<html lang="lt"><head>{GOOD_HEAD}</head><body>
<p>Pastraipa <div>blokas</div></p>
<ul><p>ne sąrašo punktas</p></ul>
</body></html>""",
        "/c",
    )
    # One JVM checks the three pages.
    with pytest.raises(AssertionError) as failure:
        gates.assert_valid_html(
            page, {"geras": good, "be antraštės": untitled, "blogas HTML": misnested}
        )
    message = str(failure.value)
    assert 'page "be antraštės" (/b) line 1: Element “head” is missing' in message
    assert 'page "blogas HTML" (/c) line 3: No “p” element in scope' in message
    assert 'page "blogas HTML" (/c) line 4: Element “p” not allowed as child of element “ul”' in (
        message
    )
    assert '"geras"' not in message


def test_keyboard_gate_finds_hidden_focus_unreachable_controls_and_a_missing_skip_link(page):
    url = serve(
        page,
        f"""<!DOCTYPE html><html lang="lt"><head>{GOOD_HEAD}
        <style>.no-ring:focus {{ outline: none; }}
        .clear-ring:focus {{ outline: 3px solid transparent; }}</style></head><body>
        <a href="/kitur">Pirma nuoroda</a>
        <main><a class="no-ring" href="/be-rėmelio">Be rėmelio</a>
        <a class="clear-ring" href="/permatomas">Permatomas rėmelis</a>
        <div inert><button>Nepasiekiamas mygtukas</button></div></main></body></html>""",
    )
    with pytest.raises(AssertionError) as failure:
        gates.assert_keyboard_operable(page, url, "be klaviatūros")
    message = str(failure.value)
    assert 'page "be klaviatūros" (/), keyboard:' in message
    assert 'the first Tab stop is <a href=/kitur> "Pirma nuoroda", not the skip link' in message
    assert 'no visible focus indicator on <a href=/be-rėmelio> "Be rėmelio"' in message
    assert 'no visible focus indicator on <a href=/permatomas> "Permatomas rėmelis"' in message
    assert '/kitur> "Pirma nuoroda"' not in message.split("not the skip link")[1]
    assert 'Tab never reaches <button> "Nepasiekiamas mygtukas"' in message


def test_keyboard_gate_asks_only_for_the_summary_of_a_closed_details(page):
    # Links in a closed <details> are out of the Tab order until a person opens it; its
    # <summary> is what must be reached. An inert control beside it is still caught.
    url = serve(
        page,
        f"""<!DOCTYPE html><html lang="lt"><head>{GOOD_HEAD}</head><body>
        <a href="#main">Pereiti prie turinio</a>
        <main id="main"><details><summary>Lentelė</summary><a href="/2018">2018</a></details>
        <div inert><a href="/paslepta">Paslėpta</a></div></main></body></html>""",
    )
    with pytest.raises(AssertionError) as failure:
        gates.assert_keyboard_operable(page, url, "su išskleidžiama dalimi")
    message = str(failure.value)
    assert 'Tab never reaches <a> "Paslėpta"' in message
    assert "Lentelė" not in message and "2018" not in message
