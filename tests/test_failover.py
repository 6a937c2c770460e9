"""Failover: two app instances behind nginx (sticky) on one PostgreSQL. The instance holding a candidate's socket is
killed with SIGKILL mid-interview; the candidate's next reply is answered by the other instance, and no completed
turn is lost.

Which instance holds the socket is read from the kernel, never guessed: with only this candidate connected, exactly
one app process (by pid) owns an established TCP connection on its own port, and the other end of it is owned by
nginx. nginx's access log must agree (every socket.io request carrying the candidate's stickiness cookie went to that
instance), and the kill must drop the candidate's socket.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import os
import re
import secrets
import signal
import subprocess
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from interviewer import accounts
from interviewer.interview import InterviewSession
from interviewer.interview.store import open_store
from interviewer.web import render
from tests import interview_lines as L
from tests.chainlit_client import ChainlitClient, ChainlitRefused, Turn
from tests.services import new_database, nginx_proxy
from tests.test_web import App

ANN, BOB = "ann@example.org", "bob@example.org"
PASSWORDS = {ANN: "ann's long password", BOB: "bob's long password"}
BOB_MARKER = "Varnavas"
"""A name only Bob's reply holds: it must never reach Ann's chat or interview."""
REPLIES = (L.EXCUSE_LED, L.OWNERSHIP, L.GENERIC)
"""Ann's three replies: two before the kill, one after. The mock interview asks four questions, so it is still open."""
SETTLE_S = 10.0

_databases = itertools.count()


# --- who holds which socket, from /proc ------------------------------------------------------------------------------

ESTABLISHED, LISTEN = "01", "0A"


@dataclass(frozen=True)
class Conn:
    """One row of /proc/net/tcp{,6}: ports, state (hex, as the kernel writes it) and the socket's inode."""

    local_port: int
    remote_port: int
    state: str
    inode: int


def _tcp() -> list[Conn]:
    rows: list[Conn] = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(FileNotFoundError):
            for line in Path(table).read_text().splitlines()[1:]:
                f = line.split()
                rows.append(Conn(int(f[1].rsplit(":", 1)[1], 16), int(f[2].rsplit(":", 1)[1], 16), f[3], int(f[9])))
    return rows


def _sockets(pid: int) -> set[int]:
    """The inodes of the sockets process `pid` holds open (empty if it is gone)."""
    inodes: set[int] = set()
    with contextlib.suppress(OSError):
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            with contextlib.suppress(OSError):
                target = os.readlink(fd)
                if target.startswith("socket:["):
                    inodes.add(int(target[len("socket:["):-1]))
    return inodes


def _pids() -> list[int]:
    return [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()]


def _ppid(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def _owners(inode: int) -> list[int]:
    """Every process holding the socket `inode`."""
    return [pid for pid in _pids() if inode in _sockets(pid)]


def _comm(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return "?"


def _pid(app: App) -> int:
    assert app.proc is not None
    return app.proc.pid


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _check_is_the_server(app: App) -> list[int]:
    """The Popen pid is the server itself (it holds the listening socket on its port), and the only processes it
    starts are its step workers (steps.py), which leave when it dies. Returns the workers' pids."""
    pid = _pid(app)
    mine = _sockets(pid)
    assert any(c.state == LISTEN and c.local_port == app.port and c.inode in mine for c in _tcp()), \
        f"pid {pid} ({_comm(pid)}) does not hold the listening socket of port {app.port}"
    children = [p for p in _pids() if _ppid(p) == pid]
    others = [(p, _cmdline(p)) for p in children if "interviewer.web.steps" not in _cmdline(p)]
    assert not others, f"the app process {pid} has children other than its step workers: {others}"
    assert children, f"the app process {pid} runs no step worker"
    return children


def _gone(pids: list[int], timeout: float) -> list[int]:
    """Those of `pids` still running after `timeout` seconds (a zombie, dead but not yet reaped, counts as gone)."""
    def running(pid: int) -> bool:
        try:
            state = Path(f"/proc/{pid}/stat").read_text(errors="replace").rpartition(")")[2].split()[:1]
        except OSError:
            return False
        return state != ["Z"]

    end = time.monotonic() + timeout
    while True:
        left = [p for p in pids if running(p)]
        if not left or time.monotonic() > end:
            return left
        time.sleep(0.05)


def _held(app: App) -> list[Conn]:
    """The established TCP connections on the app's port that the app's own process holds."""
    mine = _sockets(_pid(app))
    return [c for c in _tcp() if c.state == ESTABLISHED and c.local_port == app.port and c.inode in mine]


def _holder(apps: list[App], timeout: float = SETTLE_S) -> App:
    """The instance holding the one connection open through the proxy (the only connected candidate's socket).

    Polled until exactly one established connection exists across the instances: a socket just closed, or a polling
    request before the upgrade to WebSocket, settles within milliseconds. Its other end must belong to nginx."""
    end = time.monotonic() + timeout
    while True:
        held = {app.port: _held(app) for app in apps}
        if sum(len(conns) for conns in held.values()) == 1:
            break
        if time.monotonic() > end:
            raise AssertionError(f"no single connection to one instance within {timeout:g} s: {held}")
        time.sleep(0.02)
    app = next(a for a in apps if held[a.port])
    conn = held[app.port][0]
    peers = [c for c in _tcp() if c.state == ESTABLISHED and c.local_port == conn.remote_port and c.remote_port == app.port]
    assert len(peers) == 1, peers
    owners = _owners(peers[0].inode)
    assert owners and all(_comm(p) == "nginx" for p in owners), [(p, _comm(p)) for p in owners]
    return app


# --- what nginx logged ------------------------------------------------------------------------------------------------

_ACCESS = re.compile(r'^\S+ "(?P<method>\S+) (?P<path>\S+)[^"]*" (?P<status>\d+) -> (?P<upstreams>.*) \((?P<statuses>.*)\) '
                     r"cookie=(?P<cookie>\S*)$")


@dataclass(frozen=True)
class Logged:
    method: str
    path: str
    status: int
    upstreams: list[str]
    """Every upstream nginx tried for the request, in order ("127.0.0.1:PORT")."""


def _access_log(proxy_port: int) -> Path:
    """nginx's access log (services.nginx_proxy keeps it in its private prefix, which the master's command line
    names): found from the process holding the proxy's listening socket."""
    listening = [c for c in _tcp() if c.state == LISTEN and c.local_port == proxy_port]
    assert listening, f"nothing listens on the proxy port {proxy_port}"
    for pid in _owners(listening[0].inode):
        found = re.search(r"-p (\S+)", Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode())
        if found:
            return Path(found.group(1)) / "access.log"
    raise AssertionError(f"no nginx master process found for port {proxy_port}")


def _logged(log: Path, cookie: str, start: int = 0) -> list[Logged]:
    """The requests carrying the stickiness cookie `cookie`, logged from byte `start` of the log on."""
    data = log.read_bytes()[start:].decode(errors="replace")
    rows = []
    for line in data.splitlines():
        m = _ACCESS.match(line)
        if m is None:  # a request nginx could not even parse, say; never one of the candidate's
            assert cookie not in line, f"unexpected access log line: {line!r}"
            continue
        if m["cookie"] == cookie:
            rows.append(Logged(m["method"], m["path"], int(m["status"].split(",")[-1]),
                               [u.strip() for u in re.split(r", | : ", m["upstreams"])]))
    return rows


# --- the deployment ----------------------------------------------------------------------------------------------------


@dataclass
class Deployment:
    database_url: str
    apps: list[App]
    proxy_port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.proxy_port}"


def _stop(app: App) -> None:
    proc = app.proc
    if proc is None:
        return
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


@pytest.fixture
def deployment(postgres_server: str, tmp_path: Path) -> Iterator[Deployment]:
    """Two instances (same signing secret, same database, their own data folders) behind nginx in sticky mode."""
    url = new_database(postgres_server, f"failover_{os.getpid()}_{next(_databases)}")
    env = {"CHAINLIT_AUTH_SECRET": secrets.token_urlsafe(32), "INTERVIEWER_DATABASE_URL": url}
    apps = [App(tmp_path / "a", env=env), App(tmp_path / "b", env=env)]
    try:
        store = open_store(url)  # sets the database up; `interviewer users add` does the same as accounts.add
        try:
            for name, password in PASSWORDS.items():
                accounts.add(store, name, password)
        finally:
            store.close()
        with ThreadPoolExecutor(len(apps)) as pool:
            for started in [pool.submit(app.start) for app in apps]:
                started.result()
        with nginx_proxy([app.port for app in apps]) as proxy_port:
            yield Deployment(url, apps, proxy_port)
    finally:
        for app in apps:
            _stop(app)
        for app in apps:  # shown by pytest only when the test failed
            if app.log.exists():
                print(f"--- {app.log.name} ---\n{app.log.read_text(errors='replace')[-6000:]}")


_ODD = re.compile(r"traceback|error|exception|failed|refused|warning|not found", re.IGNORECASE)
_HARMLESS = ("Translated markdown file for en-US not found",)
"""Chainlit's note that the welcome page has no en-US translation (chainlit.md serves)."""


def _odd_lines(log: Path) -> list[str]:
    """Lines of an instance's log that say something went wrong: an error, a refused sign-in or chat, a traceback."""
    return [line for line in log.read_text(errors="replace").splitlines()
            if _ODD.search(line) and not any(h in line for h in _HARMLESS)]


def _chat_outputs(database_url: str, thread_id: str) -> list[str]:
    """The text of every step the data layer holds for the chat (what a reopened chat shows)."""
    with psycopg.connect(database_url) as conn:
        rows = conn.execute("SELECT data FROM chat_steps WHERE thread_id = %s ORDER BY seq", (thread_id,)).fetchall()
    return [str(json.loads(r[0]).get("output") or "") for r in rows]


def _chat_owner(database_url: str, thread_id: str) -> str | None:
    """Whom the data layer says the chat belongs to: an instance reopens it for that user only."""
    with psycopg.connect(database_url) as conn:
        row = conn.execute("SELECT user_identifier FROM chat_threads WHERE id = %s", (thread_id,)).fetchone()
    return None if row is None else row[0]


async def _dropped(client: ChainlitClient, timeout: float = SETTLE_S) -> float:
    """Seconds until the client saw its socket close."""
    begin = time.monotonic()
    while client.connected:
        if time.monotonic() - begin > timeout:
            raise AssertionError(f"the candidate's socket was still open {timeout:g} s after the kill: the wrong "
                                 "instance was killed, or nginx kept a dead upstream's socket open")
        await asyncio.sleep(0.01)
    return time.monotonic() - begin


def _answered(turn: Turn) -> str:
    """The interviewer's question that ended the turn, after exactly one graded reply."""
    assert len(turn.grader) == 1, [(m.author, m.content[:80]) for m in turn.messages]
    assert turn.question is not None and turn.question.content and not turn.question.streaming, turn.messages
    return turn.question.content


def test_sigkill_of_the_instance_holding_the_socket_loses_no_completed_turn(deployment: Deployment) -> None:
    apps = deployment.apps
    workers = {app.port: _check_is_the_server(app) for app in apps}
    access = _access_log(deployment.proxy_port)

    async def run() -> None:
        ann = ChainlitClient(deployment.url, sign_in="password", username=ANN, password=PASSWORDS[ANN], timeout=30,
                             name="ann")
        bob = ChainlitClient(deployment.url, sign_in="password", username=BOB, password=PASSWORDS[BOB], timeout=30,
                             name="bob")
        try:
            # Another candidate's interview in the same database, through the same proxy; he leaves before the kill.
            await bob.connect()
            await bob.start("Full mock interview")
            _answered(await bob.send(f"{L.STORY} Our tester {BOB_MARKER} found it."))
            bob_thread = bob.thread_id
            assert bob_thread
            await bob.close()

            await ann.connect()
            opening = await ann.start("Full mock interview")
            assert opening.question is not None
            shown = [opening.question.content]
            for reply in REPLIES[:2]:
                shown.append(_answered(await ann.send(reply)))
            thread = ann.thread_id
            assert thread and thread != bob_thread

            doomed = _holder(apps)
            survivor = next(app for app in apps if app is not doomed)
            # nginx agrees: every request with Ann's stickiness cookie so far went to that instance, and only to it.
            before = _logged(access, ann.session_id)
            assert any("/ws/socket.io/" in r.path for r in before), before
            assert {u for r in before for u in r.upstreams} == {f"127.0.0.1:{doomed.port}"}, before
            # As in life the candidate reads the question and types for a while: Chainlit writes the chat's steps in
            # background tasks, which land within milliseconds of the turn's end. (The interview itself, graph
            # checkpoint and history row, was committed before the turn ended: that part is checked without waiting.)
            begin = time.monotonic()
            while not {REPLIES[1], shown[-1]} <= set(_chat_outputs(deployment.database_url, thread)):
                assert time.monotonic() - begin < SETTLE_S, "the chat's last steps never reached the database"
                await asyncio.sleep(0.02)
            # Both chats belong to their candidates in the data layer: an instance reopens a chat for its owner only.
            owners = {who: _chat_owner(deployment.database_url, t) for who, t in ((ANN, thread), (BOB, bob_thread))}
            assert owners == {ANN: ANN, BOB: BOB}, (
                f"chat owners in chat_threads: {owners}; a chat with no owner is refused by every instance "
                "('Authorization for the thread failed.'), so it cannot fail over")

            mark = access.stat().st_size
            killed_at = time.monotonic()
            os.kill(_pid(doomed), signal.SIGKILL)
            assert doomed.proc is not None and doomed.proc.wait(timeout=SETTLE_S) == -signal.SIGKILL
            # Its step workers leave with it: they never finish a turn nobody will see (the survivor answers it).
            left = _gone(workers[doomed.port], SETTLE_S)
            assert not left, f"the killed instance's step workers {left} were still running {SETTLE_S:g} s later"
            dropped = await _dropped(ann)

            # The browser reconnects with the same session id and thread, through the proxy, with the token it holds.
            try:
                await ann.reconnect()
            except ChainlitRefused as e:
                raise AssertionError(f"the surviving instance refused the chat ({e}); chat owner in the database: "
                                     f"{_chat_owner(deployment.database_url, thread)!r}; its log: "
                                     f"{_odd_lines(survivor.log)}") from None
            assert ann.connected and ann.thread_id == thread
            resumed_thread = ann.resumed_thread  # on_chat_resume ran, and the thread came back
            assert resumed_thread is not None and resumed_thread.get("id") == thread
            assert resumed_thread.get("userIdentifier") == ANN
            assert _holder([survivor]) is survivor
            resumed = [str(step.get("output") or "") for step in resumed_thread.get("steps") or []]
            assert [o for o in resumed if o in REPLIES] == list(REPLIES[:2])  # her replies, as she typed them
            assert [o for o in resumed if o in shown] == shown  # every question she was asked, in order
            assert not any(BOB_MARKER in o for o in resumed)

            third = await ann.send(REPLIES[2])
            shown.append(_answered(third))
            print(f"killed instance {'ab'[apps.index(doomed)]} (port {doomed.port}): the socket dropped after "
                  f"{dropped:.3f} s; the next reply answered by port {survivor.port} "
                  f"{time.monotonic() - killed_at:.2f} s after the kill (turn {third.latency:.2f} s)")
            assert survivor.proc is not None and survivor.proc.poll() is None
            assert all(BOB_MARKER not in m.content for m in ann.messages)

            after = _logged(access, ann.session_id, mark)
            # The old WebSocket's own line (101, from the dead instance) is written when nginx closes it.
            fresh = [r for r in after if not (r.status == 101 and r.upstreams == [f"127.0.0.1:{doomed.port}"])]
            assert fresh and all(r.upstreams[-1] == f"127.0.0.1:{survivor.port}" for r in fresh), after
            assert any("/ws/socket.io/" in r.path and r.status in (101, 200) for r in fresh), after
            assert not any(r.path.startswith(("/login", "/auth")) for r in after), "signed in again: B refused A's token"
            odd = _odd_lines(survivor.log)
            assert not odd, "the surviving instance's log:\n" + "\n".join(odd)

            # 0 completed turns lost, in the database: the same interview, all three replies, each answered.
            store = open_store(deployment.database_url)
            try:
                rows = store.history()
                assert sorted((r.owner, r.replies, r.closed) for r in rows) == [(ANN, 3, False), (BOB, 1, False)], rows
                mine = next(r for r in rows if r.owner == ANN)
                assert mine.thread_id == thread and mine.session_id == thread.replace("-", "")[:12]
                turns = InterviewSession.resume(store, mine.session_id).turns
            finally:
                store.close()
            assert [t["role"] for t in turns] == ["interviewer", "candidate"] * 3 + ["interviewer"], turns
            assert [t["text"] for t in turns if t["role"] == "candidate"] == list(REPLIES)
            assert all("grade" in t for t in turns if t["role"] == "candidate")
            assert [render.text(t["text"]) for t in turns if t["role"] == "interviewer"] == shown
            assert not any(BOB_MARKER in t["text"] for t in turns)
        finally:
            await ann.close()
            await bob.close()

    asyncio.run(run())
