"""The three tests: pass and fail on opening answers, and judged in a follow-up question's context."""

from __future__ import annotations

from interviewer.grading import RulesGrader, classify_question
from tests.test_flags import CHANGE, OWNED, POSITIVE

GRADER = RulesGrader()
TODAY = "If that exact situation came up today, what would you do?"
NOW = "What do you do differently now, specifically?"
DECISION = "What was the decision you made that led to this?"


def verdicts(answer: str, question: str | None = None) -> dict[str, str]:
    return {t: r.verdict for t, r in GRADER.grade(answer, question).tests.items()}


def test_strong_answer_passes_every_test_with_quotes() -> None:
    grade = GRADER.grade(OWNED + CHANGE)
    assert all(r.verdict == "pass" for r in grade.tests.values())
    for result in grade.tests.values():
        assert result.evidence and all(q in OWNED + CHANGE for q in result.evidence)


def test_blame_fails_honesty() -> None:
    assert verdicts(POSITIVE["blame_shifting"])["honesty"] == "fail"


def test_generic_lesson_fails_learning_and_self_awareness() -> None:
    v = verdicts(POSITIVE["generic_lesson"])
    assert v == {"honesty": "pass", "learning": "fail", "self_awareness": "fail"}


def test_story_that_ends_at_the_outcome_fails_learning() -> None:
    assert verdicts(OWNED)["learning"] == "fail"


def test_team_only_change_fails_learning() -> None:
    answer = OWNED + "Afterwards a parallel-run checklist was put in place for every cutover."
    assert verdicts(answer)["learning"] == "fail"


def test_humble_brag_fails_honesty_and_self_awareness() -> None:
    v = verdicts(POSITIVE["humble_brag"])
    assert v["honesty"] == "fail" and v["self_awareness"] == "fail"


def test_rescue_fails_self_awareness_only() -> None:
    assert verdicts(POSITIVE["rescue_narrative"]) == {"honesty": "pass", "learning": "pass", "self_awareness": "fail"}


def test_follow_up_today_commitment_passes_without_a_star_story() -> None:
    reply = "I'd push back on the date that same day and ask the whole team for an estimate before I commit to anything."
    grade = GRADER.grade(reply, TODAY)
    assert grade.question_kind == "today"
    assert all(r.verdict == "pass" for r in grade.tests.values())
    assert grade.score >= 90  # a short, focused reply is not marked down for length or STAR


def test_follow_up_hedge_fails_learning_and_self_awareness() -> None:
    v = verdicts("Hard to say really. I guess I might maybe have asked a few more questions.", TODAY)
    assert v["learning"] == "fail" and v["self_awareness"] == "fail"


def test_follow_up_platitude_fails_learning() -> None:
    assert verdicts("Honestly I'd just communicate better with everyone.", NOW)["learning"] == "fail"


def test_follow_up_decision_probe_judges_ownership() -> None:
    assert verdicts("I chose to ship without the second review because I trusted my own test run.", DECISION)[
        "honesty"] == "pass"
    assert verdicts("Well, the vendor never told us the API had changed, so it was on them.", DECISION)[
        "honesty"] == "fail"


def test_follow_up_untargeted_test_passes_unless_the_reply_shows_a_failure() -> None:
    grade = GRADER.grade("I chose to ship without the second review.", DECISION)
    assert grade.tests["learning"].verdict == "pass"
    assert grade.tests["learning"].applicable is False


def test_question_classification_covers_every_probe() -> None:
    assert classify_question(None) == "opening"
    assert classify_question("Tell me about a time you failed.") == "opening"
    assert classify_question(DECISION) == "decision"
    assert classify_question("What exactly were you responsible for?") == "task"
    assert classify_question("What did you do once you realised it had gone wrong? Who did you tell?") == "aftermath"
    assert classify_question(NOW) == "change"
    assert classify_question(TODAY) == "today"
    assert classify_question("That sounds like a strength. Tell me about a time you were clearly wrong.") == "real_failure"
    assert classify_question("Setting the others aside, what was your part in it?") == "ownership"
    assert classify_question("Before the turnaround: what did the failure itself cost, and what did you change?") == "cost"
