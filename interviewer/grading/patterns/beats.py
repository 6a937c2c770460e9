"""Patterns for STAR beats: the task the candidate owned, the result, the scene, and the aftermath."""

from __future__ import annotations

from interviewer.grading.patterns.base import lowered, phrases

TASK = phrases(
    r"I was (?:the |a )?(?:\w+ ){0,2}(?:responsible|accountable|in charge|owner|lead|point person|project lead|tech lead|dri)",
    r"I (?:owned|was leading|was running|led|ran|managed|was managing|was tasked|was asked|was assigned|had to deliver|"
    r"was hired to|was brought in to|was on the hook)", r"my (?:job|role|responsibility|task|remit|goal|brief) (?:was|is)",
    r"it was my (?:job|call|responsibility|project)", r"I (?:was )?(?:own|owning) (?:the|our)",
    # the role's duties named after the role: "I was a night nurse on the ICU, responsible for four patients"
    r"(?:responsible|accountable) for", r"in charge of", r"(?:who|that) (?:owned|ran|led|managed|looked after)",
    r"I was the one (?:who|deciding|responsible|in charge|running|doing|signing)",
    # a job held at a place: "I was the installation scheduler in a solar company", "I was the night editor at a paper"
    r"I (?:was|am|worked as|work as) (?:the|a|an|one of the) (?:[\w-]+ ){1,3}(?:at|in|for|on) (?:a|an|the|our|my)",
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
# What the candidate did once it had gone wrong: a general lexicon of telling, owning up and repairing.
AFTERMATH = lowered(r"\bI (?:(?:then|immediately|straight away|quickly|also|personally|myself) )?(?:told|called|rang|phoned|"
                    r"flagged|escalated|emailed|messaged|texted|alerted|warned|informed|notified|contacted|reported|raised|"
                    r"rolled (?:it |everything |the \w+ )?back|apologi[sz]ed|admitted|owned up|confessed|reverted|fixed|corrected|"
                    r"repaired|redid|re-?ran|refunded|reissued|rebooked|recalled|wrote|went (?:back|straight|to|up)|owned|"
                    r"pulled|drafted|paused|stopped|halted|reopened|walked|sat down|took (?:it|this|that|the \w+(?: \w+)?) "
                    r"(?:to|up with)|put (?:it|things|that|the \w+(?: \w+)?) (?:right|back)|stayed (?:late|behind|on)|"
                    r"worked (?:through|over|late)|offered|arranged|organi[sz]ed|spent the)\b")

# Acts of the aftermath wherever they sit in a sentence of the candidate's ("I stayed until midnight, paid for their
# taxis and called the couple"): telling, owning up, containing and repairing.
AFTERMATH_ACT = lowered(
    r"\b(?:told|called|rang|phoned|flagged|escalated|emailed|messaged|texted|alerted|warned|informed|notified|contacted|"
    r"reported|apologi[sz]ed|admitted|owned up|confessed|rolled (?:\w+ )?back|reverted|fixed|corrected|repaired|redid|"
    r"re-?ran|refunded|reissued|rebooked|recalled|disabled|paused|stopped|halted|reopened|pulled|took (?:\w+ ){0,2}"
    r"(?:out|down|off|back)|put (?:\w+ ){0,3}(?:right|back)|stayed (?:late|behind|on|until)|worked (?:through|over|late)|"
    r"sat down with|walked (?:\w+ ){0,3}through|went (?:back|straight|to)|offered|arranged|organi[sz]ed|paid for)\b"
)
