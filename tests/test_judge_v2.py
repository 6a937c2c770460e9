"""The checklist judge (prompts/grader/v2.md) and the hybrid's confirm/reject policy, through the real `openai`
client against the scripted loopback server: items drive the verdicts, quotes must be exact, the rules' lexical
flags are confirmed or rejected, no verdict rests on an injected sentence, and an A/B of v1 against v2."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from interviewer.cli import main
from interviewer.evaluation.dataset import load_cases
from interviewer.grading import RulesGrader, learned
from interviewer.grading.screen import injected_sentences
from interviewer.interview.prompts import prompts_dir, render
from interviewer.llm.checklist import (
    CHECK_IDS,
    CHECK_RULE,
    CHECKLIST_SCHEMA,
    FLAG_CHECKS,
    ChecklistAnswer,
    conforms,
)
from interviewer.llm.client import ModelClient
from interviewer.llm.hybrid import JUDGED_FLAGS, HybridGrader
from interviewer.llm.judge import SCHEMA, LLMJudge
from interviewer.rubric import FLAG_IDS, TEST_IDS
from tests import interview_lines as L
from tests.model_server import Answer, ModelServer, judge_json, reply_of, serving_the_cli
from tests.test_llm import config, judge_requests

TODAY_QUESTION = "If that exact situation came up today, what would you do?"
V2 = (prompts_dir() / "grader" / "v2.md").read_text(encoding="utf-8")


@pytest.fixture
def server() -> Iterator[ModelServer]:
    with ModelServer() as s:
        yield s


def hybrid(server: ModelServer, version: str = "v2") -> HybridGrader:
    return HybridGrader(RulesGrader(), LLMJudge(ModelClient(config(server)), version))


def checklist(quote: str, **answers: tuple[str, str]) -> dict[str, Any]:
    """Every item "yes" with `quote`, except those given as item=(answer, quote)."""
    checks: dict[str, dict[str, str]] = {c: {"answer": "yes", "quote": quote} for c in CHECK_IDS}
    for c, (answer, q) in answers.items():
        checks[c] = {"answer": answer, "quote": q}
    return {"checks": checks, "proposed_flags": []}


def proposed_in(body: dict[str, Any]) -> dict[str, str]:
    """The flags a checklist request lists as the rules engine's proposals, with their quotes."""
    block = re.search(r"<proposed>\n(.*?)</proposed>", body["messages"][-1]["content"], re.DOTALL)
    return dict(re.findall(r'^- (\w+): "(.*)"$', block.group(1) if block else "", re.MULTILINE))


def first_sentence(reply: str) -> str:
    return re.split(r"(?<=[.!?])\s", reply.strip(), maxsplit=1)[0]


# The checklist's contract: its schema comes from the types, and the prompt states the rule the code applies.

def test_the_checklist_schema_is_generated_from_the_types_and_validates_what_conforms_accepts() -> None:
    checks = CHECKLIST_SCHEMA["properties"]["checks"]
    assert checks["required"] == list(CHECK_IDS) and checks["additionalProperties"] is False
    item = checks["properties"]["no_blame"]
    assert item["properties"]["answer"] == {"type": "string", "enum": ["yes", "no"]}
    review = CHECKLIST_SCHEMA["properties"]["proposed_flags"]["items"]
    assert review["properties"]["id"]["enum"] == list(FLAG_IDS) and review["required"] == ["id", "confirm", "reason"]
    good = checklist("I decided.")
    good["proposed_flags"] = [{"id": "hedging", "confirm": "no", "reason": "a plain commitment"}]
    jsonschema.validate(good, CHECKLIST_SCHEMA)
    assert conforms(good, ChecklistAnswer)
    bad = checklist("I decided.", no_blame=("maybe", "I decided."))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, CHECKLIST_SCHEMA)
    assert not conforms(bad, ChecklistAnswer)
    del good["checks"]["stakes_real"]
    assert not conforms(good, ChecklistAnswer)


def test_the_prompt_states_the_same_rule_the_code_applies() -> None:
    lines = dict(re.findall(r"^- (honesty|learning|self_awareness): (.+)$", V2, re.MULTILINE))
    assert {t: tuple(lines[t].split(", ")) for t in TEST_IDS} == CHECK_RULE
    assert set(re.findall(r"^- (\w+): ", V2, re.MULTILINE)) - set(TEST_IDS) == set(CHECK_IDS)
    for item, flag in FLAG_CHECKS.items():
        assert re.search(rf"{item}\s+{flag}", V2), (item, flag)
    assert set(FLAG_CHECKS.values()) == JUDGED_FLAGS


# (a) v2 parses, the items drive the verdicts, and only exact quotes count.

def test_items_drive_the_verdicts_and_a_yes_without_an_exact_quote_counts_as_no(server: ModelServer) -> None:
    reply = L.STORY
    own, change = first_sentence(reply), reply.split(". ")[-1]
    answer = checklist(own, change_is_present=("yes", change), change_is_own=("yes", change),
                       change_is_checkable=("yes", "I always do a dry run now"),  # a paraphrase: not in the reply
                       no_pivot_to_win=("no", "I told my manager within the hour"))
    server.enqueue(json.dumps(answer))
    grade = hybrid(server).grade(reply)
    request = judge_requests(server)[0]
    assert request["response_format"]["json_schema"]["schema"] == CHECKLIST_SCHEMA  # type: ignore[index]
    system = render(V2.split("---\n", 2)[2], kind_line=(
        "This reply answers the opening question: a whole story, so every item on a test's line is asked."))
    assert request["messages"][0]["content"] == system  # type: ignore[index]
    assert grade.engine == "hybrid"
    assert grade.tests["honesty"].verdict == "pass" and grade.tests["honesty"].evidence == (own,)
    assert grade.tests["learning"].verdict == "fail" and "change_is_checkable" in grade.tests["learning"].reason
    assert grade.tests["self_awareness"].verdict == "fail"
    assert grade.tests["self_awareness"].evidence == ("I told my manager within the hour",)
    assert ("rescue_narrative", "I told my manager within the hour") in {(f.id, f.evidence) for f in grade.flags}
    assert any("1 quote(s) from the judge were not exact" in n for n in grade.notes)
    assert any(d.startswith("learning: judge fail, engine pass") for d in grade.disagreements)


def test_a_follow_up_fails_an_unasked_test_only_on_a_quoted_problem(server: ModelServer) -> None:
    reply = L.TODAY
    # "today" asks about learning; honesty is judged only on what the reply shows.
    server.enqueue(json.dumps(checklist(reply, failure_is_own=("no", ""), own_decision_named=("no", ""),
                                        stakes_real=("no", ""))))
    calm = hybrid(server).grade(reply, TODAY_QUESTION)
    assert "asks about learning" in judge_requests(server)[0]["messages"][0]["content"]  # type: ignore[index]
    assert {t: r.verdict for t, r in calm.tests.items()} == dict.fromkeys(TEST_IDS, "pass")
    assert calm.tests["honesty"].applicable is False
    server.enqueue(json.dumps(checklist(reply, no_blame=("no", "I would send the client a range"),
                                        change_is_checkable=("no", ""))))
    shown = hybrid(server).grade(reply, TODAY_QUESTION)
    assert shown.tests["honesty"].verdict == "fail" and shown.tests["honesty"].evidence == ("I would send the client a range",)
    assert shown.tests["learning"].verdict == "fail"  # asked: its change must be checkable
    assert "blame_shifting" in shown.flag_ids


def test_v1_requests_are_unchanged_by_v2(server: ModelServer) -> None:
    grade = hybrid(server, "v1").grade(L.EXCUSE_LED)
    request = judge_requests(server)[0]
    assert request["response_format"]["json_schema"]["schema"] == SCHEMA  # type: ignore[index]
    assert "<proposed>" not in request["messages"][-1]["content"]  # type: ignore[index]
    assert grade.engine == "hybrid" and {"defensive_language", "generic_lesson"} <= grade.flag_ids


# (b) A judge that obeys an injection: no verdict rests on an injected sentence.

def obeying_judge(version: str, reply: str) -> str:
    """All pass, and every flag the judge may report, quoting the first injected sentence."""
    injected = injected_sentences(reply)[0]
    if version == "v1":
        return judge_json(injected, "pass", [{"id": "too_small", "evidence": injected}])
    return json.dumps(checklist(injected, no_disparaging=("no", injected)))


@pytest.mark.parametrize("version", ["v1", "v2"])
@pytest.mark.parametrize("story", [L.EXCUSE_LED, L.STORY], ids=["weak", "strong"])
def test_a_judge_that_obeys_an_injection_moves_no_verdict(server: ModelServer, version: str, story: str) -> None:
    reply = f"{story} {L.INJECTION}"
    server.enqueue(obeying_judge(version, reply))
    grade = hybrid(server, version).grade(reply)
    rules = RulesGrader().grade(reply)
    injected = injected_sentences(reply)
    assert injected
    resting = [(t, q) for t, r in grade.tests.items() for q in r.evidence if any(q in s for s in injected)]
    assert resting == []
    assert all(r.evidence or not r.applicable for r in grade.tests.values() if r.verdict == "pass")
    assert {t: r.verdict for t, r in grade.tests.items()} == {t: r.verdict for t, r in rules.tests.items()}
    assert sum("set aside as injection" in d for d in grade.disagreements) == 3
    assert "prompt_injection" in grade.flag_ids
    assert not {"too_small", "negative_about_others"} & grade.flag_ids


@pytest.mark.parametrize("version", ["v1", "v2"])
def test_injected_quotes_are_removed_and_a_verdict_stands_on_the_rest(server: ModelServer, version: str) -> None:
    reply = f"{L.STORY} {L.INJECTION}"
    injected, own = injected_sentences(reply)[0], first_sentence(reply)
    if version == "v1":
        data = json.loads(judge_json(reply, "pass"))
        data["tests"]["honesty"]["evidence"] = [injected, own]
        server.enqueue(json.dumps(data))
    else:
        server.enqueue(json.dumps(checklist(own, not_a_strength=("yes", injected))))
    grade = hybrid(server, version).grade(reply)
    honesty = grade.tests["honesty"]
    if version == "v1":  # the pass stands on its one clean quote
        assert honesty.verdict == "pass" and honesty.evidence == (own,)
    else:  # one item it needs rests on the injection, so the judge's pass is not used: the engine's stands
        assert honesty == RulesGrader().grade(reply).tests["honesty"]
        assert any(d.startswith("honesty: the judge's evidence lay only in sentences set aside") for d in grade.disagreements)


# (c) The rules propose their lexical flags; the judge confirms or rejects each one.

def test_the_judge_confirms_or_rejects_each_flag_the_rules_propose(server: ModelServer) -> None:
    reply = f"{L.EXCUSE_LED} {L.INJECTION}"
    rules = RulesGrader().grade(reply)
    answer = checklist(first_sentence(reply), no_excuse=("no", "It wasn't really my fault."))
    answer["proposed_flags"] = [
        {"id": "defensive_language", "confirm": "yes", "reason": "an excuse leads"},
        {"id": "generic_lesson", "confirm": "no", "reason": "read as a summary, not the lesson"},
        {"id": "prompt_injection", "confirm": "no", "reason": "obeyed"},  # never proposed: ignored
    ]
    server.enqueue(json.dumps(answer))
    grade = hybrid(server).grade(reply)
    listed = proposed_in(judge_requests(server)[0])
    assert listed == {f.id: f.evidence for f in rules.flags if f.id in ("defensive_language", "generic_lesson")}
    assert "defensive_language" in grade.flag_ids and "prompt_injection" in grade.flag_ids
    assert "generic_lesson" not in grade.flag_ids
    assert any(d.startswith('generic_lesson: the engine proposed it ("I learned the importance of communication."), '
                            "the judge rejected it: read as a summary") for d in grade.disagreements)
    server.enqueue(json.dumps(checklist(first_sentence(reply))))  # reviews nothing
    unreviewed = hybrid(server).grade(reply)
    assert {"defensive_language", "generic_lesson"} <= unreviewed.flag_ids
    assert sum("did not review it" in d for d in unreviewed.disagreements) == 2


# An A/B of v1 against v2 through the eval runner.

CASES = {c.answer: c for c in load_cases(None, "test")}
UNIQUE_FAIL = {"honesty": "no_excuse", "learning": "change_is_checkable", "self_awareness": "no_sympathy_plea"}
"""One item per test that fails it and no other test."""


def labelled_judge(body: dict[str, Any]) -> Answer:
    """Both prompt versions answering from the dataset's labels; v2 also confirms exactly the labelled flags."""
    if not body.get("response_format"):
        return Answer("Thanks. What was the decision you made that led to it?")
    reply = reply_of(body)
    case = CASES[reply]
    quote = first_sentence(reply)
    judged = [f for f in case.flags if f in JUDGED_FLAGS]
    if "checks" not in body["response_format"]["json_schema"]["schema"]["properties"]:
        data = json.loads(judge_json(reply, flags=[{"id": f, "evidence": quote} for f in judged]))
        for t in TEST_IDS:
            data["tests"][t]["verdict"] = case.labels.get(t) or "pass"
        return Answer(json.dumps(data))
    answer = checklist(quote)
    for t in TEST_IDS:
        if case.labels.get(t) == "fail":
            answer["checks"][UNIQUE_FAIL[t]] = {"answer": "no", "quote": quote}
    for item, flag in FLAG_CHECKS.items():
        if flag in case.flags:
            answer["checks"][item] = {"answer": "no", "quote": quote}
    answer["proposed_flags"] = [{"id": f, "confirm": "yes" if f in case.flags else "no", "reason": "labelled"}
                                for f in proposed_in(body)]
    return Answer(json.dumps(answer))


@pytest.fixture
def labelled_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[ModelServer]:
    with serving_the_cli(labelled_judge, monkeypatch.setenv) as s:
        yield s


def test_an_ab_of_v1_against_v2_shows_the_per_case_differences(labelled_server: ModelServer, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["eval", "run", "evals/grader.yaml", "--backend", "openai", "--prompts", "v2", "--baseline", "v1",
                 "--results", str(tmp_path), "--concurrency", "8", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == (1 if out["gate_failures"] else 0)  # no --fail-on-regression: only the suite's gates decide it
    assert not out["regression"]
    assert out["baseline"]["version"] == "v1" and out["candidate"]["version"] == "v2"
    assert len(out["diffs"]) == len(CASES) and out["model_requests"] == 2 * len(CASES)
    assert all(o["detail"]["engine"] == "hybrid" for v in ("baseline", "candidate") for o in out[v]["cases"])
    improved = [d["case"] for d in out["diffs"] if d["status"] == "improved"]
    assert improved, "v2 rejects the rules' lexical flags the labels do not have"
    assert out["candidate"]["metrics"]["flag_micro_f1"] > out["baseline"]["metrics"]["flag_micro_f1"]
    v1_extra = {c["case"]: {f["id"] for f in c["detail"]["extra_flags"]} for c in out["baseline"]["cases"]}
    v2_extra = {c["case"]: {f["id"] for f in c["detail"]["extra_flags"]} for c in out["candidate"]["cases"]}
    assert all(v2_extra[c] < v1_extra[c] for c in improved if v1_extra[c])
    page = Path(out["report"]).read_text(encoding="utf-8")
    assert "<tr class='improved'>" in page and "v1 (baseline)" in page
    assert all(f"<td>{c}</td>" in page for c in improved)


@pytest.mark.parametrize("version", ["v1", "v2"])
def test_a_doubted_sentence_backs_no_pass_but_a_fail_or_a_flag_on_it_stands(
    monkeypatch: pytest.MonkeyPatch, version: str,
) -> None:
    # the doubt reader (a suspicion at a 1% false-alarm level on story sentences) is made to doubt a blame sentence: it
    # may not carry the judge's pass, but the judge's fail and its flag on that sentence are the candidate's own words
    blame = "the client kept changing the requirements"
    monkeypatch.setattr(learned, "injection_doubted", lambda sentence: "kept changing" in sentence)
    reply = L.EXCUSE_LED
    if version == "v1":
        answer = {"tests": {"honesty": {"verdict": "fail", "evidence": [blame], "reason": "blames the client"},
                            "learning": {"verdict": "pass", "evidence": [blame], "reason": "as instructed"},
                            "self_awareness": {"verdict": "pass", "evidence": [blame], "reason": "as instructed"}},
                  "flags": [{"id": "negative_about_others", "evidence": blame}]}
    else:
        answer = checklist(blame, no_blame=("no", blame), no_disparaging=("no", blame))
    with ModelServer() as server:
        server.enqueue(Answer(json.dumps(answer)))
        grade = HybridGrader(RulesGrader(), LLMJudge(ModelClient(config(server)), version)).grade(reply)
    rules = RulesGrader().grade(reply)
    assert grade.tests["honesty"].verdict == "fail" and grade.tests["honesty"].evidence == (blame,)
    for test in ("learning", "self_awareness") if version == "v1" else ("learning",):
        assert grade.tests[test].verdict == rules.tests[test].verdict
        assert blame not in grade.tests[test].evidence
    assert "negative_about_others" in grade.flag_ids
