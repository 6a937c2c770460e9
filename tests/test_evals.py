"""The eval runner: both suites offline as gates, an A/B of two prompt versions on a scripted server, the
response cache, repeats, bad suites, and the HTML report in a real browser."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import sync_playwright

from interviewer.cli import main
from interviewer.evaluation import html_report
from interviewer.evaluation.dataset import load_cases
from interviewer.evaluation.runner import run_suite
from interviewer.evaluation.suites import ROOT, Suite, SuiteError, load_suite
from tests.model_server import Answer, ModelServer, judge_json, reply_of, serving_the_cli
from tests.test_web import CHROMIUM, FLAGS, SHOTS

CARELESS = "GRADE CARELESSLY."
CASES = {c.answer: c for c in load_cases(None, "test")}


def labelled_judge(body: dict[str, Any]) -> Answer:
    """A judge that answers with the dataset's labels, or with every verdict flipped for the careless prompt."""
    if not body.get("response_format"):
        return Answer("Thanks. What was the decision you made that led to it?")
    reply = reply_of(body)
    case = CASES.get(reply)
    careless = CARELESS in body["messages"][0]["content"]
    data = json.loads(judge_json(reply))
    for t in data["tests"]:
        label = (case.labels.get(t) if case else None) or "pass"
        data["tests"][t]["verdict"] = ({"pass": "fail", "fail": "pass"}[label]) if careless else label
    return Answer(json.dumps(data))


@pytest.fixture
def prompts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The project's prompts plus a deliberately worse grader version, v2-careless."""
    folder = tmp_path / "prompts"
    shutil.copytree(ROOT / "prompts", folder)
    (folder / "grader" / "v2-careless.md").write_text((folder / "grader" / "v1.md").read_text() + "\n" + CARELESS + "\n")
    monkeypatch.setenv("INTERVIEWER_PROMPTS_DIR", str(folder))
    return folder


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[ModelServer]:
    with serving_the_cli(labelled_judge, monkeypatch.setenv) as s:
        yield s


def llm_suite(limit: int = 24) -> Suite:
    return Suite(name="grader-llm", kind="grader", dataset=ROOT / "evals/datasets/answers.jsonl", split="test",
                 backend="openai", limit=limit)


def chat_calls(server: ModelServer) -> int:
    return len(server.requests)


@pytest.mark.parametrize("suite", ["evals/grader.yaml", "evals/conversation.yaml"])
def test_both_suites_run_offline_from_one_command_and_pass_their_gates(suite: str, tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "run", suite, "--results", str(tmp_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["gate_failures"] == [] and data["model_requests"] == 0
    assert Path(data["report"]).is_file() and Path(data["results"]).is_file()


def test_conversation_suite_checks_every_persona(tmp_path: Path) -> None:
    result = run_suite(load_suite("evals/conversation.yaml"))
    assert len(result.candidate.outcomes) == 8
    for outcome in result.candidate.outcomes:
        assert all(outcome.detail["checks"].values()), (outcome.case, outcome.detail["checks"])


def test_ab_of_two_prompt_versions_shows_the_per_case_diff_and_the_gate_trips(server: ModelServer, prompts: Path,
                                                                              tmp_path: Path) -> None:
    result = run_suite(llm_suite(), "v2-careless", "v1", cache_dir=tmp_path / "cache", concurrency=6)
    statuses = {d["status"] for d in result.diffs}
    assert "regressed" in statuses and len(result.diffs) == 24
    assert result.regression and result.diff_ci and result.diff_ci[1] < 0
    assert result.candidate.metrics["test_accuracy"] < result.baseline.metrics["test_accuracy"]  # type: ignore[union-attr]
    assert result.baseline and result.baseline.metrics["kappa_honesty"] > 0.9
    page = html_report.to_html(result)
    assert "REGRESSION" in page and "regressed" in page and "v2-careless" in page
    code = main(["eval", "run", "evals/grader.yaml", "--backend", "openai", "--prompts", "v2-careless", "--baseline", "v1",
                 "--fail-on-regression", "--results", str(tmp_path)])
    assert code == 1
    same = run_suite(llm_suite(), "v1", "v1", cache_dir=tmp_path / "cache")
    assert not same.regression and {d["status"] for d in same.diffs} == {"unchanged"}


def test_rerunning_unchanged_prompts_makes_no_model_calls(server: ModelServer, prompts: Path, tmp_path: Path) -> None:
    first = run_suite(llm_suite(12), "v1", cache_dir=tmp_path / "cache")
    calls = chat_calls(server)
    assert calls == 12 and first.requests == 12
    again = run_suite(llm_suite(12), "v1", cache_dir=tmp_path / "cache")
    assert chat_calls(server) == calls and again.requests == 0 and again.cache_hits == 12
    assert again.candidate.metrics == first.candidate.metrics
    changed = run_suite(llm_suite(12), "v2-careless", cache_dir=tmp_path / "cache")  # a changed prompt is new work
    assert changed.requests == 12


def test_repeats_are_separate_calls_and_report_variance(server: ModelServer, prompts: Path, tmp_path: Path) -> None:
    result = run_suite(llm_suite(5), "v1", repeats=3, cache_dir=tmp_path / "cache")
    assert chat_calls(server) == 5 * 3  # one call per case and repeat: the repeat index is part of the cache key
    assert len(result.candidate.outcomes) == 15 and result.repeats == 3
    assert "flag_micro_f1_spread" in result.candidate.metrics


def test_conversation_suite_runs_against_a_model(server: ModelServer, prompts: Path, tmp_path: Path) -> None:
    suite = Suite(name="conv-llm", kind="conversation", dataset=ROOT / "evals/datasets/personas.yaml", backend="openai",
                  limit=3)
    result = run_suite(suite, "v1", cache_dir=tmp_path / "cache", concurrency=3)
    assert len(result.candidate.outcomes) == 3 and result.requests > 0
    assert all(o.detail["checks"]["never_reveals_scores"] for o in result.candidate.outcomes)


@pytest.mark.parametrize(("content", "message"), [
    (None, "no such suite"),
    ("kind: grader\ndataset: [unclosed", "not valid YAML"),
    ("kind: essay\ndataset: x", "'kind' must be one of"),
    ("kind: grader\ndataset: evals/datasets/answers.jsonl\nchecks: {min_vibes: 1}", "unknown check"),
])
def test_bad_suites_end_in_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None,
                                         message: str) -> None:
    path = tmp_path / "suite.yaml"
    if content is not None:
        path.write_text(content)
    assert main(["eval", "run", str(path), "--results", str(tmp_path)]) == 2
    assert message in capsys.readouterr().err
    with pytest.raises(SuiteError):
        load_suite(path)


def test_the_html_report_opens_in_chromium_without_errors(server: ModelServer, prompts: Path, tmp_path: Path) -> None:
    result = run_suite(llm_suite(10), "v2-careless", "v1", cache_dir=tmp_path / "cache")
    _, page_path = html_report.write(result, tmp_path / "results")
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 1600})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(page_path.as_uri())
        assert page.locator("svg").count() == 1 and page.locator("tr.regressed").count() >= 1
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "eval_report.png"), full_page=True)
        browser.close()
    assert errors == []
