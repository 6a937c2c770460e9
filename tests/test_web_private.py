"""Private by default: the offline browser app contacts no host but its own.

The main test records every request the page makes, and every WebSocket it opens, from the first page load through a
full offline interview to the scorecard, the opened grader step and the Markdown export: any host other than the
app's (127.0.0.1:<port>) fails it, and the list of requests is printed. A preconnect is not a request Playwright sees
but it still contacts a host, so the served page is also checked to name no other host in a <link> or <script>.
Chainlit's own page does both (fonts.googleapis.com, fonts.gstatic.com, cdn.jsdelivr.net); public/theme.json and
interviewer/web/assets.py remove them. The landing page and the footer say what the app is, and no translation's
footer claims a model where none is used. Screenshots go to test-output/screenshots/.
"""

from __future__ import annotations

import importlib.util
import json
import re
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Request, Route, WebSocket

from tests import interview_lines as L
from tests.test_web import ASSISTANT, GRADER, ROOT, SHOTS, App, send, start

OTHER_HOST_IN_PAGE = re.compile(r"""<(?:link|script|meta)\b[^>]*\b(?:href|src|content)\s*=\s*["']?(?:https?:)?//[^>]*>""",
                                re.IGNORECASE)
NO_HOST_SCHEMES = ("data", "about")  # such URLs are answered inside the browser
TRANSLATIONS = ROOT / ".chainlit" / "translations"


def chainlit_translations() -> Path:
    """The translations Chainlit ships, found without importing Chainlit (which would set itself up here)."""
    spec = importlib.util.find_spec("chainlit")
    assert spec is not None and spec.origin is not None
    return Path(spec.origin).parent / "translations"


CHAINLIT_TRANSLATIONS = chainlit_translations()


def host(url: str) -> str:
    """The host:port a URL makes the browser contact ('' for data: and about: URLs; blob: URLs name their origin)."""
    parts = urlsplit(url.removeprefix("blob:"))
    return "" if parts.scheme in NO_HOST_SCHEMES else parts.netloc


def other_hosts(urls: list[str], app: App) -> set[str]:
    own = urlsplit(app.url).netloc
    return {h for h in map(host, urls) if h and h != own}


def test_a_full_offline_interview_requests_nothing_from_another_host(browser: Browser, app: App) -> None:
    urls: list[str] = []
    context = browser.new_context(viewport={"width": 1280, "height": 2400}, accept_downloads=True)

    def record_socket(ws: WebSocket) -> None:
        urls.append(ws.url)

    def record(request: Request) -> None:
        urls.append(request.url)

    def only_the_app(route: Route) -> None:  # recorded above first; then the test itself reaches no other host
        if host(route.request.url) in ("", urlsplit(app.url).netloc):
            route.continue_()
        else:
            route.abort("blockedbyclient")

    context.on("request", record)  # every page, frame and worker of the context
    context.route("**/*", only_the_app)
    page = context.new_page()
    page.on("websocket", record_socket)
    try:
        page.goto(app.url)
        start(page)
        for reply in (L.EXCUSE_LED, L.OWNERSHIP, L.GENERIC, L.TODAY):
            send(page, reply)
        page.get_by_text("Scorecard:").wait_for(timeout=30_000)
        star = page.locator("img[alt='STAR allocation']")
        star.first.wait_for(timeout=15_000)  # the chart is attached to the scorecard message just after its text
        assert star.count() == 1
        page.locator(GRADER).first.click()  # the grader step opens
        page.get_by_text("Red flags").first.wait_for()
        link = page.locator("a", has_text=".md").last
        with page.expect_download() as info:
            link.click()
        assert "## Transcript" in Path(info.value.path()).read_text(encoding="utf-8")
        page.wait_for_load_state("networkidle")
    finally:
        context.close()
    print(f"{len(urls)} requests:", *urls, sep="\n  ")
    assert len(urls) > 10 and any(u.startswith("ws://") for u in urls)  # the recording saw the page and its socket
    assert other_hosts(urls, app) == set(), [u for u in urls if host(u) in other_hosts(urls, app)]
    with urllib.request.urlopen(app.url, timeout=10) as response:  # and no preconnect either
        html = response.read().decode("utf-8")
    assert '<div id="root">' in html and OTHER_HOST_IN_PAGE.findall(html) == []


def test_the_landing_page_and_the_footer_say_what_the_app_is(browser: Browser, app: App) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    SHOTS.mkdir(parents=True, exist_ok=True)
    try:
        page.goto(app.url)
        page.get_by_role("button", name="Full mock interview", exact=True).wait_for()
        intro = page.locator("#welcome-screen #app-intro")
        intro.wait_for()
        text = intro.inner_text()
        for words in ("Tell me about a failure", "interviewer", "rubric", "scorecard", "offline"):
            assert words in text, words
        loaded = page.evaluate("async () => { await document.fonts.ready; "
                               "return [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family); }")
        assert any("Inter" in family for family in loaded), loaded  # the app's own copy of the font
        page.screenshot(path=str(SHOTS / "landing.png"))
        start(page)
        footer = page.locator(".watermark").inner_text()
        assert "rules engine" in footer and "LLMs can make mistakes" not in footer
        page.screenshot(path=str(SHOTS / "footer.png"))
        assert page.locator(ASSISTANT).count() >= 1
    finally:
        context.close()


def watermark(path: Path) -> str:
    return str(json.loads(path.read_text(encoding="utf-8"))["chat"]["watermark"])


def keys(tree: object, prefix: str = "") -> set[str]:
    if not isinstance(tree, dict):
        return {prefix}
    return set().union(*(keys(value, f"{prefix}.{key}") for key, value in tree.items()))


@pytest.mark.parametrize("language", sorted(p.stem for p in CHAINLIT_TRANSLATIONS.glob("*.json")))
def test_no_translation_says_llms_make_mistakes(language: str) -> None:
    """Chainlit writes its own copy of any translation the project lacks: every one it ships must be ours."""
    ours, theirs = TRANSLATIONS / f"{language}.json", CHAINLIT_TRANSLATIONS / f"{language}.json"
    assert ours.is_file(), f"{ours} is missing: Chainlit would create it with its own footer"
    assert watermark(ours) != watermark(theirs)
    assert keys(json.loads(ours.read_text(encoding="utf-8"))) == keys(json.loads(theirs.read_text(encoding="utf-8")))


def test_the_page_drops_links_and_share_tags_that_name_another_host() -> None:
    from interviewer.web.assets import private_page

    page = ('<meta property="og:image" content="https://cdn.example/banner.png">\n'
            '<meta property="og:url" content="https://github.com/x/y">\n<meta name="description" content="A coach">\n'
            '<link rel="preconnect" href="https://fonts.example">\n<link rel="icon" href="/favicon" />')
    assert private_page(page) == '<meta name="description" content="A coach">\n<link rel="icon" href="/favicon" />'
