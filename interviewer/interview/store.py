"""Where interviews live: LangGraph's checkpoints for resume, plus a history row per interview, its owner and its chat.

Two engines behind one API. SQLite (the default): one file under the user's data dir, zero configuration.
PostgreSQL (`INTERVIEWER_DATABASE_URL=postgresql://...`, store_pg.py): one database shared by several app instances,
for a server many candidates use. Both apply the numbered migrations of migrations.py at start.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.sqlite import SqliteSaver

from interviewer.interview import migrations
from interviewer.interview.card import DrillCard, MockCard, card_from_dict
from interviewer.interview.migrations import LOCAL_USER

DATA_ENV = "INTERVIEWER_DATA_DIR"
URL_ENV = "INTERVIEWER_DATABASE_URL"
DB_NAME = "interviews.sqlite"

Run = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]
"""Run one statement inside a transaction; returns its rows (none for a write)."""


class StoreError(OSError):
    """The interview database cannot be opened, read or written; the message names what is wrong and what to do.

    `public` says the same without the file's location, for a web page (a server never shows its paths)."""

    def __init__(self, message: str, public: str | None = None) -> None:
        super().__init__(message)
        self.public = public or message

    def __str__(self) -> str:
        return str(self.args[0])

    def __reduce__(self) -> tuple[Any, ...]:  # pickled whole (a step's error crosses a process), public sentence too
        return (type(self), (self.args[0], self.public))


_COLUMNS = {"session_id", "started_at", "updated_at", "mode", "role", "drill_target", "closed", "replies", "summary"}
_MOVE_ASIDE = "move it aside (rename it) and a new, empty one is made at the next start; this tool never deletes your files"


def damaged(path: Path | str, detail: str) -> StoreError:
    """The error for a file that is not a readable interview database."""
    return StoreError(f"{path} is not a readable interview file ({detail}): {_MOVE_ASIDE}.",
                      f"The interview file on the server is damaged ({detail}); whoever runs the server can move it aside.")


def data_dir() -> Path:
    """$INTERVIEWER_DATA_DIR, else $XDG_DATA_HOME/interviewer, else ~/.local/share/interviewer."""
    if configured := os.environ.get(DATA_ENV):
        return Path(configured).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "interviewer"


@dataclass(frozen=True, slots=True)
class PastInterview:
    """One row of `interviewer history`."""

    session_id: str
    started_at: float
    updated_at: float
    mode: str
    role: str | None
    drill_target: str | None
    closed: bool
    replies: int
    summary: dict[str, Any]
    """Verdict per test and the score (mock), or passed and attempts (drill), as of the last turn."""
    owner: str = LOCAL_USER
    thread_id: str | None = None
    """The browser chat this interview is, if it was held in the browser."""


@dataclass(frozen=True, slots=True)
class PruneReport:
    interviews: int
    """Interviews last touched before the cut-off."""
    checkpoints_before: int
    checkpoints_after: int
    deleted: bool
    """Whether those interviews were removed whole (else only their superseded checkpoints)."""


_ROW = "session_id, started_at, updated_at, mode, role, drill_target, closed, replies, summary, owner, thread_id"


def _past(r: Sequence[Any]) -> PastInterview:
    return PastInterview(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], json.loads(r[8]), r[9] or LOCAL_USER, r[10])


def summary_of(values: dict[str, Any]) -> dict[str, Any]:
    """What the history shows of an interview: the card's verdicts once closed, else the first graded answer's."""
    turns = values.get("turns", [])
    graded = [t["grade"] for t in turns if "grade" in t]
    stored = values.get("scorecard")
    card = card_from_dict(stored) if stored else None
    if values.get("mode") == "drill":
        return {"passed": isinstance(card, DrillCard) and card.passed, "attempts": len(graded)}
    if isinstance(card, MockCard) and card.complete:
        return {"tests": {t: line.verdict for t, line in card.tests.items()}, "score": card.score}
    if graded:
        return {"tests": {t: r["verdict"] for t, r in graded[0]["tests"].items()}, "score": graded[0]["score"]}
    return {}


class InterviewStore(ABC):
    """What every engine offers: the checkpointer, the history, owners, chats, migrations and pruning.

    SQL here is written once, with `?` placeholders and standard SQL both engines accept; each engine runs it."""

    engine: str
    where: str
    """The database, for messages to whoever runs the server (a path, or a URL without its password)."""
    saver: BaseCheckpointSaver[Any]
    errors: tuple[type[BaseException], ...]
    """The driver's exceptions that mean the database failed under a running interview."""

    @abstractmethod
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Rows of one statement, outside any transaction."""

    @abstractmethod
    @contextmanager
    def transaction(self) -> Iterator[Run]:
        """Several statements that land together or not at all."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.query(sql, params)

    @abstractmethod
    def failed(self, detail: str) -> StoreError:
        """The error for a database that failed under a running interview."""

    @abstractmethod
    def close(self) -> None: ...

    def _apply_migrations(self, run: Run) -> list[int]:
        """Apply the migrations not yet recorded, each in order; the caller holds the engine's start-up lock."""
        run(migrations.TABLE.format(**migrations.TYPES[self.engine]), ())
        done = {int(r[0]) for r in run("SELECT version FROM interviewer_migrations", ())}
        applied = []
        for m in migrations.MIGRATIONS:
            if m.version in done:
                continue
            for statement in migrations.statements(m, self.engine):
                run(statement, ())
            run("INSERT INTO interviewer_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (m.version, m.name, time.time()))
            applied.append(m.version)
        return applied

    def migrations(self) -> list[tuple[int, str]]:
        """The migrations this database has applied, in order."""
        return [(int(r[0]), str(r[1])) for r in self.query("SELECT version, name FROM interviewer_migrations ORDER BY version")]

    def record(self, values: dict[str, Any], owner: str = LOCAL_USER, thread_id: str | None = None) -> None:
        """Upsert the history row of an interview from its latest state; owner and chat are set once, at its start."""
        graded = [t for t in values.get("turns", []) if "grade" in t]
        now = time.time()
        self.execute(
            """INSERT INTO interviews (session_id, started_at, updated_at, mode, role, drill_target, closed, replies, summary,
                                       owner, thread_id)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(session_id) DO UPDATE SET updated_at=excluded.updated_at, closed=excluded.closed,
               replies=excluded.replies, summary=excluded.summary""",
            (values["session_id"], now, now, values.get("mode", "mock"), values.get("role"), values.get("drill_target"),
             int(bool(values.get("closed"))), len(graded), json.dumps(summary_of(values)), owner, thread_id),
        )

    def history(self, limit: int = 50, owner: str | None = None) -> list[PastInterview]:
        """Past interviews, oldest first, so verdicts read as progress over time; `owner` keeps one user's only."""
        caught: tuple[type[BaseException], ...] = (*self.errors, ValueError, TypeError)
        try:
            where, params = ("WHERE owner = ?", (owner, limit)) if owner is not None else ("", (limit,))
            rows = self.query(f"SELECT {_ROW} FROM interviews {where} ORDER BY started_at DESC LIMIT ?", params)
            return [_past(r) for r in reversed(rows)]
        except caught as e:
            raise self.failed(f"the history cannot be read: {e}") from None

    def get(self, session_id: str) -> PastInterview | None:
        rows = self.query(f"SELECT {_ROW} FROM interviews WHERE session_id = ?", (session_id,))
        return _past(rows[0]) if rows else None

    def known(self, session_id: str) -> bool:
        return bool(self.query("SELECT 1 FROM interviews WHERE session_id = ?", (session_id,)))

    def by_thread(self, thread_id: str) -> PastInterview | None:
        """The interview a browser chat holds, if it has started one."""
        rows = self.query(f"SELECT {_ROW} FROM interviews WHERE thread_id = ?", (thread_id,))
        return _past(rows[0]) if rows else None

    def checkpoints(self) -> int:
        """How many checkpoints the saver holds (what `prune` shrinks)."""
        return int(self.query("SELECT count(*) FROM checkpoints")[0][0])

    def prune(self, older_than: float, delete: bool = False) -> PruneReport:
        """Shrink interviews untouched for `older_than` seconds: by default keep only each one's latest checkpoint
        (its transcript, scorecard and resume are all in that one, so nothing visible is lost); with `delete`,
        remove them whole, with their history rows and browser chats."""
        cutoff = time.time() - older_than
        rows = self.query("SELECT session_id, thread_id FROM interviews WHERE updated_at < ?", (cutoff,))
        before = self.checkpoints()
        for session_id, thread_id in rows:
            if delete:
                self.saver.delete_thread(session_id)
                with self.transaction() as run:
                    run("DELETE FROM interviews WHERE session_id = ?", (session_id,))
                    if thread_id:
                        for table in ("chat_steps", "chat_elements", "chat_feedbacks"):
                            run(f"DELETE FROM {table} WHERE thread_id = ?", (thread_id,))
                        run("DELETE FROM chat_threads WHERE id = ?", (thread_id,))
            else:
                self._keep_latest(session_id)
        return PruneReport(len(rows), before, self.checkpoints(), delete)

    @abstractmethod
    def _keep_latest(self, session_id: str) -> None: ...


def _switch_to_wal(conn: sqlite3.Connection, patience: float = 30.0) -> None:
    """Put the file in WAL mode, waiting for other starting processes as every other statement does.

    SQLite answers a journal-mode change that meets another connection's lock with "database is locked" at once,
    without the busy handler (so the connection's timeout does not apply): instances starting together on a new
    file would otherwise fail now and then.
    """
    deadline = time.monotonic() + patience
    pause = 0.005
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.2)


class Store(InterviewStore):
    """The default engine: one SQLite file (WAL) holding the checkpoints and the tables of migrations.py.

    One connection serves every thread of the process: SQLite serialises statements on it, the saver guards its
    own with a lock, and this class guards its transactions with another, so steps of different interviews run
    side by side (a graph step spends its time grading or waiting on a model, not writing)."""

    engine = "sqlite"
    errors = (sqlite3.DatabaseError,)
    saver: SqliteSaver

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / DB_NAME
        self.where = str(self.path)
        self._lock = threading.RLock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None, timeout=30)
        except (OSError, sqlite3.Error) as e:
            raise StoreError(f"Cannot open the interview file {self.path} ({e}); set {DATA_ENV} to a writable folder.",
                             "The server cannot open its interview file; whoever runs it can check the data folder.") from None
        try:
            # A file that is not SQLite, or whose pages are damaged, is found here, before any interview touches it.
            check = self.conn.execute("PRAGMA quick_check(1)").fetchone()
            if check and check[0] != "ok":
                raise damaged(self.path, "SQLite reports: " + " ".join(str(check[0]).split()))
            # Another program's table is found before anything is written, so its file is left exactly as it was.
            columns = {row[1] for row in self.conn.execute("PRAGMA table_info(interviews)")}
            if columns and not columns >= _COLUMNS:
                raise StoreError(
                    f"{self.path} holds an 'interviews' table that is not this tool's (columns: {', '.join(sorted(columns))}): "
                    f"set {DATA_ENV} to another folder, or {_MOVE_ASIDE}.",
                    "The server's interview file belongs to something else; whoever runs the server can point it elsewhere.")
            # WAL with NORMAL sync survives a killed process (each commit is in the log), and is fast.
            _switch_to_wal(self.conn)
            self.conn.execute("PRAGMA synchronous=NORMAL")
            with self.transaction() as run:  # BEGIN IMMEDIATE: a second process starting now waits, then sees them done
                self._apply_migrations(run)
            self.saver = SqliteSaver(self.conn)
            self.saver.setup()
        except StoreError:
            self.conn.close()
            raise
        except sqlite3.DatabaseError as e:
            self.conn.close()
            if isinstance(e, sqlite3.OperationalError) and ("readonly" in str(e) or "locked" in str(e)):
                raise StoreError(f"Cannot write the interview file {self.path} ({e}); set {DATA_ENV} to a writable folder.",
                                 "The server cannot write its interview file.") from None
            raise damaged(self.path, str(e)) from None

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return [tuple(r) for r in self.conn.execute(sql, tuple(params)).fetchall()]

    @contextmanager
    def transaction(self) -> Iterator[Run]:
        # The saver's lock too: a checkpoint written from another thread on this shared connection must not land
        # inside this transaction (nor its commit end it early).
        saver_lock = self.saver.lock if hasattr(self, "saver") else contextlib.nullcontext()
        with saver_lock, self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield lambda sql, params: [tuple(r) for r in self.conn.execute(sql, tuple(params)).fetchall()]
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def failed(self, detail: str) -> StoreError:
        return damaged(self.path, detail)

    def _keep_latest(self, session_id: str) -> None:
        # The latest checkpoint of each namespace is the one the saver loads (the highest id: ids sort by time);
        # its pending writes (the interrupt the interview waits at) stay with it.
        latest = "SELECT max(checkpoint_id) FROM checkpoints WHERE thread_id = ? GROUP BY checkpoint_ns"
        with self.transaction() as run:
            run(f"DELETE FROM writes WHERE thread_id = ? AND checkpoint_id NOT IN ({latest})", (session_id, session_id))
            run(f"DELETE FROM checkpoints WHERE thread_id = ? AND checkpoint_id NOT IN ({latest})", (session_id, session_id))

    def close(self) -> None:
        self.conn.close()


def open_store(url: str | None = None) -> InterviewStore:
    """The store the environment names: `INTERVIEWER_DATABASE_URL` (postgresql://... or sqlite:///path), else the
    SQLite file in the data dir."""
    url = url if url is not None else os.environ.get(URL_ENV, "").strip()
    if not url:
        return Store()
    if url.startswith(("postgresql://", "postgres://")):
        from interviewer.interview.store_pg import PostgresStore

        return PostgresStore(url)
    if url.startswith("sqlite:///"):
        return Store(Path(url.removeprefix("sqlite:///")).expanduser())
    raise StoreError(f"{URL_ENV} must start with postgresql:// or sqlite:///, not {url.split(':', 1)[0]!r}.",
                     "The server's database setting is wrong; whoever runs it can check it.")
