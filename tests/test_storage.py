"""Damaged interview files: each case is named with what is wrong and what to do, nothing is deleted, no traceback."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from interviewer.interview import Store, StoreError
from tests import interview_lines as L


def cli(data: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INTERVIEWER_DATA_DIR": str(data)}
    return subprocess.run([sys.executable, "-m", "interviewer.cli", *args], input=stdin, capture_output=True, text=True,
                          env=env, timeout=120)


def one_interview(data: Path) -> str:
    done = cli(data, "chat", "--script", "-", "--json", stdin=L.EXCUSE_LED)
    assert done.returncode == 0, done.stderr
    return str(json.loads(done.stdout)["session_id"])


def random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def random_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096:] = os.urandom(len(data) - 4096)  # the header page stays valid
    path.write_bytes(bytes(data))


def foreign_table(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE interviews (id INTEGER PRIMARY KEY, candidate TEXT)")


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "not a database": (random_bytes, "move it aside"),
    "valid header, random pages": (random_pages, "move it aside"),
    "a foreign interviews table": (foreign_table, "not this tool's"),
}


@pytest.mark.parametrize("kind", DAMAGE)
def test_a_damaged_file_is_named_with_the_fix_and_left_in_place(tmp_path: Path, kind: str) -> None:
    data = tmp_path / "data"
    one_interview(data)
    db = data / "interviews.sqlite"
    for extra in data.glob("interviews.sqlite-*"):
        extra.unlink()  # the WAL was checkpointed on close
    damage, words = DAMAGE[kind]
    damage(db)
    before = db.read_bytes()
    for args in (("history",), ("chat", "--script", "-")):
        done = cli(data, *args, stdin=L.STORY)
        assert done.returncode == 2, (kind, args, done.stderr)
        assert words in done.stderr and "Traceback" not in done.stderr and "writable folder" not in done.stderr
    assert db.read_bytes() == before  # never deleted, never rewritten


def test_an_unreadable_saved_interview_is_named_on_resume(tmp_path: Path) -> None:
    data = tmp_path / "data"
    session_id = one_interview(data)
    with sqlite3.connect(data / "interviews.sqlite") as c:
        c.execute("UPDATE checkpoints SET checkpoint = randomblob(200)")
        c.execute("UPDATE writes SET value = randomblob(50)")
    done = cli(data, "chat", "--resume", session_id)
    assert done.returncode == 2 and "cannot be read back" in done.stderr and "Traceback" not in done.stderr
    assert "start a new one" in done.stderr


def test_what_a_web_page_shows_never_holds_the_servers_path(tmp_path: Path) -> None:
    db = tmp_path / "interviews.sqlite"
    db.write_bytes(os.urandom(8192))
    with pytest.raises(StoreError) as caught:
        Store(db)
    assert str(tmp_path) in str(caught.value) and str(tmp_path) not in caught.value.public
