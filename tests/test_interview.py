"""The compiled interview graph: the whole path, the probe for each gap, no repeats, the cap, drills, bad replies."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest

from interviewer.grading import RulesGrader
from interviewer.interview import InterviewSession, InterviewStore, SessionError, Settings, open_store
from interviewer.interview.probes import PROBES, Reply, choose_probe
from tests import interview_lines as L

# Words that would reveal the grading to the candidate before the close.
REVEALING = re.compile(r"\b(?:scored?|scoring|passed|flag(?:ged|s)?|rubric|verdicts?|grade[ds]?|grading|STAR|/100|points)\b")


@pytest.fixture
def store(database_url: str) -> Iterator[InterviewStore]:
    """Every test here runs on SQLite and on PostgreSQL."""
    s = open_store(database_url)
    yield s
    s.close()


def run(store: InterviewStore, replies: list[str], session_id: str = "test-1", **settings: object) -> InterviewSession:
    session = InterviewSession.start(store, Settings(**settings), session_id=session_id)  # type: ignore[arg-type]
    for reply in replies:
        if session.closed:
            break
        session.reply(reply)
    if not session.closed:
        session.end()
    return session


def probes_of(session: InterviewSession) -> list[str]:
    return [t["probe"] for t in session.turns if "probe" in t]


def test_full_offline_interview_probes_the_gaps_and_closes_with_a_scorecard(store: InterviewStore) -> None:
    session = run(store, [L.EXCUSE_LED, L.OWNERSHIP, L.GENERIC, L.TODAY])
    turns = session.turns
    assert turns[0]["role"] == "interviewer" and turns[0]["kind"] == "opening"
    assert probes_of(session) == ["ownership", "change", "today"]
    assert turns[-1]["kind"] == "close" and session.closed
    card = session.scorecard
    assert card is not None and card["complete"]
    assert set(card["tests"]) == {"honesty", "learning", "self_awareness"}
    # The excuse-led story failed honesty; the reply to the ownership probe repaired it, and the card says so.
    honesty = card["tests"]["honesty"]
    assert honesty["verdict"] == "pass" and honesty["repaired"] and honesty["reply"] == 2
    assert all(q in L.OWNERSHIP for q in honesty["evidence"])
    assert {f["id"] for f in card["flags"]} >= {"defensive_language", "generic_lesson"}
    assert all(f["evidence"] in turns[f["turn"]]["text"] for f in card["flags"])
    assert {b: s["target"] for b, s in card["star"].items()} == {"situation": 0.15, "task": 0.10, "action": 0.5, "result": 0.25}
    assert len(card["coaching"]) == 2 and card["coaching"][0]["id"] == "ownership"
    assert "To be fair" in card["coaching"][0]["how"]
    mine = [step["text"] for step in card["outline"] if step["yours"]]
    assert mine and all(any(text.rstrip(" .") in t["text"] for t in turns) for text in mine)
    assert any(not step["yours"] for step in card["outline"])  # the missing beats are marked for the candidate to add


@pytest.mark.parametrize(
    ("first_reply", "probe"),
    [
        (L.EXCUSE_LED, "ownership"),
        (L.HUMBLE_BRAG, "real_failure"),
        (L.VAGUE, "decision"),
        (L.RESCUE, "cost"),
        (L.OWNERSHIP, "change"),
    ],
)
def test_first_probe_targets_the_biggest_gap(store: InterviewStore, first_reply: str, probe: str) -> None:
    session = InterviewSession.start(store, Settings(), session_id="gap")
    new = session.reply(first_reply)
    assert [t["role"] for t in new] == ["candidate", "interviewer"]
    assert new[1]["probe"] == probe


def test_policy_asks_task_and_aftermath_when_the_story_lacks_them() -> None:
    grader = RulesGrader()
    story = "I decided to skip the dry run because we were behind. Since then I run one before every release."
    replies = [Reply(story, grader.grade(story))]
    assert choose_probe(replies, [], 5) in ("task", "aftermath")
    assert choose_probe(replies, ["task"], 5) == "aftermath"
    # no gap left: one question about the judgement call, then the closer, then nothing
    assert choose_probe(replies, ["task", "aftermath"], 5) == "judgement"
    assert choose_probe(replies, ["task", "aftermath", "judgement"], 5) == "today"
    assert choose_probe(replies, ["task", "aftermath", "judgement", "today"], 5) is None


def test_generic_lesson_draws_what_do_you_do_differently(store: InterviewStore) -> None:
    session = run(store, [L.OWNERSHIP + " " + L.GENERIC])
    assert probes_of(session)[0] == "change"
    assert "differently" in session.turns[2]["text"] or "?" in session.turns[2]["text"]


def test_no_probe_is_asked_twice_and_the_cap_holds(store: InterviewStore) -> None:
    bad = [L.EXCUSE_LED, L.GENERIC, L.HEDGING, L.VAGUE, L.GENERIC, L.HEDGING, L.HUMBLE_BRAG, L.GENERIC]
    for cap in range(0, 7):
        session = run(store, bad, session_id=f"cap-{cap}", max_followups=cap)
        asked = probes_of(session)
        free = session.values.get("free_asks", [])  # drawn by "I can't think of a failure": not counted
        assert len(asked) == len(set(asked)) and len(asked) - len(free) <= cap, (cap, asked)
        assert set(asked) <= set(PROBES)
        if cap:
            assert asked[-1] == "today"  # the standard closer takes the last slot
        assert session.closed


def test_cap_of_one_asks_only_the_closer(store: InterviewStore) -> None:
    session = run(store, [L.EXCUSE_LED, L.TODAY], max_followups=1)
    assert probes_of(session) == ["today"]


def test_a_complete_story_gets_the_judgement_probe_then_the_closer(store: InterviewStore) -> None:
    session = run(store, [L.STORY, L.OWNERSHIP, L.TODAY])
    assert probes_of(session) == ["judgement", "today"]
    card = session.scorecard
    assert card and all(t["verdict"] == "pass" for t in card["tests"].values())
    assert card["coaching"][0]["id"] in ("length", "keep", "action_share", "setup_share")


def test_one_question_per_turn_and_nothing_revealed_mid_interview(store: InterviewStore) -> None:
    scripts = [[L.EXCUSE_LED, L.OWNERSHIP, L.GENERIC, L.TODAY], [L.HUMBLE_BRAG, L.RESCUE, L.HEDGING, L.TODAY],
               [L.VAGUE, L.INJECTION, "", L.GENERIC, L.HEDGING]]
    for n, replies in enumerate(scripts):
        for seed in range(8):
            session = run(store, replies, session_id=f"q-{n}-{seed}")
            asking = [t for t in session.turns if t["role"] == "interviewer" and t["kind"] != "close"]
            for t in asking:
                asks = t["text"].count("?") + len(re.findall(r"(?:^|\. )(?:Tell me|Describe|Give me)\b[^?]*\.$", t["text"]))
                assert asks == 1, t["text"]
                assert not REVEALING.search(t["text"]), t["text"]


def test_drill_loops_until_it_passes(store: InterviewStore) -> None:
    replies = [L.EXCUSE_LED, L.OWNERSHIP, L.OWNERSHIP]
    session = run(store, replies, session_id="drill-pass", mode="drill", drill_target="ownership")
    card = session.scorecard
    assert card and card["mode"] == "drill" and card["passed"]
    assert [a["passed"] for a in card["attempts"]] == [False, True]  # stopped at the pass; the third reply was not needed
    retry = session.turns[2]
    assert retry["role"] == "interviewer" and "To be fair" in retry["text"]  # the feedback quotes the attempt


def test_drill_gives_up_after_its_attempts(store: InterviewStore) -> None:
    session = run(store, [L.HEDGING] * 5, session_id="drill-fail", mode="drill", drill_target="hedging", max_attempts=3)
    card = session.scorecard
    assert card and not card["passed"] and len(card["attempts"]) == 3
    assert all("hedging" in a["summary"] for a in card["attempts"])


@pytest.mark.parametrize(
    ("target", "weak", "strong"),
    [
        ("change", L.GENERIC, "I now send a written summary of every decision to the client within a day of the call."),
        ("hedging", L.HEDGING, L.TODAY),
        ("rescue", L.RESCUE, "It cost the team a month of unreadable data and two lost customers. I now set up a holdout "
                            "group before any pricing test starts."),
        ("length", L.OWNERSHIP, " ".join([L.STORY] * 3)[:1500]),
    ],
)
def test_every_drill_target_tells_weak_from_strong(store: InterviewStore, target: str, weak: str, strong: str) -> None:
    session = run(store, [weak, strong], session_id=f"d-{target}", mode="drill", drill_target=target)
    card = session.scorecard
    assert card and card["attempts"][0]["passed"] is False
    if target != "length":
        assert card["passed"], card["attempts"]


def test_length_drill_passes_in_the_ideal_band(store: InterviewStore) -> None:
    words = L.STORY.split()
    ideal = " ".join((words * 4)[:250]) + "."
    session = run(store, [ideal], session_id="len", mode="drill", drill_target="length")
    assert session.scorecard and session.scorecard["passed"]


def test_empty_replies_are_nudged_then_the_interview_closes(store: InterviewStore) -> None:
    session = InterviewSession.start(store, Settings(), session_id="empty")
    question = session.question
    new = session.reply("   \n ")
    assert [t["kind"] for t in new] == ["nudge"] and not session.closed
    assert question.split()[-1] in new[0]["text"]  # the question is asked again
    session.reply("")
    session.reply("")
    assert session.closed and session.scorecard and not session.scorecard["complete"]


@pytest.mark.parametrize("reply", ["x" * 50_000, ("word " * 10_000) + ".", L.NON_ENGLISH, L.INJECTION])
def test_bad_replies_never_break_the_interview(store: InterviewStore, reply: str) -> None:
    session = run(store, [reply, L.OWNERSHIP, L.TODAY], session_id="bad")
    assert session.closed and session.scorecard and session.scorecard["complete"]
    first = session.turns[1]
    assert first["role"] == "candidate" and first["grade"]["words"] >= 1
    if reply is L.NON_ENGLISH:
        assert any("English" in n for n in first["grade"]["notes"])
    if reply is L.INJECTION:
        assert [f["id"] for f in first["grade"]["flags"]] == ["prompt_injection"]
        for t in session.turns:
            assert t["role"] == "candidate" or "10/10" not in t["text"]


def test_the_state_is_plain_json_and_survives_a_new_store(database_url: str) -> None:
    first = open_store(database_url)
    session = InterviewSession.start(first, Settings(role="nurse"), session_id="durable")
    session.reply(L.EXCUSE_LED)
    said = [t["text"] for t in session.turns]
    first.close()
    again = open_store(database_url)
    resumed = InterviewSession.resume(again, "durable")
    assert [t["text"] for t in resumed.turns] == said
    json.dumps(resumed.values)
    resumed.reply(L.OWNERSHIP)
    assert len(resumed.turns) == 5 and "nurse" in resumed.turns[0]["text"]
    assert [r.session_id for r in again.history()] == ["durable"]
    with pytest.raises(SessionError):
        InterviewSession.resume(again, "nope")
    again.close()


def test_a_closed_interview_takes_no_more_replies(store: InterviewStore) -> None:
    session = run(store, [L.STORY])
    with pytest.raises(SessionError):
        session.reply("more")


def test_settings_are_checked() -> None:
    with pytest.raises(ValueError, match="target"):
        Settings(mode="drill")
    with pytest.raises(ValueError):
        Settings(max_followups=11)


def test_a_sentence_that_says_the_task_and_names_the_call_fills_the_decision() -> None:
    from interviewer.interview.coaching import outline

    story = ("I was running payroll for a plant of two hundred people, and I pushed the overtime import without checking the "
             "totals against the timesheets. Forty people were paid without their overtime. Now I reconcile the import "
             "total against the timesheet export before every run.")
    grade = RulesGrader().grade(story)
    assert grade.tests["honesty"].verdict == "pass"
    beats = {b.label: b for b in outline(story, [], grade.tests)}
    decision, task = beats["The decision that was yours"], beats["What you were responsible for"]
    assert decision.yours and "pushed the overtime import" in decision.text
    assert not task.yours  # asked for, not the same sentence twice nor the call filed as the task
