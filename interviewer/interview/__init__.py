"""The mock interview: a LangGraph state machine that asks, grades, probes and closes with a scorecard."""

from interviewer.interview.context import InterviewContext
from interviewer.interview.drills import DRILL_TARGETS, DrillTarget
from interviewer.interview.session import DEFAULT_FOLLOWUPS, InterviewSession, SessionError, Settings
from interviewer.interview.speaker import Cue, OfflineSpeaker, Speaker
from interviewer.interview.store import InterviewStore, Store, StoreError, open_store

__all__ = [
    "DEFAULT_FOLLOWUPS",
    "DRILL_TARGETS",
    "Cue",
    "DrillTarget",
    "InterviewContext",
    "InterviewSession",
    "InterviewStore",
    "OfflineSpeaker",
    "SessionError",
    "Settings",
    "Speaker",
    "Store",
    "StoreError",
    "open_store",
]
