"""Properties of the closing card over generated conversations: it agrees with the replies it summarises, its
coaching never contradicts its verdicts, and its outline never misplaces a sentence."""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path
from typing import Any, Final

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interviewer.evaluation import load_cases
from interviewer.interview import InterviewSession, Settings, Store
from interviewer.interview.card import card_from_dict
from interviewer.interview.coaching import is_filler
from interviewer.interview.verdict import UNDONE_BY, failed_part, supplies
from interviewer.rubric import TEST_IDS, Grade
from tests import interview_lines as L

_DEV = load_cases(split="dev")
POOL: Final[list[str]] = [
    L.STORY, L.EXCUSE_LED, L.OWNERSHIP, L.GENERIC, L.TODAY, L.HUMBLE_BRAG, L.VAGUE, L.HEDGING, L.RESCUE,
    "Sorry, can you repeat the question?", "What do you mean by failure?", "haha one sec",
    "Sorry, I wasn't finished. I told my manager the same day and we refunded everyone by Friday.",
    *[c.answer for c in itertools.islice((c for c in _DEV if c.question is None and len(c.answer) < 1200), 0, 400, 10)],
    *[c.answer for c in itertools.islice((c for c in _DEV if c.question is not None), 0, 200, 8)],
]
# Coaching that speaks to a failed test; it may appear only beside that test's fail.
_COACHES_TEST: Final = {"real_failure": "self_awareness", "ownership": "honesty", "decision": "honesty",
                        "decision_missing": "honesty", "generic": "learning", "hedging": "learning", "change": "learning",
                        "rescue": "self_awareness", "self_awareness": "self_awareness"}


def play(replies: list[str]) -> tuple[dict[str, Any], list[Grade], list[dict[str, Any]]]:
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "p.sqlite")
        try:
            session = InterviewSession.start(store, Settings(), session_id="prop")
            for r in replies:
                if session.closed:
                    break
                session.reply(r)
            if not session.closed:
                session.end()
            turns = session.turns
            card = session.scorecard or {}
        finally:
            store.close()
    answers = [t for t in turns if "grade" in t]
    return card, [Grade.from_dict(t["grade"]) for t in answers], [dict(t) for t in answers]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(POOL), min_size=1, max_size=5))
def test_the_card_agrees_with_the_replies_and_its_coaching_with_its_verdicts(replies: list[str]) -> None:
    card, grades, _ = play(replies)
    assert card_from_dict(card).to_dict() == card  # the stored JSON is exactly the typed card's
    if not card.get("complete"):
        assert not grades
        return
    story = card["story_reply"] - 1
    for t in TEST_IDS:
        shown = card["tests"][t]
        if shown["verdict"] != "fail":
            continue
        decided = shown["reply"] - 1
        part = failed_part(t, grades[decided].tests[t], grades[decided])
        for later in grades[max(decided, story) + 1:]:
            # no reply after the deciding one passed the failed part with quotes (and kept its red flags away)
            assert not supplies(later, part), (t, part, later.tests[t])
            if t != "self_awareness":
                result = later.tests[t]
                passed_with_quotes = result.verdict == "pass" and bool(result.evidence) and not later.flag_ids & UNDONE_BY[t]
                assert not (passed_with_quotes and part in ("decision", "change")), (t, result)
    for item in card["coaching"]:
        test = _COACHES_TEST.get(item["id"])
        # coaching on a test stands beside its fail, or beside a pass the story only reached when probed
        assert test is None or card["tests"][test]["verdict"] == "fail" or card["tests"][test]["repaired"], (
            item["id"], card["tests"])
    ids = {item["id"] for item in card["coaching"]}
    assert not ({"setup_share", "length"} <= ids and card["length_band"] in ("thin", "short"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(POOL), min_size=1, max_size=4))
def test_the_outline_places_each_sentence_once_and_never_a_dialogue_act(replies: list[str]) -> None:
    card, _, _ = play(replies)
    if not card.get("complete"):
        return
    placed = [beat["text"] for beat in card["outline"] if beat["yours"]]
    assert len(placed) == len(set(placed))
    for a, b in itertools.combinations(placed, 2):
        assert a.rstrip(" .") not in b and b.rstrip(" .") not in a, (a, b)
    assert not any(is_filler(text) for text in placed)
