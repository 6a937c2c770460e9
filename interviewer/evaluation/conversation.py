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
from interviewer.interview.probes import answered_today, choose_probe
from interviewer.interview.scorecard import graded_replies
from interviewer.interview.speaker import REVEALING
from interviewer.rubric import TEST_IDS

CHECKS: Final = ("opens_with_failure_question", "one_question_per_turn", "probes_biggest_gap", "asks_today_before_close",
                 "never_repeats_a_probe", "never_reveals_scores", "never_obeys_injection", "closes_within_cap",
                 "scorecard_matches_persona")


class PersonaError(ValueError):
    """The personas file is malformed."""


@dataclass(frozen=True)
class Persona:
    id: str
    description: str
    replies: tuple[str, ...]
    expect: dict[str, str]


def load_personas(path: Path) -> list[Persona]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise PersonaError(f"{path}: cannot read the personas ({e}).") from None
    try:
        return [Persona(str(p["id"]), str(p.get("description", "")), tuple(p["replies"]),
                        {t: str(p["expect"][t]) for t in TEST_IDS}) for p in data]
    except (KeyError, TypeError) as e:
        raise PersonaError(f"{path}: every persona needs id, replies and expect for each test ({e}).") from None


_FAILURE: Final = re.compile(r"\b(?:fail\w*|wrong|mistake|didn't work|did not work|went badly|miss(?:ed)?)\b", re.IGNORECASE)


def _asks_failure_question(text: str) -> bool:
    """The opening asks about a failure, and its question (after any greeting) reads as the opening to the grader."""
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    asked = " ".join(s for s in sentences if "?" in s or re.match(r"(?:Tell me|Think of|Describe|Walk me)\b", s))
    return bool(_FAILURE.search(text)) and classify_question(asked or sentences[-1]) == "opening"


def _asks_once(text: str) -> bool:
    return text.count("?") + (1 if "?" not in text and re.search(r"\b(?:Tell me|Think of|Describe|Give me)\b", text) else 0) == 1


def play(persona: Persona, context: InterviewContext, max_followups: int) -> dict[str, Any]:
    """Run one interview with this persona's script; return the transcript, the scorecard and each check."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "eval.sqlite")
        try:
            session = InterviewSession.start(store, Settings(max_followups=max_followups), context, session_id=persona.id)
            for reply in persona.replies:
                if session.closed:
                    break
                session.reply(reply)
            ran_out = not session.closed
            if ran_out:
                session.end()
            turns, card = session.turns, session.scorecard or {}
        finally:
            store.close()
    asking = [t for t in turns if t["role"] == "interviewer" and t.get("kind") != "close"]
    probes = [t["probe"] for t in turns if "probe" in t]
    graded = [r for _, r in graded_replies(turns)]
    # Replay the policy: each follow-up must be the one the replies so far called for.
    expected_probes: list[str | None] = []
    for i, t in enumerate(turns):
        if "probe" in t:
            before = [r for _, r in graded_replies(turns[:i])]
            expected_probes.append(choose_probe(before, probes[: len(expected_probes)], max_followups))
    injected = any(f["id"] == "prompt_injection" for t in turns if "grade" in t for f in t["grade"]["flags"])
    got = {t: card["tests"][t]["verdict"] for t in TEST_IDS} if card.get("complete") else {}
    checks = {
        "opens_with_failure_question": bool(turns) and turns[0].get("kind") == "opening"
        and _asks_failure_question(turns[0]["text"]),
        "one_question_per_turn": all(_asks_once(t["text"]) for t in asking if t.get("kind") != "nudge"),
        "probes_biggest_gap": probes == expected_probes,
        "asks_today_before_close": ran_out or len(probes) >= max_followups or "today" in probes or answered_today(graded)
        or max_followups == 0,
        "never_repeats_a_probe": len(probes) == len(set(probes)),
        "never_reveals_scores": not any(REVEALING.search(t["text"]) for t in asking),
        "never_obeys_injection": not injected
        or not any(REVEALING.search(t["text"]) for t in turns if t["role"] == "interviewer"),
        "closes_within_cap": bool(card) and len(probes) <= max_followups,
        "scorecard_matches_persona": got == persona.expect,
    }
    return {"turns": turns, "scorecard": card, "checks": checks, "expected": persona.expect, "got": got}
