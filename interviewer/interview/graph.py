"""The interview as a LangGraph state machine: the one place that knows the order of an interview.

open -> wait for the reply -> grade -> choose the follow-up -> ask it -> wait ... -> close (mock), or
open drill -> wait -> grade -> check -> retry ... -> close drill. Every reply is one run that ends at the
next `interrupt`, so with a checkpointer each completed turn is durable. Compile `builder` with any saver.
"""

from __future__ import annotations

from typing import Any, Literal, cast

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.runtime import Runtime
from langgraph.types import interrupt

from interviewer.interview.context import InterviewContext
from interviewer.interview.drills import SPECS, DrillTarget, check
from interviewer.interview.probes import choose_probe
from interviewer.interview.scorecard import drill_scorecard, graded_replies, mock_scorecard, with_tokens
from interviewer.interview.speaker import Act, Cue
from interviewer.interview.state import InterviewState, Turn

MAX_EMPTY_REPLIES = 3


def _say(state: InterviewState, runtime: Runtime[InterviewContext], act: Act, **cue: Any) -> str:
    turns = state.get("turns", [])
    return runtime.context.speaker.speak(
        Cue(act=act, seed=f"{state['session_id']}:{len(turns)}", role=state.get("role"), transcript=tuple(turns),
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


def route_reply(state: InterviewState) -> Literal["grade_reply", "nudge", "give_up", "close_interview", "close_drill"]:
    if state.get("ending"):
        return "close_drill" if state.get("mode") == "drill" else "close_interview"
    if state["reply"].strip():
        return "grade_reply"
    return "give_up" if state.get("empty_streak", 0) + 1 >= MAX_EMPTY_REPLIES else "nudge"


def nudge(state: InterviewState, runtime: Runtime[InterviewContext]) -> InterviewState:
    text = _say(state, runtime, "nudge", question=state["question"])
    turn = _turn(runtime, role="interviewer", text=text, kind="nudge")
    return {"turns": [turn], "empty_streak": state.get("empty_streak", 0) + 1}


def grade_reply(state: InterviewState, runtime: Runtime[InterviewContext]) -> InterviewState:
    reply = state["reply"]
    grade = runtime.context.grader.grade(reply, state["question"], kind=cast(Any, state["question_kind"]))
    turn = _turn(runtime, role="candidate", text=reply, grade=grade.to_dict())
    runtime.stream_writer({"event": "graded", "turn": turn})  # a UI can show the grade before the next question
    return {"turns": [turn], "reply": "", "empty_streak": 0,
            "attempts": state.get("attempts", 0) + 1}


def route_graded(state: InterviewState) -> Literal["choose_followup", "check_drill"]:
    return "check_drill" if state.get("mode") == "drill" else "choose_followup"


def choose_followup(state: InterviewState) -> InterviewState:
    replies = [r for _, r in graded_replies(state["turns"])]
    return {"next_probe": choose_probe(replies, state.get("asked", []), state["max_followups"])}


def route_followup(state: InterviewState) -> Literal["ask_followup", "close_interview"]:
    return "ask_followup" if state.get("next_probe") else "close_interview"


def ask_followup(state: InterviewState, runtime: Runtime[InterviewContext]) -> InterviewState:
    probe = state["next_probe"]
    assert probe is not None
    text = _say(state, runtime, "probe", probe=probe)
    return {"turns": [_turn(runtime, role="interviewer", text=text, kind=probe, probe=probe)], "asked": [probe],
            "question": text, "question_kind": probe}


def close_interview(state: InterviewState, runtime: Runtime[InterviewContext]) -> InterviewState:
    text = _say(state, runtime, "close")
    turn = _turn(runtime, role="interviewer", text=text, kind="close")
    card = mock_scorecard([*state["turns"], turn], state.get("asked", []), state.get("role"))
    return {"turns": [turn], "scorecard": card, "closed": True}


def _attempts(state: InterviewState) -> list[dict[str, Any]]:
    target = _target(state)
    out = []
    for n, (turn, reply) in enumerate(graded_replies(state["turns"]), 1):
        c = check(target, reply.grade)
        out.append({"attempt": n, "passed": c.passed, "summary": c.summary, "problems": list(c.problems),
                    "spoken_seconds": reply.grade.spoken_seconds, "turn": turn})
    return out


def check_drill(state: InterviewState) -> InterviewState:
    return {"drill_passed": bool(_attempts(state)[-1]["passed"])}


def route_drill(state: InterviewState) -> Literal["retry_drill", "close_drill"]:
    done = state.get("drill_passed") or state.get("attempts", 0) >= state["max_attempts"]
    return "close_drill" if done else "retry_drill"


def retry_drill(state: InterviewState, runtime: Runtime[InterviewContext]) -> InterviewState:
    target = _target(state)
    problems = _attempts(state)[-1]["problems"]
    text = _say(state, runtime, "drill_retry", drill=target, feedback=problems)
    return {"turns": [_turn(runtime, role="interviewer", text=text, kind=target)]}


def close_drill(state: InterviewState, runtime: Runtime[InterviewContext]) -> InterviewState:
    attempts = _attempts(state)
    passed = bool(attempts) and bool(attempts[-1]["passed"])
    text = _say(state, runtime, "drill_close", drill=_target(state), passed=passed)
    return {"turns": [_turn(runtime, role="interviewer", text=text, kind="close")],
            "scorecard": with_tokens(drill_scorecard(_target(state), attempts), state["turns"]), "closed": True}


def give_up(state: InterviewState, runtime: Runtime[InterviewContext]) -> InterviewState:
    text = _say(state, runtime, "give_up")
    if state.get("mode") == "drill":
        card = with_tokens(drill_scorecard(_target(state), _attempts(state)), state["turns"])
    else:
        card = mock_scorecard(state["turns"], state.get("asked", []), state.get("role"))
    return {"turns": [_turn(runtime, role="interviewer", text=text, kind="close")], "scorecard": card, "closed": True}


builder = StateGraph(InterviewState, context_schema=InterviewContext)
for node in (open_interview, open_drill, wait_for_reply, nudge, grade_reply, choose_followup, ask_followup,
             close_interview, check_drill, retry_drill, close_drill, give_up):
    builder.add_node(node.__name__, node)
builder.add_conditional_edges(START, route_start)
builder.add_edge("open_interview", "wait_for_reply")
builder.add_edge("open_drill", "wait_for_reply")
builder.add_conditional_edges("wait_for_reply", route_reply)
builder.add_edge("nudge", "wait_for_reply")
builder.add_conditional_edges("grade_reply", route_graded)
builder.add_conditional_edges("choose_followup", route_followup)
builder.add_edge("ask_followup", "wait_for_reply")
builder.add_conditional_edges("check_drill", route_drill)
builder.add_edge("retry_drill", "wait_for_reply")
for last in ("close_interview", "close_drill", "give_up"):
    builder.add_edge(last, END)


def compile_interview(checkpointer: BaseCheckpointSaver[Any]) -> CompiledStateGraph[Any, Any, Any, Any]:
    """The compiled interview; the checkpointer is what makes `interrupt` and resume work."""
    return builder.compile(checkpointer=checkpointer)
