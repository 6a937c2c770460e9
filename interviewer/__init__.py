"""A mock interviewer for the failure question, with a rubric grader that quotes its evidence."""

from interviewer.grading import EmptyAnswerError, Grader, RulesGrader
from interviewer.rubric import FLAG_IDS, TEST_IDS, Flag, Grade, TestResult

__all__ = ["FLAG_IDS", "TEST_IDS", "EmptyAnswerError", "Flag", "Grade", "Grader", "RulesGrader", "TestResult"]
