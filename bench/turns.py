"""Interview turn latency, offline: one candidate reply through the compiled graph with the SQLite checkpointer.

A turn is `InterviewSession.reply()`: read the message's dialogue act, grade the reply (or merge a continuation
and re-grade it, or answer a side remark), choose the follow-up, phrase it, and write the checkpoint to disk (WAL).
Replies come from the labelled dataset, so the grader sees realistic text; every fifth message is a side remark
or a continuation, so both paths of the dialogue-act step are timed.

Run: python bench/turns.py [--interviews N]   (prints p50/p99; target p50 <= 30 ms)
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from interviewer.interview import InterviewSession, Settings, Store

DATASET = Path(__file__).resolve().parents[1] / "evals" / "datasets" / "answers.jsonl"
TARGET_P50_MS = 30.0


SIDE = ("Sorry, can you repeat the question?", "What do you mean by failure?", "haha one sec",
        "Sorry, I wasn't finished. I told my manager that afternoon and we refunded everyone by Friday.")


def replies() -> list[str]:
    cases = [json.loads(line) for line in DATASET.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [c["answer"] for c in cases]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--interviews", type=int, default=60)
    args = parser.parse_args()
    pool = replies()
    turns: list[float] = []
    starts: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.sqlite")
        for n in range(args.interviews):
            t0 = time.perf_counter()
            session = InterviewSession.start(store, Settings(), session_id=f"bench-{n}")
            starts.append(time.perf_counter() - t0)
            k = 0
            while not session.closed:
                reply = SIDE[(n + k) % len(SIDE)] if k % 5 == 4 else pool[(n * 7 + k) % len(pool)]
                t0 = time.perf_counter()
                session.reply(reply)
                turns.append(time.perf_counter() - t0)
                k += 1
        size = (Path(folder) / "bench.sqlite").stat().st_size + sum(p.stat().st_size for p in Path(folder).glob("*-wal"))
        store.close()
    ms = sorted(t * 1000 for t in turns)
    p50 = statistics.median(ms)
    p99 = ms[min(len(ms) - 1, round(0.99 * (len(ms) - 1)))]
    print(f"interviews: {args.interviews}, turns: {len(ms)} (offline engine, SQLite checkpointer on disk)")
    print(f"turn latency: p50 {p50:.1f} ms, p99 {p99:.1f} ms, max {ms[-1]:.1f} ms (target p50 <= {TARGET_P50_MS:.0f} ms)")
    print(f"opening question: p50 {statistics.median(starts) * 1000:.1f} ms")
    print(f"database: {size / 1024:.0f} KB for {args.interviews} interviews")
    print("p50 target met" if p50 <= TARGET_P50_MS else "p50 target NOT met")


if __name__ == "__main__":
    main()
