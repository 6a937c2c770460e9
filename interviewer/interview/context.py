"""What each run of the interview graph is given: the grader and the voice, passed per call, never global."""

from __future__ import annotations

from dataclasses import dataclass, field

from interviewer.grading import Grader, RulesGrader
from interviewer.interview.speaker import OfflineSpeaker, Speaker


@dataclass(kw_only=True)
class InterviewContext:
    """The engines behind one interview; swap either without touching the graph."""

    grader: Grader = field(default_factory=RulesGrader)
    """Scores every reply (the separate grader node calls it)."""
    speaker: Speaker = field(default_factory=OfflineSpeaker)
    """Phrases every interviewer turn; offline it draws from the curated bank under prompts/."""
