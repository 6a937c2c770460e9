"""The learned combiner: for a few flags, how the rules' own readings add up is learned rather than written.

Each flag's rule in grading/flags.py weighs the signals by hand ("an outside cause counts when no fault is owned and
there are two of them, or an excuse, or the question asked for the candidate's part"), and those weights were set
one dev case at a time. For the flags where a learned weighing reads new writing better, a logistic regression over
the same readings decides instead: how many sentences of each kind the rules found (ownership, faults, outside
causes, others failing, excuses, wins, ...), which question was answered, and which flags the rules raised. It
reads no words, only what the rules read, so every flag it raises still quotes a sentence the rules picked out.

Trained on `dev` by evals/train_combiner.py, which keeps a flag's model only where it beats the rules both out of
fold and on the latest dev rounds when trained on the earlier ones; docs/scoring.md ("The learned combiner").
"""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path
from typing import Any, Final

from interviewer.grading import learned
from interviewer.grading.questions import QUESTION_KINDS
from interviewer.grading.signals import Signals
from interviewer.grading.text import Hit
from interviewer.rubric import FLAG_IDS, Flag, FlagId

WEIGHTS: Final = Path(__file__).with_name("learned_combiner.json")

READINGS: Final = (
    "strong_ownership", "own_actions", "own_faults", "blame", "denied", "cause_elsewhere", "defensive", "passive_failure",
    "passive_change", "vague", "collective", "others_failing", "minimizing", "humble_brag", "change", "present_acts",
    "conditional", "habitual", "built", "excuse_context", "generic", "lesson", "hedging", "rescue", "trivial", "stakes",
    "dramatic", "emotion", "confidential", "current_employer", "sensitive", "negative", "people_failing", "injection",
    "exculpation", "outside_causes", "minor", "wins",
)
"""The rules' readings the combiner counts (attributes of Signals, each a list of hits)."""
ORDERED: Final = ("cause_elsewhere", "blame", "outside_causes", "exculpation", "defensive", "own_faults",
                  "strong_ownership", "wins", "rescue", "generic", "change", "habitual")
"""Readings whose place in the reply counts too: told in its first sentence, or in its last."""
FEATURES: Final = (*(f"n:{r}" for r in READINGS), "sentences", "first_person",
                   *(f"asked:{k}" for k in QUESTION_KINDS), *(f"rules:{f}" for f in FLAG_IDS),
                   *(f"first:{r}" for r in ORDERED), *(f"last:{r}" for r in ORDERED), "excuse_before_owning")

SILENT: Final = ("n:injection", "rules:prompt_injection")
"""Inputs whose weight is held at zero for every flag: an attempt to steer the grade is set aside and reported, never
obeyed (RUBRIC.md), so whether a reply carries one may move no other flag, whatever `dev`'s few attempts happen to
correlate with."""

SIGNS: Final[dict[FlagId, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "blame_shifting": (("rules:blame_shifting", "n:blame", "n:cause_elsewhere", "n:outside_causes", "n:others_failing",
                        "n:people_failing", "n:exculpation", "n:denied", "n:negative"),
                       ("n:strong_ownership", "n:own_faults")),
    "too_small": (("rules:too_small", "n:trivial", "n:minor"), ("n:stakes",)),
    "vague_ownership": (("rules:vague_ownership", "n:vague", "n:collective"), ("n:strong_ownership", "n:own_faults")),
    "generic_lesson": (("rules:generic_lesson", "n:generic"), ("n:change", "n:habitual", "n:built")),
    "rescue_narrative": (("rules:rescue_narrative", "n:rescue", "n:wins"), ()),
    "minimizing": (("rules:minimizing", "n:minimizing"), ()),
    "confidential_details": (("rules:confidential_details", "n:confidential", "n:sensitive", "n:current_employer"), ()),
    "passive_voice": (("rules:passive_voice", "n:passive_failure", "n:passive_change"), ("n:strong_ownership", "n:own_faults")),
    "negative_about_others": (("rules:negative_about_others", "n:negative"), ()),
    "defensive_language": (("rules:defensive_language", "n:defensive", "n:excuse_context"), ()),
    "hedging": (("rules:hedging", "n:hedging"), ()),
    "dramatic_language": (("rules:dramatic_language", "n:dramatic"), ()),
}
"""What the rubric says each reading means for a flag, as the sign its weight may take: more outside causes never
make blame less likely, an owned fault never makes it more likely. A weight the rubric gives no direction is free.
Without these, a reading that dev has seldom seen takes whatever sign its few cases suggest (a denial of any wrong
came out as evidence against blame). evals/train_combiner.py fits the weights within these signs."""

STANDS_ON: Final[dict[FlagId, tuple[str, ...]]] = {
    "blame_shifting": ("cause_elsewhere",),
    "rescue_narrative": ("overshadowing",),
}
"""Readings on which the rules' flag stands whatever the model weighs: the cause named outright as someone else's
("that supplier was the real problem") is blame by the rubric's own words, however short the reply or whatever
question it answers; so is a win told with a superlative ("it turned into our best quarter"), the rubric's own example
of a rescue, whatever change the reply closes on."""

NOT_RAISED_OVER: Final[dict[FlagId, tuple[str, ...]]] = {
    "vague_ownership": ("strong_ownership", "own_faults", "own_actions"),
}
"""Readings in whose presence the combiner never raises a flag the rules did not: vague ownership is a story whose
own role and decision are never stated (RUBRIC.md), so a reply where the rules read an act of the speaker's own is
not one, however many times it says "we"."""

EVIDENCE: Final[dict[FlagId, tuple[str, ...]]] = {
    "blame_shifting": ("cause_elsewhere", "blame", "others_failing", "outside_causes", "people_failing", "exculpation",
                       "negative"),
    "too_small": ("trivial", "minor"),
    "vague_ownership": ("vague", "collective"),
    "passive_voice": ("passive_failure", "passive_change"),
    "negative_about_others": ("negative",),
    "minimizing": ("minimizing",),
    "defensive_language": ("defensive", "excuse_context"),
    "generic_lesson": ("generic", "lesson"),
    "rescue_narrative": ("rescue", "wins"),
    "confidential_details": ("confidential", "sensitive"),
    "hedging": ("hedging",),
    "dramatic_language": ("dramatic",),
}
"""Where a flag the combiner raises takes its quote: the first hit of these readings (none, and it is not raised)."""


def features(sig: Signals, flags: tuple[Flag, ...]) -> list[float]:
    """The combiner's inputs: log(1 + count) of each reading, of the sentences and of those in the first person,
    the question answered, the rules' flags, which ORDERED readings the first and the last sentence hold, and whether
    an excuse comes before the first fault owned."""
    raised = {f.id for f in flags}
    out = [math.log1p(len(getattr(sig, r))) for r in READINGS]
    out += [math.log1p(len(sig.sentences)), math.log1p(sum(s.first_person for s in sig.sentences))]
    out += [float(sig.question_kind == k) for k in QUESTION_KINDS]
    out += [float(f in raised) for f in FLAG_IDS]
    first, last = (sig.sentences[0].index, sig.sentences[-1].index) if sig.sentences else (-1, -1)
    at = {r: {h.sentence.index for h in getattr(sig, r)} for r in ORDERED}
    out += [float(first in at[r]) for r in ORDERED] + [float(last in at[r]) for r in ORDERED]
    # an excuse or an outside cause told before the first fault the speaker owns ("the deadline was set before I
    # joined ... I let the cut run over"): the order a count cannot see
    excuses = at["defensive"] | at["outside_causes"] | at["exculpation"] | at["blame"] | at["cause_elsewhere"]
    owned = at["own_faults"] | at["strong_ownership"]
    out.append(float(bool(excuses) and bool(owned) and min(excuses) < min(owned)))
    return out


@cache
def _weights() -> dict[str, Any]:
    """The kept flags' models; none when the file is missing or was trained on other features."""
    if not WEIGHTS.is_file():
        return {}
    data = learned.read_weights(WEIGHTS, "evals/train_combiner.py")
    if tuple(data.get("features", ())) != FEATURES:
        return {}
    models = data.get("models")
    if not isinstance(models, dict):
        raise learned.WeightsError(WEIGHTS, ValueError("no models"), "evals/train_combiner.py")
    return models


def probability(model: dict[str, Any], x: list[float]) -> float:
    z = model["intercept"] + sum(w * v for w, v in zip(model["weights"], x, strict=True))
    return 1 / (1 + math.exp(-z))


def quotable(flag_id: FlagId, sig: Signals) -> Hit | None:
    """The hit a flag the combiner raises quotes: the first of its EVIDENCE readings (None: it is not raised, as where
    a reading of NOT_RAISED_OVER is present)."""
    if any(getattr(sig, r) for r in NOT_RAISED_OVER.get(flag_id, ())):
        return None
    return next((h for r in EVIDENCE.get(flag_id, ()) for h in getattr(sig, r)), None)


def stands(flag_id: FlagId, sig: Signals) -> bool:
    """Whether the rules' flag rests on a reading of STANDS_ON, which the combiner never overrules; blame stands too
    where the reply owns nothing and names someone or something else failing: the rubric's definition word for word
    (others carry the cause, the candidate implied blameless)."""
    if any(getattr(sig, r) for r in STANDS_ON.get(flag_id, ())):
        return True
    return (flag_id == "blame_shifting" and not sig.strong_ownership and not sig.own_faults
            and bool(sig.blame or sig.others_failing or sig.outside_causes or sig.people_failing))


def combined(flags: tuple[Flag, ...], sig: Signals) -> tuple[Flag, ...]:
    """The flags with each kept flag decided by its model: raised (quoting its first reading) or dropped."""
    models = _weights()
    if not models or not sig.sentences:
        return flags
    x = features(sig, flags)
    out: dict[FlagId, Flag] = {f.id: f for f in flags}
    for flag_id in FLAG_IDS:
        model = models.get(flag_id)
        if model is None:
            continue
        wanted = probability(model, x) >= model["threshold"]
        if wanted and flag_id not in out:
            hit = quotable(flag_id, sig)
            if hit is not None:
                out[flag_id] = Flag(flag_id, hit.quote)
        elif not wanted and flag_id in out and not stands(flag_id, sig):
            del out[flag_id]
    return tuple(out[f] for f in FLAG_IDS if f in out)
