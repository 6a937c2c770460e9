"""Real PostgreSQL and nginx servers for the tests, started and stopped by the tests themselves.

Both run from Debian's packages (`postgresql`, `nginx`; `.ci/run` installs them) in a private temporary directory,
on a free loopback port, and are always stopped on the way out: on success, on a failing test, on KeyboardInterrupt,
and (on Linux) even when the test process itself is killed, through the parent-death signal.

Root: `initdb`, `pg_ctl` and `postgres` refuse to run as root, so when the tests run as root (CI does) every server
process runs as a system user instead: `postgres` for PostgreSQL (the Debian package creates it; created here with
`useradd --system` if missing), `www-data` for nginx. The private directory is then owned by that user. As any other
user, everything runs as that user.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

PG_SUPERUSER = "postgres"
"""The superuser `initdb` creates, whoever runs it: the URLs are the same as root and as any user."""

STICKY_COOKIE = "X-Chainlit-Session-id"
"""The cookie nginx hashes for sticky sessions. Chainlit's browser client POSTs `/set-session-cookie` (which sets it to
the tab's session id) right before it opens its socket.io connection, precisely so that a proxy can pin the
connection: every engine.io polling request and the WebSocket upgrade carry it. `access_token` would not do: it
exists only after a sign-in, and this app has none."""

NGINX_USER = "www-data"
"""The user nginx runs as when the tests run as root (Debian's base-passwd always has it)."""

_PORT_ATTEMPTS = 5
_START_TIMEOUT_S = 30.0
_STOP_TIMEOUT_S = 10.0
_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


# --- shared plumbing ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _RunAs:
    """Whom server processes run as: another user when we are root (`uid` set), else ourselves (`uid` None)."""

    uid: int | None = None
    gid: int | None = None

    @property
    def groups(self) -> list[int] | None:
        """Supplementary groups to drop to (none), only when switching user: root's would leak into the server."""
        return [] if self.uid is not None else None


def _run_as(name: str, create: bool = False) -> _RunAs:
    """Ourselves unless we are root; as root, the system user `name`, created first if `create` and it is missing."""
    if os.geteuid() != 0:
        return _RunAs()
    try:
        entry = pwd.getpwnam(name)
    except KeyError:
        if not create:
            raise RuntimeError(f"running as root, but the user {name!r} to run the server as does not exist") from None
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", name],
            check=True,
            capture_output=True,
        )
        entry = pwd.getpwnam(name)
    return _RunAs(entry.pw_uid, entry.pw_gid)


def _reachable(path: Path) -> bool:
    """Whether any user can walk down to `path`: an unprivileged server needs that to reach its directory."""
    return all(os.stat(p).st_mode & 0o001 for p in [path, *path.parents])


def _private_dir(prefix: str, owner: _RunAs) -> Path:
    """A fresh 0700 directory owned by the server's user, somewhere that user can reach.

    pytest's tmp_path lives under /tmp/pytest-of-root (0700) when we are root, so it is no use here."""
    base = Path(tempfile.gettempdir())
    if owner.uid is not None and not _reachable(base):
        base = Path("/tmp")
    path = Path(tempfile.mkdtemp(prefix=prefix, dir=base))
    if owner.uid is not None and owner.gid is not None:
        os.chown(path, owner.uid, owner.gid)
    return path


def _free_port() -> int:
    """A loopback port free right now. Another process may take it before the server binds it, so callers retry."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _accepts(port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
        return True
    return False


def _env(home: Path) -> dict[str, str]:
    """The environment for server and client tools: no PG* variables of the caller's (PGHOST, PGPORT, PGUSER... would
    redirect psql and pg_isready), a C locale that always exists, and a HOME the server's user can use."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env.update(LC_ALL="C", LANG="C", HOME=str(home))
    return env


def _die_with_parent(sig: signal.Signals) -> Callable[[], None] | None:
    """A preexec_fn asking Linux to send `sig` to the server when the test process dies, even by SIGKILL: a killed
    pytest must not leave servers behind. The signal follows the thread that started the server, so start servers
    from a thread that outlives them (the main thread, as pytest fixtures do)."""
    if not sys.platform.startswith("linux"):
        return None
    prctl = ctypes.CDLL(None, use_errno=True).prctl  # looked up now: the child between fork and exec should do little

    def preexec() -> None:
        prctl(1, int(sig))  # 1 = PR_SET_PDEATHSIG; runs after the switch of user, which would clear it

    return preexec


def _start(argv: Sequence[str | Path], owner: _RunAs, cwd: Path, log: Path, death: signal.Signals) -> subprocess.Popen[bytes]:
    """Start a server in its own session (a Ctrl-C at the terminal is ours to handle; it must not reach the server
    first) with its output appended to `log`."""
    with log.open("ab") as out:
        if owner.uid is not None and owner.gid is not None:
            os.chown(log, owner.uid, owner.gid)  # the server may open it by name too (nginx's error_log)
        return subprocess.Popen(
            [str(a) for a in argv],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=cwd,
            env=_env(cwd),
            user=owner.uid,
            group=owner.gid,
            extra_groups=owner.groups,
            start_new_session=True,
            preexec_fn=_die_with_parent(death),
        )


def _run(argv: Sequence[str | Path], owner: _RunAs, cwd: Path, log: Path, timeout: float = 120.0) -> int:
    """Run a one-shot tool (initdb, nginx -t) as the server's user; its exit code. Killed if it hangs or we are
    interrupted: started in its own session, it would not see the Ctrl-C."""
    proc = _start(argv, owner, cwd, log, signal.SIGKILL)
    try:
        return proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        with log.open("a") as out:
            out.write(f"\n(killed after {timeout:.0f}s)\n")
        return -1
    finally:
        _kill_group(proc)


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    """SIGKILL whatever is left of the server's process group (it is a session leader: group id == its pid)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=_STOP_TIMEOUT_S)


def _startup_error(what: str, log: Path, detail: str = "") -> RuntimeError:
    """An error naming the server's log. The log is copied out first: the private directory is removed on the way out."""
    fd, kept = tempfile.mkstemp(prefix=f"interviewer-{what.lower()}-", suffix=".log")
    os.close(fd)
    with contextlib.suppress(OSError):
        shutil.copyfile(log, kept)
    tail = "\n".join(Path(kept).read_text(errors="replace").splitlines()[-20:])
    return RuntimeError(f"{what} did not start{detail}; its log is kept at {kept}. Last lines:\n{tail}")


def _log_size(log: Path) -> int:
    return log.stat().st_size if log.exists() else 0


def _port_taken(log: Path, since: int) -> bool:
    """Whether the server's log, from byte `since` (this attempt's start) on, says its port was taken."""
    with log.open("rb") as f:
        f.seek(since)
        return b"Address already in use" in f.read()


# --- PostgreSQL -----------------------------------------------------------------------------------------------------


def pg_bindir() -> Path:
    """The newest Debian PostgreSQL's bin directory (/usr/lib/postgresql/<major>/bin): the tools are not on PATH there."""
    candidates = [p.parent for p in Path("/usr/lib/postgresql").glob("*/bin/postgres")]
    if not candidates:
        found = shutil.which("postgres") or shutil.which("initdb")
        if found:
            return Path(found).parent
        raise RuntimeError("PostgreSQL is not installed: apt-get install -y --no-install-recommends postgresql")
    return max(candidates, key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else -1)


def _psql(url: str, sql: str) -> str:
    """Run `sql` through psql (a client: it runs as us, root or not), returning its output; RuntimeError on failure."""
    done = subprocess.run(
        [str(pg_bindir() / "psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql],
        capture_output=True,
        text=True,
        env=_env(Path(tempfile.gettempdir())),
        timeout=_START_TIMEOUT_S,
    )
    if done.returncode != 0:
        raise RuntimeError(f"psql {sql!r} on {url} failed: {done.stderr.strip()}")
    return done.stdout.strip()


def new_database(url: str, name: str) -> str:
    """Create the empty database `name` on the server of `url` and return its URL (a clean database per test module)."""
    if not _NAME.fullmatch(name):
        raise ValueError(f"database name {name!r}: use lowercase letters, digits and _ (it is not quoted for you)")
    parts = urlsplit(url)
    _psql(urlunsplit(parts._replace(path="/postgres")), f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path=f"/{name}"))


def _pg_ready(bindir: Path, sockets: Path, port: int, proc: subprocess.Popen[bytes]) -> bool:
    """Wait until our postmaster accepts connections: False if it exits first (a port taken, say).

    pg_isready asks through the unix socket in our private directory: only our server can answer there, and the
    postmaster creates it after it bound its TCP port, so an answer also means the port is ours."""
    deadline = time.monotonic() + _START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        probe = [str(bindir / "pg_isready"), "-q", "-h", str(sockets), "-p", str(port), "-U", PG_SUPERUSER, "-t", "1"]
        if subprocess.run(probe, capture_output=True, env=_env(sockets)).returncode == 0:
            return True
        time.sleep(0.05)
    return False


def _pg_stop(bindir: Path, data: Path, owner: _RunAs, proc: subprocess.Popen[bytes]) -> None:
    """Fast shutdown (pg_ctl stop -m fast: roll back open transactions, close connections), then SIGKILL leftovers."""
    if proc.poll() is None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            subprocess.run(
                [str(bindir / "pg_ctl"), "stop", "-D", str(data), "-m", "fast", "-w", "-t", str(int(_STOP_TIMEOUT_S))],
                capture_output=True,
                cwd=data.parent,
                env=_env(data.parent),
                user=owner.uid,
                group=owner.gid,
                extra_groups=owner.groups,
                timeout=_STOP_TIMEOUT_S + 5,
            )
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=_STOP_TIMEOUT_S)
    _kill_group(proc)


@contextlib.contextmanager
def postgres(dbname: str = "interviewer") -> Iterator[str]:
    """A throwaway PostgreSQL server; yields `postgresql://postgres@127.0.0.1:PORT/<dbname>` (an empty database).

    Trust authentication, reachable only on 127.0.0.1 and through a unix socket in its private directory; UTF8 with
    the C locale (exists everywhere); fsync off (nothing here must survive a crash); max_connections=300, since the
    load test opens many pool connections. Stopped, and its directory removed, on the way out."""
    if not _NAME.fullmatch(dbname):
        raise ValueError(f"database name {dbname!r}: use lowercase letters, digits and _")
    bindir = pg_bindir()
    owner = _run_as("postgres", create=True)
    root = _private_dir("interviewer-pg-", owner)
    data, log = root / "data", root / "postgres.log"
    proc: subprocess.Popen[bytes] | None = None
    try:
        initdb: list[str | Path] = [
            bindir / "initdb",
            "-D",
            data,
            "-U",
            PG_SUPERUSER,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        ]
        if _run(initdb, owner, root, log) != 0:
            raise _startup_error("PostgreSQL", log, " (initdb failed)")
        for attempt in range(_PORT_ATTEMPTS):
            port = _free_port()
            settings = {
                "listen_addresses": "127.0.0.1",
                "port": str(port),
                "unix_socket_directories": str(root),
                "fsync": "off",
                "synchronous_commit": "off",
                "full_page_writes": "off",
                "max_connections": "300",
            }
            argv: list[str | Path] = [bindir / "postgres", "-D", data]
            for key, value in settings.items():
                argv += ["-c", f"{key}={value}"]
            # SIGQUIT = immediate shutdown: the postmaster takes its backends with it.
            since = _log_size(log)
            proc = _start(argv, owner, root, log, signal.SIGQUIT)
            if _pg_ready(bindir, root, port, proc):
                break
            _pg_stop(bindir, data, owner, proc)
            if not (_port_taken(log, since) and attempt + 1 < _PORT_ATTEMPTS):
                raise _startup_error("PostgreSQL", log)
        url = f"postgresql://{PG_SUPERUSER}@127.0.0.1:{port}/postgres"
        _psql(url, "SELECT 1")  # the real thing, over TCP, as the tests will connect
        yield new_database(url, dbname)
    finally:
        if proc is not None:
            _pg_stop(bindir, data, owner, proc)
        shutil.rmtree(root, ignore_errors=True)


# --- nginx ----------------------------------------------------------------------------------------------------------


def nginx_config(
    listen: str,
    upstream_ports: Sequence[int],
    mode: str = "sticky",
    *,
    server_name: str = "_",
    fail_timeout_s: int = 10,
) -> str:
    """The nginx site (http-context) config in front of the app instances on 127.0.0.1:`upstream_ports`.

    The tests run exactly this text, and docs/nginx.conf.example is its production-style output
    (`nginx_config("80", [8001, 8002], server_name="interviewer.example.com")`), so the documented config is the
    tested one. `mode` is "sticky" (a browser tab stays on one instance, see STICKY_COOKIE) or "round_robin"."""
    if mode not in ("sticky", "round_robin"):
        raise ValueError(f"mode {mode!r}: use 'sticky' or 'round_robin'")
    if not upstream_ports:
        raise ValueError("nginx needs at least one upstream port")
    if mode == "sticky":
        balance = (
            "    # Sticky: one browser tab, one instance (its socket.io session lives in that process).\n"
            "    # No cookie yet (the first page load) means an empty key, and nginx falls back to round robin.\n"
            "    # `consistent`: when an instance goes down, only the sessions it held move.\n"
            "    hash $interviewer_session consistent;\n"
        )
    else:
        balance = "    # Round robin (nginx's default): requests spread evenly, no stickiness.\n"
    servers = "".join(f"    server 127.0.0.1:{port} max_fails=1 fail_timeout={fail_timeout_s}s;\n" for port in upstream_ports)
    return f"""\
# Chainlit's browser client sets the cookie {STICKY_COOKIE} (POST /set-session-cookie) before it opens its
# socket.io connection. nginx's $cookie_NAME cannot name a cookie with dashes, hence the map over the Cookie header.
map $http_cookie $interviewer_session {{
    "~(?:^|;)\\s*{STICKY_COOKIE}=(?<sid>[^;]+)" $sid;
    default "";
}}

# WebSocket: pass the client's Upgrade on; a plain request gets a plain Connection: close.
map $http_upgrade $connection_upgrade {{
    default upgrade;
    ""      close;
}}

upstream interviewer {{
{balance}    # One failed connect takes an instance out for fail_timeout; requests then go to the others.
{servers}}}

server {{
    listen {listen};
    server_name {server_name};

    location / {{
        proxy_pass http://interviewer;

        # WebSocket upgrade (socket.io) needs HTTP/1.1 and the hop-by-hop headers passed explicitly.
        proxy_http_version 1.1;
        proxy_set_header Upgrade $http_upgrade;
        proxy_set_header Connection $connection_upgrade;
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $scheme;

        # Streamed replies arrive token by token: no buffering; an interview may sit idle a long time.
        proxy_buffering off;
        proxy_read_timeout 1h;
        proxy_send_timeout 1h;

        # A dead instance refuses at once; try the next one (POSTs already sent are never retried by nginx).
        proxy_connect_timeout 2s;
        proxy_next_upstream error timeout;

        client_max_body_size 20m;
    }}
}}
"""


def _nginx_main(prefix: Path, site: str) -> str:
    """The whole nginx.conf around `site`: foreground, one worker, and every path nginx writes inside `prefix` (Debian's
    compiled-in /var/lib/nginx and /var/log/nginx need root)."""
    temp = "\n".join(
        f"    {kind}_temp_path {prefix}/temp/{kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    indented = "".join(f"    {line}\n" if line else "\n" for line in site.splitlines())
    return f"""\
daemon off;
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;

events {{
    worker_connections 4096;
}}

http {{
    log_format upstreams '$remote_addr "$request" $status -> $upstream_addr ($upstream_status) cookie=$interviewer_session';
    access_log {prefix}/access.log upstreams;
{temp}

{indented}}}
"""


def nginx_bin() -> Path:
    """Debian's nginx (in /usr/sbin, often not on a non-root PATH)."""
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if os.access("/usr/sbin/nginx", os.X_OK) else None)
    if not found:
        raise RuntimeError("nginx is not installed: apt-get install -y --no-install-recommends nginx")
    return Path(found)


def _nginx_prefix(owner: _RunAs) -> Path:
    prefix = _private_dir("interviewer-nginx-", owner)
    (prefix / "temp").mkdir()
    if owner.uid is not None and owner.gid is not None:
        os.chown(prefix / "temp", owner.uid, owner.gid)
    return prefix


def _nginx_argv(prefix: Path, conf: Path, *extra: str) -> list[str | Path]:
    # -e: the error log nginx opens before it reads the config (Debian's default, /var/log/nginx/error.log, needs root).
    return [nginx_bin(), "-p", f"{prefix}/", "-c", conf, "-e", prefix / "error.log", *extra]


def check_nginx_config(site: str) -> None:
    """Validate a site config (nginx_config's output, docs/nginx.conf.example) with `nginx -t`; RuntimeError if bad.

    `nginx -t` binds the listening sockets, so its `listen` lines are pointed at a free loopback port first (port 80
    needs root)."""
    owner = _run_as(NGINX_USER)
    prefix = _nginx_prefix(owner)
    try:
        conf = prefix / "nginx.conf"
        site = re.sub(r"(?m)^(\s*)listen\s[^;]*;", rf"\g<1>listen 127.0.0.1:{_free_port()};", site)
        conf.write_text(_nginx_main(prefix, site))
        log = prefix / "nginx-t.log"
        if _run(_nginx_argv(prefix, conf, "-t", "-q"), owner, prefix, log, timeout=30) != 0:
            raise RuntimeError(f"nginx -t rejects the config:\n{log.read_text(errors='replace').strip()}")
    finally:
        shutil.rmtree(prefix, ignore_errors=True)


def _nginx_ready(prefix: Path, port: int, proc: subprocess.Popen[bytes]) -> bool:
    """Wait until our nginx listens: False if it exits first. The pid file is written only after the listening socket is
    bound, so a connect after it reaches our nginx, not whoever else may have grabbed the port."""
    deadline = time.monotonic() + _START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        if (prefix / "nginx.pid").exists() and _accepts(port):
            return True
        time.sleep(0.02)
    return False


def _nginx_stop(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM is nginx's fast shutdown (open WebSockets are cut, not waited for), then SIGKILL leftovers."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            proc.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=_STOP_TIMEOUT_S)
    _kill_group(proc)


@contextlib.contextmanager
def nginx_proxy(upstream_ports: list[int], mode: str = "sticky", *, fail_timeout_s: int = 10) -> Iterator[int]:
    """Debian's nginx on a free 127.0.0.1 port in front of 127.0.0.1:`upstream_ports`; yields the proxy's port.

    The site config is nginx_config's (sticky by STICKY_COOKIE, or round robin; WebSocket upgrades; failover to the
    other instances when one stops answering). Its access log records the upstream of every request. Stopped, and its
    directory removed, on the way out."""
    owner = _run_as(NGINX_USER)
    prefix = _nginx_prefix(owner)
    log = prefix / "error.log"
    proc: subprocess.Popen[bytes] | None = None
    try:
        for attempt in range(_PORT_ATTEMPTS):
            port = _free_port()
            conf = prefix / "nginx.conf"
            (prefix / "nginx.pid").unlink(missing_ok=True)  # a killed earlier attempt's would fool _nginx_ready
            conf.write_text(
                _nginx_main(prefix, nginx_config(f"127.0.0.1:{port}", upstream_ports, mode, fail_timeout_s=fail_timeout_s))
            )
            since = _log_size(log)
            proc = _start(_nginx_argv(prefix, conf), owner, prefix, log, signal.SIGTERM)
            if _nginx_ready(prefix, port, proc):
                break
            _nginx_stop(proc)
            if not (_port_taken(log, since) and attempt + 1 < _PORT_ATTEMPTS):
                raise _startup_error("nginx", log)
        yield port
    finally:
        if proc is not None:
            _nginx_stop(proc)
        shutil.rmtree(prefix, ignore_errors=True)


__all__ = [
    "NGINX_USER",
    "PG_SUPERUSER",
    "STICKY_COOKIE",
    "check_nginx_config",
    "new_database",
    "nginx_bin",
    "nginx_config",
    "nginx_proxy",
    "pg_bindir",
    "postgres",
]
