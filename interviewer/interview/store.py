"""Where interviews live: one SQLite file under the user's data dir, holding LangGraph's checkpoints and a history table."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langgraph.checkpoint.sqlite import SqliteSaver

from interviewer.interview.card import DrillCard, MockCard, card_from_dict

DATA_ENV = "INTERVIEWER_DATA_DIR"
DB_NAME = "interviews.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS interviews (
    session_id TEXT PRIMARY KEY,
    started_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    mode TEXT NOT NULL,
    role TEXT,
    drill_target TEXT,
    closed INTEGER NOT NULL DEFAULT 0,
    replies INTEGER NOT NULL DEFAULT 0,
    summary TEXT NOT NULL DEFAULT '{}'
)
"""


class StoreError(OSError):
    """The interview file cannot be opened, read or written; the message names what is wrong and what to do.

    `public` says the same without the file's location, for a web page (a server never shows its paths)."""

    def __init__(self, message: str, public: str | None = None) -> None:
        super().__init__(message)
        self.public = public or message

    def __str__(self) -> str:
        return str(self.args[0])


_COLUMNS = {"session_id", "started_at", "updated_at", "mode", "role", "drill_target", "closed", "replies", "summary"}
_MOVE_ASIDE = "move it aside (rename it) and a new, empty one is made at the next start; this tool never deletes your files"


def damaged(path: Path, detail: str) -> StoreError:
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


class Store:
    """The SQLite file: LangGraph's checkpointer for resume, plus one summary row per interview for history."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / DB_NAME
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None)
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
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute(_SCHEMA)
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

    def record(self, values: dict[str, Any]) -> None:
        """Upsert the history row of an interview from its latest state."""
        turns = values.get("turns", [])
        graded = [t["grade"] for t in turns if "grade" in t]
        stored = values.get("scorecard")
        card = card_from_dict(stored) if stored else None
        if values.get("mode") == "drill":
            summary: dict[str, Any] = {"passed": isinstance(card, DrillCard) and card.passed, "attempts": len(graded)}
        elif isinstance(card, MockCard) and card.complete:
            summary = {"tests": {t: line.verdict for t, line in card.tests.items()}, "score": card.score}
        elif graded:
            summary = {"tests": {t: r["verdict"] for t, r in graded[0]["tests"].items()}, "score": graded[0]["score"]}
        else:
            summary = {}
        now = time.time()
        self.conn.execute(
            """INSERT INTO interviews (session_id, started_at, updated_at, mode, role, drill_target, closed, replies, summary)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(session_id) DO UPDATE SET updated_at=excluded.updated_at, closed=excluded.closed,
               replies=excluded.replies, summary=excluded.summary""",
            (values["session_id"], now, now, values.get("mode", "mock"), values.get("role"), values.get("drill_target"),
             int(bool(values.get("closed"))), len(graded), json.dumps(summary)),
        )

    def history(self, limit: int = 50) -> list[PastInterview]:
        """Past interviews, oldest first, so verdicts read as progress over time."""
        try:
            return self._history(limit)
        except (sqlite3.DatabaseError, ValueError, TypeError) as e:
            raise damaged(self.path, f"the history cannot be read: {e}") from None

    def _history(self, limit: int) -> list[PastInterview]:
        rows = self.conn.execute(
            "SELECT * FROM (SELECT session_id, started_at, updated_at, mode, role, drill_target, closed, replies, summary "
            "FROM interviews ORDER BY started_at DESC LIMIT ?) ORDER BY started_at",
            (limit,),
        ).fetchall()
        return [PastInterview(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], json.loads(r[8])) for r in rows]

    def known(self, session_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM interviews WHERE session_id = ?", (session_id,)).fetchone() is not None

    def close(self) -> None:
        self.conn.close()
