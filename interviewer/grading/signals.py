"""Every pattern run once over a reply: the raw signals that flags and verdicts are decided from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from interviewer.grading.patterns import delivery, learning, ownership
from interviewer.grading.text import Reply, Sentence

_QUOTE_LIMIT = 240


@dataclass(frozen=True, slots=True)
class Hit:
    """One pattern match: the sentence it is in and the matched span (offsets in the reply)."""

    sentence: Sentence
    start: int
    end: int

    @property
    def quote(self) -> str:
        """The sentence, or a window of it around the match when the sentence is long."""
        s = self.sentence
        if len(s.text) <= _QUOTE_LIMIT:
            return s.text
        lo = max(0, self.start - s.start - 80)
        hi = min(len(s.text), self.end - s.start + 80)
        lo = s.text.rfind(" ", 0, lo) + 1 if lo > 0 else 0
        cut = s.text.find(" ", hi)
        hi = cut if cut != -1 else len(s.text)
        return s.text[lo:hi].strip()


def _hits(pattern: re.Pattern[str], sentences: list[Sentence]) -> list[Hit]:
    out = []
    for s in sentences:
        m = pattern.search(s.folded)
        if m:
            out.append(Hit(s, s.start + m.start(), s.start + m.end()))
    return out


@dataclass
class Signals:
    """The pattern hits of one reply, with injection sentences set aside so they decide nothing."""

    reply: Reply
    injection: list[Hit]
    sentences: list[Sentence]
    """The sentences that count: every sentence but those that address the grader."""
    strong_ownership: list[Hit] = field(default_factory=list)
    own_actions: list[Hit] = field(default_factory=list)
    blame: list[Hit] = field(default_factory=list)
    defensive: list[Hit] = field(default_factory=list)
    passive_failure: list[Hit] = field(default_factory=list)
    passive_change: list[Hit] = field(default_factory=list)
    vague: list[Hit] = field(default_factory=list)
    we_subjects: int = 0
    i_subjects: int = 0
    minimizing: list[Hit] = field(default_factory=list)
    humble_brag: list[Hit] = field(default_factory=list)
    change: list[Hit] = field(default_factory=list)
    conditional: list[Hit] = field(default_factory=list)
    generic: list[Hit] = field(default_factory=list)
    hedging: list[Hit] = field(default_factory=list)
    rescue: list[Hit] = field(default_factory=list)
    trivial: list[Hit] = field(default_factory=list)
    stakes: list[Hit] = field(default_factory=list)
    dramatic: list[Hit] = field(default_factory=list)
    emotion: list[Hit] = field(default_factory=list)
    confidential: list[Hit] = field(default_factory=list)
    current_employer: list[Hit] = field(default_factory=list)
    sensitive: list[Hit] = field(default_factory=list)
    negative: list[Hit] = field(default_factory=list)

    @property
    def counted_words(self) -> int:
        return sum(s.words for s in self.sentences)

    def concrete(self, s: Sentence) -> bool:
        return learning.CONCRETE.search(s.folded) is not None


def read_signals(reply: Reply) -> Signals:
    """Run every pattern over the reply once."""
    all_sentences = reply.sentences
    injection = _hits(delivery.INJECTION, all_sentences)
    quarantined = {h.sentence.index for h in injection}
    ss = [s for s in all_sentences if s.index not in quarantined]
    sig = Signals(reply=reply, injection=injection, sentences=ss)
    sig.strong_ownership = _hits(ownership.STRONG_OWNERSHIP, ss)
    sig.own_actions = _hits(ownership.FIRST_PERSON_ACTION, ss)
    sig.blame = _hits(ownership.BLAME, ss)
    sig.defensive = _hits(ownership.DEFENSIVE, ss) + _hits(ownership.EXCUSE_BUT, ss)
    owned = {h.sentence.index for h in sig.strong_ownership}
    sig.passive_failure = [
        h
        for h in _hits(ownership.PASSIVE_FAILURE, ss)
        if h.sentence.index not in owned and not ownership.AGENT_ME.search(h.sentence.folded)
    ]
    sig.passive_change = [
        h for h in _hits(ownership.PASSIVE_CHANGE, ss) if not re.search(r"\bI\b", h.sentence.folded)
    ]
    sig.vague = _hits(ownership.VAGUE_WE, ss)
    sig.we_subjects = sum(len(ownership.WE_SUBJECT.findall(s.folded)) for s in ss)
    sig.i_subjects = sum(len(ownership.I_SUBJECT.findall(s.folded)) for s in ss)
    sig.minimizing = _hits(ownership.MINIMIZING, ss)
    sig.humble_brag = _hits(ownership.HUMBLE_BRAG, ss)
    sig.generic = _hits(learning.GENERIC, ss)
    sig.change = [h for h in _hits(learning.CHANGE, ss) if h.sentence.first_person or "rule" in h.sentence.folded]
    sig.conditional = _hits(learning.CONDITIONAL_ACTION, ss)
    sig.hedging = _hits(learning.HEDGING, ss)
    sig.rescue = _hits(learning.RESCUE, ss)
    sig.trivial = _hits(delivery.TRIVIAL, ss)
    sig.stakes = _hits(delivery.STAKES, ss)
    sig.dramatic = _hits(delivery.DRAMATIC, ss)
    sig.emotion = _hits(delivery.EMOTION, ss)
    sig.confidential = _hits(delivery.CONFIDENTIAL, ss)
    sig.current_employer = _hits(delivery.CURRENT_EMPLOYER, ss)
    sig.sensitive = _hits(delivery.SENSITIVE, ss)
    sig.negative = [h for h in _hits(delivery.NEGATIVE, ss) if _aimed_at_others(h)]
    return sig


_SELF_CRITICISM = re.compile(r"\b(?:I|I'd|I've|I'm|I was|I had been|my own|myself)\b[^,;]{0,30}$", re.IGNORECASE)


def _aimed_at_others(hit: Hit) -> bool:
    """A disparaging word counts only when it is about someone else, not the candidate's self-criticism."""
    s = hit.sentence
    before = s.folded[: hit.start - s.start]
    if _SELF_CRITICISM.search(before):
        return False
    return delivery.NEGATIVE_TARGET.search(s.folded) is not None
