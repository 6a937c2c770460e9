"""The sample answers of the source documents grade clean: they are read from ../shared/seeds/ at test time and
never copied into the project (issue 11)."""

from __future__ import annotations

import pytest

from interviewer.evaluation.dataset import Case
from interviewer.evaluation.seeds import SEEDS, seed_cases
from interviewer.grading import RulesGrader

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="the steering repository's shared/seeds/ is not beside this checkout")


def test_all_thirteen_sample_answers_are_found() -> None:
    cases = seed_cases()
    assert len(cases) == 13
    assert all(len(c.answer.split()) >= 80 for c in cases)


@pytest.mark.parametrize("case", seed_cases() if SEEDS.is_dir() else [], ids=lambda c: f"{c.id} {c.role}")
def test_every_sample_answer_grades_clean(case: Case) -> None:
    grade = RulesGrader().grade(case.answer)
    failed = {t: r.reason for t, r in grade.tests.items() if r.verdict != "pass"}
    assert not failed and not grade.flags, (failed, [(f.id, f.evidence) for f in grade.flags])
