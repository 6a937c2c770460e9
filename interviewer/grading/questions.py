"""Which question a reply answers: the opening failure question or one of the rubric's follow-up probes."""

from __future__ import annotations

import re
from typing import Final, Literal, get_args

from interviewer.grading.precompiled import rx
from interviewer.rubric import TestId

QuestionKind = Literal[
    "opening", "decision", "task", "aftermath", "change", "today", "real_failure", "ownership", "cost", "judgement"
]
QUESTION_KINDS: Final[tuple[QuestionKind, ...]] = get_args(QuestionKind)

# The tests each probe asks about; the others fail only on what the reply itself shows.
TARGETS: Final[dict[QuestionKind, frozenset[TestId]]] = {
    "opening": frozenset({"honesty", "learning", "self_awareness"}),
    "real_failure": frozenset({"honesty", "self_awareness"}),
    "decision": frozenset({"honesty"}),
    "ownership": frozenset({"honesty"}),
    "task": frozenset({"honesty"}),
    "aftermath": frozenset({"honesty"}),
    "change": frozenset({"learning"}),
    "today": frozenset({"learning", "self_awareness"}),
    "cost": frozenset({"learning", "self_awareness"}),
    # "What did you know at the time, and why that call?" digs into a story that already passed: the reply shows
    # reasoning and context, and fails a test only where it shows what fails it (blame, hedging, a platitude).
    "judgement": frozenset(),
}

# Order matters: the first rule that matches wins ("before the turnaround ... what did you change"
# is a cost probe even though it mentions change).
_PATTERNS: Final[tuple[tuple[QuestionKind, str], ...]] = (
        ("cost", r"turnaround|turned around|what was the damage|what did (?:\w+ ){1,4}cost\b|end up costing|before things (?:picked up|improved|turned)|before the (?:win|recovery|rescue|happy ending)|what did (?:the|that) failure (?:itself )?cost"
                 r"|(?:set|put) the (?:win|recovery|outcome) aside"),
        ("real_failure", r"sounds like a strength|clearly wrong|(?:small|minor) slip|a different (?:example|failure|story)"
                         r"|(?:an example|a time) (?:where|when|that|the) .{0,40}(?:wrong|yours|cost|mattered|consequences)"
                         r"|another (?:example|failure|story)|a time you were (?:really |clearly )?wrong"),
        ("today", r"\btoday\b|knowing what you know now|this week|if it came (?:in|up|back)|how would you handle (?:it|that|this)|\btomorrow\b|same \w+, same|lands on your desk|came up again|happened again|(?:same|exact) situation|in that (?:spot|position|situation)"
                  r"|what would you do (?:now|if)|if (?:it|that|this) (?:came up|happened)"
                  # a hypothetical replay: "if you had that morning again, what would you do?", "say it came up next month"
                  r"|what would you do\b|what you'?d do\b|(?:had|have) (?:\w+ ){0,3}again|came up (?:next|again)|next (?:month|term|week|year|quarter|time)"),
        ("change", r"differently|what do you do now|what(?:'s| has| did)? changed"
                   r"|how would (?:\w+ ){0,4}(?:see|know|tell|notice)|what do you do (?:now )?(?:that|to)|concretely"
                   r"|specifically,? what do you|could (?:a|an|someone|anyone|your|\w+) (?:\w+ )?(?:see|verify|check|tell)"
                   r"|day[- ]to[- ]day|what does that look like|do now that you didn't"
                   r"|what(?:'s| is) different (?:now|about how|in how)|different (?:in|about) how you|how do you (?:work|do it|handle it) now"
                   # what was learned: the probe asks for the change the lesson made
                   r"|what (?:did|have) you (?:learn(?:ed|t)?|take away)\b|what (?:was|is) the (?:lesson|takeaway)"),
        ("ownership", r"(?:setting|set|leaving|leave|putting|put) (?:the |your |those )?(?:\w+ ){0,3}"
                      r"(?:aside|to one side|out of it)|your (?:own )?part in|what was your (?:own )?(?:part|share|role)\b"
                      r"|what did you (?:contribute|add to it)"
                      # how much of it was the candidate's: "how much of that outcome would you put on yourself?"
                      r"|what part of (?:that|it|this) was (?:actually |really )?yours|how much of (?:\w+ ){0,3}(?:was|would you put|"
                      r"is) (?:down to |on )?you"
                      r"|(?:apart|aside) from (?:them|the others|the team|everyone else)"),
        ("judgement", r"what did you know (?:at the time|then)|what signal|going through your (?:head|mind)|why (?:did you make|"
                      r"you made) (?:that|the) call|what (?:were you|you were) weighing|(?:look|looked) right at the time|"
                      r"(?:at|in) (?:the|that) moment you decided|why that call"),
        ("decision", r"\bdecision\b|why did you (?:make|take|go with|choose)|what call did you|(?:was|were) on you|belongs? to you|personally decide|what did you personally|the call you made|walk me through (?:the call|what happened|your)|what part of (?:the|that) (?:outcome|result|failure)|was yours|which call"
                     r"|what did you (?:choose|decide)|your (?:own )?(?:call|choice)"
                     # why it happened: the probe asks for the cause, which a reply owns or puts elsewhere
                     r"|\bwhy (?:did|do you think|would you say)\b|what (?:went wrong|caused (?:it|that|this|the))"),
        ("task", r"responsib|accountab|what did you own|what was your (?:job|role)|what exactly were you|on your plate"
                 r"|what were you (?:in charge of|on the hook for)|your remit"),
        ("aftermath", r"once you (?:realised|realized|knew|found out|saw)|who did you tell|when did you tell"
                      # what came next: "then what?", "what were your next steps?", "who did you go to?"
                      r"|then what|what happened next|next steps?|who did you (?:go to|loop in|call|ring|speak to)|who heard"
                      r"|did you tell|(?:once|when|after) (?:you|it) (?:\w+ ){0,4}(?:spotted|noticed|realised|realized|clear|found)"
                      r"|what did you do (?:next|then|after|about it)|after you (?:realised|realized|found|noticed)"),
)
_RULES: Final = tuple((kind, rx(pattern, re.IGNORECASE)) for kind, pattern in _PATTERNS)


def classify_question(question: str | None) -> QuestionKind:
    """The kind of question a reply answers; no question, or the failure question itself, is `opening`."""
    if question is None or not question.strip():
        return "opening"
    for kind, pattern in _RULES:
        if pattern.search(question):
            return kind
    return "opening"
