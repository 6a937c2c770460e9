"""Graph steps in a worker process: the browser app's event loop serves sockets, the worker grades and asks.

Every candidate's socket, Chainlit's messages and the data layer share the app's one event loop, and a graph step
(the grader's readers, LangGraph, the model client) is Python work under the same interpreter lock: with many
candidates at once, the steps' work and the GIL's hand-overs between step threads and the loop delayed everybody's
messages. So by default the app runs its steps in a child process (`python -m interviewer.web.steps`) that has the
interview store, the model backend and the graph; the app keeps the sockets and the chat history. A step's
streamed events (the grade, the interviewer's words) come back as they happen, and its outcome when it ends.

INTERVIEWER_STEP_PROCESSES sets how many worker processes an app instance starts (default_processes: one per core
up to four, one with the local backend; each holds its own store connections and, with the local backend, its own
copy of the model; an interview always goes to the same one). 0 runs steps in threads of the app's own process.

The pipe carries length-prefixed pickles between the app and a child it started itself; nothing else writes to it.
A worker that dies (killed, out of memory) fails the steps it held with a message that says the reply was not
saved, and the next step starts a new worker. A worker whose app dies exits at once: what it was doing was never
confirmed to anybody, so it does not finish it (another instance may already be answering the same reply).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import gc
import itertools
import logging
import os
import pickle
import queue
import struct
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import IO, Any, Final, Literal

from interviewer.interview import InterviewSession, SessionError, Settings
from interviewer.interview.card import Card, card_from_dict
from interviewer.interview.migrations import LOCAL_USER
from interviewer.interview.state import Turn
from interviewer.interview.store import InterviewStore, open_store
from interviewer.llm import BackendConfig, ConfigError, Engines, open_engines
from interviewer.llm.backend import offline
from interviewer.llm.local import LocalModelServer

log = logging.getLogger("interviewer")

PROCESSES_ENV: Final = "INTERVIEWER_STEP_PROCESSES"
THREADS: Final = int(os.environ.get("INTERVIEWER_WORKERS") or 64)
"""Steps one process runs at once: a step mostly waits on a model, so threads are cheap; INTERVIEWER_WORKERS caps
them."""
KEPT: Final = 512
"""Open interviews a process keeps in memory between steps (a step reads its interview's state afresh anyway)."""
RESTARTED: Final = ("The interview engine stopped while it was answering, so this reply was not saved. Send it again: "
                    "the interview goes on from your last answered reply.")

Op = Literal["open", "start", "reply", "end"]
Event = dict[str, Any]


@dataclass(frozen=True, kw_only=True)
class Step:
    """One step of one interview, as the app asks for it."""

    op: Op
    session_id: str
    engine: dict[str, Any] = field(default_factory=dict)
    """How to answer: `wpm`, and `model` (one the server offers; the app checks it)."""
    text: str = ""
    setup: Settings | None = None
    owner: str = LOCAL_USER
    thread_id: str | None = None


@dataclass(frozen=True)
class Outcome:
    """What the browser shows after a step: the turns it produced and where the interview stands."""

    session_id: str
    new_turns: list[Turn]
    turns: list[Turn]
    closed: bool
    scorecard: dict[str, Any] | None

    @property
    def card(self) -> Card | None:
        return card_from_dict(self.scorecard) if self.scorecard else None


# The side that runs steps (the worker process, or the app's threads with INTERVIEWER_STEP_PROCESSES=0) -------------
class Runner:
    """Runs steps on one store; keeps the interviews it served, each with the engines it was opened with."""

    def __init__(self, store: InterviewStore) -> None:
        self.store = store
        self._sessions: collections.OrderedDict[str, InterviewSession] = collections.OrderedDict()
        self._guard = threading.Lock()
        self._local: LocalModelServer | None = None
        self._local_guard = threading.Lock()

    def engines(self, engine: dict[str, Any]) -> Engines:
        """The server's backend (environment); in the browser an unreachable model always falls back to offline.
        A GGUF model is loaded once per process."""
        wpm = int(engine.get("wpm") or 150)
        try:
            config = BackendConfig(fallback=True)
            if config.backend == "offline":
                return offline(wpm)
            if engine.get("model"):
                config.model = str(engine["model"])
            shared = None
            if config.backend == "local":
                with self._local_guard:
                    if self._local is None:
                        self._local = LocalModelServer(config)
                    shared = self._local
            return open_engines(config, wpm=wpm, shared_local=shared)
        except ConfigError as e:
            return offline(wpm, f"{e} Running on the offline engine instead.")

    def run(self, step: Step, on_event: Callable[[Event], None]) -> Outcome:
        if step.op == "start":
            engines = self.engines(step.engine)
            if engines.notice:
                on_event({"event": "notice", "text": engines.notice})
            session = InterviewSession.start(self.store, step.setup or Settings(), engines.context,
                                             session_id=step.session_id, on_event=on_event, owner=step.owner,
                                             thread_id=step.thread_id)
            new = session.turns
        else:
            session = self._session(step)
            if step.op == "reply":
                new = session.reply(step.text, on_event=on_event)
            elif step.op == "end":
                new = session.end()
            else:
                new = []
        with self._guard:
            self._sessions.pop(session.session_id, None)
            if not session.closed:
                self._sessions[session.session_id] = session
                while len(self._sessions) > KEPT:
                    self._sessions.popitem(last=False)
        return Outcome(session.session_id, new, session.turns, session.closed, session.scorecard)

    def _session(self, step: Step) -> InterviewSession:
        with self._guard:
            kept = self._sessions.get(step.session_id)
        if kept is not None:
            return kept
        return InterviewSession.resume(self.store, step.session_id, self.engines(step.engine).context)


def settle() -> None:
    """Load what the grader loads on first use, then leave everything loaded so far out of the garbage collector's
    full passes: about 250,000 long-lived objects (models, modules) made each full pass take ~100 ms, a pause for
    every candidate at once, several times a minute under load."""
    from interviewer.grading import RulesGrader

    RulesGrader().grade("Two years ago I decided to skip the load test because we were behind, and the search page was "
                        "down for a morning. Since then I run the test before every release.")
    gc.collect()
    gc.freeze()


# The pipe: length-prefixed pickles ----------------------------------------------------------------------------------
_LENGTH: Final = struct.Struct("!I")


def _frame(message: Any) -> bytes:
    body = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return _LENGTH.pack(len(body)) + body


def _read_exactly(stream: IO[bytes], n: int) -> bytes | None:
    chunks, left = [], n
    while left:
        chunk = stream.read(left)
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _portable(error: BaseException) -> BaseException:
    """The error as the app may raise it again: SessionError and StoreError (with its public sentence) cross the
    pipe as they are; anything else as a RuntimeError naming it."""
    try:
        pickle.loads(pickle.dumps(error))
        return error
    except Exception:  # an error that does not pickle: send its text
        return RuntimeError(f"{type(error).__name__}: {error}")


def serve(stdin: IO[bytes], out_fd: int) -> None:
    """The worker process: read steps, run each in a thread, write events and outcomes in the order they happen."""
    try:
        runner = Runner(open_store())
        settle()
    except Exception as e:  # e.g. a damaged or unreachable database: the app tells the visitor, in its words
        os.write(out_fd, _frame(("broken", 0, _portable(e))))
        raise SystemExit(1) from None
    outbox: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()

    def writer() -> None:
        """Everything waiting goes out in one write: a model streaming words to many candidates would otherwise
        cost the app one read per word."""
        while True:
            first = outbox.get()
            if first is None:
                return
            parts = [first]
            while True:
                try:
                    nxt = outbox.get_nowait()
                except queue.Empty:
                    break
                if nxt is None:
                    outbox.put(None)
                    break
                parts.append(nxt)
            data = memoryview(b"".join(parts))
            try:
                while data:
                    data = data[os.write(out_fd, data):]
            except OSError:  # the app is gone
                os._exit(0)

    threading.Thread(target=writer, name="steps-out", daemon=True).start()
    pool = ThreadPoolExecutor(max_workers=THREADS, thread_name_prefix="step")

    def one(rid: int, step: Step) -> None:
        try:
            outcome = runner.run(step, lambda event: outbox.put(_frame(("event", rid, event))))
            outbox.put(_frame(("done", rid, outcome)))
        except BaseException as e:  # every failure goes back to the step that caused it
            if not isinstance(e, SessionError | ValueError):
                log.exception("step %s of interview %s failed", step.op, step.session_id)
            outbox.put(_frame(("failed", rid, _portable(e))))

    outbox.put(_frame(("ready", 0, os.getpid())))
    while True:
        head = _read_exactly(stdin, _LENGTH.size)
        if head is None:
            # The app has gone (stopped, or killed): nobody will see what is running, and another instance may
            # already be answering the same reply. Leave now rather than write a turn nobody confirmed.
            os._exit(0)
        body = _read_exactly(stdin, _LENGTH.unpack(head)[0])
        if body is None:
            os._exit(0)
        rid, step = pickle.loads(body)
        pool.submit(one, rid, step)


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="steps: %(levelname)s %(message)s", stream=sys.stderr)
    # The pipe to the app is this process's stdout; anything else printing there would corrupt it, so fd 1 becomes
    # a copy of stderr and the pipe lives on a descriptor of its own.
    out_fd = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    serve(sys.stdin.buffer, out_fd)


# The app's side ---------------------------------------------------------------------------------------------------
class WorkerGone(SessionError):
    """The worker process running this step stopped before it answered."""


@dataclass
class _Pending:
    future: asyncio.Future[Outcome]
    on_event: Callable[[Event], None]


class _Worker:
    """One child process and the steps it is running."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc
        self.pending: dict[int, _Pending] = {}
        self.ready: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self.stopping = False
        self.reader = asyncio.ensure_future(self._read())

    @property
    def alive(self) -> bool:
        return self.proc.returncode is None and not self.reader.done()

    async def _read(self) -> None:
        assert self.proc.stdout is not None
        stream = self.proc.stdout
        try:
            while True:
                head = await stream.readexactly(_LENGTH.size)
                kind, rid, payload = pickle.loads(await stream.readexactly(_LENGTH.unpack(head)[0]))
                if kind in ("ready", "broken"):
                    if not self.ready.done():
                        if kind == "ready":
                            self.ready.set_result(payload)
                        else:
                            self.ready.set_exception(payload)
                    continue
                pending = self.pending.get(rid)
                if pending is None:
                    continue
                if kind == "event":
                    pending.on_event(payload)
                else:
                    del self.pending[rid]
                    if not pending.future.done():
                        if kind == "done":
                            pending.future.set_result(payload)
                        else:
                            pending.future.set_exception(payload)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass  # the worker has gone
        except Exception:  # a message this side cannot read: nothing after it can be trusted either
            log.exception("unreadable message from the step worker (pid %s); stopping it", self.proc.pid)
            with contextlib.suppress(ProcessLookupError):
                self.proc.kill()
        finally:
            code = await self.proc.wait()
            if self.stopping and not self.pending:
                log.info("the step worker (pid %s) stopped", self.proc.pid)
            else:
                log.error("the step worker (pid %s) stopped with exit code %s; %d step(s) lost", self.proc.pid, code,
                          len(self.pending))
            error = WorkerGone(RESTARTED)
            if not self.ready.done():
                self.ready.set_exception(error)
            for pending in self.pending.values():
                if not pending.future.done():
                    pending.future.set_exception(error)
            self.pending.clear()

    def send(self, rid: int, step: Step, on_event: Callable[[Event], None]) -> asyncio.Future[Outcome]:
        future: asyncio.Future[Outcome] = asyncio.get_running_loop().create_future()
        self.pending[rid] = _Pending(future, on_event)
        assert self.proc.stdin is not None
        self.proc.stdin.write(_frame((rid, step)))
        return future

    def stop(self) -> None:
        self.stopping = True
        if self.proc.returncode is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()  # the worker leaves when its input ends


def default_processes() -> int:
    """One worker per core, up to four: a step is mostly Python work under its process's interpreter lock, and on
    two cores one worker was the bottleneck at 50 candidates (bench/load.py: p50 1.4x a lone candidate's, two
    workers 1.1-1.2x). With the local backend each worker would load its own copy of the model: one."""
    try:
        if BackendConfig(fallback=True).backend == "local":
            return 1
    except ConfigError:
        pass
    return max(1, min(4, os.cpu_count() or 1))


class StepPool:
    """Runs steps in worker processes (started on first use), or in threads of this process with processes=0."""

    def __init__(self, processes: int, store: Callable[[], InterviewStore], threads: ThreadPoolExecutor) -> None:
        self.processes = processes
        self._store = store
        self._threads = threads
        self._workers: list[_Worker | None] = [None] * processes
        self._starting: list[asyncio.Lock] = [asyncio.Lock() for _ in range(processes)]
        self._ids = itertools.count(1)
        self._runner: Runner | None = None
        self._runner_guard = threading.Lock()

    @classmethod
    def from_env(cls, store: Callable[[], InterviewStore], threads: ThreadPoolExecutor) -> StepPool:
        raw = os.environ.get(PROCESSES_ENV, "").strip()
        try:
            processes = int(raw) if raw else default_processes()
        except ValueError:
            raise ConfigError(f"{PROCESSES_ENV} must be a whole number of processes (0 runs steps in the app's own "
                              f"process), not {raw!r}.") from None
        if processes < 0:
            raise ConfigError(f"{PROCESSES_ENV} must be 0 or more, not {processes}.")
        return cls(processes, store, threads)

    async def start(self) -> None:
        """Start every worker now (the app's start-up), so the first candidate does not wait for one to load."""
        await asyncio.gather(*(self._worker(k) for k in range(self.processes)))

    async def _worker(self, k: int) -> _Worker:
        worker = self._workers[k]
        if worker is not None and worker.alive:
            return worker
        async with self._starting[k]:
            worker = self._workers[k]
            if worker is None or not worker.alive:
                self._store()  # the app opens the store (and applies its migrations) before any worker does
                proc = await asyncio.create_subprocess_exec(
                    sys.executable, "-m", "interviewer.web.steps", stdin=asyncio.subprocess.PIPE,
                    stdout=asyncio.subprocess.PIPE, limit=2**26)
                worker = self._workers[k] = _Worker(proc)
                pid = await worker.ready
                log.info("step worker %d started (pid %s)", k, pid)
            return worker

    async def run(self, step: Step, on_event: Callable[[Event], None]) -> Outcome:
        """Run one step; `on_event` gets its events on the event loop, as they happen."""
        if self.processes == 0:
            return await self._in_thread(step, on_event)
        worker = await self._worker(hash(step.session_id) % self.processes)
        return await worker.send(next(self._ids), step, on_event)

    async def _in_thread(self, step: Step, on_event: Callable[[Event], None]) -> Outcome:
        loop = asyncio.get_running_loop()
        batch: list[Event] = []
        guard = threading.Lock()

        def deliver() -> None:
            with guard:
                ready = batch[:]
                batch.clear()
            for event in ready:
                on_event(event)

        def from_thread(event: Event) -> None:
            """Wake the event loop once per batch, not once per streamed word."""
            with guard:
                batch.append(event)
                first = len(batch) == 1
            if first:
                loop.call_soon_threadsafe(deliver)

        def work() -> Outcome:
            with self._runner_guard:
                if self._runner is None:
                    self._runner = Runner(self._store())
                runner = self._runner
            return runner.run(step, from_thread)

        outcome = await loop.run_in_executor(self._threads, work)
        deliver()  # anything the last wake-up has not carried yet
        return outcome

    def stop(self) -> None:
        for worker in self._workers:
            if worker is not None:
                worker.stop()


if __name__ == "__main__":
    # Run the module's own copy, not this __main__ one: what crosses the pipe must be interviewer.web.steps' classes.
    from interviewer.web.steps import main as _main

    _main()
