"""The follow-up policy of RUBRIC.md section 4: find the gaps in the replies so far and pick the biggest open one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal, get_args

from interviewer.grading.patterns.beats import AFTERMATH
from interviewer.rubric import FlagId, Grade, TestId

ProbeId = Literal["real_failure", "ownership", "decision", "cost", "change", "aftermath", "task", "today"]
PROBES: Final[tuple[ProbeId, ...]] = get_args(ProbeId)
"""Every probe, biggest gap first: a story that is not a real failure makes every other question moot."""

PROBE_TITLES: Final[dict[ProbeId, str]] = {
    "real_failure": "a real failure (humble-brag or too small)",
    "ownership": "their own part (blame or excuses)",
    "decision": "the decision they made (vague ownership)",
    "cost": "what the failure cost (rescue narrative)",
    "change": "a specific change (no or generic lesson)",
    "aftermath": "what they did once it went wrong",
    "task": "what they were responsible for",
    "today": "what they would do today",
}

# Flags that open a gap, and the tests a later reply must pass to repair it.
_FLAG_GAPS: Final[dict[ProbeId, frozenset[FlagId]]] = {
    "real_failure": frozenset({"humble_brag", "too_small"}),
    "ownership": frozenset({"blame_shifting", "defensive_language", "negative_about_others"}),
    "decision": frozenset({"vague_ownership", "passive_voice"}),
    "cost": frozenset({"rescue_narrative"}),
    "change": frozenset({"generic_lesson"}),
    "today": frozenset({"hedging"}),
}
_REPAIRED_BY: Final[dict[ProbeId, frozenset[TestId]]] = {
    "real_failure": frozenset({"honesty", "self_awareness"}),
    "ownership": frozenset({"honesty"}),
    "decision": frozenset({"honesty"}),
    "cost": frozenset({"self_awareness"}),
    "change": frozenset({"learning"}),
    "today": frozenset({"learning"}),
}
_STORY_KINDS: Final = frozenset({"opening", "real_failure"})
_COMMITMENT = re.compile(r"\b(?:today|now|next time|would|every|always|any|before (?:I|we)|whenever)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Reply:
    """A graded candidate reply, with the kind of question it answered."""

    text: str
    grade: Grade

    @property
    def kind(self) -> str:
        return self.grade.question_kind


def story_index(replies: Sequence[Reply]) -> int:
    """The reply that tells the story: the latest answer to the opening or to a request for a real failure."""
    found = 0
    for i, r in enumerate(replies):
        if r.kind in _STORY_KINDS:
            found = i
    return found


def gaps_of(reply: Reply, story: bool) -> list[ProbeId]:
    """The gaps one reply shows, biggest first; beats (task, aftermath) count only in the story."""
    g = reply.grade
    flags = g.flag_ids
    found: set[ProbeId] = {p for p, ids in _FLAG_GAPS.items() if flags & ids}
    if story and "real_failure" not in found:
        if not g.passed("honesty") and "ownership" not in found:
            found.add("decision")
        if not g.passed("learning"):
            found.add("change")
        if not g.star["task"].present:
            found.add("task")
        if not AFTERMATH.search(reply.text.lower()):
            found.add("aftermath")
    if not story:
        found.discard("real_failure")
    return [p for p in PROBES if p in found]


def answered_today(replies: Sequence[Reply]) -> bool:
    """True when a reply already committed to a concrete, present-tense or would-do change without hedging."""
    return any(
        r.grade.passed("learning")
        and "hedging" not in r.grade.flag_ids
        and r.kind in ("opening", "real_failure", "change", "today")
        and any(_COMMITMENT.search(q) for q in r.grade.tests["learning"].evidence)
        for r in replies
    )


def _repairs(grade: Grade, tests: frozenset[TestId], flags: frozenset[FlagId]) -> bool:
    """A reply repairs a gap when it was asked about the gap's tests, passed them with quotes, and did not repeat the flag."""
    return all(grade.tests[t].applicable and grade.passed(t) and grade.tests[t].evidence for t in tests) \
        and not grade.flag_ids & flags


def open_gaps(replies: Sequence[Reply], asked: Sequence[str]) -> list[ProbeId]:
    """The gaps not yet probed and not repaired by a later reply, biggest first."""
    if not replies:
        return []
    s = story_index(replies)
    candidates: dict[ProbeId, int] = {}
    for i in range(s, len(replies)):
        for p in gaps_of(replies[i], story=i == s):
            candidates.setdefault(p, i)
    open_: list[ProbeId] = []
    for p in PROBES:
        if p not in candidates or p in asked:
            continue
        tests = _REPAIRED_BY.get(p)
        later = replies[candidates[p] + 1:]
        if tests and any(_repairs(r.grade, tests, _FLAG_GAPS[p]) for r in later):
            continue
        open_.append(p)
    return open_


def choose_probe(replies: Sequence[Reply], asked: Sequence[str], max_followups: int) -> ProbeId | None:
    """The next follow-up, or None to close.

    The biggest open gap goes first. "What would you do today?" is the standard closer: it takes the
    last slot under the cap, or the next one when no gap is left, unless a reply already answered it well.
    """
    used = len(asked)
    if used >= max_followups:
        return None
    gaps = open_gaps(replies, asked)
    wants_today = "today" not in asked and not answered_today(replies)
    if wants_today and (used == max_followups - 1 or not gaps):
        return "today"
    return gaps[0] if gaps else None
