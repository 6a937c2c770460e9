"""Eval runner throughput: 40 grader cases at concurrency 8 against a loopback server that answers after 500 ms.

The ideal is 40 / 8 x 0.5 s = 2.5 s; the runner should finish within 1.3x of it, timed from the call to
`run_suite` (loading the cases, building the engines, grading, the statistics) to its return. The cache is
off, so every case makes its one judge call. The server runs in its own process.

The first run in a fresh process also pays one-time costs that do not grow with the cases: building the o200k
tokenizer's tables (~0.45 s, holding the interpreter), the HTTP client's TLS setup and the openai library's
first-use work. It is printed on its own line; the target is read on the runs after it (the median of RUNS).

Run: python bench/evals.py   (prints each wall time and its ratio to the ideal; target <= 1.3)
"""

from __future__ import annotations

import multiprocessing
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from interviewer.evaluation.runner import run_suite
from interviewer.evaluation.suites import ROOT, Suite
from tests.model_server import ModelServer

CASES, CONCURRENCY, LATENCY = 40, 8, 0.5
RUNS, TARGET = 3, 1.3


def serve(urls: multiprocessing.Queue[str], counts: multiprocessing.Queue[int], stop: Any) -> None:
    with ModelServer(latency=LATENCY) as server:
        urls.put(server.base_url)
        stop.wait()
        counts.put(len(server.requests))


def main() -> None:
    ideal = CASES / CONCURRENCY * LATENCY
    suite = Suite(name="bench", kind="grader", dataset=ROOT / "evals/datasets/answers.jsonl", split="all", backend="openai",
                  limit=CASES)
    urls: multiprocessing.Queue[str] = multiprocessing.Queue()
    counts: multiprocessing.Queue[int] = multiprocessing.Queue()
    stop = multiprocessing.Event()
    # The server runs in its own process, as a real one would: its threads do not compete with the runner's.
    server = multiprocessing.Process(target=serve, args=(urls, counts, stop), daemon=True)
    server.start()
    os.environ["OPENAI_BASE_URL"] = urls.get(timeout=30)
    walls = []
    for _ in range(1 + RUNS):
        t0 = time.perf_counter()
        result = run_suite(suite, concurrency=CONCURRENCY, cache_dir=None)
        walls.append(time.perf_counter() - t0)
    stop.set()
    calls = counts.get(timeout=30)
    server.join(timeout=10)
    first, rest = walls[0], walls[1:]
    median = statistics.median(rest)
    print(f"{CASES} cases, concurrency {CONCURRENCY}, server latency {LATENCY * 1000:.0f} ms: "
          f"{calls} model calls in {len(walls)} runs")
    print(f"first run in a fresh process: {first:.2f} s, ratio {first / ideal:.2f} to the ideal {ideal:.2f} s "
          "(with the one-time tokenizer load and library set-up)")
    print("runs after it: " + ", ".join(f"{w:.2f} s ({w / ideal:.2f})" for w in rest))
    verdict = "met" if median / ideal <= TARGET else "NOT met"
    print(f"median: {median:.2f} s, ratio {median / ideal:.2f} (target <= {TARGET}): {verdict}")
    score = result.candidate.metrics["mean_case_score"]
    print(f"engine: {result.candidate.outcomes[0].detail['engine']}, mean case score {score:.3f}")


if __name__ == "__main__":
    main()
