"""The red-flag decisions of the rubric engine: which flags a reply's signals add up to, with their quotes."""

from __future__ import annotations

from collections.abc import Callable

from interviewer.grading import learned, roles
from interviewer.grading.patterns import delivery, learning, ownership, structure
from interviewer.grading.precompiled import rx
from interviewer.grading.signals import Signals
from interviewer.grading.text import Hit, every, hits
from interviewer.rubric import FLAG_IDS, OVERSHARING_SECONDS, Flag, FlagId

FlagRule = Callable[[Signals, int], Hit | str | None]
"""Decides one flag from the signals and the reply's spoken seconds: the deciding hit (or quote), or None."""


def _first(hits: list[Hit]) -> Hit | None:
    return hits[0] if hits else None


def _blame_shifting(sig: Signals, _: int) -> Hit | None:
    blame, others = sig.blame, sig.others_failing
    if sig.question_kind == "cost":
        def cause(h: Hit) -> bool:
            return not roles.about_the_affected(h)
        blame, others = [h for h in blame if cause(h)], [h for h in others if cause(h)]
    # The cause named outright as someone else's is blame whatever else is owned: the candidate says who it was.
    if sig.cause_elsewhere:
        return sig.cause_elsewhere[0]
    # Context about others is allowed when the candidate's own decision carries the cause.
    owned = len(sig.strong_ownership)
    if blame and (owned == 0 or len(blame) > 2 * owned):
        return blame[0]
    if owned:
        return None
    faults = {h.sentence.index for h in sig.own_faults} - {h.sentence.index for h in blame + sig.exculpation}
    # Others doing the failing, or an outside cause, while the candidate owns no fault of theirs: the story is
    # told as what happened to them. Clearing oneself ("nobody could have held that date") says it outright.
    outside = others + sig.outside_causes
    # Asked for their own part or decision, a reply that gives only someone else's failing deflects.
    asked_for_own_part = sig.question_kind in ("decision", "ownership", "task")
    if not faults and outside and (len(outside) >= 2 or sig.exculpation or asked_for_own_part):
        return outside[0]
    # Someone else failing, told as plain fact ("the tier 2 team is very slow"), in a story that owns no fault.
    if not faults and sig.people_failing:
        return sig.people_failing[0]
    if not faults and len(sig.exculpation) >= 2:
        return sig.exculpation[0]
    # Disparaging someone while owning nothing puts the cause on them, whatever the verbs.
    if sig.negative and not faults:
        return sig.negative[0]
    return None


_SMALL_ANSWER = rx(r"\W*(?:(?:well|honestly|um|uh|so|really|i mean|in the end|at the end of the day|cost-?wise|"
                  r"to be honest|the cost|it|that)\W+(?:(?:was|cost|is)\W+)?)*(?:not (?:much|a lot|a huge "
                  r"amount|that much|really (?:a|much of a|any) cost|a real cost)|very little|hardly anything|next to nothing|"
                  r"minimal|negligible|nothing (?:much|really|major|serious)|little,|nothing(?:\s*[,.;:!-]|\s+(?:in the end|"
                  r"at all|because|since)\b))")


def _cost_answered_small(sig: Signals) -> Hit | None:
    """Asked what the failure cost, a reply that opens by calling it small ("Not much in the end, honestly") shrinks it."""
    if sig.question_kind != "cost" or not sig.sentences:
        return None
    first = sig.sentences[0]
    m = _SMALL_ANSWER.match(first.low)
    return Hit(first, first.start + m.start(), first.start + m.end()) if m else None


def _excuse_leads(sig: Signals) -> Hit | None:
    """The reply opens on what exonerates the speaker (someone else's act, an outside cause) and owns a fault only
    after it: "the schedule was set by the commissioner before I came on board, so I was playing catch-up ..."."""
    if not sig.sentences:
        return None
    opening = sig.sentences[0].index
    owned_at = [h.sentence.index for h in sig.strong_ownership + sig.own_faults]
    if not owned_at or min(owned_at) <= opening:
        return None
    return next((h for h in sig.blame + sig.outside_causes + sig.exculpation if h.sentence.index == opening), None)


def _vague_ownership(sig: Signals, _: int) -> Hit | None:
    if sig.strong_ownership:
        return None
    if sig.vague:
        return sig.vague[0]
    diffused = hits(ownership.DIFFUSED, sig.sentences) if not sig.own_faults else []
    if diffused:
        return diffused[0]
    # A story of the failure with a "we" or a team in it, and no act of the candidate's anywhere.
    if sig.story and not sig.own_actions and not sig.blame and not sig.others_failing and len(sig.collective) >= 2:
        return sig.collective[0]
    # ... or a story whose failing acts are told as "we" or with no agent, with no fault of the candidate's named
    if sig.story and not sig.own_faults and len(sig.collective) >= 2 and sig.passive_failure:
        return sig.collective[0]
    return None


def _passive_voice(sig: Signals, _: int) -> Hit | None:
    return _first(sig.passive_failure) or _first(sig.passive_change) or _agentless_account(sig)


_ASKED_WHAT_THEY_DID = ("aftermath", "decision", "ownership", "task")


def _agentless_account(sig: Signals) -> Hit | None:
    """Asked what they did or decided, a reply told only in passives ("the issue was escalated and the customer was
    informed; a credit was issued") with no "I" anywhere hides who acted."""
    if sig.question_kind not in _ASKED_WHAT_THEY_DID or any(s.first_person for s in sig.sentences):
        return None
    acts = [h for h in hits(structure.PASSIVE_ACT, sig.sentences) if not roles.by_agent(h)]
    return acts[0] if len({h.sentence.index for h in acts}) >= 2 or len(acts) >= 3 else None


def _generic_lesson(sig: Signals, _: int) -> Hit | None:
    # A platitude is forgiven when a concrete change follows in the same or the next sentence.
    changes = {h.sentence.index for h in sig.changes(follow_up_on_change=True)}
    for hit in sig.generic:
        i = hit.sentence.index
        if i in changes and _beyond_platitude(hit):
            continue
        if i + 1 in changes:
            continue
        return hit
    return _lesson_without_behaviour(sig)


def _lesson_without_behaviour(sig: Signals) -> Hit | None:
    """A stated lesson, or a change stated with nothing to check ("since then I make sure to communicate more"), in a
    reply that names no concrete change at all."""
    if sig.changes(follow_up_on_change=True):
        return None
    for hit in sorted(sig.lesson + sig.change, key=lambda h: h.start):
        if not learning.ARTEFACT.search(hit.sentence.low):
            return hit
    return None


def _beyond_platitude(hit: Hit) -> bool:
    """True when the sentence carries more than the platitude itself (a concrete behaviour)."""
    s = hit.sentence
    rest = s.low[: hit.start - s.start] + s.low[hit.end - s.start :]
    return len(rest.split()) >= 6


def _rescue_narrative(sig: Signals, _: int) -> Hit | None:
    if not sig.sentences:
        return None
    story_start = sig.sentences[max(0, len(sig.sentences) // 4)].index
    late = [h for h in sig.rescue if h.sentence.index >= story_start or len(sig.sentences) < 4]
    return _first(late) or _first(sig.wins)


def _too_small(sig: Signals, _: int) -> Hit | None:
    # (one small object named again is still one: "sent it to the printer ... every file I send to the printer")
    named = {h.sentence.low[h.start - h.sentence.start : h.end - h.sentence.start].removeprefix("the ") for h in sig.trivial}
    if sig.trivial and len(sig.stakes) <= len(named) // 2:
        return sig.trivial[0]
    # A story told only through minor consequences and small objects, with no serious stake named anywhere.
    if sig.story and len(sig.minor) >= 2 and len(sig.minor) > 2 * len(sig.serious):
        return sig.minor[0]
    return None


def _oversharing(sig: Signals, seconds: int) -> Hit | str | None:
    emotional = {h.sentence.index for h in sig.emotion}
    if len(emotional) >= 2:
        return sig.emotion[0]
    # ... or one long confession that piles them up: "I went home and cried for ages, I still feel sick about it, it was
    # an awful year with my own kids and my marriage"
    if sig.emotion and len(every(delivery.EMOTION, sig.sentences)) >= 3:
        return sig.emotion[0]
    if seconds > OVERSHARING_SECONDS and sig.sentences:
        return _sentence_past_limit(sig, seconds)
    return None


def _sentence_past_limit(sig: Signals, seconds: int) -> str:
    """The first sentence spoken after the three-minute mark: where the answer should have stopped."""
    budget = sig.counted_words * OVERSHARING_SECONDS / max(1, seconds)
    spoken = 0
    for s in sig.sentences:
        spoken += s.words
        if spoken > budget:
            return s.text
    return sig.sentences[-1].text


def _confidential(sig: Signals, _: int) -> Hit | None:
    if sig.confidential:
        return sig.confidential[0]
    # A figure is the current employer's while the story is about the current employer: a past
    # employer named in the meantime ("at my previous company ...") takes the story elsewhere.
    about: dict[int, str] = {}
    context = "current"
    for s in sig.sentences:
        if delivery.PAST_EMPLOYER.search(s.low):
            context = "past"
        elif any(h.sentence.index == s.index for h in sig.current_employer):
            context = "current"
        about[s.index] = context
    rules = {h.sentence.index for h in sig.changes(follow_up_on_change=True)}  # "anything over £10,000" is a threshold
    for hit in sig.sensitive:
        if about.get(hit.sentence.index) == "current" and hit.sentence.index not in rules:
            return hit
    return None


RULES: dict[FlagId, FlagRule] = {
    "humble_brag": lambda sig, _: _first(sig.humble_brag),
    "blame_shifting": _blame_shifting,
    "defensive_language": lambda sig, _: _first(sig.defensive) or _excuse_leads(sig),
    "passive_voice": _passive_voice,
    "vague_ownership": _vague_ownership,
    "generic_lesson": _generic_lesson,
    "rescue_narrative": _rescue_narrative,
    "too_small": _too_small,
    "minimizing": lambda sig, _: _first(sig.minimizing) or _cost_answered_small(sig),
    "dramatic_language": lambda sig, _: _first(sig.dramatic),
    "oversharing": _oversharing,
    "confidential_details": _confidential,
    "negative_about_others": lambda sig, _: _first(sig.negative),
    "hedging": lambda sig, _: _first(sig.hedging),
    "prompt_injection": lambda sig, _: _first(sig.injection),
}
assert set(RULES) == set(FLAG_IDS), "every rubric flag needs a rule"


def with_learned_flags(flags: tuple[Flag, ...], sig: Signals, question: str | None) -> tuple[Flag, ...]:
    """The rules' flags plus those the learned reader raises that the rules did not, each quoting the sentence that
    reads most like it, in the rubric's order. The reader sees only the sentences that count (never an injection)."""
    if not sig.sentences:
        return flags
    have = {f.id for f in flags}
    # (nor a sentence that offers a cliché only to turn it down: "I could say I learned X, but that's not what happened")
    answer = " ".join(s.text for s in sig.sentences if not roles.turned_down(s))
    added = []
    for flag_id in learned.raised(question, answer):
        if flag_id in have:
            continue
        if flag_id == "humble_brag" and (sig.own_faults or sig.strong_ownership):  # a strength owns no fault
            continue
        # Blame is weighed in a story, and a fault the speaker names as their own is the rules' to weigh against
        # the others' part ("the port was congested ... I placed the orders from the old lead times"): the words of
        # blame alone do not tell an owned story with outside causes from an excuse.
        if flag_id == "blame_shifting" and (sig.own_faults or not sig.story):
            continue
        best = max(sig.sentences, key=lambda s: learned.scores(learned.features_text(question, s.text)).get(flag_id, 0.0))
        # a lesson is quoted from a lesson: the sentence that states the failure ("my biggest failure is that I take on
        # too much") is no platitude learned from it
        if flag_id == "generic_lesson" and best.index in {h.sentence.index for h in sig.humble_brag + sig.strong_ownership}:
            continue
        added.append(Flag(flag_id, best.text))
    return tuple(sorted((*flags, *added), key=lambda f: FLAG_IDS.index(f.id))) if added else flags


def decide_flags(sig: Signals, seconds: int) -> tuple[Flag, ...]:
    """The reply's red flags in the rubric's order, each with the quote that triggered it."""
    found = []
    for flag_id in FLAG_IDS:
        hit = RULES[flag_id](sig, seconds)
        if hit is not None:
            found.append(Flag(flag_id, hit if isinstance(hit, str) else hit.quote))
    return tuple(found)
