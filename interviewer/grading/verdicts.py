"""The three tests of the rubric decided from a reply's signals and flags, in the question's context."""

from __future__ import annotations

from interviewer.grading.precompiled import rx
from interviewer.grading.questions import TARGETS, QuestionKind
from interviewer.grading.signals import Signals
from interviewer.grading.text import Hit
from interviewer.rubric import Flag, FlagId, TestId, TestResult

# The flags that fail each test wherever they appear, with the reason the reader sees.
_FAILS: dict[TestId, tuple[tuple[FlagId, str], ...]] = {
    "honesty": (
        ("humble_brag", "The 'failure' is a strength in disguise, so nothing is owned."),
        ("blame_shifting", "The main cause is placed on others while the candidate stays blameless."),
        ("vague_ownership", "It says 'we' where 'I' is needed: the candidate's own part is never stated."),
        ("defensive_language", "An excuse sits around the failure instead of plain ownership."),
        ("passive_voice", "The failure is told without an agent, which hides who did it."),
        ("minimizing", "The failure is shrunk or compared to worse ones instead of owned."),
    ),
    "learning": (
        ("humble_brag", "There is no real failure here, so there is no real lesson to check."),
        ("generic_lesson", "The lesson is a label, not a behaviour someone could check."),
        ("hedging", "It does not commit to what would be done differently."),
    ),
    "self_awareness": (
        ("humble_brag", "A humble-brag instead of a real failure."),
        ("blame_shifting", "The candidate's own decision behind the failure is never named."),
        ("vague_ownership", "The candidate's own decision behind the failure is never named."),
        ("too_small", "The failure is trivial: no real stakes or judgement call."),
        ("rescue_narrative", "The story pivots to a win before the failure is finished."),
        ("generic_lesson", "The lesson is generic and could close any story."),
        ("hedging", "It hedges about what they would do differently."),
        ("oversharing", "Confessional detail or length that reads as seeking sympathy."),
    ),
}


def _evidence(hits: list[Hit], limit: int = 2) -> tuple[str, ...]:
    seen: list[str] = []
    for h in hits:
        if h.quote not in seen:
            seen.append(h.quote)
        if len(seen) == limit:
            break
    return tuple(seen)


def _failing_flag(test: TestId, flags: tuple[Flag, ...], sig: Signals, kind: QuestionKind = "opening") -> TestResult | None:
    by_id = {f.id: f for f in flags}
    owned = bool(_owned(sig, kind))
    for flag_id, reason in _FAILS[test]:
        # A passive change (no agent for the new process) fails learning, not honesty.
        if test == "honesty" and flag_id == "passive_voice" and not sig.passive_failure:
            continue
        # Agentless phrasing fails honesty when it hides who did it: one the candidate repairs by naming their own
        # decision elsewhere ("Mistakes were made on the rollout. ... That call was mine.") hides no one. The flag stands.
        if test == "honesty" and owned and flag_id == "passive_voice":
            continue
        # Blame fails self-awareness for the decision it leaves unnamed: a story that names the speaker's own faulty act
        # and still puts the main cause elsewhere fails honesty, not the naming of the decision.
        if test == "self_awareness" and flag_id == "blame_shifting" and sig.own_faults:
            continue
        if flag_id in by_id:
            return TestResult("fail", (by_id[flag_id].evidence,), reason)
    return None


def _change_hits(sig: Signals, kind: QuestionKind) -> list[Hit]:
    return sig.changes(follow_up_on_change=kind in ("today", "change", "cost"))


_FORMULA = rx(r"\b(?:responsib\w+|accountab\w+|my fault|on me|mine|own(?:ed)? (?:it|that|this|what)|the blame)\b")


def _owned(sig: Signals, kind: QuestionKind) -> list[Hit]:
    """What owns the failure: a named decision or fault of the candidate's. Replies to "what were you responsible
    for" or "what did you do next" answer with acts, so any act of theirs counts there."""
    if kind in ("task", "aftermath"):
        return sig.strong_ownership or sig.own_actions
    # The acts of the recovery are not the act behind the failure: "I reworked the windows, pushed the clearance
    # hard, we had the best January" owns the win.
    won = {h.sentence.index for h in sig.rescue + sig.wins}
    owned = ([h for h in sig.strong_ownership if h.sentence.index not in won]
             or [h for h in sig.own_faults if h.sentence.index not in won])
    # "I take responsibility for that" with no act of the speaker's anywhere accepts the blame without naming what
    # they did: a formula, not a named decision or behaviour.
    acts = [h for h in sig.own_actions if not _empty_claim(h)]
    if owned and not acts and all(_FORMULA.search(h.quote.lower()) or _empty_claim(h) for h in owned):
        return []
    return owned


# A claim of ownership that names nothing: "I made the call.", "It was my decision.", "I decided, I acted, I owned".
# Beside an act of the speaker's own it points at that act; alone it names no decision or behaviour.
_EMPTY_CLAIM = rx(r"(?:(?:and|so|yes|look|honestly|basically|again|but|ultimately|action|then)\W+)*(?:i (?:made|took) the "
                  r"(?:call|decision|choice)|it was (?:all |entirely )?my (?:own )?(?:decision|call|choice)|"
                  r"(?:the )?(?:decision|call|choice) was (?:mine|my own)|i (?:decided|chose|acted|owned|did|own(?:ed)? "
                  r"(?:it|that|this)))\W*")
_CLAUSE_BREAK = rx(r"[,;:.!?]")


def _empty_claim(hit: Hit) -> bool:
    """Whether the clause around `hit` is nothing but a claim of ownership with no act in it."""
    s = hit.sentence
    at = hit.start - s.start
    breaks = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(s.low) if m.end() <= at)]
    after = _CLAUSE_BREAK.search(s.low, hit.end - s.start)
    clause = s.low[breaks[-1] : after.start() if after else len(s.low)].strip()
    return _EMPTY_CLAIM.fullmatch(clause) is not None


def honesty(sig: Signals, flags: tuple[Flag, ...], kind: QuestionKind) -> TestResult:
    failed = _failing_flag("honesty", flags, sig, kind)
    if failed:
        return failed
    owned = _owned(sig, kind)
    if owned:
        return TestResult("pass", _evidence(owned), "Names, in first person, the decision or behaviour behind it.")
    if "honesty" not in TARGETS[kind]:
        return TestResult("pass", (), "Not asked by this question; nothing in the reply fails it.", applicable=False)
    return TestResult("fail", (), "Never names a decision or behaviour of the candidate's own that caused it.")


def learning(sig: Signals, flags: tuple[Flag, ...], kind: QuestionKind) -> TestResult:
    failed = _failing_flag("learning", flags, sig)
    if failed:
        return failed
    changes = _change_hits(sig, kind)
    if changes:
        return TestResult("pass", _evidence(changes), "Names a specific change someone could check.")
    if sig.passive_change:
        return TestResult("fail", (sig.passive_change[0].quote,), "The change is the team's or agentless, not theirs.")
    if "learning" not in TARGETS[kind]:
        return TestResult("pass", (), "Not asked by this question; nothing in the reply fails it.", applicable=False)
    if kind in ("today", "change"):
        return TestResult("fail", (), "Does not commit to a concrete action they would take or now take.")
    return TestResult("fail", (), "No specific change is named: the story ends at the outcome.")


def self_awareness(sig: Signals, flags: tuple[Flag, ...], kind: QuestionKind) -> TestResult:
    failed = _failing_flag("self_awareness", flags, sig)
    if failed:
        return failed
    if kind == "cost" and sig.consequences:
        # asked what the failure cost: the cost named with real stakes is the evidence
        return TestResult("pass", _evidence(sig.consequences, 1) + _evidence(_change_hits(sig, kind), 1),
                          "Names what the failure itself cost, with real stakes.")
    if "self_awareness" not in TARGETS[kind] or kind in ("today", "cost"):
        return TestResult(
            "pass", _evidence(_change_hits(sig, kind)), "Commits plainly, with no hedge, platitude or pivot.",
            applicable="self_awareness" in TARGETS[kind],
        )
    owned = _owned(sig, kind)
    if not owned:
        return TestResult("fail", (), "The decision that caused the failure is never named.")
    if kind in ("opening", "real_failure") and sig.counted_words >= 60 and not sig.consequences:
        return TestResult("fail", (), "No consequence with real stakes is named (people, money, time, safety, a deal).")
    return TestResult(
        "pass", _evidence(owned, 1) + _evidence(_change_hits(sig, kind), 1),
        "A real, scoped failure with a lesson specific to this story, left as a failure.",
    )


def decide_tests(sig: Signals, flags: tuple[Flag, ...], kind: QuestionKind) -> dict[TestId, TestResult]:
    return {
        "honesty": honesty(sig, flags, kind),
        "learning": learning(sig, flags, kind),
        "self_awareness": self_awareness(sig, flags, kind),
    }
