"""Concurrent candidates over Chainlit's socket: reply -> next interviewer question latency as load grows.

Starts a scripted OpenAI-compatible model server on loopback that answers every call after --latency seconds
(tests/model_server.py; --latency 0 runs the offline engine instead, with no model server), starts the app with
INTERVIEWER_BACKEND=openai OPENAI_BASE_URL=... OPENAI_API_KEY=x in its environment, then runs one candidate alone
and then each level of N concurrent candidates. Each candidate is a socket-level browser (tests/chainlit_client.py):
connect, click "Full mock interview", send --replies replies, each timed from sending to the interviewer's next
message being final. Every candidate's replies are distinct and carry a made-up colleague name of their own, so
cross-talk shows: a candidate who receives another candidate's name, or a stored interview whose replies name two.

Run: python bench/load.py [--levels 10,50,100] [--replies 3] [--instances 1|2] [--latency 0.5] [--spread S]
     [--sign-in local|header] [--json FILE] [--timeout S]
     [--app-root DIR]  (another checkout of the project, e.g. `git archive HEAD | tar -x -C /tmp/before`)

--instances 2 starts two app instances on one PostgreSQL database (INTERVIEWER_DATABASE_URL) behind nginx with
sticky sessions (tests/services.py). When the app still shows a "backend" select in its settings panel (the
browser picks the backend there), each candidate sets it to the backend asked for, as a user would.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import re
import resource
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.chainlit_client import ChainlitClient, ChainlitError  # noqa: E402
from tests.model_server import Answer, ModelServer, default_answer  # noqa: E402
from tests.test_web import App  # noqa: E402

STARTER = "Full mock interview"
USER_HEADER = "X-Forwarded-User"
"""--sign-in header: the trusted proxy's header naming the user (INTERVIEWER_AUTH_HEADER); every candidate is its own
user. Sent on every request; an app without header sign-in ignores it."""

_A = ["zor", "quel", "vash", "brim", "tolk", "nix", "drav", "yel", "fen", "grum"]
_B = ["ba", "vi", "do", "ru", "ke", "sa", "mo", "li", "ta", "ne"]
_C = ["nk", "th", "rz", "lv", "sk", "mp", "ck", "x", "ld", "rn"]

PROJECTS = [
    ("billing migration", "full dry run on a copy of production", "about three hundred customers were charged twice"),
    ("search index rebuild", "load test against last month's traffic", "search was down for most of a Monday morning"),
    ("mobile release", "staged rollout to five percent of users", "the app crashed on start for every Android 12 user"),
    ("pricing page test", "holdout group", "a month of results could not be read"),
    ("data warehouse cut-over", "row-count reconciliation", "the finance dashboards showed wrong revenue for a week"),
    ("vendor contract renewal", "legal review of the new terms", "we were locked into a price rise for two years"),
    ("on-call rota change", "handover checklist", "an outage went unanswered for forty minutes"),
    ("quarterly forecast", "second pass over the pipeline data", "the board saw a forecast that was twenty percent high"),
]


def marker(i: int) -> str:
    """A made-up colleague's name, distinct for every i < 1000 and unlike any English word."""
    return (_A[i % 10] + _B[(i // 10) % 10] + _C[(i // 100) % 10]).capitalize()


def replies(i: int, count: int) -> list[str]:
    """`count` realistic replies for candidate i, each naming the candidate's own colleague."""
    m = marker(i)
    project, check, impact = PROJECTS[i % len(PROJECTS)]
    days = 3 + i % 9
    base = [
        f"About two years ago I owned the {project} at my last company, working with my colleague {m}. "
        f"I decided to skip the {check} because we were {days} days behind plan, and as a result {impact}. "
        "I told my manager the same afternoon and rolled the change back that evening.",
        f"The call was mine. {m} asked me to wait for the {check}, and I overruled that because I wanted to hit the "
        "date I had promised. I never checked the numbers myself before I said yes.",
        f"Since then I run the {check} before every release, even when we are late, and I ask {m} or another "
        "reviewer to sign it off. On the next project that caught two problems before they reached anyone.",
    ]
    return [("Also, " if k >= len(base) else "") + base[k % len(base)] for k in range(count)]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)] if ordered else float("nan")


@dataclass
class Candidate:
    index: int
    marker: str
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    foreign: set[str] = field(default_factory=set)
    """Other candidates' names this candidate received."""
    foreign_in_turns: bool = False
    """...in a turn's messages (not only in a transcript shown at connect)."""
    turns: list[dict[str, Any]] = field(default_factory=list)
    """Each reply's times (time.monotonic()): sent, question (its text final), ended (task_end)."""
    via_settings: bool = False
    """The backend had to be picked in the app's settings panel (the server's environment did not decide it)."""


@dataclass
class Level:
    n: int
    candidates: list[Candidate]
    seconds: float

    @property
    def latencies(self) -> list[float]:
        return [x for c in self.candidates for x in c.latencies]

    @property
    def turn_ends(self) -> list[float]:
        """Seconds from each reply to its turn's end (task_end): the question plus whatever follows it (notes, the
        scorecard with its files)."""
        return [t["ended"] - t["sent"] for c in self.candidates for t in c.turns]

    @property
    def errors(self) -> int:
        return sum(len(c.errors) for c in self.candidates)


class Progress:
    def __init__(self, label: str, total: int) -> None:
        self.label, self.total, self.done, self.failed = label, total, 0, 0
        self.t0 = time.monotonic()

    def line(self) -> str:
        elapsed = time.monotonic() - self.t0
        return f"  {self.label}: {self.done}/{self.total} replies answered, {self.failed} errors, {elapsed:.0f} s"


class Gate:
    """Candidates connect at their pace; the level starts when all have connected (or failed)."""

    def __init__(self, n: int) -> None:
        self.n, self.arrived, self.left = n, 0, 0
        self.all_in, self.go = asyncio.Event(), asyncio.Event()
        self._mine: set[asyncio.Task[Any] | None] = set()

    def _check(self) -> None:
        if self.arrived + self.left >= self.n:
            self.all_in.set()

    async def arrive(self) -> None:
        self.arrived += 1
        self._mine.add(asyncio.current_task())
        self._check()
        await self.go.wait()

    def leave(self) -> None:
        """A candidate that ends before arriving (it failed to connect) still counts for the start."""
        if asyncio.current_task() not in self._mine:
            self.left += 1
            self._check()


async def candidate(url: str, c: Candidate, markers: dict[str, int], replies_n: int, backend: str, timeout: float,
                    gate: Gate, progress: Progress, delay: float = 0.0) -> None:
    client = ChainlitClient(url, timeout=timeout, name=f"candidate {c.index} ({c.marker})",
                            headers={USER_HEADER: f"candidate{c.index}"})
    try:
        await client.connect()
        widgets = {w.get("id") for w in client.settings_widgets}
        if "backend" in widgets and client.settings.get("backend") != backend:
            await client.update_settings({"backend": backend})
            c.via_settings = True
        await gate.arrive()
        await asyncio.sleep(delay)  # --spread: starts spread evenly, not all in one instant
        first = await client.start(STARTER)
        if first.question is None:
            c.errors.append(f"no first question: {[(m.author, m.content[:80]) for m in first.messages]}")
            return
        for k, text in enumerate(replies(c.index, replies_n)):
            turn = await client.send(text)
            q = turn.question
            c.turns.append({"reply": k, "sent": turn.sent_at, "question": q.completed_at if q else None,
                            "ended": turn.ended_at, "authors": [m.author for m in turn.messages]})
            notices = [m.content for m in turn.messages if m.author in ("Error",) or "offline engine instead" in m.content]
            if turn.question is None or notices:
                shown = [(m.author, m.content[:80]) for m in turn.messages]
                c.errors.append(f"turn without a question or with an error: {shown}")
                progress.failed += 1
            else:
                c.latencies.append(turn.latency)
            progress.done += 1
            for m in turn.messages:
                found = foreign_markers(m.content + " " + m.author, c.marker, markers)
                if found:
                    c.foreign |= found
                    c.foreign_in_turns = True
    except (ChainlitError, OSError) as e:
        c.errors.append(str(e))
        progress.failed += 1
    finally:
        gate.leave()
        for m in client.messages:
            if not m.own:
                c.foreign |= foreign_markers(m.content, c.marker, markers)
        await client.close()


class Arrivals:
    """When each model call reached the scripted server (one machine, one monotonic clock as the clients'), so a
    reply's time splits into the app's work before the judge call, between the two calls and after the last one."""

    def __init__(self) -> None:
        self.calls: list[tuple[float, str, str]] = []  # (arrival, "judge" | "speak", the last message's text)

    def stamp(self, body: dict[str, Any]) -> Answer:
        self.calls.append((time.monotonic(), "judge" if body.get("response_format") else "speak",
                           str(body["messages"][-1]["content"])))
        return default_answer(body)

    def phases(self, level: Level, replies_n: int, latency: float) -> str:
        before: list[float] = []
        between: list[float] = []
        after: list[float] = []
        for c in level.candidates:
            texts = replies(c.index, replies_n)
            for t in c.turns:
                if t["question"] is None:
                    continue
                key = texts[t["reply"]][:80]
                judge = next((a for a, k, m in self.calls if k == "judge" and a >= t["sent"] and key in m), None)
                speak = next((a for a, k, m in self.calls if k == "speak" and judge and a > judge and key in m), None)
                if judge is None or speak is None:
                    continue
                before.append(judge - t["sent"])
                between.append(speak - judge - latency)
                after.append(t["question"] - speak - latency)
        if not before:
            return "no reply matched both of its model calls"
        return "   ".join(f"{statistics.median(x):.3f} / {percentile(x, 0.9):.3f}" for x in (before, between, after))


def foreign_markers(text: str, own: str, markers: dict[str, int]) -> set[str]:
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    return {m for m in markers if m.lower() in words and m != own}


async def run_level(url: str, n: int, first_index: int, args: argparse.Namespace, backend: str) -> Level:
    cands = [Candidate(first_index + k, marker(first_index + k)) for k in range(n)]
    markers = {marker(i): i for i in range(first_index + n)}  # this level's candidates and every earlier one
    gate = Gate(n)
    progress = Progress(f"level {n}", n * args.replies)
    tasks = [asyncio.create_task(candidate(url, c, markers, args.replies, backend, args.timeout, gate, progress,
                                           delay=args.spread * k / n))
             for k, c in enumerate(cands)]

    # connect everybody first (not timed), then let all start at once
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(gate.all_in.wait(), args.timeout)
    print(f"  level {n}: {gate.arrived} connected, starting", flush=True)
    gate.go.set()
    t0 = progress.t0 = time.monotonic()
    reporter = asyncio.create_task(report(progress))
    await asyncio.gather(*tasks)
    reporter.cancel()
    print(progress.line(), flush=True)
    return Level(n, cands, time.monotonic() - t0)


async def report(progress: Progress) -> None:
    while True:
        await asyncio.sleep(5)
        print(progress.line(), flush=True)


async def warm_up(url: str, timeout: float) -> None:
    """One interview, closed with /end so the app does not offer it to the next visitor as unfinished: the first
    graded reply loads what the grader loads lazily, which would otherwise land in the one-candidate baseline."""
    async with ChainlitClient(url, timeout=timeout, name="warm-up", headers={USER_HEADER: "warmup"}) as client:
        await client.start(STARTER)
        for text in replies(999, 3):
            await client.send(text)
        await client.send("/end")


class BenchApp(App):
    """The app from another project folder (the test's App runs it from this checkout)."""

    def __init__(self, data: Path, root: Path, env: dict[str, str], log: Path | None = None) -> None:
        super().__init__(data, root=root)
        self.env.update(env)
        if "CHAINLIT_AUTH_SECRET" not in env:  # local mode, whatever the shell running the bench has set
            self.env.pop("CHAINLIT_AUTH_SECRET", None)
            self.env.pop("INTERVIEWER_AUTH_HEADER", None)
        self.log = log or self.log


STORE_CHECK = """
import json, sys
from interviewer.interview import InterviewSession
try:
    from interviewer.interview.store import open_store as _open
except ImportError:
    from interviewer.interview import Store as _open
store = _open()
out = {}
for r in store.history(100000):
    turns = InterviewSession.resume(store, r.session_id).turns
    out[r.session_id] = [t["text"] for t in turns if t["role"] != "interviewer"]
print(json.dumps(out))
"""


def store_check(root: Path, env: dict[str, str], markers: dict[str, int]) -> str:
    """Stored interviews whose candidate replies name two candidates' colleagues (read with the app's own code)."""
    try:
        done = subprocess.run([sys.executable, "-c", STORE_CHECK], cwd=root, env=env, capture_output=True, text=True,
                              timeout=600)
        if done.returncode:
            return f"not checked ({done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode})"
        interviews: dict[str, list[str]] = json.loads(done.stdout)
    except (OSError, ValueError, subprocess.TimeoutExpired) as e:
        return f"not checked ({type(e).__name__}: {e})"
    mixed = []
    for sid, texts in interviews.items():
        named = {m for m in markers if any(re.search(rf"\b{m}\b", t, re.IGNORECASE) for t in texts)}
        if len(named) > 1:
            mixed.append(f"{sid}: {', '.join(sorted(named))}")
    head = f"{len(interviews)} stored interviews, {len(mixed)} mixing two candidates"
    return head + (": " + "; ".join(mixed[:5]) + (" ..." if len(mixed) > 5 else "") if mixed else "")


@contextlib.contextmanager
def services_for(instances: int, data: Path, root: Path,
                 env: dict[str, str]) -> Iterator[tuple[str, list[BenchApp], dict[str, str]]]:
    """The URL candidates use, the app instances, and the environment the store check needs."""
    with contextlib.ExitStack() as stack:
        if instances == 1:
            app = BenchApp(data / "app", root, env)
            print(f"starting the app from {root} on port {app.port} ...", flush=True)
            app.start()
            stack.callback(app.stop)
            yield app.url, [app], {**os.environ, **env, "INTERVIEWER_DATA_DIR": str(data / "app")}
            return
        try:
            from tests import services  # type: ignore[attr-defined,unused-ignore]
        except ImportError as e:
            raise SystemExit(f"--instances 2 needs tests/services.py (postgres, nginx_proxy): {e}") from None
        print("starting PostgreSQL ...", flush=True)
        url = stack.enter_context(services.postgres())
        shared = {**env, "INTERVIEWER_DATABASE_URL": url}
        # one data folder for all instances: the local mode keeps its signing secret there (it replaces any
        # CHAINLIT_AUTH_SECRET given), and a token must be good on every instance behind the proxy
        apps = [BenchApp(data / "app", root, shared, log=data / f"server{k}.log") for k in range(instances)]
        for a in apps:
            print(f"starting an app instance from {root} on port {a.port} ...", flush=True)
            a.start()
            stack.callback(a.stop)
        port = stack.enter_context(services.nginx_proxy([a.port for a in apps], mode="sticky"))
        print(f"nginx (sticky) on port {port} in front of {[a.port for a in apps]}", flush=True)
        yield f"http://127.0.0.1:{port}/", apps, {**os.environ, **shared, "INTERVIEWER_DATA_DIR": str(data / "app")}


def step_workers(app: BenchApp) -> int:
    """How many step worker processes (interviewer/web/steps.py) the instance runs: its children that are."""
    if app.proc is None:
        return 0
    count = 0
    for entry in Path("/proc").iterdir():
        try:
            ppid = int(Path(entry, "stat").read_text().rpartition(")")[2].split()[1])
            if ppid == app.proc.pid and b"interviewer.web.steps" in Path(entry, "cmdline").read_bytes():
                count += 1
        except (OSError, ValueError, IndexError):
            continue
    return count


def raise_fd_limit(candidates: int) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = hard if hard != resource.RLIM_INFINITY else max(soft, 65536)
    if soft < want:
        resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
    if want < 20 * candidates:
        print(f"note: the open-file limit is {want}; {candidates} candidates may need ~{20 * candidates}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--levels", default="10,50,100", help="comma-separated numbers of concurrent candidates")
    parser.add_argument("--replies", type=int, default=3, help="replies per candidate (after the starter)")
    parser.add_argument("--instances", type=int, choices=(1, 2), default=1)
    parser.add_argument("--latency", type=float, default=0.5, help="seconds per model call; 0 = the offline engine")
    parser.add_argument("--spread", type=float, default=0.0,
                        help="seconds over which the candidates' first messages are spread evenly (default 0: all at "
                             "once, and every later reply in step with them: the hardest case)")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds one wait (connect, a turn) may take")
    parser.add_argument("--sign-in", choices=("local", "header"), default="local",
                        help="local: no CHAINLIT_AUTH_SECRET, every candidate is the one local user (own chat each); "
                             f"header: accounts mode, each candidate its own user by {USER_HEADER}")
    parser.add_argument("--json", type=Path, help="write every reply's timings here")
    parser.add_argument("--app-root", type=Path, default=ROOT, help="the project folder the app runs from")
    args = parser.parse_args()
    levels = [int(x) for x in args.levels.split(",") if x.strip()]
    levels = [1] + [n for n in levels if n != 1]
    raise_fd_limit(max(levels))
    backend = "openai" if args.latency > 0 else "offline"

    arrivals = Arrivals()
    with contextlib.ExitStack() as stack:
        env = {"INTERVIEWER_BACKEND": backend}
        if args.sign_in == "header":
            env |= {"CHAINLIT_AUTH_SECRET": secrets.token_urlsafe(48), "INTERVIEWER_AUTH_HEADER": USER_HEADER}
        model: ModelServer | None = None
        if backend == "openai":
            model = stack.enter_context(ModelServer(default=arrivals.stamp, latency=args.latency))
            env |= {"OPENAI_BASE_URL": model.base_url, "OPENAI_API_KEY": "x", "INTERVIEWER_MODEL": "scripted"}
            print(f"model server at {model.base_url}, {args.latency:g} s per call", flush=True)
        data = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="load-")))
        url, apps, store_env = stack.enter_context(services_for(args.instances, data, args.app_root.resolve(), env))

        for a in apps:
            print(f"app instance on port {a.port}: {step_workers(a)} step worker process(es)", flush=True)
        print("warming up: one interview to the scorecard, not timed ...", flush=True)
        asyncio.run(warm_up(url, args.timeout))
        results: list[Level] = []
        next_index = 0
        for n in levels:
            print(f"level {n}: {n} candidate(s), {args.replies} replies each, backend {backend} ...", flush=True)
            before = len(model.requests) if model else 0
            level = asyncio.run(run_level(url, n, next_index, args, backend))
            next_index += n
            results.append(level)
            calls = (len(model.requests) - before) if model else 0
            print(f"level {n} done in {level.seconds:.1f} s" + (f", {calls} model calls" if model else ""), flush=True)
            if any(c.via_settings for c in level.candidates):
                print(f"  note: the app's settings panel offered a backend select; candidates set it to {backend}", flush=True)
            if model and calls == 0:
                print("  WARNING: the app made no model call: it ran offline, whatever was asked", flush=True)
            for c in level.candidates:
                for e in c.errors[:1]:
                    print(f"  error, candidate {c.index}: {e[:300]}", flush=True)
        if len(apps) > 1 and model:
            spread = [a.log.read_text(errors="replace").count("/chat/completions") for a in apps]
            print(f"model calls per instance (from their logs): {spread}", flush=True)
        all_markers = {marker(i): i for i in range(next_index)}
        print("checking the stored interviews ...", flush=True)
        stored = store_check(args.app_root.resolve(), store_env, all_markers)

    if args.json:
        args.json.write_text(json.dumps([{"level": lv.n, "candidates": [
            {"index": c.index, "marker": c.marker, "errors": c.errors, "foreign": sorted(c.foreign), "turns": c.turns}
            for c in lv.candidates]} for lv in results], indent=1))
    base = statistics.median(results[0].latencies) if results[0].latencies else float("nan")
    print()
    print(f"backend {backend}" + (f" ({args.latency:g} s per model call)" if backend == "openai" else "")
          + f", {args.instances} instance(s), sign-in {args.sign_in}, {args.replies} replies per candidate, "
          + (f"starts spread over {args.spread:g} s, " if args.spread else "all starting in the same instant, ")
          + f"app from {args.app_root}")
    print(f"{'level':>5} {'replies':>7} {'p50 s':>7} {'p99 s':>7} {'max s':>7} {'errors':>6} {'cross-talk':>10} "
          f"{'in turns':>8} {'p50/p50(1)':>10} {'end p99':>7} {'wall s':>7}")
    for lv in results:
        lat = lv.latencies
        p50 = statistics.median(lat) if lat else float("nan")
        crossed = sum(1 for c in lv.candidates if c.foreign)
        in_turns = sum(1 for c in lv.candidates if c.foreign_in_turns)
        print(f"{lv.n:>5} {len(lat):>7} {p50:>7.3f} {percentile(lat, 0.99):>7.3f} {max(lat, default=float('nan')):>7.3f} "
              f"{lv.errors:>6} {crossed:>6}/{lv.n:<3} {in_turns:>8} {p50 / base:>10.1f} {percentile(lv.turn_ends, 0.99):>7.3f} "
              f"{lv.seconds:>7.1f}")
    print("p50/p99/max: reply -> the interviewer's next message final; end p99: reply -> the turn's task_end")
    print("cross-talk: candidates who received another candidate's colleague name (any message); in turns: in the "
          "messages answering their own replies")
    print(f"store: {stored}")
    if model:
        print()
        print("where a reply's time goes, p50 / p90 s (from the model server's clock): reply sent -> judge call arrives; "
              "judge answered -> interviewer call arrives; interviewer answered -> question final at the candidate")
        for lv in results:
            print(f"{lv.n:>5}  " + arrivals.phases(lv, args.replies, args.latency))


if __name__ == "__main__":
    main()
