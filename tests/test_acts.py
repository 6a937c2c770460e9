"""Dialogue acts: each kind of message is read as it is meant, routed by the graph, and handled in the terminal."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from interviewer.chat import terminal_reader
from interviewer.cli import main
from interviewer.grading.acts import read_act
from interviewer.interview import InterviewSession, Settings, Store
from interviewer.interview.graph import MAX_SIDE_TURNS
from tests import interview_lines as L

FRAGMENT = "So this was two years ago, I was the shift lead at a distribution centre near Leeds, running nights."
REST = (
    "Sorry, I wasn't finished. I decided to skip the second pick check to make the trailer cut-off, and about 300 "
    "orders went to the wrong stores, which cost us two days of re-deliveries and an angry client. I told my manager "
    "the next morning. Now I never release a trailer without the second check, whatever the cut-off."
)


@pytest.mark.parametrize(
    ("message", "act", "context"),
    [
        ("Sorry, can you repeat the question?", "repeat", {}),
        ("um sorry what was the question again", "repeat", {}),
        ("Pardon?", "repeat", {"story_told": True}),
        ("What do you mean by failure? Like at work?", "clarify", {}),
        ("Does it have to be work-related, or can it be from uni?", "clarify", {}),
        ("what salary range is this role?", "question_back", {}),
        ("How many people are on the team I'd be joining?", "question_back", {}),
        ("haha I hate this question", "aside", {}),
        ("sorry, my dog is barking, one sec", "aside", {"story_told": True}),
        ("Honestly, I've never really failed at anything.", "no_failure", {}),
        ("I can't think of one, to be honest.", "no_failure", {}),
        ("/end", "end", {}),
        ("I missed a deadline.", "answer", {}),
        ("Nothing really.", "answer", {"story_told": True}),
        ("What would I do? I'd call the client first and check the numbers.", "answer", {"story_told": True}),
        ("I can't think of a bigger one than the time I skipped the dry run and we double-charged 300 customers.",
         "answer", {}),
        (REST, "continuation", {"previous_answer": FRAGMENT, "previous_is_story": True, "story_told": True}),
        ("and then the client rang my boss.", "continuation", {"previous_answer": "I sent the wrong file", "story_told": True}),
        ("I decided to skip the second check and 300 orders went out wrong.", "continuation",
         {"previous_answer": FRAGMENT, "previous_is_story": True, "story_told": True}),
        ("I'd call the client first.", "answer",
         {"previous_answer": "I sent the report and it was wrong, the client lost money.", "previous_is_story": True,
          "story_told": True}),
        ("x" * 5000, "answer", {}),
    ],
)
def test_each_message_is_read_as_the_act_it_is(message: str, act: str, context: dict[str, object]) -> None:
    assert read_act(message, **context).act == act  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "acts.sqlite")
    yield s
    s.close()


def start(store: Store, **settings: object) -> InterviewSession:
    return InterviewSession.start(store, Settings(**settings), session_id="acts")  # type: ignore[arg-type]


def graded(session: InterviewSession) -> list[dict[str, object]]:
    return [dict(t) for t in session.turns if "grade" in t]


@pytest.mark.parametrize(
    ("message", "act", "words"),
    [
        ("Sorry, can you repeat the question?", "repeat", ()),
        ("What do you mean by failure exactly?", "clarify", ("your own decision", "your own", "you played a part",
                                                             "something you decided")),
        ("Before I start, what's the salary range for this role?", "question_back", ("recruiter", "hiring team")),
        ("haha oh no, I hate this question", "aside", ()),
    ],
)
def test_a_side_act_before_the_story_is_answered_and_the_question_stays_open(
    store: Store, message: str, act: str, words: tuple[str, ...]
) -> None:
    session = start(store)
    opening = session.question
    new = session.reply(message)
    heard, said = new
    assert heard["role"] == "candidate" and heard["act"] == act and "grade" not in heard
    assert said["role"] == "interviewer" and said["kind"] == act and said["text"].count("?") == 1
    assert said["text"] != opening  # in other words: never the same phrasing twice
    assert not words or any(w in said["text"] for w in words)
    assert session.values["question_kind"] == "opening" and session.values.get("asked", []) == []
    session.reply(L.STORY)
    assert len(graded(session)) == 1 and graded(session)[0]["grade"]["question_kind"] == "opening"  # type: ignore[index]


def test_a_repeat_after_a_probe_asks_that_probe_again_in_other_words(store: Store) -> None:
    session = start(store)
    session.reply(L.EXCUSE_LED)
    asked = session.turns[-1]
    assert asked.get("probe") == "ownership"
    heard, said = session.reply("Sorry, come again?")
    assert heard["act"] == "repeat" and said["kind"] == "repeat" and said["text"] != asked["text"]
    assert session.values["question_kind"] == "ownership" and session.values["asked"] == ["ownership"]
    session.reply(L.OWNERSHIP)
    assert graded(session)[-1]["grade"]["question_kind"] == "ownership"  # type: ignore[index]


def test_no_failure_draws_the_real_failure_probe_without_using_the_cap(store: Store) -> None:
    session = start(store, max_followups=1)
    heard, said = session.reply("Honestly, I've never really failed at anything.")
    assert heard["act"] == "no_failure" and said.get("probe") == "real_failure"
    assert session.values["free_asks"] == ["real_failure"]
    session.reply(L.STORY)
    # the one follow-up the cap allows is still there for the closer
    assert session.turns[-1].get("probe") == "today"
    session.reply(L.TODAY)
    assert session.closed and session.scorecard and session.scorecard["complete"]


def test_end_before_any_answer_closes_without_thanking_for_answers(store: Store) -> None:
    session = start(store)
    session.reply("hmm, hold on, let me think")
    (close,) = session.end()
    assert close["kind"] == "close" and "open about it" not in close["text"] and "answers" not in close["text"]
    card = session.scorecard
    assert card and not card["complete"]


def test_a_story_in_two_messages_is_graded_as_one_answer(store: Store) -> None:
    session = start(store)
    session.reply(FRAGMENT)
    probe_turn = session.turns[-1]
    assert "probe" in probe_turn  # the fragment drew a follow-up before the rest arrived
    new = session.reply(REST)
    merged = new[0]
    assert merged["role"] == "candidate" and merged.get("parts") == 2
    assert merged["text"].startswith(FRAGMENT) and merged["text"].endswith(REST)
    answers = graded(session)
    assert len(answers) == 1 and answers[0]["grade"]["question_kind"] == "opening"  # type: ignore[index]
    assert probe_turn not in session.turns  # the probe asked too soon is taken back
    assert session.values["asked"] == [t["probe"] for t in session.turns if "probe" in t]
    story_words = answers[0]["grade"]["words"]  # type: ignore[index]
    assert story_words > len(FRAGMENT.split()) + 20
    while not session.closed:
        session.reply(L.TODAY)
    card = session.scorecard
    assert card and card["words"] == story_words and card["story_reply"] == 1


def test_a_run_of_side_remarks_pauses_the_interview(store: Store) -> None:
    session = start(store)
    for _ in range(MAX_SIDE_TURNS):
        if session.closed:
            break
        session.reply("haha sorry, one sec")
    assert session.closed and session.turns[-1]["kind"] == "close"


def test_a_repeat_in_a_drill_asks_the_drill_question_again(store: Store) -> None:
    session = start(store, mode="drill", drill_target="ownership")
    heard, said = session.reply("Sorry, can you repeat that?")
    assert heard["act"] == "repeat" and said["kind"] == "repeat" and "?" in said["text"]
    assert session.values.get("attempts", 0) == 0


# The terminal: the same acts through `interviewer chat`, replies typed into a pipe.
@pytest.fixture
def chat(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Callable[..., dict[str, Any]]:
    monkeypatch.setenv("INTERVIEWER_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("COLUMNS", "120")

    def run(*replies: str) -> dict[str, Any]:
        monkeypatch.setattr(sys, "stdin", io.StringIO("".join(r + "\n\n" for r in replies)))
        capsys.readouterr()
        assert main(["chat", "--json"]) == 0
        out = capsys.readouterr().out
        return dict(json.loads(out.strip().splitlines()[-1]))

    return run


@pytest.mark.parametrize(
    ("message", "act"),
    [
        ("Sorry, can you repeat the question?", "repeat"),
        ("What do you mean by failure?", "clarify"),
        ("What's the salary range?", "question_back"),
        ("haha I hate this question", "aside"),
        ("I can't think of one, honestly.", "no_failure"),
    ],
)
def test_the_terminal_handles_each_side_act(chat: Callable[..., dict[str, Any]], message: str, act: str) -> None:
    data = chat(message, L.STORY, "/end")
    turns = data["turns"]
    assert turns[1]["act"] == act and "grade" not in turns[1]
    assert turns[2]["role"] == "interviewer" and turns[2].get("act") == act
    assert turns[3]["role"] == "candidate" and "grade" in turns[3]


def test_the_terminal_merges_a_continuation(chat: Callable[..., dict[str, Any]]) -> None:
    data = chat(FRAGMENT, REST, "/end")
    answers = [t for t in data["turns"] if "grade" in t]
    assert len(answers) == 1 and answers[0]["parts"] == 2
    assert data["scorecard"]["words"] == answers[0]["grade"]["words"]


def test_the_terminal_end_before_any_answer(chat: Callable[..., dict[str, Any]]) -> None:
    data = chat("/end")
    assert data["scorecard"]["complete"] is False and data["turns"][-1]["kind"] == "close"


def test_the_terminal_line_editor_keeps_a_pasted_answer_as_one_reply() -> None:
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    console = Console(file=io.StringIO())
    with create_pipe_input() as keys:
        read = terminal_reader(console, keys, DummyOutput())
        # a bracketed paste of three paragraphs, then Enter
        keys.send_text("\x1b[200~First paragraph.\n\nSecond paragraph.\n\nThird.\x1b[201~\r")
        assert read() == "First paragraph.\n\nSecond paragraph.\n\nThird."
        # typed: Alt+Enter (Esc, Enter) starts a new line, Enter sends
        keys.send_text("a typed line\x1b\rand a second one\r")
        assert read() == "a typed line\nand a second one"
        keys.send_text("\x04")  # Ctrl-D on an empty line: end of input
        assert read() is None
