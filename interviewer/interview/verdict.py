"""What the whole conversation shows: one verdict per test, used by the follow-up policy and the scorecard alike.

The story decides each test first. A later reply then changes it in two ways, whichever probe drew the reply:

- it **repairs** a failed test when it supplies the part that failed (the owned decision, the cost, a checkable
  change) with quotes, and repeats none of the red flags that failed it;
- it **undoes** a passed test when it fails that test with a red flag of its own (hedging on "what would you
  do today?", blame when asked for their part).

The latest reply that does either decides. Because the policy and the card read the same verdicts, the
interviewer never closes with a gap the card then reports as open, and never asks for a part already given.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from interviewer.rubric import TEST_IDS, FlagId, Grade, TestId, TestResult

# The flags that, raised in a reply, fail each test there (the grader's own reading, RUBRIC.md section 1).
UNDONE_BY: Final[dict[TestId, frozenset[FlagId]]] = {
    "honesty": frozenset({"blame_shifting", "defensive_language", "vague_ownership", "passive_voice"}),
    "learning": frozenset({"generic_lesson", "hedging"}),
    "self_awareness": frozenset({"hedging", "humble_brag", "too_small", "rescue_narrative"}),
}
# Which part of a story a failed self-awareness lacks, by the flag that failed it; no flag means the decision or
# the stakes are missing, which the grader's reason tells apart.
_SELF_AWARENESS_PART: Final[dict[FlagId, str]] = {
    "blame_shifting": "decision", "vague_ownership": "decision", "defensive_language": "decision",
    "generic_lesson": "change", "hedging": "change", "rescue_narrative": "cost",
    "humble_brag": "real_failure", "too_small": "real_failure", "oversharing": "delivery",
}
_HONESTY_FLAGS: Final = frozenset({"blame_shifting", "defensive_language", "vague_ownership", "passive_voice", "humble_brag",
                                   "minimizing"})


@dataclass(frozen=True, slots=True)
class TestVerdict:
    """One test over the conversation: the result shown, which reply decided it, and how."""

    result: TestResult
    reply: int
    """Index (0-based) of the reply that decided it, among the graded replies."""
    change: str = ""
    """`repaired` or `undone` when a reply after the story decided it, else empty."""

    @property
    def verdict(self) -> str:
        return self.result.verdict


def _flagged(grade: Grade, ids: frozenset[FlagId]) -> FlagId | None:
    return next((f.id for f in grade.flags if f.id in ids), None)


def failed_part(test: TestId, result: TestResult, grade: Grade) -> str:
    """The part of the story a failed test lacks: decision, change, cost, real_failure or delivery."""
    if test == "honesty":
        return "real_failure" if "humble_brag" in grade.flag_ids and result.evidence == (
            next((f.evidence for f in grade.flags if f.id == "humble_brag"), None),) else "decision"
    if test == "learning":
        return "real_failure" if "humble_brag" in grade.flag_ids and not grade.tests["honesty"].evidence else "change"
    for f in grade.flags:
        if f.evidence in result.evidence and f.id in _SELF_AWARENESS_PART:
            return _SELF_AWARENESS_PART[f.id]
    return "cost" if "consequence" in result.reason or "stakes" in result.reason else "decision"


def supplies(grade: Grade, part: str) -> tuple[str, ...]:
    """The quotes with which a later reply supplies a missing part, or () when it does not."""
    if part == "decision":
        honesty = grade.tests["honesty"]
        if honesty.verdict == "pass" and honesty.evidence and not grade.flag_ids & _HONESTY_FLAGS:
            return honesty.evidence
    elif part == "change":
        learning = grade.tests["learning"]
        if learning.verdict == "pass" and learning.evidence and not grade.flag_ids & UNDONE_BY["learning"]:
            return learning.evidence
    elif part == "cost":
        aware = grade.tests["self_awareness"]
        if aware.applicable and aware.verdict == "pass" and aware.evidence and not grade.flag_ids & UNDONE_BY["self_awareness"]:
            return aware.evidence
    return ()


def conversation_tests(grades: Sequence[Grade], story: int) -> dict[TestId, TestVerdict]:
    """Each test's verdict over the graded replies, the story being `grades[story]`."""
    out: dict[TestId, TestVerdict] = {}
    base_grade = grades[story]
    for t in TEST_IDS:
        current = TestVerdict(base_grade.tests[t], story)
        part = failed_part(t, current.result, base_grade) if current.verdict == "fail" else ""
        for k in range(story + 1, len(grades)):
            g = grades[k]
            if current.verdict == "fail":
                quotes = supplies(g, part)
                if quotes:
                    reason = f"Supplied in reply {k + 1}: " + {
                        "decision": "the decision behind the failure, owned in the first person.",
                        "change": "a specific change someone could check.",
                        "cost": "what the failure itself cost, with real stakes.",
                    }[part]
                    current = TestVerdict(TestResult("pass", quotes, reason), k, "repaired")
            else:
                flag = _flagged(g, UNDONE_BY[t])
                result = g.tests[t]
                if flag and result.applicable and result.verdict == "fail":
                    current = TestVerdict(result, k, "undone")
                    part = failed_part(t, result, g)
        out[t] = current
    return out
