"""Numbered schema changes of the interview database, for SQLite and PostgreSQL alike.

Each migration runs once, in its own transaction, and is recorded in `interviewer_migrations` with its number and
name; a store applies the missing ones at start (under a PostgreSQL advisory lock, or SQLite's write lock, so two
instances starting together apply each once). LangGraph's checkpoint tables are not here: its saver migrates them.
A migration is never edited once released; a change is a new, higher number.

`{float}` and `{blob}` stand for the engine's column types (epoch seconds need double precision in PostgreSQL,
where REAL is only four bytes).
"""

from __future__ import annotations

from typing import Final, NamedTuple


class Migration(NamedTuple):
    version: int
    name: str
    statements: tuple[str, ...]


LOCAL_USER: Final = "local"
"""The one identity of the local, single-person app and of the terminal chat."""

MIGRATIONS: Final[tuple[Migration, ...]] = (
    Migration(1, "interview history", (
        """CREATE TABLE IF NOT EXISTS interviews (
            session_id TEXT PRIMARY KEY,
            started_at {float} NOT NULL,
            updated_at {float} NOT NULL,
            mode TEXT NOT NULL,
            role TEXT,
            drill_target TEXT,
            closed INTEGER NOT NULL DEFAULT 0,
            replies INTEGER NOT NULL DEFAULT 0,
            summary TEXT NOT NULL DEFAULT '{{}}'
        )""",
    )),
    Migration(2, "every interview belongs to one user and at most one chat thread", (
        "ALTER TABLE interviews ADD COLUMN owner TEXT",
        "ALTER TABLE interviews ADD COLUMN thread_id TEXT",
        f"UPDATE interviews SET owner = '{LOCAL_USER}' WHERE owner IS NULL",
        "CREATE INDEX IF NOT EXISTS interviews_owner ON interviews (owner, started_at)",
        "CREATE UNIQUE INDEX IF NOT EXISTS interviews_thread ON interviews (thread_id)",
    )),
    Migration(3, "password accounts", (
        """CREATE TABLE IF NOT EXISTS accounts (
            username TEXT PRIMARY KEY,
            password_hash TEXT NOT NULL,
            created_at {float} NOT NULL
        )""",
    )),
    Migration(4, "the browser's chat threads, steps and files (Chainlit's data layer)", (
        """CREATE TABLE IF NOT EXISTS chat_users (
            id TEXT PRIMARY KEY,
            identifier TEXT NOT NULL UNIQUE,
            metadata TEXT NOT NULL DEFAULT '{{}}',
            created_at TEXT NOT NULL
        )""",
        """CREATE TABLE IF NOT EXISTS chat_threads (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            updated_at {float} NOT NULL,
            name TEXT,
            user_id TEXT,
            user_identifier TEXT,
            tags TEXT NOT NULL DEFAULT '[]',
            metadata TEXT NOT NULL DEFAULT '{{}}'
        )""",
        "CREATE INDEX IF NOT EXISTS chat_threads_user ON chat_threads (user_identifier, updated_at)",
        """CREATE TABLE IF NOT EXISTS chat_steps (
            id TEXT PRIMARY KEY,
            thread_id TEXT NOT NULL,
            seq {float} NOT NULL,
            data TEXT NOT NULL
        )""",
        "CREATE INDEX IF NOT EXISTS chat_steps_thread ON chat_steps (thread_id, seq)",
        """CREATE TABLE IF NOT EXISTS chat_elements (
            id TEXT PRIMARY KEY,
            thread_id TEXT,
            data TEXT NOT NULL,
            content {blob}
        )""",
        "CREATE INDEX IF NOT EXISTS chat_elements_thread ON chat_elements (thread_id)",
        """CREATE TABLE IF NOT EXISTS chat_feedbacks (
            id TEXT PRIMARY KEY,
            thread_id TEXT,
            for_id TEXT NOT NULL,
            value INTEGER NOT NULL,
            comment TEXT
        )""",
    )),
)

TYPES: Final = {"sqlite": {"float": "REAL", "blob": "BLOB"}, "postgresql": {"float": "DOUBLE PRECISION", "blob": "BYTEA"}}

TABLE: Final = """CREATE TABLE IF NOT EXISTS interviewer_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at {float} NOT NULL
)"""


def statements(migration: Migration, engine: str) -> list[str]:
    """The migration's SQL for one engine."""
    return [s.format(**TYPES[engine]) for s in migration.statements]
