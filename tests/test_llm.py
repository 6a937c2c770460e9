"""The LLM path through the real `openai` client against a scripted server on loopback: streaming, structured
output, the hybrid combination, budgets, and the fault matrix (each fault: retry, then fallback; no lost turn)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from interviewer.grading import RulesGrader
from interviewer.interview import InterviewSession, Settings, Store
from interviewer.interview.prompts import prompts_dir, render
from interviewer.llm import BackendConfig, ConfigError, open_engines
from interviewer.llm.client import ModelClient
from interviewer.llm.hybrid import HybridGrader
from interviewer.llm.judge import LLMJudge
from interviewer.llm.tokens import count_messages
from tests import interview_lines as L
from tests.model_server import Answer, ModelServer, judge_json


@pytest.fixture
def server() -> Iterator[ModelServer]:
    with ModelServer() as s:
        yield s


def config(server: ModelServer, **overrides: object) -> BackendConfig:
    values: dict[str, object] = {"backend": "openai", "base_url": server.base_url, "api_key": None, "retries": 2,
                                 "backoff": 0.0, "timeout": 2.0, "token_budget": 4096, "fallback": False}
    values.update(overrides)
    return BackendConfig(**values)  # type: ignore[arg-type]


def judge_requests(server: ModelServer) -> list[dict[str, object]]:
    return [r for r in server.requests if r.get("response_format")]


def test_interviewer_turns_stream_and_the_judge_gets_structured_output(server: ModelServer, tmp_path: Path) -> None:
    engines = open_engines(config(server))
    events: list[dict[str, str]] = []
    session = InterviewSession.start(Store(tmp_path / "s.sqlite"), Settings(), engines.context, on_event=events.append)
    session.reply(L.EXCUSE_LED, on_event=events.append)
    tokens = [e["text"] for e in events if e["event"] == "token"]
    finals = [e["text"] for e in events if e["event"] == "replace"]
    assert len(tokens) > 5 and len(finals) == 2
    assert [t["text"] for t in session.turns if t["role"] == "interviewer"] == finals
    assert all(r.get("stream") for r in server.requests if not r.get("response_format"))
    judged = judge_requests(server)
    assert len(judged) == 1
    schema = judged[0]["response_format"]["json_schema"]["schema"]  # type: ignore[index]
    assert set(schema["properties"]) == {"tests", "flags"}
    grade = session.turns[1]["grade"]
    assert grade["engine"] == "hybrid"
    assert grade["tests"]["honesty"]["evidence"] == [L.EXCUSE_LED.split(". ")[0] + "."]
    assert session.turns[1]["tokens"]["prompt"] > 0 and session.turns[2]["tokens"]["completion"] > 0


def test_the_policy_still_picks_the_probe_with_a_model(server: ModelServer, tmp_path: Path) -> None:
    engines = open_engines(config(server))
    session = InterviewSession.start(Store(tmp_path / "s.sqlite"), Settings(), engines.context)
    for reply in (L.EXCUSE_LED, L.OWNERSHIP, L.GENERIC, L.TODAY):
        server.enqueue(Answer(judge_json(reply, "fail")))
        session.reply(reply)
    assert [t["probe"] for t in session.turns if "probe" in t] == ["ownership", "change", "today"]
    moves = [r["messages"][-1]["content"] for r in server.requests if not r.get("response_format")]
    assert "set the other people aside" in moves[1] and "differently now" in moves[2] and "today" in moves[3]
    card = session.scorecard
    assert card and card["tokens"]["total"] == sum(card["tokens"]["per_turn"]) > 0


def test_hybrid_policy_engine_for_lexical_flags_judge_for_tests_and_judged_flags(server: ModelServer) -> None:
    client = ModelClient(config(server))
    grader = HybridGrader(RulesGrader(), LLMJudge(client))
    reply = L.EXCUSE_LED
    server.enqueue(Answer(json.dumps({
        "tests": {"honesty": {"verdict": "fail", "evidence": ["It wasn't really my fault."], "reason": "excuses"},
                  "learning": {"verdict": "pass", "evidence": ["words that are not in the reply"], "reason": "?"},
                  "self_awareness": {"verdict": "fail", "evidence": [], "reason": "deflects"}},
        "flags": [{"id": "negative_about_others", "evidence": "the client kept changing the requirements"},
                  {"id": "passive_voice", "evidence": "the launch slipped by two weeks"},
                  {"id": "too_small", "evidence": "not in the reply at all"}],
    })))
    grade = grader.grade(reply)
    rules = RulesGrader().grade(reply)
    assert grade.engine == "hybrid"
    assert grade.tests["honesty"].evidence == ("It wasn't really my fault.",)
    # A pass with no exact quote is not used: the engine's verdict stands, and the grade says so.
    assert grade.tests["learning"].verdict == rules.tests["learning"].verdict
    assert any(d.startswith("learning:") for d in grade.disagreements)
    ids = grade.flag_ids
    assert "defensive_language" in ids  # lexical: the engine's
    assert "negative_about_others" in ids  # judged: the judge's
    assert "passive_voice" not in ids or "passive_voice" in rules.flag_ids  # a lexical flag from the judge is ignored
    assert "too_small" not in ids  # its quote is not in the reply
    assert any("not exact words" in n for n in grade.notes)
    assert all(q in reply for t in grade.tests.values() for q in t.evidence)


FAULTS = {
    "timeout": Answer("", delay=3.0),
    "429": Answer(status=429),
    "500": Answer(status=500),
    "junk": Answer("this is not json at all"),
    "schema": Answer(json.dumps({"tests": {"honesty": {"verdict": "maybe", "evidence": [], "reason": ""}}, "flags": []})),
}


@pytest.mark.parametrize("fault", FAULTS)
def test_judge_fault_is_retried_then_succeeds(server: ModelServer, fault: str) -> None:
    grader = HybridGrader(RulesGrader(), LLMJudge(ModelClient(config(server))))
    server.enqueue(FAULTS[fault])
    grade = grader.grade(L.STORY)
    assert grade.engine == "hybrid" and len(server.requests) == 2


@pytest.mark.parametrize("fault", FAULTS)
def test_judge_fault_that_persists_falls_back_to_the_engine_and_keeps_the_turn(server: ModelServer, tmp_path: Path,
                                                                               fault: str) -> None:
    engines = open_engines(config(server, retries=1, timeout=1.0))
    session = InterviewSession.start(Store(tmp_path / "s.sqlite"), Settings(), engines.context)
    server.requests.clear()
    server.enqueue(FAULTS[fault], FAULTS[fault])
    new = session.reply(L.EXCUSE_LED)
    graded = new[0]
    assert graded["role"] == "candidate" and graded["text"] == L.EXCUSE_LED
    assert graded["grade"]["engine"] == "rules"
    assert any("judge was unavailable" in n for n in graded["grade"]["notes"])
    assert new[1]["probe"] == "ownership"  # the interview goes on
    assert len(judge_requests(server)) == 2  # one try and one retry


@pytest.mark.parametrize("fault", ["timeout", "429", "500"])
def test_interviewer_fault_falls_back_to_the_offline_bank_with_a_note(server: ModelServer, tmp_path: Path, fault: str) -> None:
    engines = open_engines(config(server, retries=1, timeout=1.0))
    server.enqueue(FAULTS[fault], FAULTS[fault])
    session = InterviewSession.start(Store(tmp_path / "s.sqlite"), Settings(), engines.context)
    opening = session.turns[0]
    assert "offline interviewer asked it" in opening["notes"][0]
    assert opening["kind"] == "opening" and ("?" in opening["text"] or "Tell me" in opening["text"])
    assert session.reply(L.STORY)  # and the interview carries on


def test_a_turn_that_reveals_scores_or_asks_twice_is_fixed_or_replaced(server: ModelServer, tmp_path: Path) -> None:
    engines = open_engines(config(server, retries=0))
    server.enqueue("Great answer, I'd score that 9/10. What was your part?")
    session = InterviewSession.start(Store(tmp_path / "s.sqlite"), Settings(), engines.context)
    assert "score" not in session.turns[0]["text"]
    server.enqueue(Answer(judge_json(L.EXCUSE_LED, "fail")), "Why? And what did you decide? And then what?")
    session.reply(L.EXCUSE_LED)
    assert session.turns[-1]["text"] == "Why?"


def test_candidate_text_goes_to_the_model_as_delimited_data(server: ModelServer, tmp_path: Path) -> None:
    engines = open_engines(config(server))
    session = InterviewSession.start(Store(tmp_path / "s.sqlite"), Settings(), engines.context)
    session.reply(L.INJECTION)
    for request in server.requests:
        system, user = request["messages"]
        assert L.INJECTION not in system["content"]
        if L.INJECTION in user["content"]:
            assert "<reply>" in user["content"] or "<transcript>" in user["content"]
    assert session.turns[1]["grade"]["flags"][0]["id"] == "prompt_injection"


def test_every_request_fits_the_budget_and_the_system_prompt_is_never_cut(server: ModelServer, tmp_path: Path) -> None:
    budget = 1200
    engines = open_engines(config(server, token_budget=budget))
    session = InterviewSession.start(Store(tmp_path / "s.sqlite"), Settings(max_followups=6), engines.context)
    for reply in [L.EXCUSE_LED * 8, "x " * 20_000, L.GENERIC * 10, L.HEDGING * 12, L.VAGUE * 6]:
        if not session.closed:
            session.reply(reply)
    system_prompt = render((prompts_dir() / "interviewer" / "v1.md").read_text(), role_line="")
    for request in server.requests:
        messages = request["messages"]
        assert count_messages(messages) + int(request["max_tokens"]) <= budget
        if not request.get("response_format"):
            assert messages[0]["content"] == system_prompt
    assert any("clipped" in n for t in session.turns if "grade" in t for n in t["grade"]["notes"])


def test_missing_key_and_unreachable_server_end_in_one_sentence_or_the_offline_fallback() -> None:
    with pytest.raises(ConfigError, match="OPENAI_API_KEY is not set"):
        open_engines(BackendConfig(backend="openai", api_key=None, base_url=None))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    closed = BackendConfig(backend="openai", base_url=f"http://127.0.0.1:{port}/v1", timeout=2.0)
    with pytest.raises(ConfigError, match="cannot be used"):
        open_engines(closed)
    closed.fallback = True
    engines = open_engines(closed)
    assert engines.context.backend == "offline" and engines.notice and "offline" in engines.notice


def test_cli_grade_and_chat_use_the_same_backend_settings(server: ModelServer, tmp_path: Path) -> None:
    env = {"OPENAI_BASE_URL": server.base_url, "INTERVIEWER_RETRIES": "0", "PATH": "/usr/bin:/bin",
           "INTERVIEWER_DATA_DIR": str(tmp_path / "d")}
    run = [sys.executable, "-m", "interviewer.cli"]
    graded = subprocess.run([*run, "grade", "-", "--json", "--backend", "openai"], input=L.STORY, text=True,
                            capture_output=True, env=env, timeout=60)
    assert graded.returncode == 0, graded.stderr
    assert json.loads(graded.stdout)["engine"] == "hybrid"
    script = tmp_path / "s.txt"
    script.write_text(L.EXCUSE_LED + "\n---\n" + L.TODAY)
    chat = subprocess.run([*run, "chat", "--backend", "openai", "--script", str(script), "--json"], text=True,
                          capture_output=True, env=env, timeout=60)
    assert chat.returncode == 0, chat.stderr
    data = json.loads(chat.stdout)
    assert data["scorecard"]["tokens"]["calls"] >= 4
    nokey = subprocess.run([*run, "chat", "--backend", "openai"], text=True, capture_output=True, timeout=60,
                           env={"PATH": "/usr/bin:/bin", "INTERVIEWER_DATA_DIR": str(tmp_path / "d")})
    assert nokey.returncode == 2 and "OPENAI_API_KEY is not set" in nokey.stderr and "Traceback" not in nokey.stderr


BLOCK_NETWORK = """
import socket, sys
def refuse(*a, **k):
    raise OSError("network blocked by the test")
socket.socket.connect = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from interviewer.llm.tokens import count_text, encoding
assert count_text("Tell me about a time you failed.") == 8
assert count_text("Tell me about a time you failed.", "gpt-4") == 8
print(encoding("cl100k_base").name, encoding("o200k_base").name)
"""


def test_tiktoken_counts_with_no_network_and_no_cache(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "TMPDIR": str(tmp_path), "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", BLOCK_NETWORK], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["cl100k_base", "o200k_base"]
    assert not (tmp_path / "data-gym-cache").exists()
