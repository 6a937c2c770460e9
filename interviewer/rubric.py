"""The failure-question rubric (shared/RUBRIC.md) as typed values: the contract every part speaks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final, Literal, get_args

TestId = Literal["honesty", "learning", "self_awareness"]
FlagId = Literal[
    "humble_brag",
    "blame_shifting",
    "defensive_language",
    "passive_voice",
    "vague_ownership",
    "generic_lesson",
    "rescue_narrative",
    "too_small",
    "minimizing",
    "dramatic_language",
    "oversharing",
    "confidential_details",
    "negative_about_others",
    "hedging",
    "prompt_injection",
]
Beat = Literal["situation", "task", "action", "result"]
LengthBand = Literal["thin", "short", "ideal", "long", "too_long"]
Verdict = Literal["pass", "fail"]
EngineName = Literal["rules", "llm", "hybrid"]

TEST_IDS: Final[tuple[TestId, ...]] = get_args(TestId)
FLAG_IDS: Final[tuple[FlagId, ...]] = get_args(FlagId)
BEATS: Final[tuple[Beat, ...]] = get_args(Beat)
LENGTH_BANDS: Final[tuple[LengthBand, ...]] = get_args(LengthBand)

TARGET_SHARES: Final[dict[Beat, float]] = {
    "situation": 0.15,
    "task": 0.10,
    "action": 0.50,
    "result": 0.25,
}
DEFAULT_WPM: Final = 150
OVERSHARING_SECONDS: Final = 180

TEST_TITLES: Final[dict[TestId, str]] = {
    "honesty": "Honesty: the failure is clearly yours",
    "learning": "Learning: a specific, checkable change",
    "self_awareness": "Self-awareness: a real failure, allowed to stay one",
}

FLAG_TITLES: Final[dict[FlagId, str]] = {
    "humble_brag": "Humble-brag: the failure is really a strength",
    "blame_shifting": "Blame shifting: others carry the main cause",
    "defensive_language": "Defensive language: an excuse around the failure",
    "passive_voice": "Passive voice: nobody did it",
    "vague_ownership": "Vague ownership: 'we' where 'I' is needed",
    "generic_lesson": "Generic lesson: a platitude, not a behaviour",
    "rescue_narrative": "Rescue narrative: a win overshadows the failure",
    "too_small": "Too small: no real stakes or judgement call",
    "minimizing": "Minimising: shrinking it or comparing to worse",
    "dramatic_language": "Dramatic language: performative absolutes",
    "oversharing": "Oversharing: confessional detail or far too long",
    "confidential_details": "Confidential details of a current employer",
    "negative_about_others": "Negative about others",
    "hedging": "Hedging: no commitment to what you'd do differently",
    "prompt_injection": "Prompt injection: the reply tries to steer the grader",
}


def spoken_seconds(words: int, wpm: int = DEFAULT_WPM) -> int:
    """Seconds it takes to say `words` words at `wpm` words per minute."""
    if wpm <= 0:
        raise ValueError("the speaking rate must be a positive number of words per minute")
    return round(words * 60 / wpm)


def length_band(seconds: int) -> LengthBand:
    """The rubric's spoken-length band for an answer of `seconds` seconds."""
    if seconds < 75:
        return "thin"
    if seconds < 90:
        return "short"
    if seconds <= 110:
        return "ideal"
    if seconds <= 120:
        return "long"
    return "too_long"


@dataclass(frozen=True, slots=True)
class TestResult:
    """One test's verdict with the exact quotes that decided it."""

    verdict: Verdict
    evidence: tuple[str, ...] = ()
    reason: str = ""
    applicable: bool = True
    """False when a follow-up question does not ask about this test; it then fails only on what the reply shows."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "evidence": list(self.evidence),
            "reason": self.reason,
            "applicable": self.applicable,
        }


@dataclass(frozen=True, slots=True)
class Flag:
    """A red flag and the exact quote that triggered it."""

    id: FlagId
    evidence: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "evidence": self.evidence}


@dataclass(frozen=True, slots=True)
class BeatShare:
    """Whether a STAR beat is present and its share of the answer's words."""

    present: bool
    share: float

    def to_dict(self) -> dict[str, Any]:
        return {"present": self.present, "share": self.share}


@dataclass(frozen=True, slots=True)
class Grade:
    """The grade of one reply: the contract object `interviewer grade --json` prints."""

    tests: dict[TestId, TestResult]
    flags: tuple[Flag, ...]
    star: dict[Beat, BeatShare]
    words: int
    spoken_seconds: int
    length_band: LengthBand
    score: int
    engine: EngineName = "rules"
    id: str | None = None
    question_kind: str = "opening"
    """Which question the reply answered: `opening` or a follow-up probe's gap (see questions.py)."""
    notes: tuple[str, ...] = field(default=())
    """Caveats for the reader: a non-English reply, truncation, an engine fallback."""
    disagreements: tuple[str, ...] = field(default=())
    """Where the hybrid grader's two engines disagreed, and whose call was used (empty for one engine)."""

    @property
    def flag_ids(self) -> frozenset[FlagId]:
        return frozenset(f.id for f in self.flags)

    def passed(self, test: TestId) -> bool:
        return self.tests[test].verdict == "pass"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "engine": self.engine,
            "tests": {t: self.tests[t].to_dict() for t in TEST_IDS},
            "flags": [f.to_dict() for f in self.flags],
            "star": {b: self.star[b].to_dict() for b in BEATS},
            "words": self.words,
            "spoken_seconds": self.spoken_seconds,
            "length_band": self.length_band,
            "score": self.score,
            "question_kind": self.question_kind,
            "notes": list(self.notes),
            "disagreements": list(self.disagreements),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Grade:
        """Rebuild a Grade from its contract JSON (used by history, evals and the UI)."""
        tests = data["tests"]
        return cls(
            tests={
                t: TestResult(
                    verdict=tests[t]["verdict"],
                    evidence=tuple(tests[t].get("evidence", ())),
                    reason=tests[t].get("reason", ""),
                    applicable=tests[t].get("applicable", True),
                )
                for t in TEST_IDS
            },
            flags=tuple(Flag(f["id"], f["evidence"]) for f in data.get("flags", ())),
            star={
                b: BeatShare(bool(data["star"][b]["present"]), float(data["star"][b]["share"]))
                for b in BEATS
            },
            words=int(data["words"]),
            spoken_seconds=int(data["spoken_seconds"]),
            length_band=data["length_band"],
            score=int(data["score"]),
            engine=data.get("engine", "rules"),
            id=data.get("id"),
            question_kind=data.get("question_kind", "opening"),
            notes=tuple(data.get("notes", ())),
            disagreements=tuple(data.get("disagreements", ())),
        )
