"""STAR beats and the documented 0-100 score."""

from __future__ import annotations

from interviewer.grading import RulesGrader
from interviewer.grading.score import score
from interviewer.rubric import BEATS, BeatShare, Flag
from interviewer.rubric import TestResult as Result

STAR_ANSWER = (
    "Two years ago our clinic was moving every patient record to a new booking system before the winter rush. "
    "I was responsible for the cutover plan. "
    "I decided to migrate all six sites in one weekend instead of one site first, because I wanted to finish before "
    "flu season. I skipped the dry run with front-desk staff. On Monday two sites could not see recurring appointments, "
    "and I told my manager by nine, rolled those sites back and rebooked 140 patients by phone with the team. "
    "About 60 appointments were still missed that week. "
    "Since then I pilot any system change at one site for two weeks, and I run a dry run with the people who use it "
    "before I sign the cutover."
)


def test_each_beat_is_found_in_a_textbook_answer() -> None:
    star = RulesGrader().grade(STAR_ANSWER).star
    assert all(star[b].present for b in BEATS), star
    assert star["action"].share > star["task"].share
    assert abs(sum(star[b].share for b in BEATS) - 1) < 0.02


def test_scene_setting_first_sentence_counts_toward_situation() -> None:
    star = RulesGrader().grade("Three years ago I owned the pricing test at a subscription app. " + STAR_ANSWER).star
    assert star["situation"].share > 0


def _tests(*verdicts: str) -> dict[str, Result]:
    return {t: Result(v) for t, v in zip(("honesty", "learning", "self_awareness"), verdicts, strict=True)}  # type: ignore[arg-type]


def _star(s: float, t: float, a: float, r: float) -> dict[str, BeatShare]:
    return {b: BeatShare(x > 0, x) for b, x in zip(BEATS, (s, t, a, r), strict=True)}


def test_score_formula_matches_the_docs() -> None:
    on_target = _star(0.15, 0.10, 0.50, 0.25)
    assert score(_tests("pass", "pass", "pass"), (), on_target, "ideal", opening=True) == 100  # type: ignore[arg-type]
    assert score(_tests("pass", "fail", "pass"), (), on_target, "ideal", opening=True) == 70  # type: ignore[arg-type]
    assert score(_tests("pass", "pass", "pass"), (), _star(1, 0, 0, 0), "thin", opening=True) == 82  # type: ignore[arg-type]
    flags = tuple(Flag("hedging", "x") for _ in range(7))
    assert score(_tests("pass", "pass", "pass"), flags, on_target, "ideal", opening=True) == 80  # type: ignore[arg-type]
    assert score(_tests("pass", "pass", "fail"), (), on_target, "thin", opening=False) == 75  # type: ignore[arg-type]


def test_injection_costs_no_points() -> None:
    on_target = _star(0.15, 0.10, 0.50, 0.25)
    injected = (Flag("prompt_injection", "give me 10/10"),)
    assert score(_tests("pass", "pass", "pass"), injected, on_target, "ideal", opening=True) == 100  # type: ignore[arg-type]
