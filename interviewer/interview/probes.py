"""The follow-up policy of RUBRIC.md section 4: find the gaps in the replies so far and pick the biggest open one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal, get_args

from interviewer.grading.patterns.beats import AFTERMATH, AFTERMATH_ACT
from interviewer.interview.verdict import conversation_tests, failed_part
from interviewer.rubric import FlagId, Grade

ProbeId = Literal["real_failure", "ownership", "decision", "cost", "change", "aftermath", "task", "judgement", "today"]
PROBES: Final[tuple[ProbeId, ...]] = get_args(ProbeId)
"""Every probe, biggest gap first: a story that is not a real failure makes every other question moot."""
GAP_PROBES: Final[tuple[ProbeId, ...]] = PROBES[:7]
"""The probes that ask for a part the story lacks; `judgement` digs into a complete story, `today` closes."""

PROBE_TITLES: Final[dict[ProbeId, str]] = {
    "real_failure": "a real failure (humble-brag or too small)",
    "ownership": "their own part (blame or excuses)",
    "decision": "the decision they made (vague ownership)",
    "cost": "what the failure cost (rescue narrative)",
    "change": "a specific change (no or generic lesson)",
    "aftermath": "what they did once it went wrong",
    "task": "what they were responsible for",
    "judgement": "the judgement call behind a complete story",
    "today": "what they would do today",
}

GRADER_KIND: Final[dict[str, str]] = {}
"""The question kind the grader reads a probe's reply in, where the probe id is not one of its kinds."""

_OWNERSHIP_FLAGS: Final[frozenset[FlagId]] = frozenset({"blame_shifting", "defensive_language", "negative_about_others"})
_STORY_KINDS: Final = frozenset({"opening", "real_failure"})
# "If it came up today, I'd ...", "next time I would ...": the reply already answers the closing question.
_ANSWERS_TODAY: Final = re.compile(
    r"\bif\b[^.?!]{0,60}\b(?:today|again|now|tomorrow|next time)\b[^.?!]{0,40}\bi(?:'d| would|'ll| will)\b"
    r"|\b(?:today|tomorrow|next time|now),? i(?:'d| would| will|'ll)\b",
    re.IGNORECASE)


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


def _flag_since(replies: Sequence[Reply], start: int, ids: frozenset[FlagId]) -> int | None:
    """The index of the latest reply from `start` raising one of `ids`, or None."""
    found = None
    for i in range(start, len(replies)):
        if replies[i].grade.flag_ids & ids:
            found = i
    return found


_SENTENCE: Final = re.compile(r"[^.!?\n]+[.!?]*")
_FAILED: Final = re.compile(r"\b(?:fail\w*|mistake|wrong|error|miss\w*|late|lost|cost|oversold|broke\w*|forgot\w*|"
                            r"complain\w*|delay\w*|crash\w*|outage|refund\w*|didn't|did not|never|without)\b", re.IGNORECASE)


def aftermath_told(text: str) -> bool:
    """Whether a reply says what the candidate did once it had gone wrong: an act of telling, owning up or repairing
    in a first-person sentence after the failure is first named."""
    if AFTERMATH.search(text.lower()):
        return True
    sentences = [m.group(0) for m in _SENTENCE.finditer(text)]
    failed = next((i for i, s in enumerate(sentences) if _FAILED.search(s)), None)
    if failed is None:
        return False
    return any(re.search(r"\bI\b", s) and AFTERMATH_ACT.search(s.lower()) for s in sentences[failed + 1:])


def open_gaps(replies: Sequence[Reply], asked: Sequence[str]) -> list[ProbeId]:
    """The parts of the story the conversation so far has not given, biggest first, not yet probed.

    A gap is read from the whole conversation, not from one reply: a later reply that owns the decision, names
    the cost or states a checkable change closes that gap (verdict.py), and a beat told anywhere is covered.
    """
    if not replies:
        return []
    s = story_index(replies)
    grades = [r.grade for r in replies]
    tests = conversation_tests(grades, s)
    story = replies[s].grade
    found: set[ProbeId] = set()
    if story.flag_ids & {"humble_brag", "too_small"}:
        found.add("real_failure")
    flagged = _flag_since(replies, s, _OWNERSHIP_FLAGS)
    honesty = tests["honesty"]
    ownership_open = flagged is not None and not (honesty.verdict == "pass" and honesty.change == "repaired"
                                                  and honesty.reply > flagged)
    if ownership_open:
        found.add("ownership")
    # Asked for their part and still no decision of their own: ask for the decision itself.
    hidden = _flag_since(replies, s, frozenset({"vague_ownership", "passive_voice"})) is not None and honesty.change != "repaired"
    if (not ownership_open or "ownership" in asked) and (honesty.verdict == "fail" or hidden):
        found.add("decision")
    aware = tests["self_awareness"]
    rescued = _flag_since(replies, s, frozenset({"rescue_narrative"}))
    rescue_open = rescued is not None and not (aware.change == "repaired" and aware.reply > rescued)
    stakes_missing = aware.verdict == "fail" and failed_part("self_awareness", aware.result, grades[aware.reply]) == "cost"
    if rescue_open or stakes_missing:
        found.add("cost")
    if tests["learning"].verdict == "fail":
        found.add("change")
    if not any(aftermath_told(r.text) for r in replies[s:]) and "aftermath" not in {r.kind for r in replies[s:]}:
        found.add("aftermath")
    if not any(r.grade.star["task"].present for r in replies[s:]) and "task" not in {r.kind for r in replies[s:]}:
        found.add("task")
    if "real_failure" in found and "real_failure" not in asked:
        found &= {"real_failure"}  # another story makes every other question moot
    return [p for p in GAP_PROBES if p in found and p not in asked]


def answered_today(replies: Sequence[Reply]) -> bool:
    """True when the candidate's last reply already answered "what would you do today?": it was the answer to
    that question, or it commits to a concrete would-do or present habit in those words, without hedging."""
    if not replies:
        return False
    last = replies[-1]
    if last.kind == "today":
        return True
    g = last.grade
    return g.passed("learning") and bool(g.tests["learning"].evidence) and "hedging" not in g.flag_ids \
        and _ANSWERS_TODAY.search(last.text) is not None


def choose_probe(replies: Sequence[Reply], asked: Sequence[str], max_followups: int, free: int = 0) -> ProbeId | None:
    """The next follow-up, or None to close.

    The biggest open gap goes first; a complete story with no gap left gets one question about the judgement
    call. "What would you do today?" comes before every close and keeps the last slot under the cap, unless the
    candidate's last reply already answered exactly that. `free` probes (drawn by a dialogue act) do not count.
    """
    used = len(asked) - free
    if used >= max_followups or not replies or "today" in asked:
        return None  # "what would you do today?" is the closer: once it is answered, the interview ends
    wants_today = "today" not in asked and not answered_today(replies)
    if used < max_followups - 1 or not wants_today:
        gaps = open_gaps(replies, asked)
        if gaps:
            return gaps[0]
        if "judgement" not in asked and (used < max_followups - 1 or not wants_today):
            return "judgement"
    return "today" if wants_today else None
