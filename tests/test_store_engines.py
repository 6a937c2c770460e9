"""The interview database on both engines: migrations, owners and chats, accounts, pruning, concurrent interviews."""

from __future__ import annotations

import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from interviewer import accounts
from interviewer.interview import InterviewSession, Settings, open_store
from interviewer.interview.migrations import LOCAL_USER, MIGRATIONS
from interviewer.interview.store import Store, StoreError
from tests import interview_lines as L


def test_migrations_are_numbered_applied_once_and_recorded(database_url: str) -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    first = open_store(database_url)
    assert [v for v, _ in first.migrations()] == [m.version for m in MIGRATIONS]
    first.close()
    again = open_store(database_url)  # a second start applies nothing again
    assert [v for v, _ in again.migrations()] == [m.version for m in MIGRATIONS]
    again.close()


def test_instances_starting_together_apply_each_migration_once(database_url: str) -> None:
    start = threading.Barrier(4)

    def one() -> list[tuple[int, str]]:
        start.wait()
        store = open_store(database_url)
        try:
            return store.migrations()
        finally:
            store.close()

    with ThreadPoolExecutor(4) as pool:
        seen = list(pool.map(lambda _: one(), range(4)))
    assert all(s == seen[0] for s in seen) and len(seen[0]) == len(MIGRATIONS)


def test_instances_starting_together_on_a_new_file_wait_for_the_journal_switch(tmp_path: Path) -> None:
    # SQLite refuses a journal-mode change that meets another starting connection's lock at once, without its busy
    # timeout; 4 instances on a new file hit it about once in 70 starts. Many rounds make the race likely here.
    def one(start: threading.Barrier, path: Path) -> None:
        start.wait()
        Store(path).close()

    for round_ in range(60):
        start = threading.Barrier(4)
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(lambda _: one(start, tmp_path / f"round{round_}.sqlite"), range(4)))  # noqa: B023 (joined here)


def test_the_journal_switch_retries_only_a_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    from interviewer.interview import store as store_module

    class Conn:
        calls = 0

        def execute(self, sql: str) -> None:
            Conn.calls += 1
            if Conn.calls < 3:
                raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr("interviewer.interview.store.time.sleep", lambda _: None)
    store_module._switch_to_wal(Conn())  # type: ignore[arg-type]
    assert Conn.calls == 3

    class Broken:
        def execute(self, sql: str) -> None:
            raise sqlite3.OperationalError("disk I/O error")

    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        store_module._switch_to_wal(Broken())  # type: ignore[arg-type]


def test_a_file_from_before_migrations_keeps_its_interviews(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as c:  # the schema every earlier release wrote, with one finished interview
        c.execute("""CREATE TABLE interviews (session_id TEXT PRIMARY KEY, started_at REAL NOT NULL, updated_at REAL NOT NULL,
                     mode TEXT NOT NULL, role TEXT, drill_target TEXT, closed INTEGER NOT NULL DEFAULT 0,
                     replies INTEGER NOT NULL DEFAULT 0, summary TEXT NOT NULL DEFAULT '{}')""")
        c.execute("INSERT INTO interviews VALUES ('old1', 1.0, 2.0, 'mock', NULL, NULL, 1, 3, '{\"score\": 60}')")
    store = Store(path)
    rows = store.history(owner=LOCAL_USER)
    assert [(r.session_id, r.owner, r.summary["score"]) for r in rows] == [("old1", LOCAL_USER, 60)]
    store.close()


def test_history_and_chats_belong_to_their_owner(database_url: str) -> None:
    store = open_store(database_url)
    a = InterviewSession.start(store, Settings(), session_id="a1", owner="ann", thread_id="thread-a")
    a.reply(L.EXCUSE_LED)
    InterviewSession.start(store, Settings(), session_id="b1", owner="bob", thread_id="thread-b")
    assert [r.session_id for r in store.history(owner="ann")] == ["a1"]
    assert [r.session_id for r in store.history(owner="bob")] == ["b1"]
    assert {r.session_id for r in store.history()} == {"a1", "b1"}  # the terminal's view: everything in the file
    found = store.by_thread("thread-a")
    assert found is not None and found.session_id == "a1" and found.owner == "ann"
    resumed = InterviewSession.resume(store, "a1")
    assert resumed.owner == "ann" and resumed.thread_id == "thread-a"
    resumed.reply(L.OWNERSHIP)  # the owner survives every later turn
    row = store.get("a1")
    assert row is not None and row.owner == "ann" and row.replies == 2
    store.close()


def test_prune_keeps_the_latest_checkpoint_and_the_interview_goes_on(database_url: str) -> None:
    store = open_store(database_url)
    session = InterviewSession.start(store, Settings(), session_id="p1")
    for reply in (L.EXCUSE_LED, L.OWNERSHIP):
        session.reply(reply)
    said = [t["text"] for t in session.turns]
    untouched = store.prune(older_than=3600)  # nothing is that old
    assert untouched.interviews == 0 and untouched.checkpoints_after == untouched.checkpoints_before
    report = store.prune(older_than=0)
    assert report.interviews == 1 and report.checkpoints_before > report.checkpoints_after >= 1
    resumed = InterviewSession.resume(store, "p1")
    assert [t["text"] for t in resumed.turns] == said
    resumed.reply(L.TODAY)  # still answers where it stopped
    assert len(resumed.turns) > len(said)
    gone = store.prune(older_than=0, delete=True)
    assert gone.interviews == 1 and gone.checkpoints_after == 0 and store.history() == []
    store.close()


def test_accounts_hash_verify_and_remove(database_url: str) -> None:
    store = open_store(database_url)
    name = accounts.add(store, "  Ann@Example.org ", "correct horse")
    assert name == "ann@example.org"
    stored = store.query("SELECT password_hash FROM accounts")[0][0]
    assert stored.startswith("$argon2id$") and "correct horse" not in stored
    assert accounts.verify(store, "ANN@example.org", "correct horse") == name
    assert accounts.verify(store, name, "wrong horse!") is None
    assert accounts.verify(store, "nobody", "correct horse") is None
    with pytest.raises(accounts.AccountError, match="exists"):
        accounts.add(store, name, "another password")
    with pytest.raises(accounts.AccountError, match="at least"):
        accounts.add(store, "carl", "short")
    with pytest.raises(accounts.AccountError, match="local"):
        accounts.add(store, "local", "long enough pw")
    accounts.add(store, name, "another password", replace=True)
    assert accounts.verify(store, name, "another password") == name
    assert [a.username for a in accounts.listed(store)] == [name]
    accounts.remove(store, name)
    assert accounts.listed(store) == [] and accounts.verify(store, name, "another password") is None
    store.close()


def test_steps_of_different_interviews_run_side_by_side(database_url: str) -> None:
    """Eight interviews, each on its own thread, all through one store: every transcript holds only its own words."""
    store = open_store(database_url)

    def interview(n: int) -> list[str]:
        session = InterviewSession.start(store, Settings(), session_id=f"c{n}", owner=f"user{n}")
        session.reply(f"{L.EXCUSE_LED} My colleague Zed{n} saw it happen.")
        session.reply(f"{L.OWNERSHIP} Zed{n} helped me fix it.")
        return [t["text"] for t in session.turns if t["role"] == "candidate"]

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(interview, range(8)))
    for n, said in enumerate(results):
        assert len(said) == 2 and all(f"Zed{n}" in s for s in said)
        again = InterviewSession.resume(store, f"c{n}")
        others = [f"Zed{m}" for m in range(8) if m != n]
        assert not any(o in t["text"] for t in again.turns for o in others)
    assert {r.owner for r in store.history()} == {f"user{n}" for n in range(8)}
    store.close()


def test_a_wrong_database_url_is_one_sentence() -> None:
    with pytest.raises(StoreError, match="must start with"):
        open_store("mysql://x")
    with pytest.raises(StoreError, match="Cannot reach") as caught:
        open_store("postgresql://nobody:secretpw@127.0.0.1:1/none?connect_timeout=2")
    assert "secretpw" not in str(caught.value) and "secretpw" not in caught.value.public
