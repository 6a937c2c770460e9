"""The 0-100 score of one reply (the formula is documented in docs/scoring.md)."""

from __future__ import annotations

from typing import Final

from interviewer.rubric import TARGET_SHARES, Beat, BeatShare, Flag, LengthBand, TestId, TestResult

TEST_POINTS: Final[dict[TestId, int]] = {"honesty": 30, "learning": 30, "self_awareness": 20}
STRUCTURE_POINTS: Final = 10
LENGTH_POINTS: Final[dict[LengthBand, int]] = {"ideal": 10, "short": 6, "long": 6, "thin": 2, "too_long": 2}
FLAG_PENALTY: Final = 4
MAX_FLAG_PENALTY: Final = 20


def score(
    tests: dict[TestId, TestResult],
    flags: tuple[Flag, ...],
    star: dict[Beat, BeatShare],
    band: LengthBand,
    opening: bool,
) -> int:
    """Tests carry 80 points, STAR allocation 10, spoken length 10; each flag costs 4 (20 at most).

    A follow-up reply is scored on its tests alone, scaled to 100, because a short, focused reply
    to a probe is what a good candidate gives. `prompt_injection` costs nothing: it is reported and
    otherwise has no effect on the grade.
    """
    earned = sum(TEST_POINTS[t] for t, r in tests.items() if r.verdict == "pass")
    if opening:
        distance = sum(abs(star[b].share - TARGET_SHARES[b]) for b in TARGET_SHARES)
        earned += round(STRUCTURE_POINTS * max(0.0, 1.0 - distance)) + LENGTH_POINTS[band]
    else:
        earned = round(earned * 100 / sum(TEST_POINTS.values()))
    counted = [f for f in flags if f.id != "prompt_injection"]
    penalty = min(MAX_FLAG_PENALTY, FLAG_PENALTY * len(counted))
    return max(0, min(100, earned - penalty))
