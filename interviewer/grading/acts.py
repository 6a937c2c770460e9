"""Dialogue acts: what a candidate message does before anyone grades it.

A sharp interviewer listens first. "Can you repeat that?" is not an answer to grade, "Sorry, I wasn't finished"
continues the answer before it, and "what's the salary range?" is a question back. Only answers and continuations
are graded; every other act gets its own reply and leaves the question where it was.

The reading is deliberately conservative: a message is an answer unless its form says otherwise (a short
question about the question, a request to hear it again, a short aside with no story in it, a "no failure"
with no failure in it). Misreading a real answer as a side remark would lose it; the reverse costs one probe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal, get_args

from interviewer.grading.precompiled import rx
from interviewer.grading.text import count_words, normalise

DialogueAct = Literal["answer", "continuation", "repeat", "clarify", "question_back", "aside", "no_failure", "end"]
DIALOGUE_ACTS: Final[tuple[DialogueAct, ...]] = get_args(DialogueAct)
SIDE_ACTS: Final[frozenset[DialogueAct]] = frozenset({"repeat", "clarify", "question_back", "aside", "no_failure"})
"""Acts the interviewer answers without grading; they never count against the follow-up cap."""

_SHORT: Final = 25
"""A side remark is short: a message longer than this many words is read as an answer unless it says otherwise."""


def _rx(*alternatives: str) -> re.Pattern[str]:
    return rx(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


# "Can you repeat that?", "sorry, come again?", "what was the question?"
_REPEAT: Final = _rx(
    r"repeat (?:that|the question|it|yourself|please)", r"(?:say|ask) (?:that|it|the question) again", r"come again",
    r"pardon(?: me)?", r"what was the question", r"(?:didn't|did not|couldn't|could not) (?:quite )?(?:catch|hear|get) "
    r"(?:that|it|the question|what you said)", r"one more time", r"(?:the )?question again", r"missed the question",
    r"(?:lost|forgot) the question",
)
_BARE_REPEAT: Final = rx(r"^\W*(?:(?:sorry|pardon|what|huh|eh|excuse me|come again)\W*)+$", re.IGNORECASE)

# A question about the question itself: its words, its scope, what counts, how to answer it.
_CLARIFY: Final = _rx(
    r"what do you mean", r"what does .{1,40} mean", r"(?:do|does|should|can|could|must) (?:it|that|the (?:failure|story|example))"
    r" (?:have to|need to|be)", r"(?:work|job|professional|personal|school|university|college)(?:-related)? or "
    r"(?:personal|work|professional|private|life)", r"how (?:far back|long (?:should|do you want)|recent|big|serious|detailed)",
    r"what (?:kind|sort|type) of (?:failure|thing|example|story|mistake)", r"what counts", r"does (?:it|that) count",
    r"(?:any|which) (?:failure|example|story)", r"(?:do you|you) (?:mean|want) (?:like|a|an|the|me to)",
    r"(?:should|do|can) i (?:talk about|pick|choose|use|give|describe|start|answer)", r"by failure",
    r"(?:like|as in) (?:a|an|at) \w+", r"what (?:are you|you're) looking for", r"(?:can|could) you (?:clarify|explain|rephrase)",
    r"in what (?:sense|way)", r"what exactly", r"(?:clarify|rephrase)",
)
# A question about the job, the company or the process, not about the story.
_QUESTION_BACK: Final = _rx(
    r"salary", r"pay(?: range| band)?", r"compensation", r"benefits", r"bonus", r"remote", r"hybrid", r"office",
    r"the (?:team|role|company|position|job|manager|hiring|interview|process|next (?:step|round|stage))",
    r"your (?:team|company)",
    r"how many (?:people|engineers|staff|rounds|interviews)", r"next steps?", r"start date", r"visa", r"relocat\w+",
    r"how long (?:is|will) (?:this|the interview)", r"who (?:would|will) i", r"are you (?:hiring|the)", r"when will i hear",
    r"what(?:'s| is) (?:it|the culture) like", r"holidays?", r"vacation", r"notice period",
)
_QUESTION_OPENER: Final = rx(
    r"^\W*(?:(?:so|and|sorry|um+|uh+|erm|ok(?:ay)?|quick question|just (?:to check|wondering)|before i (?:start|answer)),?\s+)*"
    r"(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|should|would|will|may|might|"
    r"must|shall|am|have|has)\b",
    re.IGNORECASE,
)
# "I've never really failed", "I can't think of one", "nothing comes to mind"
_NO_FAILURE: Final = _rx(
    r"(?:never|not) (?:really |actually |truly |ever )*(?:failed|had a (?:real )?failure|made a (?:big |real |serious )?mistake)",
    r"(?:can't|cannot|can not|couldn't|could not) (?:really )?(?:think of|come up with|remember|recall)(?: \w+){0,3}",
    r"(?:don't|do not) (?:really )?(?:have|remember|recall) (?:any|a|one)(?: \w+){0,2}", r"nothing (?:really )?comes to mind",
    r"(?:don't|do not|never) (?:really )?(?:have|get|make) (?:any |many |real |big )?(?:failures?|mistakes)",
    r"no (?:real |big |major )?failures?", r"(?:i'm|i am) not sure i have (?:one|any)",
    r"(?:draw(?:ing)? a blank|mind (?:is|went) blank)",
    r"(?:haven't|have not|never) (?:really )?(?:had|experienced) (?:one|any|a)",
)
# Remarks that carry no answer: thinking aloud, laughter, the room, small talk.
_ASIDE: Final = _rx(
    r"ha(?:ha)+", r"lol", r"ugh+", r"h+m+", r"let me think", r"(?:give me|just|one|hang on|hold on)(?: a)? (?:sec|second|minute|"
    r"moment|tick)", r"hold on", r"brb", r"sorry,? (?:my|the) (?:dog|cat|kids?|baby|phone|doorbell|coffee|tea|connection|"
    r"internet|wi-?fi|mic|microphone|camera)", r"(?:nice|good|great|lovely|awful|terrible) (?:weather|day|office|view)",
    r"i (?:hate|dread|love) this question", r"(?:tough|hard|good|great|classic) (?:one|question)", r"(?:can|could) you hear me",
    r"is (?:this|my (?:mic|audio|camera)) (?:working|on)",
)
# The failure itself named: a story has one, a scene-setting first message does not yet.
_FAILURE_WORDS: Final = _rx(
    r"fail\w*", r"mistake\w*", r"wrong", r"error\w*", r"miss\w*", r"late", r"lost", r"lose", r"broke\w*", r"forg[eo]t\w*",
    r"messed", r"screw\w*", r"slip\w*", r"delay\w*", r"crash\w*", r"complain\w*", r"cost\w*", r"overr?[au]n\w*", r"outage",
    r"skipp?\w*", r"(?:didn't|did not|never|wasn't|weren't|couldn't)", r"problem\w*", r"issue\w*", r"disaster", r"went badly",
)
# Words of a story: a failure named or an act in the past ("I missed", "we lost", "I deploy without testing").
_STORY: Final = _rx(
    r"fail\w*", r"mistake", r"wrong", r"error", r"missed", r"late", r"lost", r"broke\w*", r"forgot\w*", r"messed", r"blew",
    r"screwed", r"slipped", r"delay\w*", r"crash\w*", r"complain\w*", r"cost", r"overran", r"overspent", r"outage",
    r"(?:i|we) (?:\w+ ){0,2}(?:\w{3,}ed|was|were|had|did|made|went|got|took|sent|told|said|thought|knew|left|put|ran|set|wrote|"
    r"chose|gave|came|let|kept|found|felt|built|bought|caught|fell|held|led|meant|paid|sold|spent|decided|skipped)",
    r"(?:was|were|had been) (?:\w+ ){0,2}\w+ed", r"(?:last|one|that|a) (?:year|month|week|time|day|project|job|quarter)",
)
# A message that says it continues the one before.
_CONTINUES: Final = rx(
    r"^\W*(?:(?:sorry|oops|oh|wait|ah|um+|uh+|and|also|ok(?:ay)?),?\s+)*(?:i (?:was not|wasn't|hadn't|had not|haven't|have not)"
    r" (?:quite |actually |yet )*finished|(?:i'm|i am) not (?:quite )?(?:done|finished)|not (?:quite )?(?:done|finished)|"
    r"let me finish|"
    r"(?:to|let me) (?:continue|finish)|continuing|continued|cont(?:'d|inued)?\b|as i was saying|where was i|picking up where|"
    r"i (?:forgot|meant|wanted) to (?:say|mention|add|finish)|one more thing|(?:part|paragraph) (?:2|two)|\.{2,}|…|"
    r"\(?\d\s*/\s*\d\)|(?:pressed|hit|sent) (?:enter|send|return|it|that)? ?too (?:early|soon)|(?:pressed|hit) "
    r"(?:enter|send|return) (?:by (?:accident|mistake)|too)|sent (?:it|that) (?:by (?:accident|mistake)|too (?:early|soon)))",
    re.IGNORECASE,
)
# The first words of a message that carries on a sentence or a story already under way.
_CARRIES_ON: Final = rx(
    r"^\W*(?:\.{2,}|…|and (?:then|so|that|after|when|i|we|the)\b|which (?:meant|is|was)\b|so (?:then|anyway)\b|"
    r"anyway,? (?:so|the|i)\b|"
    r"then (?:i|we|the)\b|after that\b)",
    re.IGNORECASE,
)
_UNFINISHED_END: Final = rx(r"(?:[,:;(\-–—]|\.{2,}|…|\b(?:and|but|so|because|the|a|an|to|of|with|which|that|then))\W*$",
                                    re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Reading:
    """What a message does, and how sure the reading is (for the UI and the evals)."""

    act: DialogueAct
    why: str


def _words(text: str) -> int:
    return count_words(text)


def read_act(message: str, *, previous_answer: str | None = None, previous_is_story: bool = False,
             story_told: bool = False) -> Reading:
    """Read one candidate message as a dialogue act.

    `previous_answer` is the candidate's last graded answer, when the interviewer has asked one follow-up since
    (a continuation can only continue that) and `previous_is_story` says it answered the opening question;
    `story_told` says whether any answer has been graded yet.
    """
    text = " ".join(normalise(message)[0].split())
    low = text.lower()
    if low in ("/end", "/stop"):
        return Reading("end", "the end command")
    words = _words(text)
    if len(text) > 600:
        return Reading("answer", "too long to be a side remark")
    asks = ("?" in text or bool(_QUESTION_OPENER.match(text))) and not _says_more(text, story_told)
    if previous_answer is not None:
        if _CONTINUES.match(text):
            return Reading("continuation", "says it continues the previous answer")
        if _UNFINISHED_END.search(previous_answer.rstrip()) and not asks:
            return Reading("continuation", "the previous answer stopped mid-sentence")
        if _CARRIES_ON.match(text) and not asks:
            return Reading("continuation", "carries on the story already under way")
        if previous_is_story and not _FAILURE_WORDS.search(previous_answer) and _words(previous_answer) < 3 * _SHORT \
                and not asks and _FAILURE_WORDS.search(low):
            return Reading("continuation", "the previous message only set the scene; this one tells the failure")
    if words <= _SHORT and (_BARE_REPEAT.match(text) or _REPEAT.search(text)):
        return Reading("repeat", "asks to hear the question again")
    if words <= 2 * _SHORT and _NO_FAILURE.search(low) and not _story_beyond_refusal(low):
        return Reading("no_failure", "says there is no failure to tell")
    if words <= _SHORT and _ASIDE.search(low) and not _STORY.search(low) and not _CLARIFY.search(low) \
            and not _QUESTION_BACK.search(low):
        return Reading("aside", "a remark with no answer in it")
    if words <= _SHORT and asks:
        if _QUESTION_BACK.search(low) and not _CLARIFY.search(low):
            return Reading("question_back", "a question about the job or the process")
        if _CLARIFY.search(low) or not _STORY.search(low):
            return Reading("clarify", "a question about what is asked")
    if words <= _SHORT and not _STORY.search(low) and (not story_told or _ASIDE.search(low)):
        return Reading("aside", "a remark with no answer in it")
    return Reading("answer", "an answer to the question")


def _says_more(text: str, story_told: bool) -> bool:
    """A question followed by an answer ("What would I do? I'd call the client first.") is an answer: the
    statements around the questions tell a story, or, once the story is in, say something of the candidate's own."""
    statements = " ".join(p for p in re.split(r"(?<=[.!?])\s+", text) if not p.rstrip().endswith("?"))
    if _STORY.search(statements):
        return True
    own = re.search(r"\b(?:i|i'd|i'm|i'll|i've|my|we|we'd)\b", statements, re.IGNORECASE) is not None
    return story_told and own and _words(statements) >= 4


def _story_beyond_refusal(low: str) -> bool:
    """'I've never really failed at anything' has no story; 'I can't think of a bigger one than when I missed ...'
    does: look for story words outside the refusal itself."""
    rest = _NO_FAILURE.sub(" ", low)
    rest = re.sub(r"\bfail\w*|\bmistakes?\b", " ", rest)
    return _STORY.search(rest) is not None


def continues(message: str) -> bool:
    """Whether a message opens by saying it continues an earlier one ("Sorry, I wasn't finished ...")."""
    return _CONTINUES.match(" ".join(normalise(message)[0].split())) is not None
