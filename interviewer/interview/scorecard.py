"""The closing scorecard over the whole conversation: a later reply can repair a gap the story left."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from interviewer.grading.score import score
from interviewer.interview.card import DrillAttempt, DrillCard, FlagLine, MockCard, StarLine, TestLine, Tokens
from interviewer.interview.coaching import coaching_actions, outline
from interviewer.interview.drills import DRILL_TITLES, DrillTarget
from interviewer.interview.probes import Reply, story_index
from interviewer.interview.state import Turn
from interviewer.interview.verdict import conversation_tests
from interviewer.rubric import BEATS, TARGET_SHARES, TEST_IDS, Flag, FlagId, Grade, TestId, TestResult

# Sentences a stronger version would drop, so the outline never rebuilds the story around them.
_KEEP_OUT_OF_OUTLINE: Final[frozenset[FlagId]] = frozenset({
    "rescue_narrative", "blame_shifting", "defensive_language", "negative_about_others", "minimizing",
    "dramatic_language", "confidential_details", "oversharing", "humble_brag", "generic_lesson", "hedging",
})


def graded_replies(turns: Sequence[Turn]) -> list[tuple[int, Reply]]:
    """Every graded candidate reply with its index in the transcript."""
    return [(i, Reply(t["text"], Grade.from_dict(t["grade"]))) for i, t in enumerate(turns) if "grade" in t]


def _tests(replies: Sequence[tuple[int, Reply]], story: int) -> tuple[dict[TestId, TestResult], dict[TestId, TestLine]]:
    """Each test's verdict over the conversation (verdict.py, the same reading the follow-up policy uses)."""
    verdicts = conversation_tests([r.grade for _, r in replies], story)
    results: dict[TestId, TestResult] = {}
    shown: dict[TestId, TestLine] = {}
    for t in TEST_IDS:
        v = verdicts[t]
        results[t] = v.result
        note = ""
        if v.change == "repaired":
            note = f"Failed in your story, repaired by your reply {v.reply + 1}."
        elif v.change == "undone":
            note = f"Passed in your story, undone by your reply {v.reply + 1}."
        r = v.result
        shown[t] = TestLine(r.verdict, tuple(r.evidence), r.reason, v.reply + 1, replies[v.reply][0],
                            v.change == "repaired", note, r.applicable)
    return results, shown


def _flags(replies: Sequence[tuple[int, Reply]]) -> tuple[list[Flag], tuple[FlagLine, ...]]:
    flags: list[Flag] = []
    shown: list[FlagLine] = []
    seen: set[tuple[str, str]] = set()
    for n, (turn, reply) in enumerate(replies, 1):
        for f in reply.grade.flags:
            if (f.id, f.evidence) not in seen:
                seen.add((f.id, f.evidence))
                flags.append(f)
                shown.append(FlagLine(f.id, f.evidence, n, turn))
    return flags, tuple(shown)


def token_totals(turns: Sequence[Turn]) -> Tokens:
    """Tokens per turn and for the whole interview (all zero offline)."""
    per_turn = tuple(t.get("tokens", {}).get("prompt", 0) + t.get("tokens", {}).get("completion", 0) for t in turns)
    prompt = sum(t.get("tokens", {}).get("prompt", 0) for t in turns)
    completion = sum(t.get("tokens", {}).get("completion", 0) for t in turns)
    calls = sum(t.get("tokens", {}).get("calls", 0) for t in turns)
    return Tokens(prompt, completion, prompt + completion, calls, per_turn)


def mock_scorecard(turns: Sequence[Turn], asked: Sequence[str], role: str | None) -> MockCard:
    """The scorecard of a mock interview; an interview with no graded reply gets one that says so."""
    replies = graded_replies(turns)
    head = {"role": role, "replies": len(replies), "followups": len(asked), "probes": tuple(asked),
            "tokens": token_totals(turns)}
    if not replies:
        return MockCard(**head, complete=False,  # type: ignore[arg-type]
                        message="No reply was graded, so there is nothing to score yet.")
    story = story_index([r for _, r in replies])
    story_grade = replies[story][1].grade
    tests, tests_shown = _tests(replies, story)
    flags, flags_shown = _flags(replies)
    counted = tuple(f for f in flags if f.id != "prompt_injection")
    overall = score(tests, counted, story_grade.star, story_grade.length_band, opening=True)
    later = [(r.text, r.grade) for _, r in replies[story + 1:]]
    avoid = [f.evidence for f in flags if f.id in _KEEP_OUT_OF_OUTLINE]
    return MockCard(
        **head,  # type: ignore[arg-type]
        complete=True,
        story_reply=story + 1,
        tests=tests_shown,
        flags=flags_shown,
        star={b: StarLine(story_grade.star[b].present, story_grade.star[b].share, TARGET_SHARES[b]) for b in BEATS},
        words=story_grade.words,
        spoken_seconds=story_grade.spoken_seconds,
        length_band=story_grade.length_band,
        score=overall,
        coaching=tuple(coaching_actions(tests, flags, story_grade)),
        outline=tuple(outline(replies[story][1].text, later, tests, avoid)),
    )


def drill_scorecard(target: DrillTarget, attempts: Sequence[DrillAttempt], turns: Sequence[Turn]) -> DrillCard:
    """Progress over a drill's attempts."""
    passed = bool(attempts) and attempts[-1].passed
    return DrillCard(target, DRILL_TITLES[target], passed, tuple(attempts), bool(attempts), token_totals(turns))
