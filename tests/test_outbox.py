"""The outbox: model requests go out before heavy local work (the tokenizer load, the rules engine)."""

from __future__ import annotations

import threading
import time

from interviewer.grading import QuestionKind, RulesGrader
from interviewer.llm import BackendConfig, outbox
from interviewer.llm.client import ModelClient
from interviewer.llm.hybrid import HybridGrader
from interviewer.llm.judge import LLMJudge
from interviewer.rubric import Grade
from tests import interview_lines as L
from tests.model_server import ModelServer


def client(server: ModelServer) -> ModelClient:
    return ModelClient(BackendConfig(backend="openai", base_url=server.base_url, api_key=None, retries=0, timeout=5.0))


def test_a_request_counts_as_pending_until_the_http_client_sends_it() -> None:
    with ModelServer(latency=0.6) as server:
        model = client(server)
        done = threading.Thread(target=model.complete, args=([{"role": "user", "content": "Ready?"}],),
                                kwargs={"max_tokens": 20, "parse": str})
        done.start()
        deadline = time.monotonic() + 5
        while not server.requests and time.monotonic() < deadline:
            time.sleep(0.005)
        assert server.requests, "the request never reached the server"
        assert done.is_alive(), "the answer is still 0.6 s away"
        assert outbox.pending() == 0  # sent: the HTTP client's hook released it while the model is still answering
        done.join()
    assert outbox.pending() == 0


def test_waiting_for_the_outbox_needs_a_quiet_moment_and_gives_up_at_the_timeout() -> None:
    assert outbox.wait_until_sent(timeout=0.1)
    release = outbox.expect()
    started = time.monotonic()
    assert not outbox.wait_until_sent(timeout=0.1)  # never sent: the waiter goes on after its timeout
    assert time.monotonic() - started >= 0.1
    threading.Timer(0.15, release).start()
    started = time.monotonic()
    assert outbox.wait_until_sent(timeout=2.0, quiet=0.05)
    assert time.monotonic() - started >= 0.15
    release()  # twice is harmless
    assert outbox.pending() == 0


def test_a_thread_stepping_aside_stops_counting_and_lets_the_others_go_first() -> None:
    mine, other = outbox.expect(), outbox.expect()
    seen: list[int] = []

    def heavy() -> None:
        with outbox.sending(mine):
            outbox.step_aside(timeout=2.0)
            seen.append(outbox.pending())

    worker = threading.Thread(target=heavy)
    worker.start()
    time.sleep(0.1)
    assert not seen  # still waiting for the other request to go out
    other()
    worker.join()
    assert seen == [0] and outbox.pending() == 0


class RecordingRules(RulesGrader):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[int] = []

    def grade(self, answer: str, question: str | None = None, *, kind: QuestionKind | None = None) -> Grade:
        self.seen.append(outbox.pending())
        return super().grade(answer, question, kind=kind)


def test_the_hybrid_grader_sends_the_judge_request_before_the_engine_reads_the_reply() -> None:
    with ModelServer(latency=0.3) as server:
        rules = RecordingRules()
        grade = HybridGrader(rules, LLMJudge(client(server))).grade(L.STORY)
    assert grade.engine == "hybrid"
    assert rules.seen == [0]  # the judge's request was already on its way when the engine started
    assert outbox.pending() == 0


def test_a_reply_waits_for_its_own_request_not_for_everyone_elses() -> None:
    """With many interviews at once some request is always being prepared: waiting for the count to drain would
    cost each reply the whole timeout. `wait_for` returns as soon as this one request is sent."""
    others = outbox.expect()  # another interview's request, never sent while this one waits
    mine = outbox.expect()
    threading.Timer(0.05, mine).start()
    began = time.monotonic()
    assert outbox.wait_for(mine, timeout=2.0)
    assert time.monotonic() - began < 1.0
    assert not outbox.wait_until_sent(timeout=0.1)  # the old wait would still be waiting here
    others()
    assert outbox.pending() == 0
