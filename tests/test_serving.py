"""Who may use the browser app and how: sign-in modes, where it may listen, what a visitor may set, the
`users` and `prune` commands."""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import subprocess
import sys
import time
from pathlib import Path

import pytest

from interviewer.web.serving import Serving, ServingError, is_loopback, local_secret
from tests import interview_lines as L
from tests.chainlit_client import ChainlitClient
from tests.test_web import ROOT, App, free_port


def cli(env: dict[str, str], *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "interviewer.cli", *args], input=stdin, capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=120)


def test_loopback_addresses() -> None:
    assert all(is_loopback(h) for h in ("127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "::", "192.168.1.5", "example.org"))


def test_no_sign_in_is_loopback_only_unless_said_so(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CHAINLIT_AUTH_SECRET", "INTERVIEWER_ALLOW_SHARED", "INTERVIEWER_AUTH_HEADER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CHAINLIT_HOST", "127.0.0.1")
    assert Serving.from_env() == Serving(accounts=False, host="127.0.0.1")
    monkeypatch.setenv("CHAINLIT_HOST", "0.0.0.0")
    with pytest.raises(ServingError, match=r"refusing to listen on 0\.0\.0\.0"):
        Serving.from_env()
    monkeypatch.setenv("INTERVIEWER_ALLOW_SHARED", "1")
    shared = Serving.from_env()
    assert shared.shared_local and "shares one identity" in (shared.warning() or "")
    monkeypatch.setenv("CHAINLIT_AUTH_SECRET", "s" * 40)  # with sign-in, any address is fine and nothing is shared
    monkeypatch.setenv("INTERVIEWER_MODELS", "small, large")
    signed = Serving.from_env()
    assert signed.accounts and not signed.shared_local and signed.warning() is None and signed.models == ("small", "large")
    monkeypatch.delenv("CHAINLIT_AUTH_SECRET")
    monkeypatch.setenv("INTERVIEWER_AUTH_HEADER", "X-Forwarded-User")
    with pytest.raises(ServingError, match="needs CHAINLIT_AUTH_SECRET"):
        Serving.from_env()


def test_the_local_secret_is_made_once_and_kept_private(tmp_path: Path) -> None:
    first = local_secret(tmp_path)
    assert len(first) >= 40 and local_secret(tmp_path) == first
    assert (tmp_path / "web-secret").stat().st_mode & 0o077 == 0


def test_the_app_will_not_listen_on_every_address_without_sign_in(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("CHAINLIT_AUTH_SECRET", "INTERVIEWER_ALLOW_SHARED")}
    env["INTERVIEWER_DATA_DIR"] = str(tmp_path)
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "chainlit", "run", "interviewer/web/app.py", "--headless", "--host",
                           "0.0.0.0", "--port", str(free_port())], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode != 0 and time.monotonic() - started < 100
    assert "refusing to listen on 0.0.0.0" in done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr


def test_users_and_prune_commands(tmp_path: Path) -> None:
    env = {"INTERVIEWER_DATA_DIR": str(tmp_path)}
    added = cli(env, "users", "add", "Ann@Example.org", "--password-stdin", stdin="a long password\n")
    assert added.returncode == 0 and "ann@example.org" in added.stdout
    again = cli(env, "users", "add", "ann@example.org", "--password-stdin", stdin="another password\n")
    assert again.returncode == 2 and "--replace" in again.stderr and "Traceback" not in again.stderr
    short = cli(env, "users", "add", "bob", "--password-stdin", stdin="short\n")
    assert short.returncode == 2 and "at least 8" in short.stderr
    listed = cli(env, "users", "list", "--json")
    assert [u["username"] for u in json.loads(listed.stdout)] == ["ann@example.org"]
    assert cli(env, "chat", "--script", "-", "--json", stdin=L.EXCUSE_LED).returncode == 0
    assert len(json.loads(cli(env, "history", "--user", "local", "--json").stdout)) == 1  # the terminal's own
    assert json.loads(cli(env, "history", "--user", "ANN@example.org", "--json").stdout) == []
    kept = cli(env, "prune", "--older-than", "0s")
    assert kept.returncode == 0 and "1 interview" in kept.stdout and "kept only the latest checkpoint" in kept.stdout
    assert len(json.loads(cli(env, "history", "--json").stdout)) == 1  # still listed, still resumable
    gone = cli(env, "prune", "--older-than", "0s", "--delete")
    assert gone.returncode == 0 and "removed" in gone.stdout and json.loads(cli(env, "history", "--json").stdout) == []
    bad = cli(env, "prune", "--older-than", "ninety days")
    assert bad.returncode == 2 and "90d" in bad.stderr
    removed = cli(env, "users", "remove", "ann@example.org")
    assert removed.returncode == 0 and json.loads(cli(env, "users", "list", "--json").stdout) == []


def test_a_visitor_sets_the_interview_never_the_server(tmp_path: Path) -> None:
    """The settings panel offers how the interview runs; the backend, a model file or any server path are not
    there, and a crafted settings change naming one changes nothing."""
    app = App(tmp_path / "data")
    app.start()
    try:
        async def run() -> None:
            async with ChainlitClient(app.url, timeout=30) as c:
                assert {w["id"] for w in c.settings_widgets} == {"mode", "drill_target", "role", "wpm"}
                await c.update_settings({"backend": "local", "model_file": "/etc/passwd", "wpm": 150})
                first = await c.start("Full mock interview")
                assert first.question is not None
                turn = await c.send(L.STORY)
                assert turn.question is not None and "offline engine instead" not in " ".join(m.content for m in turn.messages)
        asyncio.run(run())
        assert "passwd" not in app.log.read_text()
    finally:
        app.stop()


def test_a_trusted_proxy_header_signs_people_in_apart(tmp_path: Path) -> None:
    app = App(tmp_path / "data", env={"CHAINLIT_AUTH_SECRET": secrets.token_urlsafe(32),
                                      "INTERVIEWER_AUTH_HEADER": "X-Forwarded-User"})
    app.start()
    try:
        async def run() -> None:
            async with ChainlitClient(app.url, sign_in="header", headers={"X-Forwarded-User": "Ann@Example.org"},
                                      timeout=30) as ann, \
                    ChainlitClient(app.url, sign_in="header", headers={"X-Forwarded-User": "bob@example.org"},
                                   timeout=30) as bob:
                assert ann.user and ann.user["identifier"] == "ann@example.org"
                assert bob.user and bob.user["identifier"] == "bob@example.org"
                await ann.start("Full mock interview")
                await ann.send(L.STORY + " Ask Quillon.")
                await bob.start("Past interviews")
                history = bob.messages[-1].content
                assert "Quillon" not in history and "No interviews yet" in history
            with pytest.raises(Exception):  # noqa: B017  (no header: refused, whatever the client calls it)
                async with ChainlitClient(app.url, sign_in="header", timeout=30):
                    pass
        asyncio.run(run())
    finally:
        app.stop()
