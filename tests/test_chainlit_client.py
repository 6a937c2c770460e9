"""The socket-level Chainlit client (tests/chainlit_client.py) against the real app, and its sign-in modes and
reconnection against a tiny Chainlit app with header and password sign-in."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import interview_lines as L
from tests.chainlit_client import ChainlitClient, ChainlitError, SignInError
from tests.test_web import App, free_port


def test_a_story_reply_gets_graded_and_a_question_over_the_socket(app: App) -> None:
    async def run() -> None:
        async with ChainlitClient(app.url, timeout=30) as c:
            config = await c.auth_config()
            # no login screen today; with header sign-in (the local user) the client signed in by itself
            assert c.signed_in() == bool(config.get("requireLogin"))
            if config.get("headerAuth"):
                assert c.user and c.user.get("identifier")
            first = await c.start("Full mock interview")
            assert first.question is not None
            assert "?" in first.question.content or "Tell me" in first.question.content
            turn = await c.send(L.STORY)
            assert len(turn.grader) == 1 and turn.grader[0].author.startswith("Grader:"), turn.messages
            assert "PASS" in turn.grader[0].author or "FAIL" in turn.grader[0].author
            question = turn.question
            assert question is not None and question.content and not question.streaming
            assert turn.messages.index(turn.grader[0]) < turn.messages.index(question)  # the grade shows first
            assert 0 < turn.latency < 30
            assert c.messages[-len(turn.messages) - 1].content == L.STORY  # the reply, as the browser shows it
            assert c.thread_id
            assert [m.author for m in c.messages].count("Interviewer") >= 2

    asyncio.run(run())


TINY_APP = textwrap.dedent('''
    import chainlit as cl

    @cl.header_auth_callback
    async def header(headers):
        name = headers.get("x-user")
        return cl.User(identifier=name) if name else None

    @cl.password_auth_callback
    async def password(username, password):
        return cl.User(identifier=username) if password == "secret" else None

    @cl.on_chat_start
    async def start():
        await cl.Message(content=f"hello {cl.user_session.get('user').identifier} in {cl.context.session.thread_id}",
                         author="Interviewer").send()

    @cl.on_message
    async def reply(message: cl.Message):
        await cl.Step(name="Grader: echo", type="tool").send()
        out = cl.Message(content="", author="Interviewer")
        for word in f"you said {message.content}?".split(" "):
            await out.stream_token(word + " ")
        out.content = f"You said: {message.content}?"
        await out.update()
''')


class Tiny:
    def __init__(self, folder: Path, secret: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "app.py").write_text(TINY_APP)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "CHAINLIT_AUTH_SECRET": secret}
        self.proc = subprocess.Popen([sys.executable, "-m", "chainlit", "run", "app.py", "--headless", "--port", str(self.port)],
                                     cwd=folder, env=env, stdout=(folder / "server.log").open("ab"), stderr=subprocess.STDOUT)

    def wait(self) -> None:
        end = time.monotonic() + 60
        while time.monotonic() < end:
            try:
                urllib.request.urlopen(self.url, timeout=2)
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("the tiny app did not start")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Tiny, Tiny, Tiny]]:
    """A and B share a signing secret (a token from A works on B); C has another one."""
    root = tmp_path_factory.mktemp("tiny")
    trio = (Tiny(root / "a", "s" * 40), Tiny(root / "b", "s" * 40), Tiny(root / "c", "t" * 40))
    try:
        for t in trio:
            t.wait()
        yield trio
    finally:
        for t in trio:
            t.stop()


def test_header_sign_in_streaming_and_failover_to_another_instance(tiny: tuple[Tiny, Tiny, Tiny]) -> None:
    a, b, c3 = tiny

    async def run() -> None:
        c = ChainlitClient(a.url, headers={"X-User": "ada"}, timeout=20)
        try:
            await c.connect()
            assert await c.sign_in() == "header" and c.user and c.user["identifier"] == "ada"
            assert c.messages[0].content.startswith("hello ada in ")
            turn = await c.send("the first reply")
            assert [m.type for m in turn.messages] == ["tool", "assistant_message"]
            assert turn.question is not None and turn.question.content == "You said: the first reply?"
            assert turn.question.completed_at is not None and turn.question.completed_at <= turn.ended_at
            thread = c.thread_id
            assert thread and thread in c.messages[0].content
            await c.reconnect(b.url)  # no data layer here, so B starts the chat afresh under the same thread id
            assert c.messages[-1].content == f"hello ada in {thread}"
            assert (await c.send("again")).question is not None
            await c.reconnect(c3.url)  # C refuses A's token: the client signs in again, as the login page would
            assert c.connected and c.messages[-1].content == f"hello ada in {thread}"
            assert (await c.send("and again")).question is not None
        finally:
            await c.close()

    asyncio.run(run())


def test_password_sign_in_and_clear_refusals(tiny: tuple[Tiny, Tiny, Tiny]) -> None:
    a = tiny[0]

    async def run() -> None:
        async with ChainlitClient(a.url, sign_in="password", username="grace", password="secret") as c:
            assert c.user and c.user["identifier"] == "grace"
            assert (await c.send("hi")).question is not None
        wrong = ChainlitClient(a.url, sign_in="password", username="grace", password="wrong")
        anonymous = ChainlitClient(a.url, sign_in="none", timeout=5)
        try:
            with pytest.raises(SignInError, match="HTTP 401"):
                await wrong.connect()
            with pytest.raises(ChainlitError, match="refused the socket"):
                await anonymous.connect()
        finally:
            await wrong.close()
            await anonymous.close()

    asyncio.run(run())
