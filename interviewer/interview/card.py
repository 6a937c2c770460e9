"""The closing scorecard as a typed model, like `Grade` in rubric.py.

The graph builds a `MockCard` or a `DrillCard` and keeps its `to_dict()` in the checkpoint (state stays plain JSON);
the terminal and browser views, the export, the history and the evals read it back with `card_from_dict` and use
its fields, never a string key. The JSON shape (`interviewer chat --json`) is the `to_dict()` of these classes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from interviewer.rubric import BEATS, TEST_IDS, Beat, FlagId, LengthBand, TestId


@dataclass(frozen=True, slots=True)
class Tokens:
    """Model use over the interview (all zero offline)."""

    prompt: int = 0
    completion: int = 0
    total: int = 0
    calls: int = 0
    per_turn: tuple[int, ...] = ()

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Tokens:
        d = d or {}
        return cls(int(d.get("prompt", 0)), int(d.get("completion", 0)), int(d.get("total", 0)), int(d.get("calls", 0)),
                   tuple(int(x) for x in d.get("per_turn", ())))


@dataclass(frozen=True, slots=True)
class TestLine:
    """One test over the whole conversation, as the card shows it."""

    verdict: Literal["pass", "fail"]
    evidence: tuple[str, ...]
    reason: str
    reply: int
    """The reply (1-based, among the graded answers) that decided it."""
    turn: int
    """That reply's index in the transcript."""
    repaired: bool = False
    note: str = ""
    applicable: bool = True

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TestLine:
        return cls(d["verdict"], tuple(d.get("evidence", ())), str(d.get("reason", "")), int(d["reply"]), int(d["turn"]),
                   bool(d.get("repaired")), str(d.get("note", "")), bool(d.get("applicable", True)))


@dataclass(frozen=True, slots=True)
class FlagLine:
    id: FlagId
    evidence: str
    reply: int
    turn: int

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> FlagLine:
        return cls(d["id"], str(d["evidence"]), int(d["reply"]), int(d["turn"]))


@dataclass(frozen=True, slots=True)
class StarLine:
    present: bool
    share: float
    target: float

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> StarLine:
        return cls(bool(d.get("present", d.get("share", 0) > 0)), float(d["share"]), float(d["target"]))


@dataclass(frozen=True, slots=True)
class Coaching:
    id: str
    title: str
    how: str


@dataclass(frozen=True, slots=True)
class OutlineBeat:
    beat: Beat
    label: str
    text: str
    yours: bool
    """True when `text` is the candidate's own sentence; False when it is a hint for a missing beat."""


@dataclass(frozen=True, slots=True)
class MockCard:
    """The card of a mock interview; `complete` is False (with `message`) when nothing was graded."""

    role: str | None
    replies: int
    followups: int
    probes: tuple[str, ...]
    tokens: Tokens
    complete: bool
    message: str = ""
    story_reply: int = 0
    tests: dict[TestId, TestLine] = field(default_factory=dict)
    flags: tuple[FlagLine, ...] = ()
    star: dict[Beat, StarLine] = field(default_factory=dict)
    words: int = 0
    spoken_seconds: int = 0
    length_band: LengthBand = "thin"
    score: int = 0
    coaching: tuple[Coaching, ...] = ()
    outline: tuple[OutlineBeat, ...] = ()
    mode: Literal["mock"] = "mock"

    def to_dict(self) -> dict[str, Any]:
        base: dict[str, Any] = {"mode": "mock", "role": self.role, "replies": self.replies, "followups": self.followups,
                                "probes": list(self.probes), "tokens": _tokens(self.tokens), "complete": self.complete}
        if not self.complete:
            return {**base, "message": self.message}
        return {
            **base,
            "story_reply": self.story_reply,
            "tests": {t: {**asdict(line), "evidence": list(line.evidence)} for t, line in self.tests.items()},
            "flags": [asdict(f) for f in self.flags],
            "star": {b: asdict(s) for b, s in self.star.items()},
            "words": self.words,
            "spoken_seconds": self.spoken_seconds,
            "length_band": self.length_band,
            "score": self.score,
            "coaching": [asdict(c) for c in self.coaching],
            "outline": [asdict(o) for o in self.outline],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> MockCard:
        tokens = Tokens.from_dict(d.get("tokens"))
        head = dict(role=d.get("role"), replies=int(d.get("replies", 0)), followups=int(d.get("followups", 0)),
                    probes=tuple(d.get("probes", ())), tokens=tokens)
        if not d.get("complete"):
            return cls(**head, complete=False, message=str(d.get("message", "Nothing to score yet.")))  # type: ignore[arg-type]
        return cls(
            **head,  # type: ignore[arg-type]
            complete=True,
            story_reply=int(d["story_reply"]),
            tests={t: TestLine.from_dict(d["tests"][t]) for t in TEST_IDS},
            flags=tuple(FlagLine.from_dict(f) for f in d.get("flags", ())),
            star={b: StarLine.from_dict(d["star"][b]) for b in BEATS},
            words=int(d["words"]),
            spoken_seconds=int(d["spoken_seconds"]),
            length_band=d["length_band"],
            score=int(d["score"]),
            coaching=tuple(Coaching(str(c["id"]), str(c["title"]), str(c["how"])) for c in d.get("coaching", ())),
            outline=tuple(OutlineBeat(o["beat"], str(o["label"]), str(o["text"]), bool(o["yours"]))
                          for o in d.get("outline", ())),
        )


@dataclass(frozen=True, slots=True)
class DrillAttempt:
    attempt: int
    passed: bool
    summary: str
    problems: tuple[str, ...]
    spoken_seconds: int
    turn: int


@dataclass(frozen=True, slots=True)
class DrillCard:
    """Progress over a drill's attempts."""

    target: str
    title: str
    passed: bool
    attempts: tuple[DrillAttempt, ...]
    complete: bool
    tokens: Tokens = Tokens()
    mode: Literal["drill"] = "drill"

    def to_dict(self) -> dict[str, Any]:
        return {"mode": "drill", "target": self.target, "title": self.title, "passed": self.passed,
                "attempts": [{**asdict(a), "problems": list(a.problems)} for a in self.attempts],
                "complete": self.complete, "tokens": _tokens(self.tokens)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DrillCard:
        attempts = tuple(DrillAttempt(int(a["attempt"]), bool(a["passed"]), str(a["summary"]), tuple(a.get("problems", ())),
                                      int(a.get("spoken_seconds", 0)), int(a.get("turn", 0))) for a in d.get("attempts", ()))
        return cls(str(d.get("target", "")), str(d.get("title", d.get("target", ""))), bool(d.get("passed")), attempts,
                   bool(d.get("complete", attempts)), Tokens.from_dict(d.get("tokens")))


Card = MockCard | DrillCard


def _tokens(t: Tokens) -> dict[str, Any]:
    return {**asdict(t), "per_turn": list(t.per_turn)}


def card_from_dict(d: dict[str, Any]) -> Card:
    """The typed card of a stored scorecard (the checkpoint and `--json` keep its `to_dict()`)."""
    return DrillCard.from_dict(d) if d.get("mode") == "drill" else MockCard.from_dict(d)
