"""STAR beats: which sentences set the scene, state the task, tell the actions, and give the result."""

from __future__ import annotations

from interviewer.grading.patterns import beats
from interviewer.grading.signals import Signals
from interviewer.grading.text import Sentence
from interviewer.rubric import BEATS, Beat, BeatShare


def _classify(s: Sentence, sig: Signals) -> Beat | None:
    f = s.low
    if s.index in sig.index_of("change", "generic", "habitual_change"):
        return "result"
    if beats.TASK.search(f):
        return "task"
    if s.index in sig.index_of("strong_ownership", "own_actions") or beats.AFTERMATH.search(f):
        return "action"
    if beats.RESULT.search(f):
        return "result"
    if beats.SITUATION.search(f):
        return "situation"
    return None


def sentence_beats(sig: Signals) -> list[tuple[Sentence, Beat]]:
    """Each sentence with the beat it belongs to; an unmarked sentence joins the beat before it."""
    out: list[tuple[Sentence, Beat]] = []
    current: Beat = "situation"
    for s in sig.sentences:
        beat = _classify(s, sig) or current
        if beat == "result" and s.index == 0:
            beat = "situation"
        out.append((s, beat))
        current = beat
    return out


def star_shares(sig: Signals) -> dict[Beat, BeatShare]:
    """Each beat's presence and share of the words; unmarked sentences join the beat before them.

    While the story is still setting the scene, a sentence that also carries scene markers ("Three
    years ago I owned the rollout ...") gives half its words to the situation and half to its beat.
    """
    words: dict[Beat, float] = dict.fromkeys(BEATS, 0.0)
    current: Beat = "situation"
    for s in sig.sentences:
        beat = _classify(s, sig)
        opening = current == "situation"
        if beat == "result" and opening and s.index == 0:
            beat = "situation"
        if beat and beat != "situation" and opening and (s.index == 0 or beats.SITUATION.search(s.low)):
            words["situation"] += s.words / 2
            words[beat] += s.words / 2
        else:
            words[beat or current] += s.words
        current = beat or current
    total = sum(words.values())
    return {
        b: BeatShare(present=words[b] > 0, share=round(words[b] / total, 2) if total else 0.0) for b in BEATS
    }
