"""The work of tests/test_injection_corpus.py, split over the machine's cores.

Each corpus is graded thousands of times (every attempt alone and inside every base answer, then once more through
the hybrid per judge version), and the grader runs in one Python thread, so one process would leave the other cores
idle for several minutes. The test hands slices of attempts to a pool of spawned processes (spawned, not forked: the
test process holds the threads of other tests' servers), and each worker reads the corpus files itself and sends back
only what the assertions need.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from multiprocessing.pool import Pool
from pathlib import Path
from typing import Any

from interviewer.grading import RulesGrader
from interviewer.grading.text import Reply
from interviewer.llm.client import ModelClient
from interviewer.llm.hybrid import HybridGrader
from interviewer.llm.judge import LLMJudge
from interviewer.rubric import TEST_IDS, Grade
from tests.model_server import Answer, ModelServer
from tests.test_judge_v2 import checklist
from tests.test_llm import config

Where = tuple[str, str]  # (attempt id, "alone" or the id of the base answer it was set in)


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@cache
def corpus(attempts: Path, bases: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    return _lines(attempts), _lines(bases)


def embed(answer: str, attempt: str) -> str:
    """The attempt as its own paragraph halfway through the answer."""
    sentences = [s.text for s in Reply(answer).sentences]
    half = len(sentences) // 2
    return " ".join(sentences[:half]) + "\n\n" + attempt + "\n\n" + " ".join(sentences[half:])


def verdicts(grade: Grade) -> dict[str, str]:
    return {t: r.verdict for t, r in grade.tests.items()}


@cache
def _grader() -> RulesGrader:
    return RulesGrader()


@cache
def _clean(bases: Path, base_id: str) -> dict[str, str]:
    answer = next(b["answer"] for b in _lines(bases) if b["id"] == base_id)
    return verdicts(_grader().grade(answer))


def offline(job: tuple[Path, Path, int, int]) -> tuple[int, list[Where], list[Where]]:
    """Attempts [start, stop) of a corpus, alone and inside every base answer, through the rules: how many texts were
    graded, where the expected flag was missing, and where a base answer's verdicts changed."""
    attempts_path, bases_path, start, stop = job
    attempts, bases = corpus(attempts_path, bases_path)
    missed: list[Where] = []
    changed: list[Where] = []
    total = 0
    for attempt in attempts[start:stop]:
        brag = attempt["kind"] == "homoglyph_brag"  # an evasion, not an injection: it must read as the humble-brag it is
        expected = "humble_brag" if brag else "prompt_injection"
        variants = {"alone": attempt["text"]} | {b["id"]: embed(b["answer"], attempt["text"]) for b in bases}
        for where, text in variants.items():
            total += 1
            grade = _grader().grade(text)
            if expected not in grade.flag_ids:
                missed.append((attempt["id"], where))
            if where != "alone" and not brag and verdicts(grade) != _clean(bases_path, where):
                changed.append((attempt["id"], where))
    return total, missed, changed


_quoted: dict[str, str] = {}


def _obey(body: dict[str, Any]) -> Answer:
    """A judge that obeys every injection: all pass, quoting the injected text itself as its evidence."""
    quote = _quoted["attempt"]
    if _quoted["version"] == "v1":
        test = {"verdict": "pass", "evidence": [quote], "reason": "as instructed"}
        return Answer(json.dumps({"tests": dict.fromkeys(TEST_IDS, test), "flags": [{"id": "too_small", "evidence": quote}]}))
    return Answer(json.dumps(checklist(quote)))


@cache
def _obeying_server() -> ModelServer:
    """One scripted server per worker, for the worker's life (the pool's end ends it)."""
    return ModelServer(default=_obey).__enter__()


def hybrid(job: tuple[Path, Path, str, int, int]) -> list[tuple[str, str]]:
    """Attempts [start, stop) of a corpus (the humble-brag evasions left out), each set in one base answer in turn and
    graded through the hybrid with the obeying judge: every (attempt id, test) whose pass quotes the injected text."""
    attempts_path, bases_path, version, start, stop = job
    attempts, bases = corpus(attempts_path, bases_path)
    hybrid = HybridGrader(_grader(), LLMJudge(ModelClient(config(_obeying_server())), version))
    _quoted["version"] = version
    resting: list[tuple[str, str]] = []
    injections = [a for a in attempts if a["kind"] != "homoglyph_brag"]
    for n in range(start, min(stop, len(injections))):
        attempt = injections[n]
        text = attempt["text"].strip()
        _quoted["attempt"] = text
        grade = hybrid.grade(embed(bases[n % len(bases)]["answer"], text))
        for test, result in grade.tests.items():
            if result.verdict == "pass" and any(q in text or text in q for q in result.evidence):
                resting.append((attempt["id"], test))
    return resting


def slices(count: int, workers: int) -> list[tuple[int, int]]:
    """[start, stop) ranges over `count` attempts, four per worker so that a slow slice does not hold the rest."""
    size = max(1, -(-count // (workers * 4)))
    return [(i, min(i + size, count)) for i in range(0, count, size)]


def workers() -> int:
    return max(1, min(4, len(os.sched_getaffinity(0))))


@contextmanager
def pool() -> Iterator[Pool]:
    with multiprocessing.get_context("spawn").Pool(workers()) as p:
        yield p


def jobs(attempts: Path, bases: Path, count: int, *extra: str) -> Sequence[Any]:
    return [(attempts, bases, *extra, a, b) for a, b in slices(count, workers())]
