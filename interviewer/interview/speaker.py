"""The interviewer's voice: a Cue says what to say, a Speaker says it. Offline, phrasings come from a curated bank."""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Final, Literal, Protocol, runtime_checkable

from interviewer.interview.prompts import PhraseBank, load_bank, render
from interviewer.interview.state import Turn

REVEALING: Final = re.compile(
    r"\b(?:scored?|scoring|rubric|verdicts?|grade[ds]?|grading|flag(?:ged|s)?|out of (?:10|ten|100)|/10|/100|10/10|"
    r"full marks|you passed|you failed the)\b", re.IGNORECASE)
"""Words an interviewer turn must never use before the close: they would reveal the grading."""

Act = Literal["open", "probe", "nudge", "close", "close_early", "give_up", "drill_open", "drill_retry", "drill_close",
              "repeat", "clarify", "question_back", "aside", "no_failure"]
ACT_REPLIES: Final[frozenset[str]] = frozenset({"repeat", "clarify", "question_back", "aside", "no_failure"})
"""Acts that answer a candidate message which was not an answer; each ends by asking the open question again."""
OFFLINE_BANK = "offline/interviewer"


@dataclass(frozen=True, kw_only=True)
class Cue:
    """What the graph wants said next; a Speaker turns it into words (a model may phrase it around the reply)."""

    act: Act
    seed: str
    """Stable per session and turn, so a resumed interview says the same thing it would have."""
    probe: str | None = None
    """For `probe`: the gap to ask about (probes.ProbeId). For the replies to a dialogue act, the probe whose
    question is still open (None while the opening question is)."""
    drill: str | None = None
    """For drill acts: the drill target."""
    role: str | None = None
    question: str = ""
    """For `nudge`: the question still waiting for an answer."""
    feedback: Sequence[str] = ()
    """For `drill_retry` and `drill_close`: what the attempt showed, already worded."""
    passed: bool = False
    """For `drill_close`: whether the drill ended on a pass."""
    transcript: Sequence[Turn] = field(default_factory=tuple)
    """The conversation so far; an LLM speaker quotes the candidate's own words from it."""
    stream: Callable[[dict[str, str]], None] | None = None
    """Where a streaming speaker sends `{"event": "token"|"replace", "text"}` as the turn is written."""


@runtime_checkable
class Speaker(Protocol):
    """Says one interviewer turn."""

    def speak(self, cue: Cue) -> str: ...


def _pick(options: Sequence[str], seed: str, avoid: set[str]) -> str:
    fresh = [o for o in options if o not in avoid] or list(options)
    digest = hashlib.sha256(seed.encode()).digest()
    return random.Random(digest).choice(fresh)


@dataclass
class OfflineSpeaker:
    """Speaks from `prompts/offline/interviewer.md`, varying the phrasing and never reusing one in a session."""

    bank: PhraseBank = field(default_factory=lambda: load_bank(OFFLINE_BANK))

    def _bare(self, question: str) -> str:
        """The question without the acknowledgement or introduction it was asked with."""
        for key in ("intro", "ack", "drill.intro", "nudge"):
            for lead in self.bank.options(key):
                if question.startswith(lead + " "):
                    question = question[len(lead) + 1:]
        return question

    @staticmethod
    def _lead_key(cue: Cue) -> str:
        if cue.act == "clarify":
            kind = cue.probe or ("drill" if cue.drill else "opening")
            return f"clarify.{kind}"
        return cue.act

    @staticmethod
    def _probe_key(cue: Cue) -> str:
        """The phrase key of the probe: asking what the failure cost "before the turnaround" presupposes a win the
        candidate may never have told, so without one the plain question is asked."""
        if cue.probe == "cost" and not any(f.get("id") == "rescue_narrative" for t in cue.transcript
                                           for f in t.get("grade", {}).get("flags", ())):
            return "probe.cost.plain"
        return f"probe.{cue.probe}"

    @classmethod
    def _ask_again(cls, cue: Cue, say: Callable[..., str]) -> str:
        """The open question again, in a phrasing not used yet this session (other words, the same question)."""
        if cue.act == "no_failure":
            return say("probe.no_failure")
        if cue.drill:
            return say(f"drill.{cue.drill}")
        return say(cls._probe_key(cue)) if cue.probe else say("open")

    def speak(self, cue: Cue) -> str:
        said = {t["text"] for t in cue.transcript if t["role"] == "interviewer"}
        used = {o for key in self.bank.entries for o in self.bank.entries[key] if any(o in s for s in said)}

        def say(key: str, **values: str) -> str:
            return render(_pick(self.bank.options(key), f"{cue.seed}:{key}", used), **values)

        match cue.act:
            case "open":
                if cue.role:
                    return f"{say('intro.role', role=cue.role)} {say('open')}"
                return f"{say('intro')} {say('open')}"
            case "probe":
                return f"{say('ack')} {say(self._probe_key(cue))}"
            case "nudge":
                return f"{say('nudge')} {self._bare(cue.question)}"
            case "close":
                return say("close")
            case "close_early":
                return say("close.early")
            case "repeat" | "clarify" | "question_back" | "aside" | "no_failure":
                return f"{say(self._lead_key(cue))} {self._ask_again(cue, say)}"
            case "give_up":
                return say("close.no_reply")
            case "drill_open":
                return f"{say('drill.intro')} {say(f'drill.{cue.drill}')}"
            case "drill_retry":
                notes = " ".join(cue.feedback)
                return f"{say('drill.not_yet')} {notes} {say(f'drill.tip.{cue.drill}')} {say('drill.again')}"
            case "drill_close":
                key = "drill.passed" if cue.passed else "drill.out_of_attempts"
                return f"{say(key)} {' '.join(cue.feedback)}".strip()
