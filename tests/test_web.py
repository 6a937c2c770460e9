"""The browser app end to end: Chainlit served locally, driven by playwright in Debian's chromium.

Each test saves a screenshot under test-output/screenshots/. The scorecard screenshot in the README comes
from test_full_offline_interview_to_the_scorecard.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests import interview_lines as L

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "test-output" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]
ASSISTANT = ".step[data-step-type=assistant_message]"
GRADER = ".step[data-step-type=tool]"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class App:
    """`chainlit run interviewer/web/app.py` on a free port with its own interview folder."""

    def __init__(self, data: Path, env: dict[str, str] | None = None, port: int | None = None, root: Path = ROOT) -> None:
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.root = root
        """The project folder the app runs from (Chainlit reads .chainlit/ and chainlit.md there)."""
        self.log = data / f"server-{self.port}.log"
        data.mkdir(parents=True, exist_ok=True)
        self.env = {**os.environ, "INTERVIEWER_DATA_DIR": str(data), **(env or {})}
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "chainlit", "run", "interviewer/web/app.py", "--headless", "--port", str(self.port)],
            cwd=self.root, env=self.env, stdout=self.log.open("ab"), stderr=subprocess.STDOUT,
        )
        end = time.monotonic() + 60
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the app exited with {self.proc.returncode}; see {self.log}")
            try:
                urllib.request.urlopen(self.url, timeout=2)
                return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"the app did not start; see {self.log}")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=30)


@pytest.fixture
def page(browser: Browser, app: App, request: pytest.FixtureRequest) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 2400}, accept_downloads=True)
    pg = context.new_page()
    pg.goto(app.url)
    yield pg
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{request.node.name}.png"))
    context.close()


def assistant_count(page: Page) -> int:
    return page.locator(ASSISTANT).count()


def wait_for_more(page: Page, before: int, timeout: float = 30) -> None:
    page.wait_for_function(f"n => document.querySelectorAll('{ASSISTANT}').length > n", arg=before, timeout=timeout * 1000)


def send(page: Page, text: str) -> None:
    before = assistant_count(page)
    page.fill("#chat-input", text)
    page.keyboard.press("Enter")
    wait_for_more(page, before)


def start(page: Page, starter: str = "Full mock interview") -> None:
    page.get_by_role("button", name=starter, exact=True).click()
    wait_for_more(page, 0)


def test_full_offline_interview_to_the_scorecard(page: Page) -> None:
    start(page)
    assert "?" in page.locator(ASSISTANT).last.inner_text() or "Tell me" in page.locator(ASSISTANT).last.inner_text()
    for reply in (L.EXCUSE_LED, L.OWNERSHIP, L.GENERIC, L.TODAY):
        send(page, reply)
    page.get_by_text("Scorecard:").wait_for(timeout=30_000)
    body = page.inner_text("body")
    for text in ("The three tests", "Red flags", "STAR allocation of your story", "Two things to work on",
                 "A stronger version of your story", "repaired by your reply 2"):
        assert text in body, text
    assert page.locator(GRADER).count() == 4
    assert page.locator("img[alt='STAR allocation']").count() == 1
    page.locator(GRADER).first.click()  # the grader step opens, showing the deciding quotes
    page.get_by_text("Red flags").first.wait_for()
    card = page.locator(ASSISTANT).filter(has_text="Scorecard:").last
    SHOTS.mkdir(parents=True, exist_ok=True)
    card.screenshot(path=str(SHOTS / "scorecard.png"))


def test_a_drill_loops_to_a_pass(page: Page) -> None:
    start(page, "Drill: ownership")
    send(page, L.EXCUSE_LED)
    assert "Not yet" in page.inner_text("body") or "Almost" in page.inner_text("body") or "Close" in page.inner_text("body")
    send(page, L.OWNERSHIP)
    page.get_by_text("Drill progress").wait_for(timeout=30_000)
    assert "Passed." in page.inner_text("body")


def test_reload_mid_interview_resumes(page: Page, app: App) -> None:
    start(page)
    first_question = page.locator(ASSISTANT).last.inner_text()
    send(page, L.EXCUSE_LED)
    probe = page.locator(ASSISTANT).last.inner_text()
    chat = page.url
    assert "/thread/" in chat  # the chat has its own address
    page.reload()
    page.get_by_text(probe.strip()[:40]).wait_for(timeout=30_000)
    body = page.inner_text("body")
    assert first_question.strip()[:40] in body and "To be fair" in body
    assert page.locator(GRADER).count() == 1 and "\\" not in body  # the grader step as shown, no escapes
    app.stop()  # and a server restart keeps it too: the chat reopens at its address
    app.start()
    page.goto(chat)
    page.get_by_text(probe.strip()[:40]).wait_for(timeout=30_000)
    send(page, L.OWNERSHIP)
    assert "differently" in page.locator(ASSISTANT).last.inner_text() or "?" in page.locator(ASSISTANT).last.inner_text()
    page.goto(app.url)  # a new chat is a new interview; the old one is in the history
    start(page, "Past interviews")
    assert "honesty ✗" in page.locator(ASSISTANT).last.inner_text()  # each test's verdict, marked


def test_a_script_reply_is_shown_as_text_and_never_runs(page: Page) -> None:
    start(page)
    attack = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> I failed at **launch**.'
    send(page, attack)
    assert page.evaluate("() => window.__pwned") is None
    assert "<script>" in page.inner_text("body")
    page.locator(GRADER).last.click()
    assert page.evaluate("() => window.__pwned") is None
    page.reload()  # and as the saved chat shows it again
    page.get_by_text("<script>", exact=False).first.wait_for(timeout=30_000)
    page.locator(GRADER).last.click()
    assert page.evaluate("() => window.__pwned") is None


def test_bad_input_never_breaks_the_interview(page: Page) -> None:
    start(page)
    send(page, "word " * 10_000)  # a 50 KB paste
    send(page, L.NON_ENGLISH)
    send(page, L.INJECTION)
    assert "10/10" not in page.locator(ASSISTANT).last.inner_text()
    page.fill("#chat-input", "/end")
    page.keyboard.press("Enter")
    page.get_by_text("Scorecard:").wait_for(timeout=30_000)


def test_the_markdown_export_downloads(page: Page) -> None:
    start(page)
    for reply in (L.STORY, L.OWNERSHIP, L.TODAY):  # a complete story draws the judgement probe, then the closer
        send(page, reply)
    page.get_by_text("Scorecard:").wait_for(timeout=30_000)
    link = page.locator("a", has_text=".md").last
    with page.expect_download() as info:
        link.click()
    path = info.value.path()
    text = Path(path).read_text(encoding="utf-8")
    assert text.startswith("# Mock interview") and "## Transcript" in text and "Scorecard: " in text
    assert "billing migration" in text


def test_the_browser_interviewer_listens_repeat_question_back_and_continuation(page: Page) -> None:
    start(page)
    opening = page.locator(ASSISTANT).last.inner_text()
    send(page, "Sorry, can you repeat the question?")
    again = page.locator(ASSISTANT).last.inner_text()
    asks = "?" in again or "Tell me" in again or "Think of" in again
    assert again != opening and asks and page.locator(GRADER).count() == 0  # repeated in other words, nothing graded
    send(page, "Before I start, what's the salary range for this role?")
    reply = page.locator(ASSISTANT).last.inner_text()
    assert ("recruiter" in reply or "hiring team" in reply) and page.locator(GRADER).count() == 0
    send(page, "So this was two years ago, I was the shift lead at a distribution centre near Leeds, running nights.")
    assert page.locator(GRADER).count() == 1
    send(page, "Sorry, I wasn't finished. I decided to skip the second pick check to make the trailer cut-off, and "
               "about 300 orders went to the wrong stores, which cost us two days of re-deliveries. I told my manager "
               "the next morning. Now I never release a trailer without the second check.")
    page.get_by_text("read together as one answer").wait_for(timeout=30_000)
    assert page.locator(GRADER).count() == 2
