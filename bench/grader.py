"""Grader speed: per-answer latency, a 1,000-answer JSONL batch, and the cold start of `interviewer grade`.

Run: python bench/grader.py  (prints its figures; targets: p50 <= 5 ms, batch <= 5 s, cold start <= 0.3 s over bare Python,
an error as fast as a good grade: within 0.1 s)
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from interviewer.grading import RulesGrader
from interviewer.grading.text import count_words

ANSWER_150 = (
    "Two years ago I led the rollout of a new stock-count process across our six warehouses. I decided to switch "
    "every site on the same Monday instead of piloting one first, because I wanted the change done before peak "
    "season and I was confident in the training I had written. Three sites misread the new bin codes, and for "
    "eleven days our available-stock figures were wrong, which cost about 400 late orders. I told my director "
    "the day the first variance report came in, paused the rollout at the other sites, and sat with each "
    "shift lead to fix the codes. I now pilot any process change at one site for two full weeks before it goes "
    "anywhere else, and the pilot site's lead signs off the training before I write the next version. That rule "
    "has stayed with me on every change since."
)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def latency(runs: int = 2000, blocks: int = 5) -> tuple[float, float, float]:
    """p50 and p99 over all runs, and the lowest p50 of `blocks` equal blocks of them: on a shared machine a
    neighbour's load comes in phases, and the quietest block is the grader's own cost."""
    grader = RulesGrader()
    for _ in range(50):
        grader.grade(ANSWER_150)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        grader.grade(ANSWER_150)
        times.append((time.perf_counter() - started) * 1000)
    size = runs // blocks
    quietest = min(statistics.median(times[i : i + size]) for i in range(0, size * blocks, size))
    return statistics.median(times), percentile(times, 0.99), quietest


def huge(size: int = 200_000) -> tuple[float, int]:
    """Seconds to grade one ~200 KB answer (only the first 60,000 characters are read for tests and flags)."""
    text = (ANSWER_150 + " ") * (size // len(ANSWER_150) + 1)
    grader = RulesGrader()
    started = time.perf_counter()
    grader.grade(text)
    return time.perf_counter() - started, len(text.encode())


def batch(n: int = 1000) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "batch.jsonl"
        path.write_text("\n".join(json.dumps({"id": i, "answer": ANSWER_150}) for i in range(n)) + "\n")
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "interviewer.cli", "grade", "--jsonl", str(path)],
                              capture_output=True, check=True)
        elapsed = time.perf_counter() - started
    assert len(proc.stdout.splitlines()) == n
    return elapsed


def cold_start(runs: int = 7, missing: bool = False) -> float:
    """Median wall time of `interviewer grade --json` on one answer, or (`missing`) on a file that does not exist."""
    exe = Path(sys.executable).with_name("interviewer")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "interviewer.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("no-such-file.txt" if missing else "answer.txt")
        if not missing:
            path.write_text(ANSWER_150)
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            proc = subprocess.run([*cmd, "grade", "--json", str(path)], capture_output=True)
            times.append(time.perf_counter() - started)
            assert proc.returncode == (2 if missing else 0), proc.stderr
    return statistics.median(times)


def bare_python(runs: int = 7) -> float:
    """The same interpreter starting and doing nothing: what a cold start is measured over."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], capture_output=True, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    p50, p99, quietest = latency()
    print(f"grade latency, {count_words(ANSWER_150)}-word answer: p50 {p50:.2f} ms, p99 {p99:.2f} ms; p50 of the quietest "
          f"of 5 blocks {quietest:.2f} ms  (target p50 <= 5 ms)")
    seconds, size = huge()
    print(f"one {size / 1000:.0f} KB answer: {seconds:.3f} s  (target < 1 s)")
    print(f"1,000 answers through `interviewer grade --jsonl`: {batch():.2f} s  (target <= 5 s)")
    cold, bare = cold_start(), bare_python()
    print(f"cold start of `interviewer grade --json` on one answer: {cold:.3f} s, {cold - bare:.3f} s over bare Python "
          f"({bare:.3f} s)  (target <= 0.3 s over bare Python)")
    error = cold_start(missing=True)
    print(f"`interviewer grade` on a missing file: {error:.3f} s, {error - cold:+.3f} s against a good grade "
          "(target: within 0.1 s)")


if __name__ == "__main__":
    main()
