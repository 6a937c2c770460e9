"""Graph steps in a worker process (interviewer/web/steps.py): the same interview as in the app's own threads, its
events streamed back as they happen, errors that keep their meaning, and a worker that dies or loses its app."""

from __future__ import annotations

import asyncio
import os
import pickle
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from interviewer.interview import SessionError, Settings, StoreError
from interviewer.interview.store import InterviewStore, open_store
from interviewer.llm import ConfigError
from interviewer.web.steps import RESTARTED, Outcome, Step, StepPool, WorkerGone
from tests.model_server import ModelServer

ROOT = Path(__file__).resolve().parents[1]
REPLIES = [
    "Um, so two years ago I owned the billing migration. I decided to skip the dry run because we were late, and "
    "about three hundred customers were charged twice. I told my manager that afternoon and we refunded everyone.",
    "The call was mine. My colleague asked me to wait for the dry run and I said no, because I had promised the date.",
    "Since then I run the dry run before every release, even when we are late, and someone else signs it off.",
]


@pytest.fixture
def offline_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[InterviewStore]:
    """An interview folder of its own, offline engine; the worker inherits this environment."""
    monkeypatch.setenv("INTERVIEWER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("INTERVIEWER_BACKEND", "offline")
    monkeypatch.delenv("INTERVIEWER_DATABASE_URL", raising=False)
    store = open_store()
    yield store
    store.close()


def _pool(store: InterviewStore, processes: int) -> tuple[StepPool, ThreadPoolExecutor]:
    threads = ThreadPoolExecutor(8)
    return StepPool(processes, lambda: store, threads), threads


async def _interview(pool: StepPool, session_id: str) -> tuple[list[Outcome], list[list[dict[str, Any]]]]:
    """Start, three replies, /end: every outcome and the events each step streamed before it ended."""
    outcomes: list[Outcome] = []
    seen: list[list[dict[str, Any]]] = []
    steps = [Step(op="start", session_id=session_id, setup=Settings(mode="mock"), thread_id=f"thread-{session_id}")]
    steps += [Step(op="reply", session_id=session_id, text=t) for t in REPLIES]
    steps.append(Step(op="end", session_id=session_id))
    for step in steps:
        events: list[dict[str, Any]] = []
        outcomes.append(await pool.run(step, events.append))
        seen.append(events)
    return outcomes, seen


def _texts(outcome: Outcome) -> list[tuple[str, str]]:
    return [(t["role"], t["text"]) for t in outcome.turns]


def test_a_worker_process_runs_the_same_interview_as_the_apps_own_threads(
        offline_env: InterviewStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    async def both() -> tuple[Any, Any]:
        in_process, threads0 = _pool(offline_env, 0)
        try:
            here = await _interview(in_process, "interview01")
        finally:
            threads0.shutdown()
        # the same interview id in another folder: the worker opens the store its environment names
        monkeypatch.setenv("INTERVIEWER_DATA_DIR", str(tmp_path / "other"))
        other = open_store()
        worker, threads1 = _pool(other, 1)
        try:
            return here, await _interview(worker, "interview01")
        finally:
            worker.stop()
            threads1.shutdown()
            assert other.get("interview01") is not None  # the worker wrote to the store the app reads
            other.close()

    (here, here_events), (there, there_events) = asyncio.run(both())
    assert [_texts(o) for o in there] == [_texts(o) for o in here]
    assert [o.closed for o in there] == [False, False, False, False, True]
    assert there[-1].card is not None and there[-1].scorecard == here[-1].scorecard
    # each reply's grade streamed before the step ended, with the reply it graded
    for k, reply in enumerate(REPLIES, start=1):
        graded = [e for e in there_events[k] if e.get("event") == "graded"]
        assert graded and graded[0]["turn"]["text"] == reply
        assert [e.get("event") for e in there_events[k]] == [e.get("event") for e in here_events[k]]
        assert there[k].new_turns[0]["text"] == reply and there[k].new_turns[-1]["role"] == "interviewer"


def test_errors_cross_the_pipe_as_the_app_raises_them(offline_env: InterviewStore) -> None:
    async def run() -> None:
        pool, threads = _pool(offline_env, 1)
        try:
            with pytest.raises(SessionError, match="No interview has the id"):
                await pool.run(Step(op="open", session_id="nosuchid000"), lambda e: None)
            await pool.run(Step(op="start", session_id="closing0001", setup=Settings()), lambda e: None)
            await pool.run(Step(op="end", session_id="closing0001"), lambda e: None)
            with pytest.raises(SessionError, match="has closed"):
                await pool.run(Step(op="reply", session_id="closing0001", text="one more thing"), lambda e: None)
            # the worker is still the same one: a step's error does not stop it
            assert len({w.proc.pid for w in pool._workers if w is not None}) == 1
        finally:
            pool.stop()
            threads.shutdown()

    asyncio.run(run())


def test_a_store_error_keeps_its_public_sentence_across_processes() -> None:
    error = pickle.loads(pickle.dumps(StoreError("cannot write /srv/secret/interviews.db", "cannot write the store")))
    assert isinstance(error, StoreError)
    assert str(error) == "cannot write /srv/secret/interviews.db" and error.public == "cannot write the store"


def test_a_worker_killed_mid_step_fails_that_step_only_and_the_next_runs_on_a_new_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with ModelServer(latency=1.0) as model:
        monkeypatch.setenv("INTERVIEWER_DATA_DIR", str(tmp_path / "data"))
        monkeypatch.setenv("INTERVIEWER_BACKEND", "openai")
        monkeypatch.setenv("OPENAI_BASE_URL", model.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", "x")
        monkeypatch.setenv("INTERVIEWER_MODEL", "scripted")
        monkeypatch.delenv("INTERVIEWER_DATABASE_URL", raising=False)
        store = open_store()

        async def run() -> None:
            pool, threads = _pool(store, 1)
            try:
                await pool.start()
                first = pool._workers[0]
                assert first is not None
                opened = await pool.run(Step(op="start", session_id="killed00001", setup=Settings()), lambda e: None)
                asked = len(opened.turns)
                calls = len(model.requests)
                step = asyncio.ensure_future(pool.run(Step(op="reply", session_id="killed00001", text=REPLIES[0]),
                                                      lambda e: None))
                while len(model.requests) == calls:  # the step is waiting on its model call
                    await asyncio.sleep(0.01)
                os.kill(first.proc.pid, signal.SIGKILL)
                with pytest.raises(WorkerGone) as raised:
                    await step
                assert str(raised.value) == RESTARTED
                # nothing of the lost step was saved; the same reply, sent again, is answered by a new worker
                again = await pool.run(Step(op="reply", session_id="killed00001", text=REPLIES[0]), lambda e: None)
                assert pool._workers[0] is not first
                assert [t["text"] for t in again.turns].count(REPLIES[0]) == 1
                assert len(again.turns) == asked + 2
            finally:
                pool.stop()
                threads.shutdown()

        try:
            asyncio.run(run())
        finally:
            store.close()


def test_a_worker_whose_app_is_gone_leaves_at_once(offline_env: InterviewStore) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "interviewer.web.steps"], cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdin is not None and proc.stdout is not None
    head = proc.stdout.read(4)  # "ready" once it has loaded
    assert len(head) == 4
    kind, _, pid = pickle.loads(proc.stdout.read(int.from_bytes(head, "big")))
    assert (kind, pid) == ("ready", proc.pid)
    proc.stdin.close()
    begin = time.monotonic()
    assert proc.wait(timeout=10) == 0
    assert time.monotonic() - begin < 5


@pytest.mark.parametrize("raw", ["two", "-1", "1.5"])
def test_a_bad_number_of_step_processes_is_refused_with_its_name(raw: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTERVIEWER_STEP_PROCESSES", raw)
    with pytest.raises(ConfigError, match="INTERVIEWER_STEP_PROCESSES"):
        StepPool.from_env(lambda: open_store(), ThreadPoolExecutor(1))


def test_a_worker_that_cannot_open_the_store_says_why_without_the_servers_paths(
        offline_env: InterviewStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    (damaged / "interviews.sqlite").write_bytes(os.urandom(8192))
    monkeypatch.setenv("INTERVIEWER_DATA_DIR", str(damaged))  # the worker's store; the app's own opened fine

    async def run() -> None:
        pool, threads = _pool(offline_env, 1)
        try:
            with pytest.raises(StoreError) as raised:
                await pool.run(Step(op="start", session_id="broken00001", setup=Settings()), lambda e: None)
            assert "move it aside" in str(raised.value) and str(damaged) in str(raised.value)
            assert str(tmp_path) not in raised.value.public
        finally:
            pool.stop()
            threads.shutdown()

    asyncio.run(run())


def test_one_worker_per_core_up_to_four_and_one_for_a_local_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INTERVIEWER_STEP_PROCESSES", raising=False)
    monkeypatch.setenv("INTERVIEWER_BACKEND", "openai")
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert StepPool.from_env(lambda: open_store(), ThreadPoolExecutor(1)).processes == 2
    monkeypatch.setattr(os, "cpu_count", lambda: 32)
    assert StepPool.from_env(lambda: open_store(), ThreadPoolExecutor(1)).processes == 4
    monkeypatch.setenv("INTERVIEWER_BACKEND", "local")  # each worker would load the model: one
    assert StepPool.from_env(lambda: open_store(), ThreadPoolExecutor(1)).processes == 1
    monkeypatch.setenv("INTERVIEWER_STEP_PROCESSES", "0")
    assert StepPool.from_env(lambda: open_store(), ThreadPoolExecutor(1)).processes == 0
