"""`interviewer chat` and `history` from the command line: scripts, JSON, resume after kill -9, Ctrl-C, bad input."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from interviewer.cli import DRILL_TARGETS as CLI_TARGETS
from interviewer.cli import main
from interviewer.interview.drills import DRILL_TARGETS
from tests import interview_lines as L


@dataclass
class Done:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Done]:
    """`interviewer ARGS` in this process (the interactive tests below use a real subprocess)."""
    monkeypatch.setenv("COLUMNS", "120")

    def run(*args: str) -> Done:
        capsys.readouterr()
        try:
            code = main(list(args))
        except SystemExit as e:
            code = int(e.code or 0)
        out, err = capsys.readouterr()
        return Done(code, out, err)

    return run


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "interviewer.cli", *args], capture_output=True, text=True, timeout=120)


def script(tmp_path: Path, *replies: str, name: str = "script.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n---\n".join(replies) + "\n", encoding="utf-8")
    return path


def test_scripted_interview_prints_the_session_as_json(cli: Callable[..., Done], tmp_path: Path) -> None:
    done = cli("chat", "--script", str(script(tmp_path, L.EXCUSE_LED, L.OWNERSHIP, L.GENERIC, L.TODAY)), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert set(data) == {"session_id", "turns", "scorecard"}
    roles = [t["role"] for t in data["turns"]]
    assert roles == ["interviewer", "candidate"] * 4 + ["interviewer"]
    for t in data["turns"]:
        assert {"role", "text"} <= set(t)
        if t["role"] == "candidate":
            keys = {"id", "engine", "tests", "flags", "star", "words", "spoken_seconds", "length_band", "score"}
            assert set(t["grade"]) >= keys
    assert [t["probe"] for t in data["turns"] if "probe" in t] == ["ownership", "change", "today"]
    assert data["scorecard"]["complete"] and len(data["scorecard"]["coaching"]) == 2


def test_script_that_runs_out_closes_the_interview(cli: Callable[..., Done], tmp_path: Path) -> None:
    data = json.loads(cli("chat", "--script", str(script(tmp_path, L.EXCUSE_LED)), "--json").stdout)
    assert data["turns"][-1]["kind"] == "close" and data["scorecard"]["replies"] == 1


def test_readable_transcript_and_scorecard(cli: Callable[..., Done], tmp_path: Path) -> None:
    done = cli("chat", "--script", str(script(tmp_path, L.EXCUSE_LED, L.OWNERSHIP, L.GENERIC, L.TODAY)), "--role", "nurse")
    assert done.returncode == 0, done.stderr
    for text in ("Interviewer:", "You:", "nurse", "Scorecard", "The three tests", "Red flags", "STAR allocation",
                 "Two things to work on", "A stronger version", "repaired by your reply 2"):
        assert text in done.stdout, text


def test_drill_from_the_command_line(cli: Callable[..., Done], tmp_path: Path) -> None:
    done = cli("chat", "--drill-target", "ownership", "--script", str(script(tmp_path, L.EXCUSE_LED, L.OWNERSHIP)), "--json")
    card = json.loads(done.stdout)["scorecard"]
    assert card["mode"] == "drill" and card["passed"] and len(card["attempts"]) == 2


def test_history_lists_interviews_with_verdicts(cli: Callable[..., Done], tmp_path: Path) -> None:
    cli("chat", "--script", str(script(tmp_path, L.EXCUSE_LED)))
    cli("chat", "--script", str(script(tmp_path, L.STORY)))
    rows = json.loads(cli("history", "--json").stdout)
    assert [r["mode"] for r in rows] == ["mock", "mock"]
    assert rows[0]["summary"]["tests"]["honesty"] == "fail" and rows[1]["summary"]["tests"]["honesty"] == "pass"
    shown = cli("history").stdout
    assert rows[0]["session_id"] in shown and "Over time" in shown


def test_history_when_empty(cli: Callable[..., Done]) -> None:
    done = cli("history")
    assert done.returncode == 0 and "No interviews yet" in done.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("chat", "--script", "missing.txt"), "no such file"),
        (("chat", "--mode", "drill"), "--drill-target"),
        (("chat", "--resume", "nope"), "No interview has the id"),
        (("chat", "--followups", "99"), "between 0 and 10"),
        (("chat", "--drill-target", "everything"), "invalid choice"),
    ],
)
def test_bad_chat_input_ends_in_one_clear_sentence(cli: Callable[..., Done], args: tuple[str, ...], message: str) -> None:
    done = cli(*args)
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr


def test_empty_and_non_utf8_scripts_are_refused(cli: Callable[..., Done], tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n---\n  \n", encoding="utf-8")
    done = cli("chat", "--script", str(empty))
    assert done.returncode == 2 and "no replies" in done.stderr
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 story".encode("latin-1"))
    done = cli("chat", "--script", str(latin))
    assert done.returncode == 2 and "UTF-8" in done.stderr


def test_unwritable_data_dir_is_a_clear_error(cli: Callable[..., Done], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("INTERVIEWER_DATA_DIR", str(blocker / "sub"))
    done = cli("chat", "--script", str(script(tmp_path, L.STORY)))
    assert done.returncode == 2 and "INTERVIEWER_DATA_DIR" in done.stderr and "Traceback" not in done.stderr


def test_cli_drill_targets_match_the_drills() -> None:
    assert CLI_TARGETS == DRILL_TARGETS


def test_grade_path_imports_no_langgraph() -> None:
    code = ("import sys; from interviewer.cli import main; main(['grade', '-', '--json']); "
            "sys.exit(any(m.split('.')[0] in ('langgraph', 'openai', 'chainlit') for m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], input=L.STORY, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


class Live:
    """An interactive `interviewer chat` in a subprocess, read as it prints."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "interviewer.cli", "chat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "200"},
        )
        self.out = ""
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout
        while chunk := self.proc.stdout.read(1):
            self.out += chunk

    def wait_for(self, text: str, count: int = 1, timeout: float = 60) -> None:
        end = time.monotonic() + timeout
        while self.out.count(text) < count:
            assert time.monotonic() < end, f"timed out waiting for {text!r} x{count}; got:\n{self.out}"
            time.sleep(0.05)

    def send(self, reply: str) -> None:
        assert self.proc.stdin
        self.proc.stdin.write(reply + "\n\n")
        self.proc.stdin.flush()

    def session_id(self) -> str:
        return self.out.split("Session ", 1)[1].split()[0]


def test_resume_after_kill_9_loses_no_completed_turn(cli: Callable[..., Done], tmp_path: Path) -> None:
    live = Live()
    live.wait_for("You:")
    session_id = live.session_id()
    live.send(L.EXCUSE_LED)
    live.wait_for("You:", 2)
    live.send(L.OWNERSHIP)
    live.wait_for("You:", 3)
    live.proc.send_signal(signal.SIGKILL)
    assert live.proc.wait(timeout=30) == -signal.SIGKILL
    rest = script(tmp_path, L.GENERIC, L.TODAY)
    done = cli("chat", "--resume", session_id, "--script", str(rest), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    candidate = [t for t in data["turns"] if t["role"] == "candidate"]
    assert [t["text"] for t in candidate] == [L.EXCUSE_LED, L.OWNERSHIP, L.GENERIC, L.TODAY]
    assert all("grade" in t for t in candidate)
    assert [t["probe"] for t in data["turns"] if "probe" in t] == ["ownership", "change", "today"]
    assert data["scorecard"]["complete"]


def test_ctrl_c_keeps_the_interview_and_prints_how_to_resume(cli: Callable[..., Done]) -> None:
    live = Live()
    live.wait_for("You:")
    session_id = live.session_id()
    live.send(L.EXCUSE_LED)
    live.wait_for("You:", 2)
    live.proc.send_signal(signal.SIGINT)
    assert live.proc.wait(timeout=30) == 130
    live.wait_for(f"interviewer chat --resume {session_id}")
    state = json.loads(cli("history", "--json").stdout)
    assert state[0]["session_id"] == session_id and state[0]["replies"] == 1 and not state[0]["closed"]


def test_interactive_end_and_quit_commands() -> None:
    live = Live()
    live.wait_for("You:")
    live.send(L.EXCUSE_LED)
    live.wait_for("You:", 2)
    live.send("/end")
    assert live.proc.wait(timeout=30) == 0
    live.wait_for("Scorecard")


def test_a_script_saved_with_windows_line_endings_keeps_its_replies_apart(cli: Callable[..., Done], tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("\r\n---\r\n".join([L.EXCUSE_LED, L.OWNERSHIP, L.TODAY]).encode() + b"\r\n")
    done = cli("chat", "--script", str(path), "--json")
    assert done.returncode == 0, done.stderr
    answers = [t["text"] for t in json.loads(done.stdout)["turns"] if t["role"] == "candidate"]
    assert answers[:3] == [L.EXCUSE_LED, L.OWNERSHIP, L.TODAY]


def test_escape_sequences_in_a_reply_never_reach_the_terminal(cli: Callable[..., Done], tmp_path: Path) -> None:
    attack = "I skipped the check \x1b[2J\x1b]0;pwned\x07 and 300 orders went wrong; now I always run it first.\x9b31m"
    done = cli("chat", "--script", str(script(tmp_path, attack)))
    assert done.returncode == 0, done.stderr
    assert "I skipped the check" in done.stdout
    assert not any(c in done.stdout for c in ("\x1b[2J", "\x1b]0;", "\x07", "\x9b"))
