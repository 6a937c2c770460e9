"""STAR beats: which sentences set the scene, state the task, tell the actions, and give the result."""

from __future__ import annotations

import re

from interviewer.grading.patterns import learning, ownership
from interviewer.grading.patterns.base import phrases
from interviewer.grading.text import Sentence
from interviewer.rubric import BEATS, Beat, BeatShare

_TASK = phrases(
    r"I was (?:the |a )?(?:\w+ ){0,2}(?:responsible|accountable|in charge|owner|lead|point person|project lead|tech lead|dri)",
    r"I (?:owned|was leading|was running|led|ran|managed|was managing|was tasked|was asked|was assigned|had to deliver|"
    r"was hired to|was brought in to|was on the hook)", r"my (?:job|role|responsibility|task|remit|goal|brief) (?:was|is)",
    r"it was my (?:job|call|responsibility|project)", r"I (?:was )?(?:own|owning) (?:the|our)",
)
_RESULT = phrases(
    r"as a result", r"the (?:result|outcome|upshot|cost|impact) was", r"(?:we|I) (?:lost|missed)", r"(?:cost|costing) (?:us|the|me)",
    r"churn(?:ed)?", r"ended up", r"\d+(?:\.\d+)?\s?(?:%|percent)", r"lessons?", r"(?:I|I've) (?:learned|learnt|realized|realised)",
    r"looking back", r"in hindsight", r"what I (?:took|take) (?:away|from)", r"(?:it|that) taught me", r"the (?:next|last) \w+ "
    r"(?:went|shipped|closed|launched)", r"that (?:experience|failure|mistake|incident) (?:shaped|changed|still)",
)
_SITUATION = phrases(
    r"\w+ years? ago", r"(?:in|during) (?:my|our|the) (?:first|second|third|last|previous|early|final|senior)", r"last (?:year|spring|summer|fall|autumn|winter)",
    r"(?:at|when I was at|when I worked at) (?:a|an|my|our|the) (?:previous |last |former )?\w+", r"when I was", r"in 20\d\d",
    r"(?:we|our team|the team|the company|the client) (?:was|were|had)", r"(?:a|an|the|our) \w+ (?:project|launch|migration|"
    r"rollout|campaign|program|programme|release|deal|account)", r"back (?:when|in)",
)
_AFTERMATH = re.compile(r"\bI (?:told|called|flagged|escalated|emailed|messaged|rolled back|apologi[sz]ed|reverted|fixed|"
                        r"wrote|went back|owned|pulled|drafted|paused|stopped|reopened|walked)\b", re.IGNORECASE)


def _classify(s: Sentence) -> Beat | None:
    f = s.folded
    if learning.CHANGE.search(f) or learning.GENERIC.search(f):
        return "result"
    if _TASK.search(f):
        return "task"
    if ownership.STRONG_OWNERSHIP.search(f) or _AFTERMATH.search(f) or ownership.FIRST_PERSON_ACTION.search(f):
        return "action"
    if _RESULT.search(f):
        return "result"
    if _SITUATION.search(f):
        return "situation"
    return None


def star_shares(sentences: list[Sentence]) -> dict[Beat, BeatShare]:
    """Each beat's presence and share of the words; unmarked sentences join the beat before them."""
    words: dict[Beat, int] = dict.fromkeys(BEATS, 0)
    current: Beat = "situation"
    for s in sentences:
        beat = _classify(s)
        # Before any action the story is still setting the scene, whatever the sentence says.
        if beat == "result" and current == "situation" and s.index == 0:
            beat = "situation"
        current = beat or current
        words[current] += s.words
    total = sum(words.values())
    return {
        b: BeatShare(present=words[b] > 0, share=round(words[b] / total, 2) if total else 0.0) for b in BEATS
    }
