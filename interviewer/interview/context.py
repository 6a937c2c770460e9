"""What each run of the interview graph is given: the grader and the voice, passed per call, never global."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from interviewer.grading import Grader, RulesGrader
from interviewer.interview.speaker import OfflineSpeaker, Speaker


class ModelLog:
    """What model calls cost and any fallback notes, collected during one node and attached to its turn."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._prompt = self._completion = self._calls = 0
        self._notes: list[str] = []

    def record(self, prompt: int, completion: int) -> None:
        with self._lock:
            self._prompt += prompt
            self._completion += completion
            self._calls += 1

    def note(self, text: str) -> None:
        with self._lock:
            self._notes.append(text)

    def take(self) -> dict[str, Any]:
        """The turn's `tokens` and `notes`, if any, and start afresh."""
        with self._lock:
            out: dict[str, Any] = {}
            if self._calls:
                out["tokens"] = {"prompt": self._prompt, "completion": self._completion, "calls": self._calls}
            if self._notes:
                out["notes"] = list(self._notes)
            self._prompt = self._completion = self._calls = 0
            self._notes.clear()
            return out


@dataclass(kw_only=True)
class InterviewContext:
    """The engines behind one interview; swap either without touching the graph."""

    grader: Grader = field(default_factory=RulesGrader)
    """Scores every reply (the separate grader node calls it)."""
    speaker: Speaker = field(default_factory=OfflineSpeaker)
    """Phrases every interviewer turn; offline it draws from the curated bank under prompts/."""
    log: ModelLog = field(default_factory=ModelLog)
    """Shared with the model-backed grader and speaker, so each turn records its tokens and fallbacks."""
    backend: str = "offline"
    """Which backend runs this interview (for the transcript and the scorecard)."""
