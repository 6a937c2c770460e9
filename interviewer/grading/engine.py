"""The one grading interface every engine implements (rules, LLM judge, hybrid)."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from interviewer.grading.questions import QuestionKind
from interviewer.rubric import EngineName, Grade


@runtime_checkable
class Grader(Protocol):
    """Scores one reply against the rubric; `question` is the question it answers (None: the opening).

    `kind` says which probe the question is when the caller knows it (the interviewer does), so a
    freely phrased question is never misread; without it the question text is classified.
    """

    @property
    def name(self) -> EngineName: ...

    def grade(self, answer: str, question: str | None = None, *, kind: QuestionKind | None = None) -> Grade: ...


class EmptyAnswerError(ValueError):
    """The reply has no words to grade."""
