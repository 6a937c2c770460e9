"""Drills: one weakness at a time, graded only on that target, retried until it passes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal, get_args

from interviewer.grading.questions import QuestionKind
from interviewer.rubric import FLAG_TITLES, FlagId, Grade, TestId

DrillTarget = Literal["ownership", "change", "hedging", "rescue", "length"]
DRILL_TARGETS: Final[tuple[DrillTarget, ...]] = get_args(DrillTarget)
DEFAULT_ATTEMPTS: Final = 3

DRILL_TITLES: Final[dict[DrillTarget, str]] = {
    "ownership": "Ownership: name your own decision, no excuses",
    "change": "Specific change: a habit someone could check",
    "hedging": "Commitment: say what you would do, without hedging",
    "rescue": "No rescue: let the failure stay a failure",
    "length": "Length: the whole story in 90 to 110 seconds",
}


@dataclass(frozen=True, slots=True)
class DrillSpec:
    """What a drill asks for and how its reply is judged."""

    kind: QuestionKind
    """The question kind the grader judges the reply as."""
    tests: tuple[TestId, ...]
    """Tests that must pass."""
    flags: tuple[FlagId, ...]
    """Flags that must be absent."""


SPECS: Final[dict[DrillTarget, DrillSpec]] = {
    "ownership": DrillSpec(
        "decision", ("honesty",), ("blame_shifting", "defensive_language", "passive_voice", "vague_ownership")
    ),
    "change": DrillSpec("change", ("learning",), ("generic_lesson", "hedging")),
    "hedging": DrillSpec("today", ("learning",), ("hedging",)),
    "rescue": DrillSpec("cost", ("self_awareness",), ("rescue_narrative",)),
    "length": DrillSpec("opening", (), ()),
}


@dataclass(frozen=True, slots=True)
class DrillCheck:
    """The verdict on one drill attempt, with what decided it."""

    passed: bool
    summary: str
    """One line for the progress table: what this attempt showed."""
    problems: tuple[str, ...] = ()
    """What to fix, each with the quote that showed it."""


def check(target: DrillTarget, grade: Grade) -> DrillCheck:
    """Judge a drill reply on its target alone; everything else the grade says is ignored here."""
    if target == "length":
        seconds, band = grade.spoken_seconds, grade.length_band
        if band == "ideal":
            return DrillCheck(True, f"{seconds} s spoken: in the 90-110 s band")
        advice = "add the decision and what you changed" if seconds < 90 else "cut the setup and keep the action"
        return DrillCheck(False, f"{seconds} s spoken ({band})", (f"{seconds} s is outside 90-110 s: {advice}.",))
    spec = SPECS[target]
    problems: list[str] = []
    for t in spec.tests:
        result = grade.tests[t]
        if result.verdict == "fail":
            problems.append(result.reason or f"The {t} test did not pass.")
    for f in grade.flags:
        if f.id in spec.flags:
            problems.append(f'{FLAG_TITLES[f.id]}: "{f.evidence}"')
    if problems:
        labels = [f"{t.replace('_', '-')} not shown" for t in spec.tests if grade.tests[t].verdict == "fail"]
        labels += [FLAG_TITLES[f.id].split(":")[0].lower() for f in grade.flags if f.id in spec.flags]
        return DrillCheck(False, "; ".join(labels), tuple(problems))
    quotes = [q for t in spec.tests for q in grade.tests[t].evidence]
    shown = f' ("{quotes[0]}")' if quotes else ""
    return DrillCheck(True, f"passed{shown}")
