"""The accessibility, validity and keyboard gates, for any test that has a page to prove.

    assert_accessible(page, url, name)         axe-core, WCAG 2.0/2.1 A and AA: zero violations,
                                               and no contrast axe measured too low (incomplete)
    assert_valid_html(page, {name: url, ...})  the Nu HTML Checker, one JVM for the whole batch
    assert_keyboard_operable(page, url, name)  Tab reaches every control, each visibly focused

Every page any of them opens must also keep the browser console clean: no console error, no
uncaught exception, no Content-Security-Policy violation (open_page checks after each load).

Each failure message names the page, the rule and the element (or the line), so a red run says
what to fix without opening a browser.
"""

import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Debian's Chromium; never one downloaded by Playwright (the machines have no outside network).
CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",  # runs as root in CI containers
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}
NARROWEST = {"width": 320, "height": 640}  # WCAG 1.4.10 Reflow: no sideways scrolling at 320 px
VIEWPORTS = {"desktop": DESKTOP, "phone": PHONE}

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def missing_tools():
    """What the browser tests need and this machine lacks, each with how to get it."""
    missing = []
    if not (os.path.isfile(CHROMIUM_PATH) and os.access(CHROMIUM_PATH, os.X_OK)):
        missing.append(
            f"Chromium not found at {CHROMIUM_PATH} "
            "(apt-get install chromium, or set CHROMIUM_PATH)"
        )
    if not AXE_JS.is_file() or not VNU_JAR.is_file():
        missing.append("axe-core / vnu-jar not installed in node_modules/ (run `make install`)")
    if not shutil.which("java"):
        missing.append("java not found (needed by the Nu HTML Checker)")
    return missing


def _path_of(url):
    return re.sub(r"^https?://[^/]+", "", url) or "/"


# --- axe-core ---------------------------------------------------------------------------------


def axe_violations(page):
    """Run axe-core's WCAG 2.0/2.1 A and AA rules on the page as it is now: its violations, and
    the contrast it measured below the minimum but filed as "incomplete" (needs review)."""
    # evaluate() is not subject to the page's Content-Security-Policy, unlike a <script> tag.
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    results = page.evaluate(
        """async (tags) => await axe.run(document, {
               runOnly: {type: "tag", values: tags},
               resultTypes: ["violations", "incomplete"],
           })""",
        WCAG_TAGS,
    )
    return results["violations"] + measured_low_contrast(results["incomplete"])


def measured_low_contrast(incomplete):
    """The color-contrast nodes axe could not confirm but did measure below the AA minimum.

    axe files text under "incomplete" when it suspects the text is hidden or its background is
    uncertain, e.g. a link drawn in the colour of its background (1:1) that only shows its
    bullet. Where axe measured both colours, a ratio under the expected one is a real failure;
    where it could not (an image or an SVG behind the text: no colours, ratio 0), nothing was
    measured and nothing is claimed.
    """
    failing = []
    for result in incomplete:
        if result["id"] != "color-contrast":
            continue
        nodes = []
        for node in result["nodes"]:
            for check in node.get("any", []) + node.get("all", []) + node.get("none", []):
                data = check.get("data")
                if not isinstance(data, dict) or not data.get("fgColor") or not data.get("bgColor"):
                    continue
                expected = float(str(data.get("expectedContrastRatio", "4.5")).split(":")[0])
                if 0 < data.get("contrastRatio", 0) < expected:
                    nodes.append(
                        {
                            **node,
                            "failureSummary": (
                                f"measured {data['contrastRatio']}:1, needs {expected:g}:1 "
                                f"(text {data['fgColor']} on {data['bgColor']}; axe: "
                                f"{check.get('message', 'needs review')})"
                            ),
                        }
                    )
                    break
        if nodes:
            failing.append(
                {
                    **result,
                    "help": result["help"] + " (filed by axe as incomplete, measured too low)",
                    "nodes": nodes,
                }
            )
    return failing


def describe_violations(violations, where):
    lines = []
    for violation in violations:
        lines.append(
            f"{where}: {violation['id']} ({violation['impact']}): {violation['help']} "
            f"[{violation['helpUrl'].split('?')[0]}]"
        )
        for node in violation["nodes"][:5]:
            # A target is a CSS selector, or a list of them into iframes and shadow roots.
            target = " → ".join(t if isinstance(t, str) else json.dumps(t) for t in node["target"])
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    element {target}: {node['html'][:160]}")
            if summary:
                lines.append(f"      {summary[:300]}")
        if len(violation["nodes"]) > 5:
            lines.append(f"    … and {len(violation['nodes']) - 5} more elements")
    return lines


def open_page(page, url, expected_status=200, name=None):
    watch_console(page)
    page.console_problems.clear()
    response = page.goto(url)
    where = f'page "{name or _path_of(url)}" ({_path_of(url)})'
    assert response is not None, f"{where}: no response"
    assert response.status == expected_status, (
        f"{where} answered {response.status}, expected {expected_status}"
    )
    problems = console_problems(page, response, expected_status)
    assert not problems, f"{where}, browser console:\n    " + "\n    ".join(problems)
    return response


def assert_accessible(page, url, name=None, expected_status=200):
    """Open url in page (at whatever viewport the page has) and require zero axe violations."""
    open_page(page, url, expected_status, name)
    violations = axe_violations(page)
    viewport = page.viewport_size or {}
    where = (
        f'page "{name or _path_of(url)}" ({_path_of(url)}) at '
        f"{viewport.get('width')}x{viewport.get('height')}"
    )
    assert not violations, "axe-core WCAG 2.1 A/AA violations:\n" + "\n".join(
        describe_violations(violations, where)
    )


# --- the browser console -----------------------------------------------------------------------

# Runs before any of the page's own scripts, outside its CSP: records each violation the browser
# reports to the document (blocked inline styles and scripts, resources from other origins).
_CSP_LISTENER = """document.addEventListener("securitypolicyviolation", (e) => {
    (window.__cspViolations = window.__cspViolations || []).push(
        `CSP violation of ${e.effectiveDirective}: blocked ${e.blockedURI || "inline"}` +
        ` at ${e.sourceFile || document.URL}:${e.lineNumber}` +
        (e.sample ? ` (${e.sample.slice(0, 80)})` : ""));
});"""


def watch_console(page):
    """Record, from now on, console errors and uncaught exceptions of whatever page is open."""
    if hasattr(page, "console_problems"):
        return
    page.console_problems = []
    page.add_init_script(_CSP_LISTENER)

    def on_console(message):
        if message.type == "error":
            where = message.location or {}
            page.console_problems.append(
                (f"console error: {message.text[:300]}", where.get("url", ""))
            )

    page.on("console", on_console)
    page.on("pageerror", lambda error: page.console_problems.append((f"uncaught {error}", "")))


def console_problems(page, response, expected_status):
    """What the console recorded since the page was opened, as lines for a failure message."""
    problems = [text for text, source in page.console_problems]
    if expected_status != 200:
        # The browser reports the page's own error status (a 404 page, the 500 page) as a failed
        # load; that status is the one expected here.
        problems = [
            text
            for text, source in page.console_problems
            if not (source == response.url and f"status of {expected_status}" in text)
        ]
    return problems + page.evaluate("() => window.__cspViolations || []")


# --- the Nu HTML Checker ------------------------------------------------------------------------


def vnu_errors(documents):
    """Check many HTML documents in one JVM. documents: {name: html}. Returns {name: [message]}."""
    with tempfile.TemporaryDirectory(prefix="vvg-vnu-") as folder:
        files = {}
        for number, (name, html) in enumerate(documents.items()):
            path = Path(folder) / f"{number:03d}.html"
            path.write_text(html, encoding="utf-8")
            files[path.name] = name
        result = subprocess.run(
            [
                shutil.which("java") or "java",
                "-jar",
                str(VNU_JAR),
                "--errors-only",
                "--format",
                "json",
                "--exit-zero-always",
                *(str(Path(folder) / file_name) for file_name in files),
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
    # The checker writes its JSON report on stderr.
    try:
        report = json.loads(result.stderr)
    except json.JSONDecodeError as error:
        raise AssertionError(f"the Nu HTML Checker did not run: {result.stderr[:2000]}") from error
    errors = {name: [] for name in documents}
    for message in report["messages"]:
        url = message.get("url", "")
        name = files.get(url.rsplit("/", 1)[-1], url)
        errors.setdefault(name, []).append(message)
    return {name: messages for name, messages in errors.items() if messages}


def describe_vnu_errors(errors, paths):
    lines = []
    for name, messages in errors.items():
        for message in messages:
            extract = " ".join(message.get("extract", "").split())
            lines.append(
                f'page "{name}" ({paths.get(name, "?")}) line {message.get("lastLine", "?")}: '
                f"{message.get('message')} — {extract[:160]}"
            )
    return lines


def assert_valid_html(page, urls):
    """Fetch each page's HTML as served and require zero Nu HTML Checker errors.

    urls: {name: url} or {name: (url, expected_status)}; all are checked in one JVM call.
    """
    documents, paths = {}, {}
    for name, target in urls.items():
        url, expected_status = target if isinstance(target, tuple) else (target, 200)
        # The HTML exactly as the server sent it, not the DOM the browser built from it.
        documents[name] = open_page(page, url, expected_status, name).text()
        paths[name] = _path_of(url)
    errors = vnu_errors(documents)
    assert not errors, "Nu HTML Checker errors:\n" + "\n".join(describe_vnu_errors(errors, paths))


# --- keyboard -----------------------------------------------------------------------------------

# The element that has focus, as a person would identify it, and whether its focus is visible.
_FOCUSED = r"""() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    // "auto" is the browser's own focus ring; a transparent outline shows nothing.
    const clear = /rgba\(.*, 0\)$|transparent/.test(style.outlineColor);
    const outline = style.outlineStyle === "auto" ||
        (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 1 && !clear);
    const shadow = style.boxShadow && style.boxShadow !== "none";
    const label = (el.innerText || el.value || el.getAttribute("aria-label") || "").trim();
    window.kbdSeen = window.kbdSeen || 0;
    el.dataset.kbdSeen = el.dataset.kbdSeen || String(++window.kbdSeen);
    return {
        seen: el.dataset.kbdSeen,
        key: el.dataset.kbdKey,
        description: `<${el.tagName.toLowerCase()}${el.id ? " id=" + el.id : ""}` +
            `${el.getAttribute("href") ? " href=" + el.getAttribute("href") : ""}> ` +
            JSON.stringify(label.slice(0, 60)),
        focusVisible: el.matches(":focus-visible"),
        indicator: outline || shadow,
        onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 &&
            rect.top < innerHeight && rect.left < innerWidth,
    };
}"""

# Every control a keyboard user must reach, in document order; one stop per radio group.
_CONTROLS = """() => {
    const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, " +
        "iframe, [tabindex]:not([tabindex='-1']), [contenteditable='true']";
    const seenRadios = new Set();
    const controls = [];
    let n = 0;
    for (const el of document.querySelectorAll(selector)) {
        if (el.disabled || el.getAttribute("tabindex") === "-1") continue;
        if (!el.getClientRects().length || getComputedStyle(el).visibility === "hidden") continue;
        // Inside a closed <details> only its <summary> is reachable, until a person opens it.
        const closed = el.closest("details:not([open])");
        if (closed && !(el.tagName === "SUMMARY" && el.parentElement === closed)) continue;
        if (el.type === "radio") {
            if (seenRadios.has(el.name)) continue;
            seenRadios.add(el.name);
            const group = document.querySelectorAll(`input[type=radio][name="${el.name}"]`);
            group.forEach((radio) => { radio.dataset.kbdKey = "k" + n; });
        } else {
            el.dataset.kbdKey = "k" + n;
        }
        controls.push({key: "k" + n, description: `<${el.tagName.toLowerCase()}> ` +
            JSON.stringify((el.innerText || el.value || el.getAttribute("aria-label") || "")
                .trim().slice(0, 60))});
        n++;
    }
    return controls;
}"""


def tab_stops(page, limit):
    """Press Tab from the top of the page until focus leaves the document or comes round again."""
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); }")
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(_FOCUSED)
        if focused is None or (stops and focused["seen"] == stops[0]["seen"]):
            break
        stops.append(focused)
    return stops


def assert_keyboard_operable(page, url, name=None, expected_status=200):
    """Tab from the top: the skip link comes first, then every control in reading order, each
    with a visible focus indicator on screen."""
    open_page(page, url, expected_status, name)
    where = f'page "{name or _path_of(url)}" ({_path_of(url)})'
    controls = page.evaluate(_CONTROLS)
    stops = tab_stops(page, limit=len(controls) + 5)
    problems = []
    if not stops or stops[0]["description"].find("#main") < 0:
        first = stops[0]["description"] if stops else "nothing"
        problems.append(f"the first Tab stop is {first}, not the skip link to #main")
    reached = [stop["key"] for stop in stops]
    for control in controls:
        if control["key"] not in reached:
            problems.append(f"Tab never reaches {control['description']}")
    expected_order = [c["key"] for c in controls if c["key"] in reached]
    if [key for key in reached if key in expected_order] != expected_order:
        problems.append(
            "Tab order differs from reading order: "
            + ", ".join(stop["description"] for stop in stops)
        )
    for stop in stops:
        if not (stop["focusVisible"] and stop["indicator"]):
            problems.append(f"no visible focus indicator on {stop['description']}")
        elif not stop["onScreen"]:
            problems.append(f"focused but off screen: {stop['description']}")
    assert not problems, f"{where}, keyboard:\n    " + "\n    ".join(problems)


# --- what a person sees: the header's and footer's links, sideways scrolling --------------------

# Every link and button of the header (the main menu and the language switcher are in it) and the
# footer: on screen, and its text's contrast against what is drawn behind it, from the page's own
# computed styles. The background is the first opaque one up the ancestors, with the translucent
# ones on the way composited over it; the text colour is composited over that.
_CHROME_CONTRAST = r"""(selector) => {
    const parse = (value) => {
        const m = value.match(/^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/);
        return m ? [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]] : null;
    };
    const over = (top, bottom) => [0, 1, 2].map(
        (i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat([1]);
    const luminance = (rgb) => {
        const [r, g, b] = rgb.slice(0, 3).map((c) => {
            c /= 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a, b) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (hi + 0.05) / (lo + 0.05);
    };
    const hex = (rgb) => "#" + rgb.slice(0, 3).map(
        (c) => Math.round(c).toString(16).padStart(2, "0")).join("");
    // What is drawn behind el: translucent layers up the ancestors, over the first opaque one
    // (or the canvas, white).
    const backdrop = (el) => {
        const layers = [];
        for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
            const style = getComputedStyle(node);
            if (style.backgroundImage !== "none") return {image: node};
            const colour = parse(style.backgroundColor);
            if (colour === null) return {unreadable: style.backgroundColor};
            if (colour[3] > 0) layers.push(colour);
            if (colour[3] >= 1) break;
        }
        let result = [255, 255, 255, 1];
        for (const layer of layers.reverse()) result = over(layer, result);
        return {colour: result};
    };
    const describe = (el) => `<${el.tagName.toLowerCase()}` +
        (el.getAttribute("href") ? ` href=${el.getAttribute("href")}` : "") + "> " +
        JSON.stringify((el.innerText || el.value || el.getAttribute("aria-label") || "")
            .trim().replace(/\s+/g, " ").slice(0, 60));
    const width = document.documentElement.clientWidth;
    const results = [];
    for (const el of document.querySelectorAll(selector)) {
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        const nav = el.closest("nav");
        const region = el.closest("footer") ? "footer" : nav
            ? `nav "${nav.getAttribute("aria-label") || ""}"` : "header";
        const item = {element: describe(el), region};
        if (!rect.width || !rect.height || style.visibility !== "visible" ||
                parseFloat(style.opacity) === 0) {
            results.push({...item, problem: "not visible (no size, hidden or transparent)"});
            continue;
        }
        if (rect.left < 0 || rect.right > width + 0.5) {
            results.push({...item, problem:
                `outside the ${width} px wide window (from ${Math.round(rect.left)} to ` +
                `${Math.round(rect.right)} px)`});
            continue;
        }
        // The element's own text and that of each descendant with text of its own.
        const texts = [el, ...el.querySelectorAll("*")].filter((node) =>
            [...node.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim()) &&
            getComputedStyle(node).visibility === "visible");
        if (!texts.length && el.tagName !== "INPUT") {
            results.push({...item, problem: "has no visible text"});
            continue;
        }
        let worst = null;
        for (const node of texts.length ? texts : [el]) {
            const back = backdrop(node);
            if (!back.colour) {
                worst = {problem: back.image ? "drawn over a background image: contrast unknown"
                    : `background colour not understood: ${back.unreadable}`};
                break;
            }
            const fg = parse(getComputedStyle(node).color);
            if (fg === null) {
                worst = {problem: `text colour not understood: ${getComputedStyle(node).color}`};
                break;
            }
            const text = over(fg, back.colour);
            const r = ratio(text, back.colour);
            if (worst === null || r < worst.ratio) {
                worst = {ratio: r, text: hex(text), background: hex(back.colour)};
            }
        }
        results.push({...item, ...worst});
    }
    return results;
}"""

# The header with its menu and language switcher, and the footer.
SITE_CHROME = (
    "header a[href], header button, header input[type=submit], "
    "footer a[href], footer button, footer input[type=submit]"
)


def assert_readable_site_chrome(page, url, name=None, expected_status=200, minimum=4.5):
    """Open url and require every link and button of the header (menu and language switcher
    included) and the footer to be on screen with a text contrast of at least `minimum`."""
    open_page(page, url, expected_status, name)
    viewport = page.viewport_size or {}
    where = f'page "{name or _path_of(url)}" ({_path_of(url)}) at {viewport.get("width")} px'
    controls = page.evaluate(_CHROME_CONTRAST, SITE_CHROME)
    problems = []
    if not controls:
        problems.append("no link or button found in the header or the footer")
    for control in controls:
        if "problem" in control:
            problems.append(f"{control['region']} {control['element']}: {control['problem']}")
        elif control["ratio"] < minimum:
            problems.append(
                f"{control['region']} {control['element']}: contrast {control['ratio']:.2f}:1 "
                f"(text {control['text']} on {control['background']}), needs {minimum:g}:1"
            )
    assert not problems, f"{where}:\n    " + "\n    ".join(problems)
    return controls


# The elements that reach past the window's right edge, deepest first: what makes a page scroll.
_WIDER_THAN_WINDOW = r"""() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.body.querySelectorAll("*")].filter((el) =>
        el.getBoundingClientRect().right > width + 0.5 &&
        ![...el.children].some((child) => child.getBoundingClientRect().right > width + 0.5));
    return {
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: width,
        culprits: wide.slice(0, 5).map((el) => `<${el.tagName.toLowerCase()}` +
            (el.className && typeof el.className === "string" ? ` class="${el.className}"` : "") +
            `> ${Math.round(el.getBoundingClientRect().right)} px: ` +
            JSON.stringify((el.innerText || el.getAttribute("alt") || "").trim().slice(0, 50))),
    };
}"""


def assert_no_sideways_scroll(page, url, name=None, expected_status=200):
    """Open url at the page's viewport and require the document to be no wider than the window."""
    open_page(page, url, expected_status, name)
    measured = page.evaluate(_WIDER_THAN_WINDOW)
    viewport = page.viewport_size or {}
    where = f'page "{name or _path_of(url)}" ({_path_of(url)}) at {viewport.get("width")} px'
    assert measured["scrollWidth"] <= measured["clientWidth"], (
        f"{where} scrolls sideways: {measured['scrollWidth']} px wide in a "
        f"{measured['clientWidth']} px window; reaching past the edge:\n    "
        + "\n    ".join(measured["culprits"])
    )


def open_filters(page):
    """On a phone a listing's filters wait in a closed disclosure, one tap away: tap it."""
    closed = page.locator("details.filters:not([open]) > summary")
    if closed.count():
        closed.first.click()
