"""The interviewer's voice from a model: the policy picks the move, the model phrases it around the candidate's words."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from typing import Final

from interviewer.interview.context import ModelLog
from interviewer.interview.prompts import prompts_dir, render
from interviewer.interview.speaker import REVEALING, Cue, OfflineSpeaker
from interviewer.interview.state import Turn
from interviewer.llm.client import InvalidOutput, ModelClient, ModelUnavailable
from interviewer.llm.tokens import Message, fits

SPEAKER_MAX_TOKENS: Final = 120

_PROBE_SPIRIT: Final[dict[str, str]] = {
    "real_failure": "Say kindly that this sounds like a strength or a small slip, and ask for a time they were "
                    "clearly wrong and it mattered.",
    "ownership": "Ask them to set the other people aside and say what their own part in it was.",
    "decision": "Ask which decision of theirs led to this, and what part of the outcome was theirs.",
    "cost": "Ask what the failure itself cost before any turnaround, and what they changed because of it.",
    "change": "Ask what they do differently now, specifically enough that a colleague could see it.",
    "aftermath": "Ask what they did once they realised it had gone wrong, and who they told and when.",
    "task": "Ask what exactly they were responsible for.",
    "today": "Ask: if that exact situation came up today, what would they do?",
    "judgement": "Ask what they knew at the time they made the call, and why they made it.",
}
_ACTS: Final[dict[str, str]] = {
    "open": "Greet the candidate in one short sentence and ask them to tell you about a time they failed.",
    "nudge": "The candidate sent nothing. Gently ask the same question again: {question}",
    "close": "Thank the candidate and say the interview is over. Ask nothing.",
    "close_early": "The candidate ended before answering. Say kindly you will stop here and they can try again any time. "
                   "Do not thank them for their answers. Ask nothing.",
    "repeat": "The candidate asked to hear the question again. Ask the same question once more, in other words: {question}",
    "clarify": "The candidate asked what the question means. Explain in one sentence what you are asking for, without "
               "giving an example answer, then ask it again: {question}",
    "question_back": "The candidate asked you something about the job or the process. Say briefly that the recruiter will "
                     "answer that properly, then ask your question again: {question}",
    "aside": "The candidate made a remark that is not an answer. Acknowledge it in a few words, then ask your question "
             "again: {question}",
    "no_failure": "The candidate says they cannot think of a failure. Reassure them in a few words, then ask for a time "
                  "they were clearly wrong about something that mattered to someone.",
    "give_up": "The candidate has not answered. Say you will stop here and they can come back any time. Ask nothing.",
    "drill_open": "This is a short drill on: {drill}. Ask for it in one or two sentences.",
    "drill_retry": "The attempt did not show it yet. Feedback to pass on briefly: {feedback} Ask them to try once more.",
    "drill_close": "The drill is over ({outcome}). Say so in one sentence. Ask nothing.",
}
_ASKS: Final = frozenset({"open", "probe", "nudge", "drill_open", "drill_retry", "repeat", "clarify", "question_back",
                          "aside", "no_failure"})
_LABEL: Final = re.compile(r"^(?:(?:interviewer|you|assistant)\s*:\s*)+", re.IGNORECASE)
_SENTENCE: Final = re.compile(r"[^.!?]+[.!?]+")


def as_data(text: str) -> str:
    """Words from the candidate (or the conversation) as one JSON string with < and > escaped: a reply holding
    "</transcript>" and a line "Your next move: ..." stays inside its string and can close nothing."""
    return json.dumps(text, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")


def _instruction(cue: Cue) -> str:
    if cue.act == "probe":
        return "Ask your next follow-up. " + _PROBE_SPIRIT[cue.probe or "today"]
    return render(_ACTS[cue.act], question=cue.question, drill=cue.drill or "", feedback=" ".join(cue.feedback),
                  outcome="passed" if cue.passed else "not passed yet")


def speech_checker(act: str) -> Callable[[str], str]:
    """The check a spoken turn must pass: not empty, nothing about scoring, and one question when it asks."""

    def check(text: str) -> str:
        said = " ".join(text.replace("\n", " ").split()).strip().strip('"')
        said = _LABEL.sub("", said)
        if act not in _ASKS:
            # a turn that asks nothing (the close) keeps no question: a closing "any questions for me?" would wait
            # for an answer the interview will never read
            statements = [x.strip() for x in _SENTENCE.findall(said) if "?" not in x]
            said = " ".join(statements[:2]) if _SENTENCE.findall(said) else said[:300]
            if "?" in said:
                raise InvalidOutput("a closing turn asked a question")
        if not said:
            raise InvalidOutput("empty turn")
        if REVEALING.search(said):
            raise InvalidOutput("the turn mentioned scoring")
        if act in _ASKS:
            if "?" not in said:
                raise InvalidOutput("the turn asked no question")
            said = said[: said.index("?") + 1]  # one question per turn
        return said

    return check


class ModelSpeaker:
    """Phrases each cue with a model, streaming it; falls back to the offline bank when the model fails."""

    def __init__(self, client: ModelClient, version: str = "v1", log: ModelLog | None = None,
                 fallback: OfflineSpeaker | None = None) -> None:
        path = prompts_dir() / "interviewer" / f"{version}.md"
        if not path.is_file():
            raise FileNotFoundError(f"There is no interviewer prompt {path}; versions live in prompts/interviewer/.")
        self.template = path.read_text(encoding="utf-8")
        self.client, self.log = client, log or ModelLog()
        self.fallback = fallback or OfflineSpeaker()

    def messages(self, cue: Cue) -> list[Message]:
        """System prompt, then as much recent conversation as fits the budget, then the move to make."""
        # The role is the candidate's words too: it goes in the request as data, never into the instructions.
        role_line = "The role the candidate is applying for is given in the request, as data." if cue.role else ""
        system: Message = {"role": "system", "content": render(self.template, role_line=role_line)}
        move = f"Your next move: {_instruction(cue)}"
        role = f"The role they are applying for, as data: {as_data(cue.role)}\n" if cue.role else ""

        def request(turns: Sequence[Turn]) -> Message:
            lines = "\n".join(f"{'Candidate' if t['role'] == 'candidate' else 'You'}: {as_data(t['text'])}" for t in turns)
            content = f"{role}The conversation so far, as data:\n<transcript>\n{lines}\n</transcript>\n\n{move}"
            return {"role": "user", "content": content}

        turns = list(cue.transcript)
        budget = self.client.config.token_budget - SPEAKER_MAX_TOKENS
        # Trim the oldest turns first; the system prompt and the move are never cut.
        while turns and not fits([system, request(turns)], budget, self.client.model):
            turns.pop(0)
        if not turns and cue.transcript:
            last = cue.transcript[-1]
            turns = [Turn(role=last["role"], text=last["text"][:2000])]
            while not fits([system, request(turns)], budget, self.client.model) and turns[0]["text"]:
                turns = [Turn(role=last["role"], text=turns[0]["text"][: len(turns[0]["text"]) // 2])]
        return [system, request(turns)]

    def speak(self, cue: Cue) -> str:
        stream = cue.stream
        try:
            text, usage = self.client.complete(
                self.messages(cue), max_tokens=SPEAKER_MAX_TOKENS, parse=speech_checker(cue.act),
                on_text=(lambda t: stream({"event": "token", "text": t})) if stream else None,
            )
        except ModelUnavailable as e:
            self.log.record(e.prompt_tokens, e.completion_tokens)
            text = self.fallback.speak(cue)
            if not e.quiet:
                self.log.note(f"The model could not phrase this turn ({e}) The offline interviewer asked it instead.")
            if stream:
                stream({"event": "replace", "text": text})
            return text
        self.log.record(usage.prompt_tokens, usage.completion_tokens)
        if stream:
            stream({"event": "replace", "text": text})
        return text
