"""Two signed-in candidates on one server, in separate browser contexts: each sees, lists, opens and continues only
their own interviews, by the UI and by crafted requests naming the other's ids; a reload reopens the same chat.

Runs with accounts on (CHAINLIT_AUTH_SECRET set, password accounts made with `interviewer users add`), on SQLite and
on PostgreSQL.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import Browser, BrowserContext, Page

from tests import interview_lines as L
from tests.test_web import ASSISTANT, GRADER, SHOTS, App, send, start

USERS = {"ann@example.org": "ann's long password", "bob@example.org": "bob's long password"}


def served(tmp_path: Path, database_url: str) -> App:
    env = {"CHAINLIT_AUTH_SECRET": secrets.token_urlsafe(32), "INTERVIEWER_DATABASE_URL": database_url}
    app = App(tmp_path / "data", env=env)
    for name, password in USERS.items():
        added = subprocess.run([sys.executable, "-m", "interviewer.cli", "users", "add", name, "--password-stdin"],
                               input=password + "\n", capture_output=True, text=True, env=app.env, timeout=60)
        assert added.returncode == 0, added.stderr
    app.start()
    return app


def sign_in(browser: Browser, app: App, name: str) -> tuple[BrowserContext, Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 2000}, accept_downloads=True)
    page = context.new_page()
    page.goto(app.url)
    page.locator("#email").fill(name)  # the sign-in form, as a person uses it
    page.locator("#password").fill(USERS[name])
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Full mock interview", exact=True).wait_for(timeout=30_000)
    return context, page


def session_cookie(context: BrowserContext) -> str:
    return next(c["value"] for c in context.cookies() if c["name"] == "X-Chainlit-Session-id")


def test_two_candidates_never_see_each_other(browser: Browser, tmp_path: Path, database_url: str) -> None:
    app = served(tmp_path, database_url)
    try:
        anon = browser.new_context()
        login = anon.new_page()
        login.goto(app.url)
        login.locator("#password").wait_for(timeout=30_000)  # nobody gets in without signing in
        listed = anon.request.post(app.url + "project/threads", data={"pagination": {"first": 5}, "filter": {}})
        assert listed.status == 401
        anon.close()

        ann_ctx, ann = sign_in(browser, app, "ann@example.org")
        bob_ctx, bob = sign_in(browser, app, "bob@example.org")
        start(ann)
        send(ann, L.EXCUSE_LED + " My colleague Quillon saw it.")
        ann_chat = ann.url
        start(bob)
        for reply in (L.STORY + " Our tester Varnavas found it.", L.OWNERSHIP, L.TODAY):
            send(bob, reply)
        bob.get_by_text("Scorecard:").wait_for(timeout=30_000)
        bob_chat = bob.url
        assert "/thread/" in ann_chat and "/thread/" in bob_chat and ann_chat != bob_chat
        bob_thread = bob_chat.rsplit("/", 1)[1]

        # Neither sees the other's words, in the chat or in the sidebar.
        assert "Varnavas" not in ann.inner_text("body") and "Quillon" not in bob.inner_text("body")
        # The history lists only one's own interviews.
        ann.goto(app.url)
        start(ann, "Past interviews")
        history = ann.locator(ASSISTANT).last.inner_text()
        assert len(history.strip().splitlines()) == 2 and bob_thread not in ann.content()  # a header and one row
        assert ("honesty ✗" in history or "honesty ✓" in history)  # each test's verdict, marked

        # Crafted requests with Bob's ids, from Ann's signed-in browser.
        assert ann_ctx.request.get(app.url + f"project/thread/{bob_thread}").status in (401, 403, 404)
        threads = ann_ctx.request.post(app.url + "project/threads",
                                       data={"pagination": {"first": 50}, "filter": {}}).json()
        listed_ids = [t["id"] for t in threads["data"]]  # her interview's chat, and the chat she asked for the history in
        assert ann_chat.rsplit("/", 1)[1] in listed_ids and bob_thread not in listed_ids
        assert {t["userIdentifier"] for t in threads["data"]} == {"ann@example.org"}
        bob_session = bob_thread.replace("-", "")[:12]
        before = ann.locator(ASSISTANT).count()
        opened = ann_ctx.request.post(app.url + "project/action", data={
            "sessionId": session_cookie(ann_ctx),
            "action": {"name": "open_session", "payload": {"id": bob_session}, "id": "x", "forId": "y"}})
        assert opened.ok
        ann.wait_for_function(f"n => document.querySelectorAll('{ASSISTANT}').length > n", arg=before, timeout=30_000)
        assert "No interview of yours has that id" in ann.locator(ASSISTANT).last.inner_text()
        assert "Varnavas" not in ann.inner_text("body")
        # Opening Bob's chat address shows nothing of it, and Ann cannot write into it.
        ann.goto(bob_chat)
        ann.wait_for_timeout(3000)
        assert "Varnavas" not in ann.inner_text("body") and "Scorecard:" not in ann.inner_text("body")

        # Bob reloads: the same chat, its grader steps and scorecard as they were shown, his words as typed.
        graders = bob.locator(GRADER).count()
        bob.reload()
        bob.get_by_text("Scorecard:").wait_for(timeout=30_000)
        body = bob.inner_text("body")
        assert bob.locator(GRADER).count() == graders == 3
        assert "Varnavas found it." in body and "\\\\" not in body and "Quillon" not in body
        assert bob.locator("img[alt='STAR allocation']").count() == 1
        SHOTS.mkdir(parents=True, exist_ok=True)
        bob.screenshot(path=str(SHOTS / f"two-users-bob-after-reload-{database_url.split(':')[0]}.png"))

        # Ann continues her own chat after all that; her transcript holds only her words.
        ann.goto(ann_chat)
        ann.get_by_text("Quillon").first.wait_for(timeout=30_000)
        send(ann, L.OWNERSHIP)
        stored = subprocess.run([sys.executable, "-m", "interviewer.cli", "history", "--json"], capture_output=True,
                                text=True, env=app.env, timeout=60)
        rows = json.loads(stored.stdout)
        assert sorted((r["owner"], r["replies"]) for r in rows) == [("ann@example.org", 2), ("bob@example.org", 3)]
        ann_ctx.close()
        bob_ctx.close()
    finally:
        app.stop()
        if os.environ.get("KEEP_LOGS"):
            print(app.log.read_text())
