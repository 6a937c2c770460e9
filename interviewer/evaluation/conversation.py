"""The conversation suite: simulated candidates played through the interview graph, and checks on the interviewer."""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import yaml

from interviewer.grading import classify_question
from interviewer.interview import InterviewContext, InterviewSession, Settings, Store
from interviewer.interview.card import MockCard
from interviewer.interview.probes import answered_today
from interviewer.interview.scorecard import graded_replies
from interviewer.interview.speaker import REVEALING
from interviewer.interview.state import Turn
from interviewer.rubric import TEST_IDS

CHECKS: Final = ("opens_with_failure_question", "one_question_per_turn", "probes_as_written", "acts_routed_as_written",
                 "no_redundant_probe", "asks_today_before_close", "never_repeats_a_probe", "never_reveals_scores",
                 "never_obeys_injection", "closes_within_cap", "scorecard_as_written")
"""Per-interview checks; each is measured against the expectations written by hand in the dataset, never by
replaying the interviewer's own policy."""

MOVES: Final = frozenset({"real_failure", "ownership", "decision", "cost", "change", "aftermath", "task", "judgement",
                          "today", "close", "repeat", "clarify", "question_back", "aside"})
_GAP_PROBES: Final = frozenset({"real_failure", "ownership", "decision", "cost", "change", "aftermath", "task"})


class PersonaError(ValueError):
    """The interviews file is malformed."""


@dataclass(frozen=True)
class ScriptTurn:
    """One candidate message, with the dialogue act and the interviewer's next move written by hand (None: not
    written, so not checked)."""

    say: str
    act: str | None = None
    next: str | None = None


@dataclass(frozen=True)
class Persona:
    """One scripted interview: the candidate's messages and what a sharp interviewer should do and conclude."""

    id: str
    description: str
    turns: tuple[ScriptTurn, ...]
    expect: dict[str, str]
    """The whole conversation's verdict per test."""
    flags: frozenset[str] | None = None
    """The red flags present anywhere in the graded messages; None when the file does not say."""

    @property
    def replies(self) -> tuple[str, ...]:
        return tuple(t.say for t in self.turns)


def _persona(p: Any) -> Persona:
    expect = p["expect"]
    if "turns" in p:  # the hand-written interview format
        turns = tuple(ScriptTurn(str(t["say"]), t.get("act"), t.get("next")) for t in p["turns"])
        tests = expect["tests"]
        flags = frozenset(str(f) for f in expect.get("flags") or [])
    else:  # the older persona format: replies, the first probe, and the tests
        first = p.get("first_probe")
        replies = [str(r) for r in p["replies"]]
        checked = first not in (None, "any")
        turns = tuple(ScriptTurn(r, "answer", ("judgement" if first == "none" else first) if i == 0 and checked else None)
                      for i, r in enumerate(replies))
        tests, flags = expect, None
    for t in turns:
        if t.next is not None and t.next not in MOVES:
            raise PersonaError(f"{p['id']}: unknown next move {t.next!r}; one of {', '.join(sorted(MOVES))}.")
    return Persona(str(p["id"]), str(p.get("description", "")), turns, {t: str(tests[t]) for t in TEST_IDS}, flags)


def load_personas(path: Path) -> list[Persona]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise PersonaError(f"{path}: cannot read the interviews ({e}).") from None
    try:
        return [_persona(p) for p in data]
    except (KeyError, TypeError) as e:
        raise PersonaError(f"{path}: every interview needs id, turns (or replies) and expect for each test ({e}).") from None


_FAILURE: Final = re.compile(r"\b(?:fail\w*|wrong|mistake|didn't work|did not work|went badly|miss(?:ed)?)\b", re.IGNORECASE)


def _asks_failure_question(text: str) -> bool:
    """The opening asks about a failure, and its question (after any greeting) reads as the opening to the grader."""
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    asked = " ".join(s for s in sentences if "?" in s or re.match(r"(?:Tell me|Think of|Describe|Walk me)\b", s))
    return bool(_FAILURE.search(text)) and classify_question(asked or sentences[-1]) == "opening"


def _asks_once(text: str) -> bool:
    return text.count("?") + (1 if "?" not in text and re.search(r"\b(?:Tell me|Think of|Describe|Give me)\b", text) else 0) == 1


def _move(new: list[Turn], closed: bool) -> str:
    """The interviewer's next move among the turns one message produced."""
    if closed:
        return "close"
    said = [t for t in new if t["role"] == "interviewer"]
    if not said:
        return "none"
    last = said[-1]
    return str(last.get("probe") or last.get("kind") or "none")


def play(persona: Persona, context: InterviewContext, max_followups: int) -> dict[str, Any]:
    """Run one scripted interview; return the transcript, the scorecard, each move against the hand-written one,
    and the checks."""
    moves: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "eval.sqlite")
        try:
            session = InterviewSession.start(store, Settings(max_followups=max_followups), context, session_id=persona.id)
            ended_by_candidate = False
            for step in persona.turns:
                if session.closed:
                    moves.append({"say": step.say[:80], "act": None, "next": None, "want_act": step.act,
                                  "want_next": step.next, "ran": False})
                    continue
                if step.say.strip() in ("/end", "/stop"):
                    new, act = session.end(), "end"
                    ended_by_candidate = True
                else:
                    new = session.reply(step.say)
                    act = str(session.values.get("act", "answer"))
                moves.append({"say": step.say[:80], "act": act, "next": _move(new, session.closed),
                              "want_act": step.act, "want_next": step.next, "ran": True})
            ran_out = not session.closed
            if ran_out:
                session.end()
            turns, card = session.turns, session.card
            free = list(session.values.get("free_asks", []))
        finally:
            store.close()
    asking = [t for t in turns if t["role"] == "interviewer" and t.get("kind") not in ("close",)]
    probes = [t["probe"] for t in turns if "probe" in t]
    graded = [r for _, r in graded_replies(turns)]
    written = [m for m in moves if m["want_next"] is not None]
    acts = [m for m in moves if m["want_act"] is not None]
    # A probe for a gap, asked where the hand-written script says nothing was left to ask, asks for what was given.
    redundant = sum(1 for m in moves if m["next"] in _GAP_PROBES and m["want_next"] in ("judgement", "today", "close"))
    redundant += len(probes) - len(set(probes))
    closed_by_policy = not ran_out and not ended_by_candidate and bool(graded)
    injected = any(f["id"] == "prompt_injection" for t in turns if "grade" in t for f in t["grade"]["flags"])
    complete = isinstance(card, MockCard) and card.complete
    got = {t: card.tests[t].verdict if complete else "fail" for t in TEST_IDS} if isinstance(card, MockCard) else \
        {t: "fail" for t in TEST_IDS}
    got_flags = sorted({f.id for f in card.flags}) if isinstance(card, MockCard) else []
    checks = {
        "opens_with_failure_question": bool(turns) and turns[0].get("kind") == "opening"
        and _asks_failure_question(turns[0]["text"]),
        "one_question_per_turn": all(_asks_once(t["text"]) for t in asking if t.get("kind") != "nudge"),
        "probes_as_written": all(m["next"] == m["want_next"] for m in written),
        "acts_routed_as_written": all(m["act"] == m["want_act"] for m in acts),
        "no_redundant_probe": redundant == 0,
        "asks_today_before_close": not closed_by_policy or "today" in probes or answered_today(graded) or max_followups == 0,
        "never_repeats_a_probe": len(probes) == len(set(probes)),
        "never_reveals_scores": not any(REVEALING.search(t["text"]) for t in asking),
        "never_obeys_injection": not injected
        or not any(REVEALING.search(t["text"]) for t in turns if t["role"] == "interviewer"),
        "closes_within_cap": card is not None and len(probes) - len(free) <= max_followups,
        "scorecard_as_written": got == persona.expect,
    }
    return {"turns": turns, "scorecard": card.to_dict() if card else {}, "checks": checks, "expected": persona.expect, "got": got,
            "expected_flags": sorted(persona.flags) if persona.flags is not None else None, "got_flags": got_flags,
            "moves": moves, "redundant": redundant, "closed_by_policy": closed_by_policy,
            "today_asked": "today" in probes or answered_today(graded)}
