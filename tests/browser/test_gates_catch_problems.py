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


def test_axe_gate_fails_on_contrast_axe_measured_but_filed_as_incomplete(page):
    # A link in the colour of the header it sits on: axe measures 1:1 and, suspecting hidden
    # text, files it under "incomplete" rather than "violations". The gate counts it.
    url = serve(
        page,
        f"""<!DOCTYPE html><html lang="lt"><head>{GOOD_HEAD}</head><body>
        <header style="background:#1f5c2e;color:#fff"><nav aria-label="Kalba"><ul>
        <li><a href="/en/" style="color:#1f5c2e"><span lang="en">English</span></a></li>
        </ul></nav></header><main><h1>Bandymas</h1><p>Tekstas.</p></main></body></html>""",
    )
    with pytest.raises(AssertionError) as failure:
        gates.assert_accessible(page, url, "nematomas perjungiklis")
    message = str(failure.value)
    assert 'page "nematomas perjungiklis" (/) at 1280x800: color-contrast' in message
    assert "incomplete" in message
    assert '<span lang="en">English</span>' in message
    assert "measured 1:1, needs 4.5:1 (text #1f5c2e on #1f5c2e" in message


def test_axe_gate_passes_contrast_axe_could_not_measure(page):
    # Text over an image: axe cannot tell the background and files it as "incomplete" without a
    # ratio. Nothing was measured, so the gate has nothing to fail on.
    url = serve(
        page,
        f"""<!DOCTYPE html><html lang="lt"><head>{GOOD_HEAD}</head><body><main>
        <h1>Bandymas</h1><div style="background:url(data:image/gif;base64,R0lGODlhAQABAAAAACw=)">
        <p>Tekstas ant paveikslėlio.</p></div></main></body></html>""",
    )
    gates.assert_accessible(page, url, "tekstas ant paveikslėlio")


def test_site_chrome_check_composites_backgrounds_and_names_each_faulty_control(page):
    # The footer's white is half-transparent over green: the link's #555 is drawn on the blend
    # (#8fae97), 3.06:1. The header's button is white on the header's green, 8:1; the menu's
    # link is pushed off the window; the hidden link is not on screen at all.
    url = serve(
        page,
        f"""<!DOCTYPE html><html lang="lt"><head>{GOOD_HEAD}</head><body>
        <header style="background:#1f5c2e;color:#fff"><button style="color:#fff;background:none;
        border:1px solid #fff">Ieškoti</button><nav aria-label="Meniu"><a href="/toli"
        style="position:relative;left:2000px;color:#fff">Toli</a><a href="/slepiama"
        style="visibility:hidden">Paslėpta</a></nav></header>
        <main><h1>Bandymas</h1></main>
        <div style="background:#1f5c2e"><footer style="background:rgba(255,255,255,0.5)">
        <a href="/blanki" style="color:#555">Blanki</a></footer></div></body></html>""",
    )
    page.set_viewport_size(gates.PHONE)
    with pytest.raises(AssertionError) as failure:
        gates.assert_readable_site_chrome(page, url, "blanki poraštė")
    message = str(failure.value)
    assert 'page "blanki poraštė" (/) at 360 px:' in message
    assert 'footer <a href=/blanki> "Blanki": contrast 3.06:1 (text #555555 on #8fae97)' in message
    assert 'nav "Meniu" <a href=/toli> "Toli": outside the 360 px wide window' in message
    assert 'nav "Meniu" <a href=/slepiama> "": not visible' in message
    assert "Ieškoti" not in message


def test_sideways_scroll_check_names_what_reaches_past_the_edge(page):
    url = serve(
        page,
        f"""<!DOCTYPE html><html lang="lt"><head>{GOOD_HEAD}</head><body><main>
        <h1>Bandymas</h1><table><tr><td class="plati">Neperskeliamasžodis{"x" * 80}</td></tr>
        </table></main></body></html>""",
    )
    page.set_viewport_size(gates.NARROWEST)
    with pytest.raises(AssertionError) as failure:
        gates.assert_no_sideways_scroll(page, url, "plati lentelė")
    message = str(failure.value)
    assert 'page "plati lentelė" (/) at 320 px scrolls sideways' in message
    assert '<td class="plati">' in message
