"""Patterns for STAR beats: the task the candidate owned, the result, the scene, and the aftermath."""

from __future__ import annotations

from interviewer.grading.patterns.base import lowered, phrases

TASK = phrases(
    r"I was (?:the |a )?(?:\w+ ){0,2}(?:responsible|accountable|in charge|owner|lead|point person|project lead|tech lead|dri)",
    r"I (?:owned|was leading|was running|led|ran|managed|was managing|was tasked|was asked|was assigned|had to deliver|"
    r"was hired to|was brought in to|was on the hook)", r"my (?:job|role|responsibility|task|remit|goal|brief) (?:was|is)",
    r"it was my (?:job|call|responsibility|project)", r"I (?:was )?(?:own|owning) (?:the|our)",
)
RESULT = phrases(
    r"(?:as a result|the (?:result|outcome|upshot|cost|impact) was)", r"(?:we|I) (?:lost|missed)", r"(?:cost|costing) (?:us|the|me)",
    r"churn(?:ed)?", r"ended up", r"\d+(?:\.\d+)?\s?(?:%|percent)", r"lessons?", r"(?:I|I've) (?:learned|learnt|realized|realised)",
    r"looking back",  r"what I (?:took|take) (?:away|from)", r"(?:it|that) taught me", r"the (?:next|last) \w+ "
    r"(?:went|shipped|closed|launched)", r"that (?:experience|failure|mistake|incident) (?:shaped|changed|still)",
)
SITUATION = phrases(
    r"\w+ years? ago", r"(?:in|during) (?:my|our|the) (?:first|second|third|last|previous|early|final|senior)", r"last (?:year|spring|summer|fall|autumn|winter)",
    r"(?:at|when I was at|when I worked at) (?:a|an|my|our|the) (?:previous |last |former )?\w+", r"when I was",
    r"(?:we|our team|the team|the company|the client) (?:was|were|had)", r"(?:a|an|the|our) \w+ (?:project|launch|migration|"
    r"rollout|campaign|program|programme|release|deal|account)", r"back (?:when|in)",
)
AFTERMATH = lowered(r"\bI (?:told|called|flagged|escalated|emailed|messaged|rolled back|apologi[sz]ed|reverted|fixed|"
                        r"wrote|went back|owned|pulled|drafted|paused|stopped|reopened|walked)\b")
