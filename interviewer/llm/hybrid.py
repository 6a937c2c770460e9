"""The hybrid grader: the rules engine for lexical flags, the LLM judge for the tests, disagreements shown."""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace
from typing import Final, TypeVar

from interviewer.grading import RulesGrader
from interviewer.grading.questions import QuestionKind, classify_question
from interviewer.grading.score import score
from interviewer.interview.context import ModelLog
from interviewer.llm import outbox
from interviewer.llm.client import ModelUnavailable
from interviewer.llm.judge import LLMJudge
from interviewer.rubric import TEST_IDS, EngineName, Flag, FlagId, Grade, TestId, TestResult

LEXICAL_FLAGS: Final[frozenset[FlagId]] = frozenset({
    "passive_voice", "hedging", "dramatic_language", "defensive_language", "generic_lesson", "minimizing",
    "prompt_injection", "oversharing",
})
"""Flags a phrase shows: the engine decides them (and `prompt_injection` is never left to a model)."""
JUDGED_FLAGS: Final[frozenset[FlagId]] = frozenset({
    "humble_brag", "blame_shifting", "vague_ownership", "rescue_narrative", "too_small", "confidential_details",
    "negative_about_others",
})
"""Flags that need reading the whole story: the judge decides them."""
T = TypeVar("T")


def _ask_in_background(call: Callable[[], T]) -> Future[T]:
    """Run the model call `call` on its own thread, in a copy of this context (the eval cache's repeat index lives
    there). Its request counts as pending in the outbox from now on, so heavy work can let it go out first."""
    future: Future[T] = Future()
    context = contextvars.copy_context()
    release = outbox.expect()

    def send() -> T:
        with outbox.sending(release):
            return call()

    def run() -> None:
        try:
            future.set_result(context.run(send))
        except BaseException as e:  # handed to the caller, who re-raises it from .result()
            future.set_exception(e)

    threading.Thread(target=run, name="llm-judge", daemon=True).start()
    return future


class HybridGrader:
    """Grades with both engines and combines them by the policy in docs/scoring.md ("Hybrid")."""

    name: EngineName = "hybrid"

    def __init__(self, rules: RulesGrader, judge: LLMJudge, log: ModelLog | None = None) -> None:
        self.rules, self.judge, self.log = rules, judge, log or ModelLog()

    def grade(self, answer: str, question: str | None = None, *, kind: QuestionKind | None = None) -> Grade:
        kind = kind or classify_question(question)
        # The judge's request goes out first; the engine reads the reply while the model answers.
        asked = _ask_in_background(lambda: self.judge.judge(answer, question, kind))
        outbox.wait_until_sent(timeout=0.5)
        base = self.rules.grade(answer, question, kind=kind)
        try:
            j = asked.result()
        except ModelUnavailable as e:
            self.log.record(e.prompt_tokens, e.completion_tokens)
            note = f"The LLM judge was unavailable ({e}) This grade is the offline engine's."
            return replace(base, notes=(*base.notes, note))
        self.log.record(j.usage.prompt_tokens, j.usage.completion_tokens)
        disagreements: list[str] = []
        tests: dict[TestId, TestResult] = {}
        for t in TEST_IDS:
            mine, theirs = base.tests[t], j.tests[t]
            if theirs is None:
                tests[t] = mine
                disagreements.append(f"{t}: the judge passed it without an exact quote, so the engine's {mine.verdict} stands")
                continue
            tests[t] = replace(theirs, applicable=mine.applicable)
            if theirs.verdict != mine.verdict:
                disagreements.append(f"{t}: judge {theirs.verdict}, engine {mine.verdict}; the judge's verdict is used")
        flags = [f for f in base.flags if f.id in LEXICAL_FLAGS]
        flags += [f for f in j.flags if f.id in JUDGED_FLAGS]
        judged_ids = {f.id for f in j.flags}
        for f in base.flags:
            if f.id in JUDGED_FLAGS and f.id not in judged_ids:
                disagreements.append(f"{f.id}: the engine saw it (\"{f.evidence}\"), the judge did not; the judge's call is used")
        for f in j.flags:
            if f.id in JUDGED_FLAGS and f.id not in base.flag_ids:
                disagreements.append(f"{f.id}: the judge saw it, the engine did not")
        notes = list(base.notes)
        if j.clipped:
            notes.append("The reply was clipped to fit the judge's token budget; the engine read all of it.")
        if j.dropped_quotes:
            notes.append(f"{j.dropped_quotes} quote(s) from the judge were not exact words of the reply and were dropped.")
        counted = tuple(f for f in flags if f.id != "prompt_injection")
        opening = base.question_kind in ("opening", "real_failure")
        return replace(
            base, tests=tests, flags=tuple(_ordered(flags)), engine="hybrid", notes=tuple(notes),
            score=score(tests, counted, base.star, base.length_band, opening), disagreements=tuple(disagreements),
        )


def _ordered(flags: list[Flag]) -> list[Flag]:
    seen: set[tuple[str, str]] = set()
    out = []
    for f in flags:
        if (f.id, f.evidence) not in seen:
            seen.add((f.id, f.evidence))
            out.append(f)
    return out
