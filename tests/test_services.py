"""The test servers themselves: a real PostgreSQL that takes queries and many connections, and a real nginx that spreads,
sticks, fails over and passes WebSockets, the way the multi-instance tests rely on. Both must leave nothing behind."""

from __future__ import annotations

import contextlib
import os
import pwd
import socket
import threading
import urllib.request
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import psycopg
import pytest
from psycopg_pool import ConnectionPool
from websockets.sync.client import connect as ws_connect
from websockets.sync.server import ServerConnection
from websockets.sync.server import serve as ws_serve

from tests import services
from tests.services import STICKY_COOKIE, check_nginx_config, new_database, nginx_config, nginx_proxy, postgres

ROOT = Path(__file__).resolve().parent.parent


def _refused(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except ConnectionRefusedError:
        return True
    return False


def _uid(pid: int) -> int:
    """The real uid of a live process, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("Uid:"):
            return int(line.split()[1])
    raise AssertionError(f"no Uid line for pid {pid}")


# --- PostgreSQL -----------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pg() -> Iterator[str]:
    with postgres() as url:
        yield url


def test_postgres_takes_queries_over_tcp(pg: str) -> None:
    assert pg.startswith("postgresql://postgres@127.0.0.1:") and pg.endswith("/interviewer")
    with psycopg.connect(pg) as conn:
        row = conn.execute(
            "SELECT current_user, current_database(), current_setting('server_encoding'),"
            " current_setting('max_connections'), current_setting('listen_addresses'), pg_backend_pid()"
        ).fetchone()
        assert row is not None
        user, db, encoding, max_connections, listen, backend = row
        # initdb and postgres refuse root: as root the server runs as the postgres system user; otherwise as us.
        assert _uid(backend) == (os.getuid() or pwd.getpwnam("postgres").pw_uid)  # while the backend lives
    assert (user, db, encoding, max_connections, listen) == ("postgres", "interviewer", "UTF8", "300", "127.0.0.1")


def test_new_database_is_separate_and_empty(pg: str) -> None:
    other = new_database(pg, "services_other")
    assert other == pg.rsplit("/", 1)[0] + "/services_other"
    with psycopg.connect(other) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone() == (0,)
        conn.execute("CREATE TABLE only_here (x int)")
    with psycopg.connect(pg) as conn:
        assert conn.execute("SELECT to_regclass('only_here')").fetchone() == (None,)
    with pytest.raises(RuntimeError, match="already exists"):
        new_database(pg, "services_other")
    with pytest.raises(ValueError, match="lowercase"):
        new_database(pg, 'x"; DROP DATABASE interviewer; --')


def test_postgres_holds_a_large_pool(pg: str) -> None:
    """The load test opens well over the default 100 connections through psycopg_pool."""
    with ConnectionPool(pg, min_size=150, max_size=150, open=True) as pool:
        pool.wait(timeout=20)
        assert pool.get_stats()["pool_size"] == 150
        with pool.connection() as conn:
            assert conn.execute("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'").fetchone()
            assert conn.execute("SELECT 1").fetchone() == (1,)


@contextlib.contextmanager
def squatted(monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """A port taken by someone else, handed out as the first "free" one: the server must move on to the next."""
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        taken = int(squatter.getsockname()[1])
        ports = iter([taken, services._free_port()])
        monkeypatch.setattr(services, "_free_port", lambda: next(ports))
        yield taken


def test_postgres_retries_a_taken_port_and_stops_on_interrupt(monkeypatch: pytest.MonkeyPatch) -> None:
    """The free port may be gone by the time the server binds it: the next one is tried. And a Ctrl-C in the test
    still stops the server and removes its directory."""
    with squatted(monkeypatch) as taken, pytest.raises(KeyboardInterrupt), postgres("scratch") as url:
        port = int(url.split(":")[2].split("/")[0])
        assert port != taken
        with psycopg.connect(url) as conn:
            row = conn.execute("SELECT current_setting('data_directory'), pg_backend_pid()").fetchone()
            assert row is not None
            data_dir, backend = Path(row[0]), row[1]
            # The backend's parent is the postmaster; read it while the backend lives.
            postmaster = int(Path(f"/proc/{backend}/stat").read_text().rsplit(")", 1)[1].split()[1])
            raise KeyboardInterrupt  # with the connection still open, as a test interrupted mid-query would
    assert _refused(port)
    assert not Path(f"/proc/{postmaster}").exists()
    assert not data_dir.parent.exists()


# --- nginx ----------------------------------------------------------------------------------------------------------


@contextlib.contextmanager
def _http_upstream(name: str) -> Iterator[ThreadingHTTPServer]:
    """A tiny upstream that answers every GET with its name."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = name.encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def upstreams() -> Iterator[dict[str, ThreadingHTTPServer]]:
    with _http_upstream("a") as a, _http_upstream("b") as b:
        yield {"a": a, "b": b}


def _ports(upstreams: dict[str, ThreadingHTTPServer]) -> list[int]:
    return [server.server_address[1] for server in upstreams.values()]


def _get(port: int, session: str | None = None) -> str:
    headers = {"Cookie": f"theme=dark; {STICKY_COOKIE}={session}"} if session else {}
    request = urllib.request.Request(f"http://127.0.0.1:{port}/", headers=headers)
    with urllib.request.urlopen(request, timeout=5) as response:
        return str(response.read().decode())


def test_round_robin_spreads_requests(upstreams: dict[str, ThreadingHTTPServer]) -> None:
    with nginx_proxy(_ports(upstreams), mode="round_robin") as port:
        assert Counter(_get(port) for _ in range(10)) == {"a": 5, "b": 5}
        assert set(_get(port, "same") for _ in range(10)) == {"a", "b"}  # no stickiness here


def test_sticky_by_chainlit_session_cookie(upstreams: dict[str, ThreadingHTTPServer]) -> None:
    with nginx_proxy(_ports(upstreams)) as port:
        for session in ("s1", "s2", "s3"):
            assert len({_get(port, session) for _ in range(10)}) == 1
        assert {_get(port, f"tab{i}") for i in range(40)} == {"a", "b"}  # sessions spread over both
        assert Counter(_get(port) for _ in range(10)) == {"a": 5, "b": 5}  # no cookie yet: round robin


def test_failover_when_an_upstream_stops(upstreams: dict[str, ThreadingHTTPServer]) -> None:
    with nginx_proxy(_ports(upstreams)) as port:
        on_a = [s for s in (f"tab{i}" for i in range(40)) if _get(port, s) == "a"]
        assert on_a
        upstreams["a"].shutdown()
        upstreams["a"].server_close()  # the instance is gone: its port now refuses
        assert {_get(port, s) for s in on_a} == {"b"}  # every request still answered, by the survivor
        assert {_get(port) for _ in range(10)} == {"b"}
        assert {_get(port, f"tab{i}") for i in range(40)} == {"b"}


@contextlib.contextmanager
def _ws_upstream(name: str) -> Iterator[int]:
    """A tiny WebSocket upstream echoing each message with its name and the forwarded-for header nginx added."""

    def echo(ws: ServerConnection) -> None:
        forwarded = ws.request.headers.get("X-Forwarded-For", "") if ws.request else ""
        for message in ws:
            ws.send(f"{name}:{forwarded}:{message!s}")

    with ws_serve(echo, "127.0.0.1", 0) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield int(server.socket.getsockname()[1])
        finally:
            server.shutdown()
            thread.join(5)


def test_websocket_upgrade_passes_through() -> None:
    with _ws_upstream("a") as a, _ws_upstream("b") as b, nginx_proxy([a, b]) as port:
        seen = set()
        for _ in range(3):
            cookie = {"Cookie": f"{STICKY_COOKIE}=ws-tab"}
            with ws_connect(f"ws://127.0.0.1:{port}/ws/socket.io/", additional_headers=cookie, open_timeout=5) as ws:
                ws.send("hello")
                ws.send("again")
                first, second = str(ws.recv(timeout=5)), str(ws.recv(timeout=5))
            name, forwarded, text = first.split(":")
            assert (forwarded, text) == ("127.0.0.1", "hello")
            assert second == f"{name}:127.0.0.1:again"
            seen.add(name)
        assert len(seen) == 1  # the same session's reconnects land on the same instance


def test_nginx_retries_a_taken_port_and_stops_on_interrupt(
    upstreams: dict[str, ThreadingHTTPServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    with squatted(monkeypatch) as taken, pytest.raises(KeyboardInterrupt), nginx_proxy(_ports(upstreams)) as port:
        assert port != taken
        assert _get(port) in {"a", "b"}
        raise KeyboardInterrupt
    assert _refused(port)


def test_docs_example_is_the_tested_config() -> None:
    example = (ROOT / "docs" / "nginx.conf.example").read_text()
    assert example.endswith(nginx_config("80", [8001, 8002], server_name="interviewer.example.com"))
    check_nginx_config(example)
    with pytest.raises(RuntimeError, match="nginx -t rejects"):
        check_nginx_config(example.replace("proxy_buffering off;", "proxy_buffering sometimes;"))
    with pytest.raises(ValueError, match="mode"):
        nginx_config("80", [8001], mode="ip_hash")
