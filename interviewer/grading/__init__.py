"""Grading replies against the rubric: the shared interface and the offline rules engine."""

from interviewer.grading.engine import EmptyAnswerError, Grader
from interviewer.grading.questions import QUESTION_KINDS, QuestionKind, classify_question
from interviewer.grading.rules import RulesGrader

__all__ = [
    "QUESTION_KINDS",
    "EmptyAnswerError",
    "Grader",
    "QuestionKind",
    "RulesGrader",
    "classify_question",
]
