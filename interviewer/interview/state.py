"""The interview's state as LangGraph keeps it: plain JSON-able values, so every turn checkpoints to SQLite."""

from __future__ import annotations

from typing import Annotated, Any, Literal, NotRequired, TypedDict

Mode = Literal["mock", "drill"]


class Turn(TypedDict):
    """One message of the conversation."""

    role: Literal["interviewer", "candidate"]
    text: str
    kind: NotRequired[str]
    """For an interviewer turn, which question it asks: `opening`, a probe id, a drill target, or `close`/`nudge`."""
    probe: NotRequired[str]
    """For an interviewer follow-up, the gap it targets (a probe id of RUBRIC.md section 4)."""
    grade: NotRequired[dict[str, Any]]
    """For a graded candidate turn (an answer), the contract JSON of its grade."""
    act: NotRequired[str]
    """For a candidate turn, its dialogue act (acts.py); for an interviewer turn answering one, that act."""
    question: NotRequired[str]
    """For a graded candidate turn, the question it answered (a continuation is re-graded against it)."""
    parts: NotRequired[int]
    """For a graded candidate turn, how many messages it was sent in (more than one after a continuation)."""
    tokens: NotRequired[dict[str, int]]
    """Tokens the model calls of this turn used (`prompt`, `completion`, `calls`); absent offline."""
    notes: NotRequired[list[str]]
    """Visible notes, such as a model call that failed and fell back to the offline engine."""


class Rewrite(TypedDict):
    """A change to the transcript that is not an append: keep the first `keep` turns, then add `turns`. A
    continuation uses it to merge a story sent in two messages and take back the probe asked in between."""

    keep: int
    turns: list[Turn]


def add_turns(left: list[Turn], right: list[Turn] | Rewrite) -> list[Turn]:
    """The transcript's reducer: nodes append turns, and a continuation rewrites the tail."""
    if isinstance(right, dict):
        return [*left[: right["keep"]], *right["turns"]]
    return [*left, *right]


class InterviewState(TypedDict, total=False):
    """Everything an interview needs to continue after a restart."""

    session_id: str
    """The thread id the checkpointer stores this interview under."""
    mode: Mode
    """`mock` is the full interview; `drill` practises one weakness."""
    role: str | None
    """The role the candidate is interviewing for, if they named one."""
    drill_target: str | None
    """The weakness a drill practises (drills.py)."""
    max_followups: int
    """How many follow-up questions a mock interview asks at most."""
    max_attempts: int
    """How many tries a drill allows before it shows progress and stops."""
    turns: Annotated[list[Turn], add_turns]
    """The transcript, appended to by each node that speaks or grades."""
    asked: list[str]
    """The probes already asked, in order; a probe is never asked twice."""
    free_asks: list[str]
    """Probes asked in answer to a dialogue act ("I have no failure" draws `real_failure`): they do not count
    against the follow-up cap."""
    question: str
    """The question the candidate is answering now."""
    question_kind: str
    """Which kind that question is, for the grader: `opening` or a probe id."""
    reply: str
    """The candidate's latest reply, before it is graded."""
    ending: bool
    """The candidate asked to end now (or a script ran out of replies): close with what there is."""
    next_probe: str | None
    """The follow-up the policy chose, or None to close."""
    empty_streak: int
    """Consecutive empty replies; the interview closes politely after three."""
    act: str
    """The dialogue act of the latest candidate message (acts.py)."""
    side_streak: int
    """Consecutive messages that were not answers; the interview closes politely after a run of them."""
    attempts: int
    """Graded drill attempts so far."""
    drill_passed: bool
    """Whether the latest drill attempt passed its target."""
    scorecard: dict[str, Any] | None
    """The closing scorecard (scorecard.py), once the interview has closed."""
    closed: bool
    """True once the interviewer has closed; a closed interview takes no more replies."""
