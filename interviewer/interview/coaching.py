"""The scorecard's coaching: the two most valuable concrete actions, and a stronger outline in the candidate's words."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from interviewer.grading.acts import SIDE_ACTS, continues, read_act
from interviewer.grading.patterns.beats import AFTERMATH
from interviewer.grading.signals import read_signals
from interviewer.grading.star import sentence_beats
from interviewer.grading.text import Reply as Text
from interviewer.interview.card import Coaching, OutlineBeat
from interviewer.interview.prompts import load_bank, render
from interviewer.rubric import Beat, Flag, FlagId, Grade, TestId, TestResult

COACHING_BANK = "offline/coaching"
_OUTLINE_WORDS: Final = 40

# Flag -> coaching key, in the order they are worth fixing once the tests are dealt with.
_FLAG_ACTIONS: Final[tuple[tuple[FlagId, str], ...]] = (
    ("humble_brag", "real_failure"),
    ("too_small", "real_failure"),
    ("blame_shifting", "ownership"),
    ("defensive_language", "ownership"),
    ("rescue_narrative", "rescue"),
    ("generic_lesson", "generic"),
    ("hedging", "hedging"),
    ("vague_ownership", "vague"),
    ("passive_voice", "passive"),
    ("negative_about_others", "negative"),
    ("minimizing", "minimizing"),
    ("confidential_details", "confidential"),
    ("oversharing", "oversharing"),
    ("dramatic_language", "dramatic"),
)


# The test each flag's coaching is about; the others (how it is told) stand whatever the verdicts.
_FLAG_TEST: Final[dict[FlagId, TestId]] = {
    "humble_brag": "self_awareness", "too_small": "self_awareness", "rescue_narrative": "self_awareness",
    "blame_shifting": "honesty", "defensive_language": "honesty", "vague_ownership": "honesty", "passive_voice": "honesty",
    "generic_lesson": "learning", "hedging": "learning",
}


def _quote(flags: Sequence[Flag], *ids: FlagId) -> str | None:
    """The first quote of these flags, without its closing stop, to sit inside a coaching sentence."""
    return next((f.evidence.rstrip(" .!?;,") for f in flags if f.id in ids), None)


def _issues(tests: dict[TestId, TestResult], flags: Sequence[Flag], story: Grade) -> list[tuple[str, dict[str, str]]]:
    issues: list[tuple[str, dict[str, str]]] = []
    if tests["self_awareness"].verdict == "fail" and (q := _quote(flags, "humble_brag", "too_small")):
        issues.append(("real_failure", {"quote": q}))
    if tests["honesty"].verdict == "fail":
        if q := _quote(flags, "blame_shifting", "defensive_language", "negative_about_others"):
            issues.append(("ownership", {"quote": q}))
        elif q := _quote(flags, "vague_ownership", "passive_voice"):
            issues.append(("decision", {"quote": q}))
        else:
            issues.append(("decision_missing", {}))
    if tests["learning"].verdict == "fail":
        if q := _quote(flags, "generic_lesson"):
            issues.append(("generic", {"quote": q}))
        elif q := _quote(flags, "hedging"):
            issues.append(("hedging", {"quote": q}))
        else:
            issues.append(("change", {}))
    if tests["self_awareness"].verdict == "fail":
        if q := _quote(flags, "rescue_narrative"):
            issues.append(("rescue", {"quote": q}))
        else:
            issues.append(("self_awareness", {}))
    for flag_id, key in _FLAG_ACTIONS:
        # A flag whose test passed anyway, in the story and over the conversation, is not coached: the advice would
        # contradict the verdict beside it. One that failed the story and was repaired only when probed still is:
        # next time the story should carry it without the probe.
        test = _FLAG_TEST.get(flag_id)
        if test and tests[test].verdict == "pass" and story.tests[test].verdict == "pass":
            continue
        if q := _quote(flags, flag_id):
            issues.append((key, {"quote": q}))
    action, setup = story.star["action"].share, story.star["situation"].share
    if action < 0.35:
        issues.append(("action_share", {"share": f"{action:.0%}"}))
    # "Shorten the setup" beside "make it longer" would pull both ways: a short answer is told to add, not cut.
    if setup > 0.30 and story.length_band not in ("thin", "short"):
        issues.append(("setup_share", {"share": f"{setup:.0%}"}))
    if story.length_band != "ideal":
        issues.append(("length", {"seconds": str(story.spoken_seconds), "band": story.length_band.replace("_", " ")}))
    issues += [("keep", {}), ("second_story", {})]
    return issues


def coaching_actions(tests: dict[TestId, TestResult], flags: Sequence[Flag], story: Grade, n: int = 2) -> list[Coaching]:
    """The `n` most valuable actions, each a title and how to do it, quoting the candidate where it helps."""
    bank = load_bank(COACHING_BANK)
    chosen: list[Coaching] = []
    seen: set[str] = set()
    for key, values in _issues(tests, flags, story):
        title_key = "decision" if key == "decision_missing" else key
        if title_key in seen:
            continue
        seen.add(title_key)
        chosen.append(Coaching(key, bank.options(f"{title_key}.title")[0], render(bank.options(f"{key}.how")[0], **values)))
        if len(chosen) == n:
            break
    return chosen


def _clip(text: str) -> str:
    words = text.split()
    return text.strip() if len(words) <= _OUTLINE_WORDS else " ".join(words[:_OUTLINE_WORDS]) + " ..."


def outline(
    story_text: str, replies: Sequence[tuple[str, Grade]], tests: dict[TestId, TestResult], avoid: Sequence[str] = ()
) -> list[OutlineBeat]:
    """A stronger version of the candidate's own story: their sentences, in STAR order, with the gaps marked.

    `replies` are every (text, grade) after the story, so a follow-up answer can fill a beat the story lacked;
    sentences holding an `avoid` quote (a rescue) are left out.
    """
    beats = [(s, b) for s, b in sentence_beats(read_signals(Text(story_text)))
             if not any(q in s.text for q in avoid) and not is_filler(s.text)]
    first = {b: next((s.text.strip() for s, beat in beats if beat == b), None) for b in ("situation", "task", "result")}
    aftermath = next((s.text.strip() for s, _ in beats if AFTERMATH.search(s.low)), None)
    for text, grade in replies:
        if not grade.passed("honesty") or grade.flags:
            continue
        if grade.question_kind == "task" and not first["task"]:
            first["task"] = text.strip().split("\n")[0]
        if grade.question_kind == "aftermath" and not aftermath:
            aftermath = text.strip().split("\n")[0]
    evidence = list(tests["honesty"].evidence) if tests["honesty"].verdict == "pass" else []
    owned = [q for q in evidence if q.strip() != first["task"]]
    if evidence and not owned:
        # the one sentence that says what was theirs also names the call ("I was running payroll and I pushed the import
        # without checking"): it fills the decision, the beat that matters more, and the responsibility is asked for
        owned, first["task"] = evidence, None
    decision = owned[0] if owned else None
    change = tests["learning"].evidence[0] if tests["learning"].verdict == "pass" and tests["learning"].evidence else None
    steps: list[tuple[Beat, str, str | None, str]] = [
        ("situation", "Set the scene in one or two sentences", first["situation"], "[When and where, in one sentence.]"),
        ("task", "What you were responsible for", first["task"], "[Say what was yours to deliver: 'I owned ...'.]"),
        ("action", "The decision that was yours", decision, "[Name your call in the first person: 'I decided ...'.]"),
        ("action", "What you did once it went wrong", aftermath, "[Who you told, when, and what you did to contain it.]"),
        ("result", "What it cost", first["result"], "[What the failure cost, plainly, before any recovery.]"),
        ("result", "What you do differently now", change, "[A habit someone could check: 'I now ... every time ...'.]"),
    ]
    out: list[OutlineBeat] = []
    used: list[str] = []
    for beat, label, found, hint in steps:
        # one sentence, one slot: a sentence already placed (or one holding it) leaves this beat marked missing
        placed = found.strip() if found else None
        if placed and any(placed in u or u in placed for u in used):
            placed = None
        if placed:
            used.append(placed)
        out.append(OutlineBeat(beat, label, _clip(placed) if placed else hint, placed is not None))
    return out


def is_filler(sentence: str) -> bool:
    """A sentence that is talk about the talking, not the story: thinking aloud, "sorry, I wasn't finished", a
    request to repeat, a question back. The outline never places one in a beat."""
    words = sentence.split()
    if len(words) <= 2:
        return True
    return continues(sentence) or read_act(sentence, story_told=True).act in SIDE_ACTS
