"""Eval suites: labelled datasets, metrics, and the runners that score the grader and the interviewer."""

from interviewer.evaluation.dataset import Case, load_cases
from interviewer.evaluation.metrics import GraderMetrics, score_grader

__all__ = ["Case", "GraderMetrics", "load_cases", "score_grader"]
