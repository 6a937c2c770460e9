"""The v2 judge's checklist: one yes/no item per rubric criterion, each with an exact quote, and the rule by which
the three verdicts follow from the items. Its JSON schema and its validation are both generated from these types."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final, Literal, TypedDict, get_args, get_origin, get_type_hints, is_typeddict

from interviewer.grading.questions import TARGETS, QuestionKind
from interviewer.llm.client import InvalidOutput
from interviewer.rubric import TEST_IDS, Flag, FlagId, TestId, TestResult

# The checklist (v2). Its JSON schema and its validation are both generated from these types.
CheckId = Literal[
    "failure_is_own", "own_decision_named", "no_blame", "no_vague_we", "no_excuse", "no_agentless", "no_minimizing",
    "not_a_strength",
    "change_is_present", "change_is_own", "change_is_checkable", "no_platitude", "no_hedge",
    "stakes_real", "not_trivial", "no_pivot_to_win", "no_sympathy_plea",
    "no_disparaging", "no_confidential",
]
CHECK_IDS: Final[tuple[CheckId, ...]] = get_args(CheckId)
YesNo = Literal["yes", "no"]


class CheckAnswer(TypedDict):
    answer: YesNo
    quote: str


class FlagReview(TypedDict):
    id: FlagId
    confirm: YesNo
    reason: str


class ChecklistAnswer(TypedDict):
    """A v2 answer: every item, and a confirm or reject for each flag the rules engine proposed."""

    checks: dict[CheckId, CheckAnswer]
    proposed_flags: list[FlagReview]


CHECK_RULE: Final[dict[TestId, tuple[CheckId, ...]]] = {
    "honesty": ("failure_is_own", "own_decision_named", "no_blame", "no_vague_we", "no_excuse", "no_agentless",
                "no_minimizing", "not_a_strength"),
    "learning": ("change_is_present", "change_is_own", "change_is_checkable", "no_platitude", "no_hedge"),
    "self_awareness": ("stakes_real", "own_decision_named", "not_a_strength", "not_trivial", "no_pivot_to_win",
                       "no_platitude", "no_hedge", "no_sympathy_plea"),
}
"""The items each test needs; prompts/grader/v2.md states the same rule to the model (a test checks they agree)."""
PROBLEM_ITEMS: Final[frozenset[CheckId]] = frozenset(c for c in CHECK_IDS if c.startswith(("no_", "not_")))
"""Items that name a problem; a follow-up reply fails on one only when it is answered "no" with a quote."""
FLAG_CHECKS: Final[dict[CheckId, FlagId]] = {
    "not_a_strength": "humble_brag", "no_blame": "blame_shifting", "no_vague_we": "vague_ownership",
    "no_pivot_to_win": "rescue_narrative", "not_trivial": "too_small", "no_disparaging": "negative_about_others",
    "no_confidential": "confidential_details",
}
"""A "no" with its quote on one of these items reports the flag."""
STORY_KINDS: Final[frozenset[QuestionKind]] = frozenset({"opening", "real_failure"})


def asked_tests(kind: QuestionKind) -> tuple[TestId, ...]:
    """The tests whose every item a reply must show: all of them for a story, else those the probe asks about
    (never self_awareness: its stakes and decision belong to the whole story, RUBRIC section 1)."""
    if kind in STORY_KINDS:
        return TEST_IDS
    return tuple(t for t in TEST_IDS if t in TARGETS[kind] and t != "self_awareness")


def json_schema(tp: Any) -> dict[str, Any]:
    """The strict JSON schema of a type: a TypedDict, a dict keyed by a Literal, a list, a Literal, str."""
    origin, args = get_origin(tp), get_args(tp)
    if origin is Literal:
        return {"type": "string", "enum": list(args)}
    if tp is str:
        return {"type": "string"}
    if origin is list:
        return {"type": "array", "items": json_schema(args[0])}
    fields = _fields(tp)
    return {"type": "object", "additionalProperties": False, "required": list(fields),
            "properties": {k: json_schema(v) for k, v in fields.items()}}


def conforms(value: Any, tp: Any) -> bool:
    """Whether parsed JSON has the shape of `tp` (extra keys are ignored)."""
    origin, args = get_origin(tp), get_args(tp)
    if origin is Literal:
        return isinstance(value, str) and value in args
    if tp is str:
        return isinstance(value, str)
    if origin is list:
        return isinstance(value, list) and all(conforms(v, args[0]) for v in value)
    fields = _fields(tp)
    return isinstance(value, dict) and all(k in value and conforms(value[k], v) for k, v in fields.items())


def _fields(tp: Any) -> dict[str, Any]:
    if get_origin(tp) is dict and get_origin(get_args(tp)[0]) is Literal:
        key, item = get_args(tp)
        return dict.fromkeys(get_args(key), item)
    if is_typeddict(tp):
        return get_type_hints(tp)
    raise TypeError(f"no JSON schema for {tp!r}")


CHECKLIST_SCHEMA: Final[dict[str, Any]] = json_schema(ChecklistAnswer)


def _everything(_: str) -> bool:
    return True


@dataclass(frozen=True, slots=True)
class Check:
    """One checklist item as answered, its quote checked: None when it was empty or not exact words of the reply."""

    answer: YesNo
    quote: str | None


@dataclass(frozen=True, slots=True)
class Checklist:
    """A v2 answer: the items, and the judge's confirm (True) or reject of each flag the rules engine proposed."""

    items: dict[CheckId, Check]
    kind: QuestionKind
    reviews: dict[FlagId, tuple[bool, str]] = field(default_factory=dict)

    def verdicts(self, usable: Callable[[str], bool] = _everything,
                 supports: Callable[[str], bool] | None = None) -> dict[TestId, TestResult | None]:
        """The tests by CHECK_RULE; None where a verdict would rest on no quote, or on a quote `usable` refuses (the
        quote of a "yes", which backs a pass: one `supports` refuses)."""
        return {t: self._verdict(t, t in asked_tests(self.kind), usable, supports or usable) for t in TEST_IDS}

    def _verdict(self, test: TestId, asked: bool, usable: Callable[[str], bool],
                 supports: Callable[[str], bool]) -> TestResult | None:
        failing: list[CheckId] = []
        shown: list[str] = []
        problems: list[str] = []
        unsure = False
        for c in CHECK_RULE[test]:
            check = self.items[c]
            keep = supports if check.answer == "yes" else usable
            quote = check.quote if check.quote is not None and keep(check.quote) else None
            required = asked and (self.kind in STORY_KINDS or c not in PROBLEM_ITEMS)
            if check.quote is not None and quote is None:  # its words are set aside: it says nothing either way
                unsure = unsure or required
            elif check.answer == "yes" and quote:
                shown.append(quote)
            elif required or (c in PROBLEM_ITEMS and check.answer == "no" and quote):
                failing.append(c)
                problems += [quote] if check.answer == "no" and quote else []
        if failing:
            return TestResult("fail", tuple(dict.fromkeys(problems)), f"The checklist answers no to {', '.join(failing)}.")
        if unsure or not shown:
            return None
        return TestResult("pass", tuple(dict.fromkeys(shown))[:3], "Every checklist item it needs is yes, with a quote.")

    def flags(self) -> tuple[Flag, ...]:
        return tuple(Flag(f, q) for c, f in FLAG_CHECKS.items()
                     if self.items[c].answer == "no" and (q := self.items[c].quote) is not None)


def exact_quote(raw: str, reply: str) -> str | None:
    q = raw.strip().strip('"“”').strip()
    q = q.removesuffix("...").removesuffix("…").strip()
    return q if q and q in reply else None


def read_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise InvalidOutput(f"not JSON: {e.msg}") from None


def parse_checklist(text: str, reply: str, kind: QuestionKind) -> tuple[Checklist, int]:
    """Check a checklist answer against its type and every quote against the reply; raise InvalidOutput on junk."""
    data = read_json(text)
    if not conforms(data, ChecklistAnswer):
        raise InvalidOutput("the JSON does not follow the checklist schema")
    answer: ChecklistAnswer = data
    items = {c: Check(answer["checks"][c]["answer"], exact_quote(answer["checks"][c]["quote"], reply)) for c in CHECK_IDS}
    dropped = sum(1 for c in CHECK_IDS if answer["checks"][c]["quote"].strip() and items[c].quote is None)
    reviews = {r["id"]: (r["confirm"] == "yes", r["reason"][:300]) for r in answer["proposed_flags"]}
    return Checklist(items, kind, reviews), dropped
