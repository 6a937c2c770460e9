"""The hybrid grader: the rules engine for lexical flags, the LLM judge for the tests, disagreements shown."""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace
from typing import Final, TypeVar

from interviewer.grading import RulesGrader, learned
from interviewer.grading.questions import QuestionKind, classify_question
from interviewer.grading.score import score
from interviewer.grading.screen import injected_sentences, speaks_of_grading
from interviewer.grading.text import Reply
from interviewer.interview.context import ModelLog
from interviewer.llm import outbox
from interviewer.llm.client import ModelUnavailable
from interviewer.llm.judge import Judgement, LLMJudge
from interviewer.rubric import OVERSHARING_SECONDS, TEST_IDS, EngineName, Flag, FlagId, Grade, TestId, TestResult

LEXICAL_FLAGS: Final[frozenset[FlagId]] = frozenset({
    "passive_voice", "hedging", "dramatic_language", "defensive_language", "generic_lesson", "minimizing",
    "prompt_injection", "oversharing",
})
"""Flags a phrase shows: the engine finds them (and `prompt_injection` is never left to a model). A checklist judge
confirms or rejects each one the engine proposes."""
JUDGED_FLAGS: Final[frozenset[FlagId]] = frozenset({
    "humble_brag", "blame_shifting", "vague_ownership", "rescue_narrative", "too_small", "confidential_details",
    "negative_about_others",
})
"""Flags that need reading the whole story: the judge decides them."""
T = TypeVar("T")


def _ask_in_background(call: Callable[[], T]) -> tuple[Future[T], outbox.Release]:
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
    return future, release


class Screen:
    """Where the sentences the rules set aside as injection lie in a reply: no verdict may rest on their words."""

    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.spans = [(i, i + len(s)) for s in set(injected_sentences(answer)) for i in _occurrences(answer, s)]
        # each quote is read once per grade: a judge often quotes one sentence for several tests, and the engine's
        # evidence is read again beside it (the readers cost about a millisecond a sentence)
        self._usable: dict[str, bool] = {}
        self._supports: dict[str, bool] = {}

    def usable(self, quote: str) -> bool:
        """True unless every occurrence of `quote` in the reply overlaps an injected sentence, or the quote itself
        speaks of grading or is not English: an injection the screen missed is still no evidence, and nor are words
        the engine cannot read back (the rubric's tests are of an English reply; an aside in another script may say
        anything). What it refuses backs no verdict and no flag."""
        found = self._usable.get(quote)
        if found is None:
            found = self._usable[quote] = self._read_usable(quote)
        return found

    def _read_usable(self, quote: str) -> bool:
        if speaks_of_grading(quote) or not _english(quote):
            return False
        starts = _occurrences(self.answer, quote) if self.spans else []
        return not starts or any(all(i + len(quote) <= a or b <= i for a, b in self.spans) for i in starts)

    def supports(self, quote: str) -> bool:
        """Whether `quote` may back a pass: usable, and no sentence of it reads like a word to the grader
        (learned.injection_doubted). A doubt is a suspicion at the level 1% of dev story sentences reach, so it
        takes a quote away only from a pass, the one thing a steer is after; a fail or a flag on a doubted sentence
        stands (a blunt blame sentence may read like an attempt that argues about blame)."""
        found = self._supports.get(quote)
        if found is None:
            found = self._supports[quote] = self.usable(quote) and not any(
                learned.injection_doubted(s.low) for s in Reply(quote).sentences)
        return found


def _english(quote: str) -> bool:
    """Mostly Latin letters, and, from six words on, English by the engine's own test (Reply.looks_english): a
    non-native speaker's English passes, a sentence in Chinese, Hindi or French does not."""
    letters = [c for c in quote if c.isalpha()]
    if letters and sum(c.isascii() for c in letters) < len(letters) / 2:
        return False
    reply = Reply(quote)
    return reply.words < 6 or reply.looks_english


def _occurrences(text: str, part: str) -> list[int]:
    found, i = [], text.find(part)
    while part and i >= 0:
        found.append(i)
        i = text.find(part, i + 1)
    return found


def proposals(base: Grade) -> tuple[Flag, ...]:
    """The engine's lexical flags a checklist judge confirms or rejects: not `prompt_injection` (the rules' alone),
    nor `oversharing` of a reply past three minutes (a measurement)."""
    measured = base.spoken_seconds > OVERSHARING_SECONDS
    return tuple(f for f in base.flags if f.id in LEXICAL_FLAGS and f.id != "prompt_injection"
                 and not (f.id == "oversharing" and measured))


def _screened_engine(base: Grade, screen: Screen) -> tuple[dict[TestId, TestResult], list[Flag]]:
    """The engine's tests and flags with every quote from an injected sentence removed (its own flag excepted)."""
    tests: dict[TestId, TestResult] = {}
    for t, r in base.tests.items():
        kept = tuple(q for q in r.evidence if (screen.supports if r.verdict == "pass" else screen.usable)(q))
        if r.verdict == "pass" and r.evidence and not kept:
            r = replace(r, verdict="fail", reason="Its only evidence lay in sentences set aside as injection.")
        tests[t] = replace(r, evidence=kept)
    flags = [f for f in base.flags if f.id == "prompt_injection" or screen.usable(f.evidence)]
    return tests, flags


class HybridGrader:
    """Grades with both engines and combines them by the policy in docs/scoring.md ("Hybrid")."""

    name: EngineName = "hybrid"

    def __init__(self, rules: RulesGrader, judge: LLMJudge, log: ModelLog | None = None) -> None:
        self.rules, self.judge, self.log = rules, judge, log or ModelLog()

    def grade(self, answer: str, question: str | None = None, *, kind: QuestionKind | None = None) -> Grade:
        kind = kind or classify_question(question)
        q: QuestionKind = kind
        proposed: tuple[Flag, ...] = ()
        if self.judge.reviews_flags:  # the request lists the engine's proposals, so the engine reads first (~5 ms)
            base = self.rules.grade(answer, question, kind=q)
            proposed = proposals(base)
            asked, release = _ask_in_background(lambda: self.judge.judge(answer, question, q, proposed))
            outbox.wait_for(release, timeout=0.5)
        else:  # the judge's request goes out first; the engine reads the reply while the model answers
            asked, release = _ask_in_background(lambda: self.judge.judge(answer, question, q))
            outbox.wait_for(release, timeout=0.5)  # its request goes out before the engine holds the interpreter
            base = self.rules.grade(answer, question, kind=q)
        screen = Screen(answer)  # while the model answers
        mine, engine_flags = _screened_engine(base, screen)
        opening = base.question_kind in ("opening", "real_failure")
        try:
            j = asked.result()
        except ModelUnavailable as e:
            self.log.record(e.prompt_tokens, e.completion_tokens)
            note = () if e.quiet else (f"The LLM judge was unavailable ({e}) This grade is the offline engine's.",)
            counted = tuple(f for f in engine_flags if f.id != "prompt_injection")
            return replace(base, tests=mine, flags=tuple(engine_flags), notes=(*base.notes, *note),
                           score=score(mine, counted, base.star, base.length_band, opening))
        self.log.record(j.usage.prompt_tokens, j.usage.completion_tokens)
        tests, disagreements = _combine_tests(mine, j, screen)
        flags, flag_lines = _combine_flags(engine_flags, proposed, j, screen)
        disagreements += flag_lines
        notes = list(base.notes)
        if j.clipped:
            notes.append("The reply was clipped to fit the judge's token budget; the engine read all of it.")
        if j.dropped_quotes:
            notes.append(f"{j.dropped_quotes} quote(s) from the judge were not exact words of the reply and were dropped.")
        counted = tuple(f for f in flags if f.id != "prompt_injection")
        return replace(
            base, tests=tests, flags=tuple(_ordered(flags)), engine="hybrid", notes=tuple(notes),
            score=score(tests, counted, base.star, base.length_band, opening), disagreements=tuple(disagreements),
        )


def _combine_tests(mine: dict[TestId, TestResult], j: Judgement, screen: Screen) -> tuple[dict[TestId, TestResult], list[str]]:
    """The judge's verdicts, except where one rests on no exact quote or only on injected sentences."""
    theirs = j.screened(screen.usable, screen.supports)
    tests: dict[TestId, TestResult] = {}
    lines: list[str] = []
    for t in TEST_IDS:
        ours, their = mine[t], theirs[t]
        if their is None:
            tests[t] = ours
            why = ("the judge's evidence lay only in sentences set aside as injection" if j.tests[t] is not None
                   else "the judge passed it without an exact quote")
            lines.append(f"{t}: {why}, so the engine's {ours.verdict} stands")
            continue
        tests[t] = replace(their, applicable=ours.applicable)
        if their.verdict != ours.verdict:
            lines.append(f"{t}: judge {their.verdict}, engine {ours.verdict}; the judge's verdict is used")
    return tests, lines


def _combine_flags(engine: list[Flag], proposed: tuple[Flag, ...], j: Judgement,
                   screen: Screen) -> tuple[list[Flag], list[str]]:
    """Lexical flags from the engine (each one proposed to a checklist judge kept unless it rejects it), judged flags
    from the judge."""
    lines: list[str] = []
    reviews = j.checklist.reviews if j.checklist is not None else {}
    flags: list[Flag] = []
    for f in engine:
        if f.id not in LEXICAL_FLAGS:
            continue
        if j.checklist is not None and f in proposed:
            review = reviews.get(f.id)
            if review is None:
                lines.append(f"{f.id}: the engine proposed it and the judge did not review it; the engine's flag stands")
            elif not review[0]:
                lines.append(f"{f.id}: the engine proposed it (\"{f.evidence}\"), the judge rejected it: {review[1]}")
                continue
        flags.append(f)
    judged = [f for f in j.flags if f.id in JUDGED_FLAGS and screen.usable(f.evidence)]
    flags += judged
    judged_ids = {f.id for f in judged}
    for f in engine:
        if f.id in JUDGED_FLAGS and f.id not in judged_ids:
            lines.append(f"{f.id}: the engine saw it (\"{f.evidence}\"), the judge did not; the judge's call is used")
    engine_ids = {f.id for f in engine}
    lines += [f"{f.id}: the judge saw it, the engine did not" for f in judged if f.id not in engine_ids]
    return flags, lines


def _ordered(flags: list[Flag]) -> list[Flag]:
    seen: set[tuple[str, str]] = set()
    out = []
    for f in flags:
        if (f.id, f.evidence) not in seen:
            seen.add((f.id, f.evidence))
            out.append(f)
    return out
