"""Model-server faults: how long a 4-reply interview takes when the server misbehaves, against a healthy run.

Each fault kind is served by a scripted OpenAI-compatible server on loopback (tests/model_server.py) for every
request of the interview, and the interview runs through the real `openai` client with a 3 s deadline per call,
the default retries (2) and backoff (1 s), and the default circuit breaker (2 failed calls, then offline).
Target: no fault makes an interview take more than 4 x the timeout per turn plus the healthy time, and every
turn is kept (each candidate reply is graded and answered).

Run: python bench/faults.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from interviewer.interview import InterviewSession, Settings, Store
from interviewer.llm import BackendConfig
from interviewer.llm.backend import open_engines
from tests import interview_lines as L
from tests.model_server import Answer, ModelServer, default_answer

TIMEOUT = 3.0
REPLIES = (L.EXCUSE_LED, L.OWNERSHIP, L.GENERIC, L.TODAY)
FAULTS: dict[str, Callable[[dict[str, Any]], Answer]] = {
    "healthy": default_answer,
    "HTTP 500": lambda body: Answer(status=500),
    "HTTP 429": lambda body: Answer(status=429),
    "HTML page with HTTP 200": lambda body: Answer(raw="<html><body>502 Bad Gateway</body></html>"),
    "junk text": lambda body: Answer("this is not what was asked for"),
    "hang (no answer)": lambda body: Answer("", delay=TIMEOUT + 2),
    "trickle (a byte at a time)": lambda body: Answer("word " * 60, drip=0.05),
    "reset mid-answer": lambda body: Answer(reset=True),
}


def run(fault: Callable[[dict[str, Any]], Answer]) -> tuple[float, int, int]:
    """Seconds for the whole interview, candidate replies kept, and notes shown."""
    with ModelServer(default=fault) as server, tempfile.TemporaryDirectory() as folder:
        config = BackendConfig(backend="openai", base_url=server.base_url, api_key=None, timeout=TIMEOUT)
        engines = open_engines(config)
        store = Store(Path(folder) / "faults.sqlite")
        started = time.perf_counter()
        session = InterviewSession.start(store, Settings(), engines.context)
        for reply in REPLIES:
            if session.closed:
                break
            session.reply(reply)
        if not session.closed:
            session.end()
        elapsed = time.perf_counter() - started
        turns = session.turns
        kept = sum(1 for t in turns if t["role"] == "candidate" and "grade" in t)
        notes = sum(len(t.get("notes", [])) + len(t.get("grade", {}).get("notes", [])) for t in turns)
        store.close()
        engines.close()
    return elapsed, kept, notes


def main() -> None:
    healthy, kept, _ = run(FAULTS["healthy"])
    bound = healthy + 4 * TIMEOUT * (len(REPLIES) + 1)
    print(f"timeout {TIMEOUT:g} s per call; bound per interview: healthy + 4 x timeout x {len(REPLIES) + 1} turns "
          f"= {bound:.1f} s")
    print(f"{'fault':<28} {'seconds':>8} {'replies kept':>13} {'notes':>6}  verdict")
    worst = 0.0
    for name, fault in FAULTS.items():
        seconds, kept, notes = (healthy, kept, 0) if name == "healthy" else run(fault)
        worst = max(worst, seconds)
        ok = seconds <= bound and kept == len(REPLIES)
        print(f"{name:<28} {seconds:>8.1f} {kept:>10}/{len(REPLIES)} {notes:>6}  {'ok' if ok else 'OVER BOUND OR TURN LOST'}")
    print(f"slowest: {worst:.1f} s against a bound of {bound:.1f} s: {'met' if worst <= bound else 'NOT met'}")


if __name__ == "__main__":
    main()
