"""The interview as a LangGraph state machine: the one place that knows the order of an interview.

open -> wait for the reply -> read its dialogue act -> grade (an answer) or merge and re-grade (a continuation)
-> choose the follow-up -> ask it -> wait ... -> close (mock); a repeat request, a clarifying question, a question
back, an aside or "I have no failure" is answered by `respond_to_act` and the question stays open. A drill runs
open drill -> wait -> read -> grade -> check -> retry ... -> close drill. Every reply is one run that ends at the
next `interrupt`, so with a checkpointer each completed turn is durable. Compile `builder` with any saver.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal, cast

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.runtime import Runtime
from langgraph.types import interrupt

from interviewer.grading.acts import SIDE_ACTS, read_act
from interviewer.grading.text import is_blank
from interviewer.interview.card import DrillAttempt
from interviewer.interview.context import InterviewContext
from interviewer.interview.drills import SPECS, DrillTarget, check
from interviewer.interview.probes import GRADER_KIND, PROBES, choose_probe
from interviewer.interview.scorecard import drill_scorecard, graded_replies, mock_scorecard
from interviewer.interview.speaker import Act, Cue
from interviewer.interview.state import InterviewState, Rewrite, Turn

MAX_EMPTY_REPLIES = 3
PROBE_IDS: frozenset[str] = frozenset(PROBES)
MAX_SIDE_TURNS = 6
"""Messages in a row that are not answers (repeat, clarify, a question back, an aside) before the interview pauses."""


def _say(state: InterviewState, runtime: Runtime[InterviewContext], act: Act, turns: Sequence[Turn] = (),
         **cue: Any) -> str:
    """Speak one interviewer turn; `turns` are transcript entries this step adds before it speaks."""
    transcript = [*state.get("turns", []), *turns]
    return runtime.context.speaker.speak(
        Cue(act=act, seed=f"{state['session_id']}:{len(transcript)}", role=state.get("role"), transcript=tuple(transcript),
            stream=runtime.stream_writer, **cue)
    )


def _turn(runtime: Runtime[InterviewContext], **fields: Any) -> Turn:
    """A transcript entry, with the tokens and fallback notes of the model calls made for it."""
    return cast(Turn, {**fields, **runtime.context.log.take()})


def _target(state: InterviewState) -> DrillTarget:
    return cast(DrillTarget, state["drill_target"])


def route_start(state: InterviewState) -> Literal["open_interview", "open_drill"]:
    return "open_drill" if state.get("mode") == "drill" else "open_interview"


def open_interview(state: InterviewState, runtime: Runtime[InterviewContext]) -> InterviewState:
    text = _say(state, runtime, "open")
    turn = _turn(runtime, role="interviewer", text=text, kind="opening")
    return {"turns": [turn], "question": text, "question_kind": "opening",
            "empty_streak": 0, "attempts": 0, "closed": False, "scorecard": None}


def open_drill(state: InterviewState, runtime: Runtime[InterviewContext]) -> InterviewState:
    target = _target(state)
    text = _say(state, runtime, "drill_open", drill=target)
    turn = _turn(runtime, role="interviewer", text=text, kind=target)
    return {"turns": [turn], "question": text, "question_kind": SPECS[target].kind,
            "empty_streak": 0, "attempts": 0, "closed": False, "scorecard": None}


def wait_for_reply(state: InterviewState) -> InterviewState:
    """Pause until the candidate answers: resume with the reply text, or with {"end": true} to close now."""
    reply = interrupt({"question": state["question"], "kind": state["question_kind"]})
    if isinstance(reply, dict) and reply.get("end"):
        return {"reply": "", "ending": True}
    return {"reply": reply if isinstance(reply, str) else str(reply), "ending": False}


def _continuable(turns: list[Turn]) -> int | None:
    """The index of the candidate's last answer when a message now could continue it: the interviewer has
    spoken once since (the follow-up it asked too soon), and nothing else has been said."""
    for i in range(len(turns) - 1, -1, -1):
        t = turns[i]
        if t["role"] == "candidate":
            return i if "grade" in t and len(turns) - 1 - i == 1 else None
    return None


def read_reply(state: InterviewState) -> InterviewState:
    """Read what the message does before anything grades it (acts.py)."""
    if state.get("ending"):
        return {"act": "end"}
    reply = state["reply"]
    if is_blank(reply):  # spaces, zero-width characters or control bytes only: nothing was said
        return {"act": "empty"}
    turns = state.get("turns", [])
    i = _continuable(turns)
    previous = turns[i] if i is not None else None
    # A drill's question is about a story already in mind: only a clear aside is set apart there.
    story_told = state.get("mode") == "drill" or any("grade" in t for t in turns)
    reading = read_act(reply, previous_answer=previous["text"] if previous else None, story_told=story_told,
                       previous_is_story=bool(previous and previous["grade"].get("question_kind") in ("opening", "real_failure")))
    act = reading.act
    if state.get("mode") == "drill" and act in ("continuation", "no_failure"):
        act = "answer"  # a drill grades every attempt as it comes
    return {"act": act}


def route_reply(state: InterviewState) -> Literal["grade_reply", "merge_reply", "respond_to_act", "nudge", "give_up",
                                                   "close_interview", "close_drill"]:
    act = state.get("act", "answer")
    if act == "end":
        return "close_drill" if state.get("mode") == "drill" else "close_interview"
    if act == "empty":
        return "give_up" if state.get("empty_streak", 0) + 1 >= MAX_EMPTY_REPLIES else "nudge"
    if act in SIDE_ACTS:
        return "give_up" if state.get("side_streak", 0) + 1 >= MAX_SIDE_TURNS else "respond_to_act"
    return "merge_reply" if act == "continuation" else "grade_reply"


def nudge(state: InterviewState, runtime: Runtime[InterviewContext]) -> InterviewState:
    text = _say(state, runtime, "nudge", question=state["question"])
    turn = _turn(runtime, role="interviewer", text=text, kind="nudge")
    return {"turns": [turn], "empty_streak": state.get("empty_streak", 0) + 1}


def _grade(runtime: Runtime[InterviewContext], text: str, question: str, kind: str, parts: int = 1) -> Turn:
    grade = runtime.context.grader.grade(text, question, kind=cast(Any, GRADER_KIND.get(kind, kind)))
    turn = _turn(runtime, role="candidate", text=text, grade=grade.to_dict(), act="answer", question=question)
    if parts > 1:
        turn["parts"] = parts
    runtime.stream_writer({"event": "graded", "turn": turn})  # a UI can show the grade before the next question
    return turn


def grade_reply(state: InterviewState, runtime: Runtime[InterviewContext]) -> InterviewState:
    turn = _grade(runtime, state["reply"], state["question"], state["question_kind"])
    return {"turns": [turn], "reply": "", "empty_streak": 0, "side_streak": 0,
            "attempts": state.get("attempts", 0) + 1}


def merge_reply(state: InterviewState, runtime: Runtime[InterviewContext]) -> InterviewState:
    """A continuation: join it to the answer it continues, grade the whole answer once against that answer's
    question, and take back the follow-up asked in between (the policy chooses again on the whole story)."""
    turns = state["turns"]
    i = _continuable(turns)
    assert i is not None
    previous = turns[i]
    question = previous.get("question") or next(
        (t["text"] for t in reversed(turns[:i]) if t["role"] == "interviewer"), state["question"])
    kind = str(previous["grade"].get("question_kind") or state["question_kind"])
    text = previous["text"].rstrip() + "\n\n" + state["reply"].strip()
    turn = _grade(runtime, text, question, kind, parts=previous.get("parts", 1) + 1)
    taken_back = [t["probe"] for t in turns[i + 1:] if t.get("probe")]
    asked = list(state.get("asked", []))
    for p in taken_back:
        if p in asked:
            asked.reverse()
            asked.remove(p)
            asked.reverse()
    rewrite: Rewrite = {"keep": i, "turns": [turn]}
    return {"turns": cast(Any, rewrite), "asked": asked, "question": question,
            "question_kind": kind,
            "reply": "", "empty_streak": 0, "side_streak": 0}


def respond_to_act(state: InterviewState, runtime: Runtime[InterviewContext]) -> InterviewState:
    """Answer a message that is not an answer, and leave the question where it was: repeat it in other words,
    say what it asks, answer a question back briefly, steer an aside back. "I have no failure" draws the
    real-failure probe, which does not count against the cap. Nothing here is graded or reveals a score."""
    act = state["act"]
    heard = Turn(role="candidate", text=state["reply"], act=act)
    streak: InterviewState = {"side_streak": state.get("side_streak", 0) + 1, "empty_streak": 0, "reply": ""}
    asked = list(state.get("asked", []))
    story_told = bool(graded_replies(state.get("turns", [])))
    if act == "no_failure" and state.get("mode") != "drill" and "real_failure" not in asked and not story_told:
        text = _say(state, runtime, "no_failure", probe="real_failure", turns=[heard])
        turn = _turn(runtime, role="interviewer", text=text, kind="real_failure", probe="real_failure", act=act)
        return {**streak, "turns": [heard, turn], "asked": [*asked, "real_failure"],
                "free_asks": [*state.get("free_asks", []), "real_failure"],
                "question": text, "question_kind": "real_failure"}
    spoken: Act = "aside" if act == "no_failure" else cast(Act, act)
    current = state.get("question_kind", "opening")
    probe = current if current in PROBE_IDS else None
    text = _say(state, runtime, spoken, question=state["question"], probe=probe,
                drill=state.get("drill_target") if state.get("mode") == "drill" else None, turns=[heard])
    turn = _turn(runtime, role="interviewer", text=text, kind=act, act=act)
    return {**streak, "turns": [heard, turn]}


def route_graded(state: InterviewState) -> Literal["choose_followup", "check_drill"]:
    return "check_drill" if state.get("mode") == "drill" else "choose_followup"


def choose_followup(state: InterviewState) -> InterviewState:
    replies = [r for _, r in graded_replies(state["turns"])]
    return {"next_probe": choose_probe(replies, state.get("asked", []), state["max_followups"],
                                       free=len(state.get("free_asks", [])))}


def route_followup(state: InterviewState) -> Literal["ask_followup", "close_interview"]:
    return "ask_followup" if state.get("next_probe") else "close_interview"


def ask_followup(state: InterviewState, runtime: Runtime[InterviewContext]) -> InterviewState:
    probe = state["next_probe"]
    assert probe is not None
    text = _say(state, runtime, "probe", probe=probe)
    return {"turns": [_turn(runtime, role="interviewer", text=text, kind=probe, probe=probe)],
            "asked": [*state.get("asked", []), probe], "question": text, "question_kind": probe}


def close_interview(state: InterviewState, runtime: Runtime[InterviewContext]) -> InterviewState:
    # Ended before any answer: nothing was said to thank them for, so the close says so.
    text = _say(state, runtime, "close" if graded_replies(state.get("turns", [])) else "close_early")
    turn = _turn(runtime, role="interviewer", text=text, kind="close")
    card = mock_scorecard([*state["turns"], turn], state.get("asked", []), state.get("role"))
    return {"turns": [turn], "scorecard": card.to_dict(), "closed": True}


def _attempts(state: InterviewState) -> list[DrillAttempt]:
    target = _target(state)
    out = []
    for n, (turn, reply) in enumerate(graded_replies(state["turns"]), 1):
        c = check(target, reply.grade)
        out.append(DrillAttempt(n, c.passed, c.summary, tuple(c.problems), reply.grade.spoken_seconds, turn))
    return out


def check_drill(state: InterviewState) -> InterviewState:
    return {"drill_passed": _attempts(state)[-1].passed}


def route_drill(state: InterviewState) -> Literal["retry_drill", "close_drill"]:
    done = state.get("drill_passed") or state.get("attempts", 0) >= state["max_attempts"]
    return "close_drill" if done else "retry_drill"


def retry_drill(state: InterviewState, runtime: Runtime[InterviewContext]) -> InterviewState:
    target = _target(state)
    problems = _attempts(state)[-1].problems
    text = _say(state, runtime, "drill_retry", drill=target, feedback=problems)
    return {"turns": [_turn(runtime, role="interviewer", text=text, kind=target)]}


def close_drill(state: InterviewState, runtime: Runtime[InterviewContext]) -> InterviewState:
    attempts = _attempts(state)
    passed = bool(attempts) and attempts[-1].passed
    text = _say(state, runtime, "drill_close", drill=_target(state), passed=passed)
    return {"turns": [_turn(runtime, role="interviewer", text=text, kind="close")],
            "scorecard": drill_scorecard(_target(state), attempts, state["turns"]).to_dict(), "closed": True}


def give_up(state: InterviewState, runtime: Runtime[InterviewContext]) -> InterviewState:
    text = _say(state, runtime, "give_up")
    if state.get("mode") == "drill":
        card = drill_scorecard(_target(state), _attempts(state), state["turns"]).to_dict()
    else:
        card = mock_scorecard(state["turns"], state.get("asked", []), state.get("role")).to_dict()
    return {"turns": [_turn(runtime, role="interviewer", text=text, kind="close")], "scorecard": card, "closed": True}


builder = StateGraph(InterviewState, context_schema=InterviewContext)
for node in (open_interview, open_drill, wait_for_reply, read_reply, nudge, grade_reply, merge_reply, respond_to_act,
             choose_followup, ask_followup, close_interview, check_drill, retry_drill, close_drill, give_up):
    builder.add_node(node.__name__, node)
builder.add_conditional_edges(START, route_start)
builder.add_edge("open_interview", "wait_for_reply")
builder.add_edge("open_drill", "wait_for_reply")
builder.add_edge("wait_for_reply", "read_reply")
builder.add_conditional_edges("read_reply", route_reply)
builder.add_edge("nudge", "wait_for_reply")
builder.add_edge("respond_to_act", "wait_for_reply")
builder.add_conditional_edges("grade_reply", route_graded)
builder.add_conditional_edges("merge_reply", route_graded)
builder.add_conditional_edges("choose_followup", route_followup)
builder.add_edge("ask_followup", "wait_for_reply")
builder.add_conditional_edges("check_drill", route_drill)
builder.add_edge("retry_drill", "wait_for_reply")
for last in ("close_interview", "close_drill", "give_up"):
    builder.add_edge(last, END)


def compile_interview(checkpointer: BaseCheckpointSaver[Any]) -> CompiledStateGraph[Any, Any, Any, Any]:
    """The compiled interview; the checkpointer is what makes `interrupt` and resume work."""
    return builder.compile(checkpointer=checkpointer)
