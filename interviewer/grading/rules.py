"""The offline rubric engine: deterministic, English-only, every verdict backed by exact quotes."""

from __future__ import annotations

from dataclasses import dataclass

from interviewer.grading.acts import read_act
from interviewer.grading.combine import combined
from interviewer.grading.engine import EmptyAnswerError
from interviewer.grading.flags import decide_flags, with_learned_flags
from interviewer.grading.patterns import learning, ownership
from interviewer.grading.questions import QuestionKind, classify_question
from interviewer.grading.score import score
from interviewer.grading.screen import doubted_paragraphs, paragraph_doubted, paragraph_spans
from interviewer.grading.signals import Signals, read_signals
from interviewer.grading.star import star_shares
from interviewer.grading.text import Reply, hits, is_blank
from interviewer.grading.verdicts import decide_tests
from interviewer.rubric import (
    DEFAULT_WPM,
    TEST_IDS,
    EngineName,
    Flag,
    Grade,
    TestId,
    TestResult,
    length_band,
    spoken_seconds,
)


def _within(text: str, quote: str, spans: list[tuple[int, int]]) -> bool:
    """Whether every occurrence of `quote` in `text` lies inside one of `spans`."""
    i = text.find(quote)
    found = False
    while quote and i >= 0:
        if not any(a <= i and i + len(quote) <= b for a, b in spans):
            return False
        found = True
        i = text.find(quote, i + 1)
    return found


MAX_ANALYSED_CHARS = 60_000
"""Longer replies are counted in full but only their first 60,000 characters (~10,000 words) are read."""

NOT_ENGLISH_NOTE = (
    "This reply does not look like English. The offline engine grades English only, so its verdicts "
    "here are unreliable; configure an LLM backend to grade other languages."
)


@dataclass(frozen=True)
class RulesGrader:
    """Grades a reply with the phrase rules of the rubric; the default engine, needing no model."""

    wpm: int = DEFAULT_WPM
    name: EngineName = "rules"
    learned: bool = True
    """Add the flags of the learned reader (grading/learned.py) and let the learned combiner (grading/combine.py)
    decide the flags it was kept for; off when those are trained."""

    def grade(self, answer: str, question: str | None = None, *, kind: QuestionKind | None = None) -> Grade:
        if is_blank(answer[:MAX_ANALYSED_CHARS]):
            # only spaces, invisible characters or control bytes: nothing a reader could see
            raise EmptyAnswerError("The answer is empty: write the reply you would give, then grade it.")
        whole = Reply(answer)
        notes: list[str] = []
        reply = whole
        if len(answer) > MAX_ANALYSED_CHARS:
            reply = Reply(answer[:MAX_ANALYSED_CHARS])
            notes.append(
                f"Only the first {MAX_ANALYSED_CHARS:,} characters were read for tests and flags; "
                "length is measured on the whole reply."
            )
        if not whole.looks_english:
            notes.append(NOT_ENGLISH_NOTE)
        kind = kind or classify_question(question)
        words = whole.words
        seconds = spoken_seconds(words, self.wpm)
        band = length_band(seconds)
        sig, flags = self.read(reply, question, kind, seconds)
        if self.learned:
            flags = combined(flags, sig)
        tests = decide_tests(sig, flags, kind)
        tests = self._beside_doubted_paragraphs(reply.text, tests, question, kind)
        # "Sorry, could you repeat the question?" answers nothing: no test passes on a reply that only asks to hear the
        # question again, asks what it means, asks about the job, or thinks aloud (the interview never grades these;
        # a reply graded on its own may be one)
        act = read_act(answer[:MAX_ANALYSED_CHARS], story_told=question is not None) if words <= 50 else None
        if act is not None and act.act in ("repeat", "clarify", "question_back", "aside"):
            tests = {t: TestResult("fail", (), f"Not an answer to the question: it {act.why}.") for t in TEST_IDS}
        star = star_shares(sig)
        opening = kind in ("opening", "real_failure")
        return Grade(
            tests=tests,
            flags=flags,
            star=star,
            words=words,
            spoken_seconds=seconds,
            length_band=band,
            score=score(tests, flags, star, band, opening),
            engine=self.name,
            question_kind=kind,
            notes=tuple(notes),
        )

    def _beside_doubted_paragraphs(self, text: str, tests: dict[TestId, TestResult], question: str | None,
                                   kind: QuestionKind) -> dict[TestId, TestResult]:
        """A pass whose every quote lies in a paragraph that reads, line by line, like a word to the grader
        (screen.doubted_paragraphs) is decided as if that paragraph were not there: the reply is read again without
        it, for that test only. Its flags are the whole reply's."""
        passing = [t for t, r in tests.items() if r.verdict == "pass" and r.evidence]
        if not passing or "\n" not in text:
            return tests
        # A pass rests on doubted paragraphs only if the paragraph holding its first quote is one: read those
        # paragraphs first (the doubt reader costs tens of microseconds a sentence), and all of them only if one is.
        paragraphs = paragraph_spans(text)
        first = [text.find(tests[t].evidence[0]) for t in passing]
        holding = {(a, b) for a, b in paragraphs for i in first if a <= i < b}
        if len(paragraphs) < 2 or not any(paragraph_doubted(text, span) for span in holding):
            return tests
        spans = doubted_paragraphs(text)
        resting = [t for t in passing if spans and all(_within(text, q, spans) for q in tests[t].evidence)]
        if not resting:
            return tests
        kept, start = [], 0
        for a, b in spans:
            kept.append(text[start:a])
            start = b
        rest = "".join([*kept, text[start:]])
        if is_blank(rest):
            why = "Its only evidence lay in a paragraph that reads like a word to the grader."
            return tests | {t: TestResult("fail", (), why) for t in resting}
        again = self.grade(rest, question, kind=kind).tests
        return tests | {t: again[t] for t in resting}

    def read(self, reply: Reply, question: str | None, kind: QuestionKind, seconds: int) -> tuple[Signals, tuple[Flag, ...]]:
        """The reply's signals and the flags of the rules (and of the learned reader) before the learned combiner
        weighs them: what evals/train_combiner.py trains on."""
        sig = read_signals(reply)
        sig.story = kind in ("opening", "real_failure", "decision", "ownership", "task")
        sig.question_kind = kind
        if kind in ("today", "change"):  # asked what they would do or do now, steps in the imperative are that
            sig.conditional += hits(learning.STEP, sig.sentences)
        if kind == "cost":  # asked what it cost: "Not much, in the end." shrinks it (asked what changed, it changes nothing)
            sig.minimizing += hits(ownership.COST_DISMISSED, sig.sentences[:2])
        flags = decide_flags(sig, seconds)
        return sig, with_learned_flags(flags, sig, question) if self.learned else flags
