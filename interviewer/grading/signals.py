"""Every pattern run once over a reply: the raw signals that flags and verdicts are decided from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from interviewer.grading.patterns import delivery, learning, ownership, structure
from interviewer.grading.screen import screened
from interviewer.grading.text import Reply, Sentence

_QUOTE_LIMIT = 240


@dataclass(frozen=True, slots=True)
class Hit:
    """One pattern match: the sentence it is in and the matched span (the sentence's start plus offsets in its
    `low`, which are offsets in the reply unless the sentence held invisible or compatibility characters)."""

    sentence: Sentence
    start: int
    end: int

    @property
    def quote(self) -> str:
        """The sentence, or a window of it around the match when the sentence is long."""
        s = self.sentence
        if len(s.text) <= _QUOTE_LIMIT:
            return s.text
        lo = max(0, s.text_offset(self.start - s.start) - 80)
        hi = min(len(s.text), s.text_offset(self.end - s.start) + 80)
        lo = s.text.rfind(" ", 0, lo) + 1 if lo > 0 else 0
        cut = s.text.find(" ", hi)
        hi = cut if cut != -1 else len(s.text)
        return s.text[lo:hi].strip()


def _plain(s: Sentence) -> bool:
    """True when the sentence carries no platitude."""
    return learning.GENERIC.search(s.low) is None


def _hits(pattern: re.Pattern[str], sentences: list[Sentence]) -> list[Hit]:
    out = []
    for s in sentences:
        m = pattern.search(s.low)
        if m:
            out.append(Hit(s, s.start + m.start(), s.start + m.end()))
    return out


def _every(pattern: re.Pattern[str], sentences: list[Sentence]) -> list[Hit]:
    """Every match, not just the first of each sentence: for signals that count."""
    return [Hit(s, s.start + m.start(), s.start + m.end()) for s in sentences for m in pattern.finditer(s.low)]


@dataclass
class Signals:
    """The pattern hits of one reply, with injection sentences set aside so they decide nothing."""

    reply: Reply
    injection: list[Hit]
    sentences: list[Sentence]
    """The sentences that count: every sentence but those that address the grader."""
    strong_ownership: list[Hit] = field(default_factory=list)
    own_actions: list[Hit] = field(default_factory=list)
    own_faults: list[Hit] = field(default_factory=list)
    """The candidate's acts in sentences that mark them as a fault (an omission, an error, a decision): what owns
    a failure, where any act answers "what did you do next"."""
    blame: list[Hit] = field(default_factory=list)
    defensive: list[Hit] = field(default_factory=list)
    passive_failure: list[Hit] = field(default_factory=list)
    passive_change: list[Hit] = field(default_factory=list)
    vague: list[Hit] = field(default_factory=list)
    collective: list[Hit] = field(default_factory=list)
    others_failing: list[Hit] = field(default_factory=list)
    story: bool = True
    question_kind: str = "opening"
    """Which question the reply answers (grading/questions.py)."""
    """False for replies to probes that ask for a change rather than the story (they need no act of the past)."""
    minimizing: list[Hit] = field(default_factory=list)
    humble_brag: list[Hit] = field(default_factory=list)
    change: list[Hit] = field(default_factory=list)
    conditional: list[Hit] = field(default_factory=list)
    habitual: list[Hit] = field(default_factory=list)
    built: list[Hit] = field(default_factory=list)
    excuse_context: list[Hit] = field(default_factory=list)
    generic: list[Hit] = field(default_factory=list)
    lesson: list[Hit] = field(default_factory=list)
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
    _index_cache: dict[tuple[str, ...], frozenset[int]] = field(default_factory=dict, repr=False)
    _changes_cache: dict[bool, list[Hit]] = field(default_factory=dict, repr=False)

    # Read on first use: most replies are decided before these are needed.
    @cached_property
    def serious(self) -> list[Hit]:
        """Consequences with real stakes: money, people or things affected in number, safety, law, a deal."""
        return _hits(structure.STAKES, self.sentences)

    @cached_property
    def consequences(self) -> list[Hit]:
        """Any consequence that carries stakes, serious or everyday: a real failure names one."""
        return self.serious + _hits(structure.CONSEQUENCES, self.sentences)

    @cached_property
    def exculpation(self) -> list[Hit]:
        return _hits(structure.EXCULPATION, self.sentences)

    @cached_property
    def outside_causes(self) -> list[Hit]:
        return _hits(structure.OUTSIDE_CAUSE, self.sentences)

    @cached_property
    def minor(self) -> list[Hit]:
        return _every(structure.MINOR, self.sentences)

    @cached_property
    def wins(self) -> list[Hit]:
        return _closing_wins(self.sentences)

    def index_of(self, *kinds: str) -> frozenset[int]:
        """The sentence indices with a hit of any of these signal kinds (cached: STAR reads them per sentence)."""
        key = kinds
        if key not in self._index_cache:
            hits: list[Hit] = []
            for kind in kinds:
                hits += self.habitual_changes() if kind == "habitual_change" else getattr(self, kind)
            self._index_cache[key] = frozenset(h.sentence.index for h in hits)
        return self._index_cache[key]

    def habitual_changes(self) -> list[Hit]:
        start = self._story_told_at()
        return [h for h in self.habitual + self.built if h.sentence.index >= start]

    @property
    def counted_words(self) -> int:
        return sum(s.words for s in self.sentences)

    def concrete(self, s: Sentence) -> bool:
        """A change is checkable when it names a cadence, number or artefact, or a trigger ("before any
        release") in a sentence that is not a platitude; a concrete next sentence can carry it too."""
        nxt = self.reply.sentences[s.index + 1] if s.index + 1 < len(self.reply.sentences) else None
        if _plain(s) and (learning.CONCRETE.search(s.low) or learning.TRIGGER.search(s.low)):
            return True
        return nxt is not None and _plain(nxt) and learning.CONCRETE.search(nxt.low) is not None

    def changes(self, follow_up_on_change: bool) -> list[Hit]:
        if follow_up_on_change not in self._changes_cache:
            self._changes_cache[follow_up_on_change] = self._find_changes(follow_up_on_change)
        return self._changes_cache[follow_up_on_change]

    def _find_changes(self, follow_up_on_change: bool) -> list[Hit]:
        """The concrete changes named: announced ones, and habitual-present ones once the story has been told.

        In a reply to "what do you do differently now" or "what would you do today", a conditional
        ("I'd call the client first") or a habit anywhere in the reply counts too.
        """
        announced = list(self.change)
        habits = self.conditional + self.habitual if follow_up_on_change else self.habitual_changes()
        excusing = {h.sentence.index for h in self.defensive + self.blame + self.hedging}
        # "I carry that into every shift" is a lesson in the shape of a habit: a habit stated in a lesson
        # sentence counts only when it names something to check. An announced change ("I now ...") stands.
        platitudes = {h.sentence.index for h in self.lesson if not learning.ARTEFACT.search(h.sentence.low)}
        candidates = [h for h in announced if h.sentence.index not in excusing]
        candidates += [h for h in habits if h.sentence.index not in excusing | platitudes]
        seen: set[int] = set()
        out = []
        for h in sorted(candidates, key=lambda h: h.start):
            if h.sentence.index not in seen and self.concrete(h.sentence):
                seen.add(h.sentence.index)
                out.append(h)
        return out

    def _story_told_at(self) -> int:
        """Index of the first sentence after which a present-tense habit reads as the change, not the scene."""
        owned = [h.sentence.index for h in self.strong_ownership + self.own_actions]
        half = self.sentences[len(self.sentences) // 2].index if self.sentences else 0
        return max(min(owned) + 1, half) if owned else half


def read_signals(reply: Reply) -> Signals:
    """Run every pattern over the reply once."""
    all_sentences = reply.sentences
    injection = [Hit(s, s.start + lo, s.start + hi) for s, lo, hi in screened(all_sentences, reply.text)]
    quarantined = {h.sentence.index for h in injection}
    ss = [s for s in all_sentences if s.index not in quarantined]
    sig = Signals(reply=reply, injection=injection, sentences=ss)
    mine = [s for s in ss if s.first_person]  # ownership and change patterns all need an I, me, my or mine
    strong = _hits(ownership.STRONG_OWNERSHIP, mine)
    sig.blame = [h for h in _hits(ownership.BLAME, ss) if not _stative(h)]
    # "It was on me, of course, though the vendor never sent the specs": ownership that concedes to someone
    # else's failing is a formula, and the clause after the concession carries the cause.
    conceded = [h for h in strong if _conceded_to_others(h, ss)]
    sig.blame += [h for h in conceded if h.sentence.index not in {b.sentence.index for b in sig.blame}]
    sig.strong_ownership = [h for h in strong if h not in conceded]
    # An act of the candidate's owns the failure only where the sentence marks it as a fault (an omission, an
    # error, a decision): "I raised it in my weekly report" is diligence, "I missed my target" an outcome.
    sig.own_actions = _hits(ownership.FIRST_PERSON_ACTION, mine)
    sig.own_faults = [h for h in sig.own_actions if _fault(h)]
    sig.defensive = _hits(ownership.DEFENSIVE, ss) + _hits(ownership.EXCUSE_BUT, ss)
    # An agentless sentence that blames someone is blame, one the candidate owns is no hiding, and
    # "when the payment was missed, I flagged it" sets up the candidate's response.
    explained = {h.sentence.index for h in sig.strong_ownership + sig.blame}
    own_act_at = {h.sentence.index: h.start for h in reversed(sig.own_actions)}
    sig.passive_failure = [
        h
        for h in _hits(ownership.PASSIVE_FAILURE, ss) + [a for a in _hits(structure.AGENTLESS, ss) if not _by_agent(a)]
        if h.sentence.index not in explained
        and not ownership.AGENT_ME.search(h.sentence.low)
        and not ownership.TEMPORAL_SETUP.search(h.sentence.low[: h.start - h.sentence.start])
        and not own_act_at.get(h.sentence.index, h.start) < h.start
    ]
    sig.passive_change = [
        h for h in _hits(ownership.PASSIVE_CHANGE, ss) if not re.search(r"\bi\b", h.sentence.low)
    ]
    sig.vague = _hits(ownership.VAGUE_WE, ss)
    sig.collective = _hits(ownership.COLLECTIVE, ss)
    sig.others_failing = _hits(ownership.OTHERS_FAILING, ss)
    sig.minimizing = _owned_words(_hits(ownership.MINIMIZING, ss) + _hits(structure.COMPARISON, ss))
    sig.humble_brag = _owned_words(_hits(ownership.HUMBLE_BRAG, ss))
    sig.generic = _owned_words(_hits(learning.GENERIC, ss))
    sig.lesson = _hits(learning.LESSON, ss)
    sig.change = [h for h in _hits(learning.CHANGE, ss) if h.sentence.first_person or "rule" in h.sentence.low]
    sig.conditional = _hits(learning.CONDITIONAL_ACTION, mine)
    sig.habitual = [h for h in _hits(learning.HABITUAL, mine) if _present_doing(h)]
    sig.change = [h for h in sig.change if _present_doing(h)]
    sig.built = [h for h in _hits(learning.BUILT, mine) if _lasting(h, reply)]
    # A sentence that states the candidate's present rule ("I now require a check from a colleague who did not
    # build it") describes the people in the rule, not who caused the failure.
    rules = {h.sentence.index for h in sig.change + sig.habitual}
    sig.blame = [h for h in sig.blame if h.sentence.index not in rules]
    sig.minimizing = [h for h in sig.minimizing if h.sentence.index not in rules]
    sig.hedging = _hits(learning.HEDGING, ss)
    sig.rescue = _hits(learning.RESCUE, ss)
    sig.trivial = _hits(delivery.TRIVIAL, ss)
    # Stakes and sensitive figures only matter once a trivial slip or a current employer is in view.
    sig.stakes = _hits(structure.STAKES, ss) if sig.trivial else []
    sig.dramatic = _owned_words(_hits(delivery.DRAMATIC, ss))
    sig.emotion = _hits(delivery.EMOTION, ss)
    sig.confidential = _hits(delivery.CONFIDENTIAL, ss)
    sig.current_employer = _hits(delivery.CURRENT_EMPLOYER, ss)
    sig.sensitive = _hits(delivery.SENSITIVE, ss) if sig.current_employer else []
    sig.negative = [h for h in _hits(delivery.NEGATIVE, ss) + _hits(structure.BELITTLING, ss) if _aimed_at_others(h)]
    return sig


def _by_agent(hit: Hit) -> bool:
    """A passive that names its agent ("was dropped by the courier"), or whose clause is the candidate's own ("I
    noticed it wasn't logged"); "At the brasserie I managed, the temperature wasn't logged" still hides who."""
    low, at = hit.sentence.low, hit.start - hit.sentence.start
    if re.match(r"\s+by\b", low[hit.end - hit.sentence.start :]):
        return True
    start = max(low.rfind(",", 0, at), low.rfind(";", 0, at)) + 1
    comma = re.search(r"[,;]", low[at:])
    clause = low[start : at + comma.start() if comma else len(low)]
    return re.search(r"\b(?:i|i'm|i'd|i've|me|my|myself)\b", clause) is not None


def _closing_wins(sentences: list[Sentence]) -> list[Hit]:
    """A win told in the last third of the answer, or after a closing turn ("in the end", "fortunately"): not the
    quiet proof that a habit holds ("every launch since went out on the date")."""
    out = []
    last_third = sentences[len(sentences) * 2 // 3 :] if len(sentences) >= 3 else sentences
    for s in sentences:
        m = structure.WIN.search(s.low)
        # proof that a habit holds, or a win that did not happen ("we'd have renewed"), is no pivot
        if not m or re.search(r"\b(?:since|every|each|ever|meant|would have|'d have|could have)\b", s.low):
            continue
        if s in last_third or structure.CLOSING_TURN.search(s.low):
            out.append(Hit(s, s.start + m.start(), s.start + m.end()))
    return out


def _fault(hit: Hit) -> bool:
    """The candidate's act is marked as a fault in its sentence up to where a clause with another subject begins
    ("..., and she never ..."), beyond an owned outcome ("I missed my target" alone is not one) or effort ("I pushed them
    as hard as I could")."""
    s = hit.sentence
    at = hit.start - s.start
    end = _CLAUSE_END.search(s.low, at + 2)
    clause = s.low[: end.start()] if end else s.low
    outcomes = [m.span() for m in structure.OUTCOME.finditer(clause)]
    return any(
        not any(a <= m.start() and m.end() <= b for a, b in outcomes) and not _EFFORT.match(clause, m.end())
        for m in structure.FAULT.finditer(clause)
    )


_CLAUSE_END = re.compile(r"[;:]|(?:,? \b(?:and|but|so|because|while|when|though|although)\b|,) "
                         r"(?=(?:she|he|they|it|we|you|the|our|their|his|her|its|this|that|nobody|no one)\b)")
_EFFORT = re.compile(r"(?: \w+)?(?: as (?:hard|much|far|fast|best) as| everything| all I could| hard\b)")


def _stative(hit: Hit) -> bool:
    """Blame whose verb is one of liking or knowing ("they didn't like the sandwiches") names no failing act."""
    after = hit.sentence.low[hit.end - hit.sentence.start :]
    m = re.match(r"\s*(\w+)", after)
    tail = hit.sentence.low[hit.start - hit.sentence.start : hit.end - hit.sentence.start]
    if not re.search(r"(?:didn't|did not|never|don't|do not|doesn't|wouldn't)$", tail):
        return False
    return m is not None and structure.STATIVE.fullmatch(m.group(1)) is not None


def _conceded_to_others(hit: Hit, sentences: list[Sentence]) -> bool:
    """Ownership followed by a concession ("..., though honestly the vendor never ...", or a next sentence that
    opens "Though ...") whose clause makes others the agent of a failing act."""
    s = hit.sentence
    rest = s.low[hit.end - s.start :]
    turn = structure.CONCESSION.search(rest)
    if turn:
        clause = rest[turn.end() :]
    else:
        after = [n for n in sentences if n.index > s.index][:1]
        opener = structure.CONCESSION.match(after[0].low) if after else None
        if not opener:
            return False
        clause = after[0].low[opener.end() :]
    agent = structure.OTHERS_AGENT.search(clause)
    return agent is not None and re.search(r"\b(?:i|my|me)\b", clause[: agent.start()]) is None and (
        ownership.BLAME.search(clause) is not None or ownership.OTHERS_FAILING.search(clause) is not None
    )


def _owned_words(hits: list[Hit]) -> list[Hit]:
    """Drop matches that are someone else's words or are denied: "people usually say perfectionism, but ...",
    "I won't pretend it was a disaster"."""
    out = []
    for h in hits:
        s = h.sentence
        before = s.low[: h.start - s.start]
        clause = re.split(r"[;:]|\bbut\b", before)[-1]
        if not structure.DISOWNED.search(clause):
            out.append(h)
    return out


def _present_doing(hit: Hit) -> bool:
    """A change is something done now: not a habit framed in the past ("back then I never ..."), and not a
    thought or a feeling ("I still think about it")."""
    s = hit.sentence
    if structure.PAST_FRAME.search(s.low) and not structure.SINCE_THEN.search(s.low):
        return False
    span = s.low[hit.start - s.start : hit.end - s.start]
    verb = re.search(r"\bi (?:(?:now|still|also|always|never|really|just|actually|do|don't|no longer|\w+ly) )*(\w+)", span + " x")
    return verb is None or structure.MENTAL.fullmatch(verb.group(1)) is None


def _lasting(hit: Hit, reply: Reply) -> bool:
    """Something built is a change only when it lasts (a cadence, a rule, a present use), not a one-off repair."""
    s = hit.sentence
    nxt = reply.sentences[s.index + 1].low if s.index + 1 < len(reply.sentences) else ""
    return structure.LASTING.search(s.low) is not None or structure.LASTING.search(nxt) is not None


_SELF_CRITICISM = re.compile(
    r"\b(?:i was|i'd been|i had been|i'm|i am|i felt|i've been|i'd (?:rather|like to|want to) be|my own|myself)\b[^,;]{0,40}$"
    r"|accused of $"
)


def _aimed_at_others(hit: Hit) -> bool:
    """A disparaging word counts only when it is about someone else, not the candidate's self-criticism."""
    s = hit.sentence
    before = s.low[: hit.start - s.start]
    if _SELF_CRITICISM.search(before):
        return False
    return delivery.NEGATIVE_TARGET.search(s.low) is not None
