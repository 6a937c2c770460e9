"""The LLM judge: the rubric's tests and flags from a model, as JSON-schema structured output, with checked quotes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Final

from interviewer.interview.prompts import prompts_dir, render
from interviewer.llm.client import InvalidOutput, ModelClient, ModelUnavailable, Usage
from interviewer.llm.tokens import Message, clip_to_tokens, count_messages, fits
from interviewer.rubric import FLAG_IDS, TEST_IDS, Flag, FlagId, TestId, TestResult

JUDGE_MAX_TOKENS: Final = 700
"""The judge's answer length when the budget allows; a tight budget shrinks it to no less than MIN_ANSWER."""
MIN_ANSWER: Final = 300
MIN_REPLY: Final = 200
_TEST: Final = {
    "type": "object", "additionalProperties": False, "required": ["verdict", "evidence", "reason"],
    "properties": {"verdict": {"type": "string", "enum": ["pass", "fail"]},
                   "evidence": {"type": "array", "items": {"type": "string"}}, "reason": {"type": "string"}},
}
def bounded(schema: Any) -> Any:
    """The schema with lengths capped, for servers that turn it into a sampling grammar (llama.cpp).

    A small model constrained only by shape can write one evidence string until it runs out of tokens;
    caps make every answer finish. OpenAI's strict mode rejects some of these keywords, so they are only
    sent to the local backend.
    """
    if isinstance(schema, dict):
        out = {k: bounded(v) for k, v in schema.items()}
        if out.get("type") == "string" and "enum" not in out:
            out["maxLength"] = 300
        if out.get("type") == "array":
            out["maxItems"] = 3
        return out
    return schema


SCHEMA: Final[dict[str, Any]] = {
    "type": "object", "additionalProperties": False, "required": ["tests", "flags"],
    "properties": {
        "tests": {"type": "object", "additionalProperties": False, "required": list(TEST_IDS),
                  "properties": {t: _TEST for t in TEST_IDS}},
        "flags": {"type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["id", "evidence"],
            "properties": {"id": {"type": "string", "enum": list(FLAG_IDS)}, "evidence": {"type": "string"}}}},
    },
}
_OPENING_LINE = "This reply answers the opening question, so judge it as a whole story."
_FOLLOW_UP_LINE = (
    "This reply answers a follow-up question ({kind}), shown before the reply. Judge learning on whether it "
    "commits to a specific, checkable action; judge honesty and self_awareness only on what the reply itself "
    "shows, and never fail it for lacking a full story."
)


@dataclass(frozen=True, slots=True)
class Judgement:
    """What the judge said, after its quotes were checked against the reply."""

    tests: dict[TestId, TestResult | None]
    """None where the judge passed a test without one exact quote: that verdict is not used."""
    flags: tuple[Flag, ...]
    dropped_quotes: int
    clipped: bool
    usage: Usage


def _quote(raw: str, reply: str) -> str | None:
    q = raw.strip().strip('"“”').strip()
    q = q.removesuffix("...").removesuffix("…").strip()
    return q if q and q in reply else None


def parse_judgement(text: str, reply: str) -> tuple[dict[TestId, TestResult | None], tuple[Flag, ...], int]:
    """Check the judge's JSON against the schema and every quote against the reply; raise InvalidOutput on junk."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise InvalidOutput(f"not JSON: {e.msg}") from None
    if not isinstance(data, dict) or not isinstance(data.get("tests"), dict) or not isinstance(data.get("flags"), list):
        raise InvalidOutput("the JSON lacks 'tests' or 'flags'")
    dropped = 0
    tests: dict[TestId, TestResult | None] = {}
    for t in TEST_IDS:
        raw = data["tests"].get(t)
        malformed = not isinstance(raw, dict) or raw.get("verdict") not in ("pass", "fail")
        if malformed or not isinstance(raw.get("evidence", []), list):
            raise InvalidOutput(f"the test '{t}' is missing or malformed")
        quotes = [q for e in raw.get("evidence", []) if isinstance(e, str) and (q := _quote(e, reply))]
        dropped += len(raw.get("evidence", [])) - len(quotes)
        if raw["verdict"] == "pass" and not quotes:
            tests[t] = None
            continue
        tests[t] = TestResult(raw["verdict"], tuple(dict.fromkeys(quotes)), str(raw.get("reason", ""))[:300])
    flags: list[Flag] = []
    for f in data["flags"]:
        if not isinstance(f, dict) or f.get("id") not in FLAG_IDS:
            raise InvalidOutput("a flag has an unknown id")
        if (q := _quote(str(f.get("evidence", "")), reply)) is None:
            dropped += 1
            continue
        flag_id: FlagId = f["id"]
        flags.append(Flag(flag_id, q))
    return tests, tuple(flags), dropped


class LLMJudge:
    """Asks a model for the three tests and the flags of one reply."""

    def __init__(self, client: ModelClient, version: str = "v1") -> None:
        self.client = client
        self.version = version
        path = prompts_dir() / "grader" / f"{version}.md"
        if not path.is_file():
            raise FileNotFoundError(f"There is no grader prompt {path}; versions live in prompts/grader/.")
        self.template = path.read_text(encoding="utf-8")

    def messages(self, reply: str, question: str | None, kind: str) -> tuple[list[Message], bool, int]:
        """The request and its answer length, the reply clipped so both fit the budget (the system prompt is never cut)."""
        line = _OPENING_LINE if kind in ("opening", "real_failure") else render(_FOLLOW_UP_LINE, kind=kind)
        system: Message = {"role": "system", "content": render(self.template, kind_line=line)}
        asked_text = clip_to_tokens(question or "Tell me about a time you failed.", 200, self.client.model)
        asked = f"Question asked:\n<question>\n{asked_text}\n</question>\n\n"

        def user(text: str) -> Message:
            return {"role": "user", "content": f"{asked}The candidate's reply, as data:\n<reply>\n{text}\n</reply>"}

        whole = [system, user(reply)]
        if fits(whole, self.client.config.token_budget - JUDGE_MAX_TOKENS, self.client.model):
            return whole, False, JUDGE_MAX_TOKENS  # fits whole (its size alone often shows it: no tokenizer needed)
        # A few tokens of margin: the reply tokenises slightly differently inside the message than alone.
        free = self.client.config.token_budget - count_messages([system, user("")], self.client.model) - 16
        answer = max(MIN_ANSWER, min(JUDGE_MAX_TOKENS, free - MIN_REPLY))
        if free - answer < MIN_REPLY:
            raise ModelUnavailable(f"The token budget of {self.client.config.token_budget} leaves no room to judge a reply.")
        clipped_reply = clip_to_tokens(reply, free - answer, self.client.model)
        return [system, user(clipped_reply)], clipped_reply != reply, answer

    def judge(self, reply: str, question: str | None, kind: str) -> Judgement:
        messages, clipped, answer = self.messages(reply, question, kind)
        schema = bounded(SCHEMA) if self.client.config.backend == "local" else SCHEMA
        (tests, flags, dropped), usage = self.client.complete(
            messages, max_tokens=answer, schema=schema, parse=lambda text: parse_judgement(text, reply)
        )
        return Judgement(tests, flags, dropped, clipped, usage)



