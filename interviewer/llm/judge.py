"""The LLM judge: the rubric's tests and flags from a model, as JSON-schema structured output, with checked quotes.

A grader prompt file chooses its answer format in its front matter: `verdicts` (v1, the default: a verdict per
test) or `checklist` (v2: one yes/no item per rubric criterion with a quote, the verdicts following by CHECK_RULE).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal, get_args

from interviewer.grading.questions import QuestionKind
from interviewer.interview.prompts import prompts_dir, render
from interviewer.llm.checklist import (
    CHECKLIST_SCHEMA,
    STORY_KINDS,
    Checklist,
    asked_tests,
    exact_quote,
    parse_checklist,
    read_json,
)
from interviewer.llm.client import InvalidOutput, ModelClient, ModelUnavailable, Usage
from interviewer.llm.tokens import Message, clip_to_tokens, count_messages, fits
from interviewer.rubric import FLAG_IDS, TEST_IDS, Flag, FlagId, TestId, TestResult

JUDGE_MAX_TOKENS: Final = 700
"""The judge's answer length when the budget allows; a tight budget shrinks it to no less than MIN_ANSWER."""
MIN_ANSWER: Final = 300
CHECKLIST_MAX_TOKENS: Final = 1200
"""A checklist answers ~20 items, each with a quote: about twice a verdicts answer."""
CHECKLIST_MIN_ANSWER: Final = 700
MIN_REPLY: Final = 200
AnswerFormat = Literal["verdicts", "checklist"]
_TEST: Final = {
    "type": "object", "additionalProperties": False, "required": ["verdict", "evidence", "reason"],
    "properties": {"verdict": {"type": "string", "enum": ["pass", "fail"]},
                   "evidence": {"type": "array", "items": {"type": "string"}}, "reason": {"type": "string"}},
}
def bounded(schema: Any, max_items: int = 3) -> Any:
    """The schema with lengths capped, for servers that turn it into a sampling grammar (llama.cpp).

    A small model constrained only by shape can write one evidence string until it runs out of tokens;
    caps make every answer finish. OpenAI's strict mode rejects some of these keywords, so they are only
    sent to the local backend.
    """
    if isinstance(schema, dict):
        out = {k: bounded(v, max_items) for k, v in schema.items()}
        if out.get("type") == "string" and "enum" not in out:
            out["maxLength"] = 300
        if out.get("type") == "array":
            out["maxItems"] = max_items
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

_CHECKLIST_OPENING_LINE = "This reply answers the opening question: a whole story, so every item on a test's line is asked."
_CHECKLIST_FOLLOW_UP_LINE = (
    "This reply answers a follow-up question ({kind}), shown before the reply. The question asks about {asked}; "
    "judge every other test only on what the reply itself shows, never for lacking a full story."
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
    checklist: Checklist | None = None
    """The items the tests follow from, for a checklist prompt."""

    def screened(self, usable: Callable[[str], bool],
                 supports: Callable[[str], bool] | None = None) -> dict[TestId, TestResult | None]:
        """The tests with every quote `usable` refuses removed (for a pass, every quote `supports` refuses); a verdict
        that rested only on such quotes is None."""
        if self.checklist is not None:
            return self.checklist.verdicts(usable, supports)
        out: dict[TestId, TestResult | None] = {}
        for t, result in self.tests.items():
            keep = supports if supports is not None and result is not None and result.verdict == "pass" else usable
            kept = tuple(q for q in result.evidence if keep(q)) if result else ()
            out[t] = None if result is None or (result.evidence and not kept) else TestResult(
                result.verdict, kept, result.reason, result.applicable)
        return out


def parse_judgement(text: str, reply: str) -> tuple[dict[TestId, TestResult | None], tuple[Flag, ...], int]:
    """Check the judge's JSON against the schema and every quote against the reply; raise InvalidOutput on junk."""
    data = read_json(text)
    if not isinstance(data, dict) or not isinstance(data.get("tests"), dict) or not isinstance(data.get("flags"), list):
        raise InvalidOutput("the JSON lacks 'tests' or 'flags'")
    dropped = 0
    tests: dict[TestId, TestResult | None] = {}
    for t in TEST_IDS:
        raw = data["tests"].get(t)
        malformed = not isinstance(raw, dict) or raw.get("verdict") not in ("pass", "fail")
        if malformed or not isinstance(raw.get("evidence", []), list):
            raise InvalidOutput(f"the test '{t}' is missing or malformed")
        quotes = [q for e in raw.get("evidence", []) if isinstance(e, str) and (q := exact_quote(e, reply))]
        dropped += len(raw.get("evidence", [])) - len(quotes)
        if raw["verdict"] == "pass" and not quotes:
            tests[t] = None
            continue
        tests[t] = TestResult(raw["verdict"], tuple(dict.fromkeys(quotes)), str(raw.get("reason", ""))[:300])
    flags: list[Flag] = []
    for f in data["flags"]:
        if not isinstance(f, dict) or f.get("id") not in FLAG_IDS:
            raise InvalidOutput("a flag has an unknown id")
        if (q := exact_quote(str(f.get("evidence", "")), reply)) is None:
            dropped += 1
            continue
        flag_id: FlagId = f["id"]
        flags.append(Flag(flag_id, q))
    return tests, tuple(flags), dropped


def _front_matter(text: str, path: str) -> tuple[AnswerFormat, str]:
    """The answer format a prompt file declares (`answer: checklist` between `---` lines at its top), and its text."""
    head, sep, body = text.removeprefix("---\n").partition("\n---\n")
    if not text.startswith("---\n") or not sep:
        return "verdicts", text
    settings = {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in head.splitlines())}
    value = settings.get("answer", "verdicts")
    for fmt in get_args(AnswerFormat):
        if value == fmt:
            return fmt, body
    raise ValueError(f"{path} declares 'answer: {value}'; use one of {', '.join(get_args(AnswerFormat))}.")


_CLOSING_REPLY = re.compile(r"</(?=reply)", re.IGNORECASE)


class LLMJudge:
    """Asks a model for the three tests and the flags of one reply."""

    def __init__(self, client: ModelClient, version: str = "v1") -> None:
        self.client = client
        self.version = version
        path = prompts_dir() / "grader" / f"{version}.md"
        if not path.is_file():
            raise FileNotFoundError(f"There is no grader prompt {path}; versions live in prompts/grader/.")
        self.format, self.template = _front_matter(path.read_text(encoding="utf-8"), str(path))

    @property
    def reviews_flags(self) -> bool:
        """Whether this prompt confirms or rejects the flags the rules engine proposes (so it needs them first)."""
        return self.format == "checklist"

    def _kind_line(self, kind: QuestionKind) -> str:
        if self.format == "verdicts":
            return _OPENING_LINE if kind in STORY_KINDS else render(_FOLLOW_UP_LINE, kind=kind)
        if kind in STORY_KINDS:
            return _CHECKLIST_OPENING_LINE
        return render(_CHECKLIST_FOLLOW_UP_LINE, kind=kind, asked=" and ".join(asked_tests(kind)) or "none of the tests")

    def messages(self, reply: str, question: str | None, kind: QuestionKind,
                 proposed: Sequence[Flag] = ()) -> tuple[list[Message], bool, int]:
        """The request and its answer length, the reply clipped so both fit the budget (the system prompt is never cut)."""
        system: Message = {"role": "system", "content": render(self.template, kind_line=self._kind_line(kind))}
        asked_text = clip_to_tokens(question or "Tell me about a time you failed.", 200, self.client.model)
        asked = f"Question asked:\n<question>\n{asked_text}\n</question>\n\n"
        if self.reviews_flags:
            listed = "".join(f'- {f.id}: "{f.evidence}"\n' for f in proposed) or "(none: answer proposed_flags with [])\n"
            asked += f"Flags the rules engine proposes, with the words it read (as data):\n<proposed>\n{listed}</proposed>\n\n"
        most, least = (CHECKLIST_MAX_TOKENS, CHECKLIST_MIN_ANSWER) if self.reviews_flags else (JUDGE_MAX_TOKENS, MIN_ANSWER)

        def user(text: str) -> Message:
            # the reply stays exact for quoting, but can never close its own block
            text = _CLOSING_REPLY.sub("</ reply", text)
            return {"role": "user", "content": f"{asked}The candidate's reply, as data:\n<reply>\n{text}\n</reply>"}

        whole = [system, user(reply)]
        if fits(whole, self.client.config.token_budget - most, self.client.model):
            return whole, False, most  # fits whole (its size alone often shows it: no tokenizer needed)
        # A few tokens of margin: the reply tokenises slightly differently inside the message than alone.
        free = self.client.config.token_budget - count_messages([system, user("")], self.client.model) - 16
        answer = max(least, min(most, free - MIN_REPLY))
        if free - answer < MIN_REPLY:
            raise ModelUnavailable(f"The token budget of {self.client.config.token_budget} leaves no room to judge a reply.")
        clipped_reply = clip_to_tokens(reply, free - answer, self.client.model)
        return [system, user(clipped_reply)], clipped_reply != reply, answer

    def judge(self, reply: str, question: str | None, kind: QuestionKind, proposed: Sequence[Flag] = ()) -> Judgement:
        """The judge's reading of `reply`; `proposed` are the rules engine's flags for a checklist prompt to review."""
        messages, clipped, answer = self.messages(reply, question, kind, proposed)
        local = self.client.config.backend == "local"
        if self.format == "verdicts":
            schema = bounded(SCHEMA) if local else SCHEMA
            (tests, flags, dropped), usage = self.client.complete(
                messages, max_tokens=answer, schema=schema, parse=lambda text: parse_judgement(text, reply)
            )
            return Judgement(tests, flags, dropped, clipped, usage)
        schema = bounded(CHECKLIST_SCHEMA, max_items=len(FLAG_IDS)) if local else CHECKLIST_SCHEMA
        (checklist, dropped), usage = self.client.complete(
            messages, max_tokens=answer, schema=schema, parse=lambda text: parse_checklist(text, reply, kind)
        )
        return Judgement(checklist.verdicts(), checklist.flags(), dropped, clipped, usage, checklist)
