"""The PostgreSQL engine: one database shared by several app instances (`INTERVIEWER_DATABASE_URL=postgresql://...`).

LangGraph's PostgresSaver keeps the checkpoints; a psycopg connection pool serves it and the history, account and
chat tables, so steps of different interviews never wait on one connection. At start, the saver's own migrations and
ours (migrations.py) run once under a PostgreSQL advisory lock: instances starting together take turns, and each
migration is applied exactly once.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Final

import psycopg
from langgraph.checkpoint.postgres import PostgresSaver
from psycopg.conninfo import conninfo_to_dict
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool, PoolTimeout

from interviewer.interview.store import URL_ENV, InterviewStore, Run, StoreError

POOL_ENV: Final = "INTERVIEWER_DB_POOL"
MIGRATION_LOCK: Final = 0x1A7E_2B1E_F00D  # pg_advisory_lock key: "interviewer schema", any constant shared by all instances


def redacted(url: str) -> str:
    """The URL without its password, for logs and messages."""
    try:
        parts = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "postgresql://(unparsable URL)"
    user = f"{parts['user']}@" if parts.get("user") else ""
    port = f":{parts['port']}" if parts.get("port") else ""
    return f"postgresql://{user}{parts.get('host', '')}{port}/{parts.get('dbname', '')}"


def _rows(cursor: psycopg.Cursor[Any]) -> list[tuple[Any, ...]]:
    if cursor.description is None:
        return []
    return [tuple(r.values()) if isinstance(r, dict) else tuple(r) for r in cursor.fetchall()]


class PostgresStore(InterviewStore):
    engine = "postgresql"
    errors = (psycopg.Error, PoolTimeout)

    def __init__(self, url: str, pool_size: int | None = None) -> None:
        self.where = redacted(url)
        size = pool_size or int(os.environ.get(POOL_ENV) or 20)
        try:  # one plain connection first: a wrong address or password is told at once, in the server's own words
            psycopg.connect(url, connect_timeout=10).close()
        except psycopg.Error as e:
            raise StoreError(
                f"Cannot reach the PostgreSQL database {self.where} ({' '.join(str(e).split()) or type(e).__name__}); "
                f"check {URL_ENV}, that the server runs and that this user may connect.",
                "The server cannot reach its database; whoever runs it can check the database settings.") from None
        # autocommit and dict rows are what PostgresSaver expects of its connections; prepare_threshold=0 keeps it
        # usable behind a transaction-mode pooler (PgBouncer).
        self.pool: ConnectionPool[psycopg.Connection[Any]] = ConnectionPool(
            url, min_size=2, max_size=max(2, size), open=False, timeout=30, name="interviewer",
            kwargs={"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row},
        )
        try:
            self.pool.open(wait=True, timeout=30)
        except (PoolTimeout, psycopg.Error) as e:
            self.pool.close()
            raise StoreError(
                f"Cannot reach the PostgreSQL database {self.where} ({str(e).strip() or type(e).__name__}); "
                f"check {URL_ENV}, that the server runs and that this user may connect.",
                "The server cannot reach its database; whoever runs it can check the database settings.") from None
        self.saver = PostgresSaver(self.pool)
        try:
            with self.pool.connection() as conn:
                # Poll rather than wait inside pg_advisory_lock: the saver builds an index CONCURRENTLY, which waits
                # for every open statement, so an instance blocked in that call would deadlock against it.
                while not self._try_lock(conn):
                    time.sleep(0.1)
                try:
                    self.saver.setup()
                    with self.transaction() as run:
                        self._apply_migrations(run)
                finally:
                    conn.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))
        except psycopg.Error as e:
            self.pool.close()
            raise StoreError(f"Cannot set up the PostgreSQL database {self.where} ({e}); the user needs the right to "
                             "create tables in it.", "The server cannot set up its database.") from None

    @staticmethod
    def _try_lock(conn: psycopg.Connection[Any]) -> bool:
        row = conn.execute("SELECT pg_try_advisory_lock(%s)", (MIGRATION_LOCK,)).fetchone()
        return bool(row and next(iter(row.values())))

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self.pool.connection() as conn:
            return _rows(conn.execute(sql.replace("?", "%s"), tuple(params)))

    @contextmanager
    def transaction(self) -> Iterator[Run]:
        with self.pool.connection() as conn, conn.transaction():
            yield lambda sql, params: _rows(conn.execute(sql.replace("?", "%s"), tuple(params)))

    def failed(self, detail: str) -> StoreError:
        return StoreError(f"The PostgreSQL database {self.where} failed ({detail}).",
                          "The server's database failed; whoever runs it can check its log.")

    def _keep_latest(self, session_id: str) -> None:
        self.saver.prune([session_id], strategy="keep_latest")

    def close(self) -> None:
        self.pool.close()
