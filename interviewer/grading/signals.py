"""Every pattern run once over a reply: the raw signals that flags and verdicts are decided from."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from interviewer.grading import roles
from interviewer.grading.patterns import delivery, learning, ownership, structure
from interviewer.grading.precompiled import rx
from interviewer.grading.screen import screened
from interviewer.grading.text import Hit, Reply, Sentence, every, hits


def _plain(s: Sentence) -> bool:
    """True when the sentence carries no platitude."""
    return learning.GENERIC.search(s.low) is None


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
    denied: list[Hit] = field(default_factory=list)
    _failing: dict[int, list[tuple[Hit, bool]]] = field(default_factory=dict, repr=False)
    cause_elsewhere: list[Hit] = field(default_factory=list)
    """The cause named outright and placed on someone or something else ("the root cause was that QA had been cut")."""
    """Ownership words a negation takes back ("I don't think it was my fault"): a denial, read as exculpation."""
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
    overshadowing: list[Hit] = field(default_factory=list)
    """Wins told with a superlative ("it turned into our best quarter", "a record month"): the rubric's own rescue."""
    humble_brag: list[Hit] = field(default_factory=list)
    change: list[Hit] = field(default_factory=list)
    present_acts: list[Hit] = field(default_factory=list)
    """Bare acts in the present ("I check the dose against the chart"): a change once the story is told."""
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
    people_failing: list[Hit] = field(default_factory=list)
    """Someone other than the speaker as the subject of a failing clause (roles.failing_clauses, people only)."""
    _index_cache: dict[tuple[str, ...], frozenset[int]] = field(default_factory=dict, repr=False)
    _changes_cache: dict[bool, list[Hit]] = field(default_factory=dict, repr=False)

    # Read on first use: most replies are decided before these are needed.
    @cached_property
    def serious(self) -> list[Hit]:
        """Consequences with real stakes: money, people or things affected in number, safety, law, a deal."""
        return hits(structure.STAKES, self.sentences)

    @cached_property
    def consequences(self) -> list[Hit]:
        """Any consequence that carries stakes, serious or everyday: a real failure names one."""
        return self.serious + hits(structure.CONSEQUENCES, self.sentences)

    @cached_property
    def exculpation(self) -> list[Hit]:
        # every clearing statement counts, two in one sentence too ("it was a structural thing; no PM could have held it")
        return every(structure.EXCULPATION, self.sentences) + self.denied

    @cached_property
    def outside_causes(self) -> list[Hit]:
        named = hits(structure.OUTSIDE_CAUSE, self.sentences)
        # ... and a clause whose subject is someone or something else, failing or changing things (roles.failing_clauses):
        # "leadership reprioritised the roadmap twice", "the packaging supplier tripled the lead time"
        # (a thing failing counts only in a sentence without the speaker in it: "we fell apart: the creative didn't hang
        # together" is the team's own, and "I knew the suite was slow" is what the speaker knew)
        failing = [h for s in self.sentences for h, person in self.failing_clauses(s)
                   if (person or not (s.first_person or _WE.search(s.low)))
                   and not any(n.start < h.end and h.start < n.end for n in named)]  # the same cause, named twice
        return named + failing

    def failing_clauses(self, s: Sentence) -> list[tuple[Hit, bool]]:
        """The sentence's clauses with someone or something else failing (roles.failing_clauses), read once."""
        if s.index not in self._failing:
            self._failing[s.index] = roles.failing_clauses(s)
        return self._failing[s.index]

    @cached_property
    def minor(self) -> list[Hit]:
        """Small objects and small consequences in the story, not in what the speaker does now ("every deadline I
        calendar has the rule in it" is the lesson, not the size of the failure)."""
        rules = {h.sentence.index for h in self.changes(follow_up_on_change=True)}
        return [h for h in every(structure.MINOR, self.sentences) if h.sentence.index not in rules
                and not structure.FEELING_OF_TELLING.search(h.sentence.low)]

    @cached_property
    def wins(self) -> list[Hit]:
        return roles.closing_wins(self.sentences)

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
        return [h for h in self.habitual + self.built + self.present_acts if h.sentence.index >= start]

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
        habits = self.conditional + self.habitual + self.present_acts if follow_up_on_change else self.habitual_changes()
        excusing = {h.sentence.index for h in self.defensive + self.blame + self.hedging}
        # "I carry that into every shift" is a lesson in the shape of a habit: a habit stated in a lesson
        # sentence counts only when it names something to check. An announced change ("I now ...") stands.
        platitudes = {h.sentence.index for h in self.lesson if not learning.ARTEFACT.search(h.sentence.low)}
        # A question commits to nothing ("Would I do anything differently?").
        asked = {s.index for s in self.sentences if s.text.rstrip(" \"')").endswith("?")}
        candidates = [h for h in announced if h.sentence.index not in excusing | asked]
        candidates += [h for h in habits if h.sentence.index not in excusing | platitudes | asked]
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


def _own_act_in_clause(hit: Hit, starts: Sequence[int]) -> bool:
    """An act of the candidate's before the passive in its own clause ("I checked it and it was missed") tells who;
    one in another clause ("At the brasserie I managed, the log wasn't kept") does not."""
    low, at = hit.sentence.low, hit.start - hit.sentence.start
    clause_start = hit.sentence.start + max(low.rfind(",", 0, at), low.rfind(";", 0, at)) + 1
    return any(clause_start <= a < hit.start for a in starts)


def _own_thing_after_own_act(hit: Hit, starts: Sequence[int]) -> bool:
    """A clause about "it" after the speaker's own act earlier in the sentence is about what the speaker did ("I did
    submit it, it just didn't go through in time"): the thing is named, and so is who handled it. So is a result
    of that act."""
    low, at = hit.sentence.low, hit.start - hit.sentence.start
    # ... and so is what follows from it ("I sent the brochure from an old PDF, so 5,000 went out with the old number")
    result = max((m.start() for m in _SO_RESULT.finditer(low, 0, at)), default=-1)
    if result > 0 and any(hit.sentence.start <= a < hit.sentence.start + result for a in starts):
        return True
    cut = max(low.rfind(",", 0, at), low.rfind(";", 0, at), low.rfind(" and ", 0, at) + 4)
    if cut <= 0 or not _IT_SUBJECT.match(low[cut + 1 : at].strip()):
        return False
    return any(hit.sentence.start <= a < hit.sentence.start + cut for a in starts)


_SO_RESULT = rx(r",? (?:and )?so (?!much\b|many\b|far\b|long\b)|, which meant\b")
_IT_SUBJECT = rx(r"(?:it|that|they)\b(?: (?:just|still|then|simply|never))?$")


# ... an act, not an obligation ("had to deliver it"), nor noticing, reporting or repairing ("the one who noticed the gap",
# "the one who told the client")
_ACT_AFTER = rx(r" (?!had to\b|got to\b|was (?:told|asked) to\b)(?:had |'d )?+(?!(?:noticed|spotted|caught|found|saw|"
                        r"realised|realized|discovered|raised|flagged|reported|fixed|escalated|called|warned|stayed|"
                        r"stepped|told|informed|notified|emailed|rang|phoned|messaged|alerted|asked)\b)(?:\w+ed|"
                        + learning.IRREGULAR_PAST + r")\b(?! to\b)")
_RULE_OVER_EVERY_CASE = rx(r"\b(?:any|every|each|no|all)\b")
_NOW = rx(r"\bnow\b")
# a change that someone made, or that was made with no one named: the team's or another party's, not the candidate's
_MADE_BY_SOMEONE = rx(r"\b(?:brought in|introduced|set up|rolled out|put in place|implemented|created|added)\b")
# "the old part had never failed", "it had never failed": a thing (or someone else) that never failed is no claim about
# the speaker; the subject is read back to the noun phrase or pronoun just before, never across an "I"
# The failure made normal: a general truth in the present about how often such things happen, or how usual they are
# where the speaker works ("those things happen in pharmacy", "which in this trade is pretty normal", "it happens to
# everyone in this job", "so it's hardly an unusual miss"). Not a rule of the speaker's own ("I don't move anyone's
# hours"), a consolation someone else gave ("she said these things happen"), or a hope ("it shouldn't happen again").
_COMMONNESS = rx(r"\b(?:(?:pretty|quite|very|fairly|totally|completely|perfectly|really|honestly|just|so) )*(?:normal|common|"
                 r"usual|typical|par for the course)\b(?! (?:range|ranges|hours|depth|dose|practice|procedure|process))|"
                 r"(?<!n't )(?<!not )(?<!never )(?<!until it )(?<!to )(?<!will )(?<!would )(?<!could )(?<!can )(?<!might )"
                 r"(?<!what )\bhappens?\b|\bhardly (?:an? )?(?:unusual|uncommon|rare|isolated)\b|\bnot (?:that |so |very )?"
                 r"(?:unusual|uncommon|rare)\b")
_EVERYWHERE = rx(r"\b(?:all the time|to everyone|to everybody|to anyone|to the best of us|everyone|everybody|anyone|anybody|"
                 r"in (?:this|the|my|our|that|any) (?:trade|industry|job|line of work|field|business|game|sector|profession|"
                 r"world|role)|sometimes|those things|these things|such things|that kind of thing|this kind of thing|a lot|"
                 r"constantly|every (?:day|week|month|year|shift|season))\b")
_GNOMIC = rx(r"\b(?:is|are|'s|happens|happen)\b")
_SPEAKER_RULE = rx(r"^(?:\W*(?:and|so|but|honestly|look|i mean|now)\W+)*i\b|\b(?:said|says|told|tell|telling)\b")


_COMMONNESS_WORDS = ("normal", "common", "usual", "typical", "par for", "happen", "rare", "isolated")


def _made_normal(s: Sentence) -> Hit | None:
    if not any(w in s.low for w in _COMMONNESS_WORDS):
        return None
    common = _COMMONNESS.search(s.low)
    if common is None or not _GNOMIC.search(s.low) or _SPEAKER_RULE.search(s.low) or s.text.rstrip(" \"')").endswith("?"):
        return None
    if _EVERYWHERE.search(s.low) is None and not common.group().startswith(("hardly", "not")):
        return None
    return Hit(s, s.start + common.start(), s.start + common.end())


# What the failure became, told with a superlative ("it turned into our best quarter", "our best January on record"),
# not a fact of the setting ("they're our biggest customer")
_OVERSHADOWING = rx(r"\b(?:turned into|became|becomes|ended up (?:being|as)|turned out to be|went on to be(?:come)?)\b.*\b"
                    r"(?:best|biggest|strongest|highest|largest|most successful|most profitable|record)\b"
                    r"|\b(?:best|biggest|strongest|highest)\b.*\b(?:ever|on record|in (?:the )?(?:\w+ )?history)\b"
                    r"|\brecord[- ](?:breaking|high|quarter|year|month|sales|revenue|numbers)\b")
_THING_NEVER_FAILED = rx(r"(?:\b(?:the|that|this|our|its|their|his|her) (?:(?!i\b)[\w-]+ ){0,3}|"
                         r"\b(?:it|they|he|she|which|that|this)(?:'d)? )(?:had |has |have |'s )?(?:always )?$")
_ANSWERED_BY_A_RULE = rx(r"\b(?:which is (?:exactly |precisely )?why|that's (?:exactly )?why|so)\b,? (?:now,? )?"
                                 r"(?:i (?:now |always |never )?(?!might\b|may\b|could|would|guess|think|suppose|can't|don't|"
                                 r"really\b|'d\b)\w+|every|any|no)\b")
_DEPENDS = rx(r"\bdepends\b")
_CASE_OPENING = rx(r"(?:so,? |and |but )?(?:if|when|where|for|unless)\b")


def _settled_by_cases(s: Sentence, ss: list[Sentence], ruled: set[int]) -> bool:
    """The sentence after a dependency opens on a case ("If it's ...", "For anything ...") and states the candidate's
    rule for it."""
    after = next((t for t in ss if t.index > s.index), None)
    return after is not None and after.index in ruled and _CASE_OPENING.match(after.low) is not None


_FIGURE_HEDGED = rx(r",?\s*(?:exactly |precisely |for sure |for certain )?"
                            r"(?:how (?:many|much|long|often|far)|the (?:exact )?(?:number|amount|figure|total|count|cost)\b)")
_STOCK_AGENTLESS = rx(r"\b(?:mistakes|errors|bad calls|poor decisions|ball|balls|cracks|radar|wayside|net|things|stuff|"
                              r"details)\b")
_ONE_WHO = rx(r"\bi(?:'m| am| was)(?: (?:really|actually|also))? the (?:one|person) who\b")
_NARRATIVE_ACT = rx(r"\bi (?:don't |do not |also |then |just )?(?!am\b|think\b|know\b|feel\b|guess\b|mean\b|was\b)"
                            r"[a-z]{3,}(?<!ed)(?<!ly)\b")
_NARRATIVE_FAULT = rx(r"\bi (?:just |also |then |simply )?(?:skip|ignore|forget|assume|rush|decide|choose|trust|approve|"
                               r"promise|agree|commit|underestimate|misread|miss|don't|do not)\b")
# a verb joined by "and" to a clause of the speaker's: "... and (then) put 30 on the label", "... and never checked"
_AND_VERB = (r"[^,;.]*? and (?:then |just |also |still )?(" + learning.IRREGULAR_PAST + r"|\w+ed|(?:didn't|did not|never|"
             r"failed to|forgot to) \w+)\b")
_COORDINATED = rx(r"\bi (?:was|had|'d)\b" + _AND_VERB)
# Someone else's counterfactual that undoes the failure ("if they'd done their job it never would've gone out"): its
# subject, read in group 1, is no one's but the speaker's when it is "I", "we" or a generic "you"/"anyone".
_OTHERS_COUNTERFACTUAL = rx(r"\bif ((?:[a-z']+ ){0,4}?)(?:had|'d|hadn't|had not|did|didn't|were|was|weren't|wasn't|delivered|"
                            r"sent|told|checked|done)\b[^.;]{0,80}?\b(?:would(?:n't| not)?|never would|could(?:n't| not)?)"
                            r"(?: have|'ve| be)\b")
_SPEAKER_SUBJECT = rx(r"(?:i|i'm|we|we'd|me|my|you|someone|anyone|somebody|anybody)\b|(?:\w+ )?(?:i|we)\b")
# A verb of hearing or knowing in the present: no rule of work ("I hear stories of much worse").
_PERCEIVING = rx(r"i (?:still |often |always |sometimes |also )?(?:hear|see|know|think|feel|remember|understand|believe|guess|"
                 r"mean|hope|wonder|imagine|suppose)\b")
# A terse answer drops its subject ("Pushed a config change at 5pm on a Friday and skipped the canary.", "- Ordered three
# times our usual stock"): a sentence with no subject that opens on a verb in the past tense is the speaker's act. (Not
# an opening participle, "Tired, ...", "Based on ...", nor a verb of seeming or comparing: "Turned out ...", "Compared to
# ...".) A subjectless negation later in it ("..., didn't go out and dig a test hole") goes on with the same subject.
_SUBJECTLESS_NOT = rx(r"(?:didn't|did not|never|forgot to|failed to)\b")
_DROPPED_SUBJECT = rx(r"^\W*(?:(?:then|and|so|just|basically|also|honestly|um|uh|yeah|ok|okay)\W+)*"
                      r"(?!(?:compared|turned|looked|seemed|ended|based|used|supposed|worried|tired|stressed|scared|"
                      r"embarrassed|surprised|excited|interested|related|considered|given|learned|learnt|figured|felt|"
                      r"lost|got|went|read|set|let|put|cost|said|heard|saw|thought|knew|asked|told|called|named|added|"
                      r"needed|wanted|hoped|meant|involved|affected|impacted|expected)\b)"
                      r"((?:[a-z]{3,}ed|" + learning.IRREGULAR_PAST + r"))\b(?!,| by\b| to be\b| that\b| out\b| up\b)")
_JOINED_ACT = rx(r"\bi (?:just |also |then )?(?:\w+ed|" + learning.IRREGULAR_PAST + r")\b" + _AND_VERB)
_IRONIC_PRAISE = rx(r"(?:(?:super|very|really|so|just|real|truly|ever so|oh so) )?(?:professional|helpful|efficient|"
                            r"reliable|brilliant|genius|competent|organi[sz]ed|responsive|thorough|smart)[.!]*")
_SAME_AGAIN = rx(r"\b(?:again|the same|same way|what i did)\b")
_BY_ME = rx(r"\bby me\b")
_OWN_WORK_FAILED = rx(r"\bmy (?:own )?(?:pipeline|script|code|query|formula|model|forecast|estimate|quote|plan|programme|rota|"
                      r"schedule|spreadsheet|template|design|drawings?|checklist|calculation|budget|config|setup|draft|brief|"
                      r"proposal|specification|spec|count|numbers|report|tests?) (?:just |simply |also )?(?:didn't|did not|never|"
                      r"only|wasn't|was missing|had no|left out|missed|assumed|ignored|skipped)\b")
_RELIANCE = rx(r"i (?:had |'d )?(?:trusted|assumed|relied|believed|took (?:them|him|her) at)")
_RELIANCE_NAMED = rx(r"\bmy (?:\w+ )?(?:mistake|failure|fault|error) (?:was|is) (?:that i (?:\w+ )?(?:trusted|believed|relied)|"
                     r"(?:in )?(?:trusting|believing|relying))\b|\bon me for (?:trusting|believing|relying)\b")
_OWN_ACT_NAMED = rx(r"\bi (?:\w+ )?(?:\w+ed|did|made|sent|wrote|built|took|put|set|let|gave|ran|told)\b(?! (?:full|complete|"
                    r"total|all the) (?:responsibility|ownership))")


def _rule_stated_now(h: Hit) -> bool:
    """A change with no "I" that is still the candidate's: a rule named as one, or over every case ("any", "every",
    "no") in the present with "now", and not brought in by someone else."""
    low = h.sentence.low
    if _MADE_BY_SOMEONE.search(low):
        return False
    every_case = _RULE_OVER_EVERY_CASE.search(low, h.start - h.sentence.start, h.end - h.sentence.start) is not None
    return "rule" in low or (every_case and _NOW.search(low) is not None)


def without(reply: Reply, cut: set[int]) -> Reply:
    """The reply with the sentences at the indices `cut` taken out. What lay between two kept sentences stays as it
    was; where sentences were cut between them, a paragraph break among the gaps stays one, anything else is a space,
    unless the sentence before ends without a full stop (a bullet, a line): then a paragraph break keeps it apart from
    the next kept sentence, as the cut lines did."""
    parts: list[str] = []
    end, gaps = 0, []
    for s in reply.sentences:
        gaps.append(reply.text[end : s.start])
        end = s.end
        if s.index in cut:
            continue
        if parts:
            parts.append(gaps[0] if len(gaps) == 1 else "\n\n" if any(_BLANK_LINE.search(g) for g in gaps)
                         or not _ENDS_A_SENTENCE.search(parts[-1]) else " ")
        parts.append(reply.text[s.start : s.end])
        gaps = []
    return Reply("".join(parts))


def _cued(sentences: list[Sentence], cues: tuple[str, ...]) -> list[Sentence]:
    """The sentences holding one of a pattern's cue words: a cheap first look before a slower pattern."""
    cue = _CUES.get(cues) or _CUES.setdefault(cues, rx("|".join(map(re.escape, cues))))
    return [s for s in sentences if cue.search(s.low)]


_CUES: dict[tuple[str, ...], re.Pattern[str]] = {}


_WE = rx(r"\bwe(?:'d|'re|'ve)?\b")
_BLANK_LINE = rx(r"\n[ \t]*\n")
_ENDS_A_SENTENCE = rx(r"(?:[.!?]+[\"')\]]*|[。！？]+)$")


def _owned_before(hit: Hit, owned_at: set[int]) -> bool:
    """A fault of the speaker's named earlier in the reply: a passive after it tells what the owned act led to."""
    return any(i < hit.sentence.index for i in owned_at)


def read_signals(reply: Reply) -> Signals:
    """Run every pattern over the reply once."""
    injection = [Hit(s, s.start + lo, s.start + hi) for s, lo, hi in screened(reply.sentences, reply.text)]
    if injection:  # the sentences set aside are cut out: the rest is read as the reply it would be without them
        reply = without(reply, {h.sentence.index for h in injection})
    ss = reply.sentences
    sig = Signals(reply=reply, injection=injection, sentences=ss)
    mine = [s for s in ss if s.first_person]  # ownership and change patterns all need an I, me, my or mine
    strong = hits(ownership.STRONG_OWNERSHIP, mine)
    # A passive whose agent is named as the speaker owns the act: "the pallets were sent to the wrong dock, by me".
    strong += [h for h in hits(structure.PASSIVE_ACT, mine) if _BY_ME.search(h.sentence.low, h.end - h.sentence.start)]
    sig.denied = [h for h in strong if roles.negated(h)]
    strong = [h for h in strong if h not in sig.denied]
    sig.blame = [h for h in hits(ownership.BLAME, ss)
                 if not roles.stative(h) and not roles.inside_own_miss(h) and not roles.affected_reacting(h)
                 and not roles.setting_for_own_act(h) and not roles.told_as_result(h)
                 and not roles.the_speaker_is_the_subject(h) and not roles.describes_a_thing(h)
                 and not roles.others_left_uninformed(h)]
    # "If they'd done their job it never would've gone out": the failure undone in a counterfactual whose subject is
    # someone or something else puts the cause on them ("if I'd checked, it wouldn't have happened" owns it)
    sig.blame += [Hit(s, s.start + m.start(), s.start + m.end()) for s in ss if "if " in s.low
                  for m in [_OTHERS_COUNTERFACTUAL.search(s.low)] if m and not _SPEAKER_SUBJECT.match(m.group(1))]
    # "It was on me, of course, though the vendor never sent the specs": ownership that concedes to someone
    # else's failing is a formula, and the clause after the concession carries the cause.
    conceded = [h for h in strong if roles.conceded_to_others(h, ss)]
    sig.blame += [h for h in conceded if h.sentence.index not in {b.sentence.index for b in sig.blame}]
    sig.strong_ownership = [h for h in strong if h not in conceded]
    # An act of the candidate's owns the failure only where the sentence marks it as a fault (an omission, an
    # error, a decision): "I raised it in my weekly report" is diligence, "I missed my target" an outcome.
    sig.own_actions = hits(ownership.FIRST_PERSON_ACTION, mine)
    # A story told in the present, as many speakers of other first languages tell the past ("the day of the deadline
    # I upload the documents"): in a sentence set in one past occasion, the speaker's present-tense verb is an act.
    acted = {h.sentence.index for h in sig.own_actions}
    sig.own_actions += [h for h in hits(_NARRATIVE_ACT, mine) if h.sentence.index not in acted and roles.past_framed(h.sentence)]
    # "I was labelling a repeat prescription and put 30 on the label": a verb coordinated with the speaker's clause
    # has the speaker as its subject.
    sig.own_actions += [Hit(s, s.start + m.start(1), s.start + m.end(1)) for s in mine for m in _COORDINATED.finditer(s.low)]
    # Every act of the speaker's in a sentence is read, not only the first: "I opened a second site because the first was
    # busy, and I signed a ten-year lease without a traffic count" (the first act of each sentence that is a fault).
    dropped = [Hit(s, s.start + m.start(1), s.start + m.end(1)) for s in ss
               if not s.first_person and not s.text.rstrip().endswith("?") and (m := _DROPPED_SUBJECT.match(s.low))]
    sig.own_actions += dropped
    dropped_at = {h.sentence.index for h in dropped}
    sig.own_faults = []
    # ... and so is a verb joined to one by "and" ("I planned the gala around an auction and dropped the appeal"), read
    # for the fault it may be (the acts counted stay the first of each sentence, as the combiner was trained on)
    joined = [Hit(s, s.start + m.start(1), s.start + m.end(1)) for s in mine if " and " in s.low
              for m in _JOINED_ACT.finditer(s.low)]
    for h in sig.own_actions + every(ownership.FIRST_PERSON_ACTION, mine) + joined:
        if (all(f.sentence is not h.sentence for f in sig.own_faults) and roles.fault(h)):
            sig.own_faults.append(h)
    sig.own_faults.sort(key=lambda h: h.start)
    # ... and a fault told in the present there is one too: "that night I skip the second check", "I don't open it".
    faulted = {f.sentence.index for f in sig.own_faults}
    sig.own_faults += [h for h in hits(_NARRATIVE_FAULT, mine)
                       if h.sentence.index not in faulted and (roles.past_framed(h.sentence) or roles.after_own_past(h))]
    # ... and the speaker's own work told as what failed: "my pipeline didn't check the input schema, only the metric",
    # "my estimate left out the retaining wall" (the work is theirs, so its gap is their fault)
    faulted = {f.sentence.index for f in sig.own_faults}
    sig.own_faults += [h for h in hits(_OWN_WORK_FAILED, mine) if h.sentence.index not in faulted]
    # "Now I never give insulin before a second check" states the present rule: its "never" marks no fault of the story.
    sig.own_faults = [h for h in sig.own_faults if not roles.present_rule(h)]
    # "I was the one who didn't read the revised contract": the speaker made the subject of a fault by a relative clause.
    # The construction singles the speaker out as the one who acted, so any act after it is theirs to answer for: "I
    # was the one who had told the team new tickets came first".
    sig.own_faults += [h for h in hits(_ONE_WHO, mine) if roles.fault(Hit(h.sentence, h.end, h.end))
                       or _ACT_AFTER.match(h.sentence.low, h.end - h.sentence.start)]
    # ... unless a frame denies it: "it's not like I was the one who skipped the test" says the speaker was not
    sig.own_faults = [h for h in sig.own_faults if not roles.denied_by_frame(h)]
    # "..., but nobody has resigned on my word since" reports how the change is going: a "but" clause excuses only
    # the failure, not a result told in the present.
    sig.defensive = ([h for h in hits(ownership.DEFENSIVE, ss) if not roles.superlative_relative(h)]
                     + [h for h in hits(ownership.EXCUSE_BUT, ss) if not roles.result_since(h) and not roles.excuse_not_made(h)
                        and not roles.reaction_after_but(h)]
                     + hits(structure.JUSTIFICATION, ss))
    # Ownership conceded in order to be qualified ("that's on me, sure, but the real problem was the supplier") is
    # the excuse's own form: the "yes" exists for the "but".
    sig.defensive += [h for h in conceded if h.sentence.index not in {d.sentence.index for d in sig.defensive}]
    excusing = {d.sentence.index for d in sig.defensive}
    sig.defensive += [h for h in roles.excuse_after_concession(ss) if h.sentence.index not in excusing]
    # An agentless sentence that blames someone is blame, one the candidate owns is no hiding, and
    # "when the payment was missed, I flagged it" sets up the candidate's response.
    explained = {h.sentence.index for h in sig.strong_ownership + sig.blame}
    # A passive read by its form hides no one when the sentence beside it names the speaker's own fault ("The wrong
    # dose was drawn up. I was the one who'd skipped the second check.").
    owned_at = {h.sentence.index for h in sig.strong_ownership + sig.own_faults}
    own_acts: dict[int, list[int]] = {}
    for a in sig.own_actions:
        own_acts.setdefault(a.sentence.index, []).append(a.start)
    sig.passive_failure = [
        h
        # a passive read by its form beside or after a sentence that names the speaker's own fault hides no one ("I approved the
        # drawings against the old revision. The steel was fabricated to the old design."); a stock agentless phrase
        # ("mistakes were made", "it fell through the cracks") is flagged wherever it stands
        for h in [p for p in hits(ownership.PASSIVE_FAILURE, ss)
                  if _STOCK_AGENTLESS.search(p.sentence.low, p.start - p.sentence.start, p.end - p.sentence.start)
                  or not ({p.sentence.index - 1, p.sentence.index + 1} & owned_at or _owned_before(p, owned_at))]
        + [a for a in hits(structure.AGENTLESS, ss) + [p for p in hits(structure.PASSIVE_ACT, ss) if roles.wrong_in_clause(p)]
           if not roles.by_agent(a)
           and not ({a.sentence.index - 1, a.sentence.index + 1} & owned_at or _owned_before(a, owned_at))]
        if h.sentence.index not in explained
        and not ownership.AGENT_ME.search(h.sentence.low)
        and not ownership.TEMPORAL_SETUP.search(h.sentence.low[: h.start - h.sentence.start])
        and not _own_act_in_clause(h, own_acts.get(h.sentence.index, ()))
        and not _own_thing_after_own_act(h, own_acts.get(h.sentence.index, ()))
        # in a terse sentence that drops its subject ("Quoted the job off photos, didn't go out and dig a test hole"),
        # a verb with no subject of its own goes on with the speaker's
        and not (h.sentence.index in dropped_at and _SUBJECTLESS_NOT.match(h.sentence.low, h.start - h.sentence.start))
    ]
    sig.passive_change = [
        # no one named as making the change before it ("we're in a better place" after it makes no one its maker)
        h for h in hits(ownership.PASSIVE_CHANGE, ss)
        if not re.search(r"\b(?:i|we)\b", h.sentence.low[: h.end - h.sentence.start])
    ]
    sig.vague = hits(ownership.VAGUE_WE, ss)
    sig.collective = hits(ownership.COLLECTIVE, ss)
    errors = hits(ownership.OTHERS_ERROR, [s for s in ss if "made" in s.low])
    cued = [s for s in ss if ownership.OTHERS_FAILING_CUE.search(s.low)]
    sig.others_failing = [h for h in hits(ownership.OTHERS_FAILING, cued) + errors
                          if not roles.inside_own_miss(h) and not roles.speaker_inside(h) and not roles.affected_reacting(h)
                          and not roles.the_speaker_is_the_subject(h)]
    # Someone else as the subject of a failing clause, told as plain fact in a sentence without the speaker in it.
    sig.people_failing = [next(h for h, person in sig.failing_clauses(s) if person) for s in ss
                          if not s.first_person and any(person for _, person in sig.failing_clauses(s))]
    sig.minimizing = [h for h in roles.owned_words(hits(ownership.MINIMIZING, ss) + hits(structure.COMPARISON, ss))
                      if not roles.stakes_raised(h) and not roles.not_the_damage(h) and not roles.reason_then(h)]
    # a worse outcome named only to say it did not happen: "it's not like anyone missed rent"
    sig.minimizing += [h for h in roles.owned_words(hits(roles.DENIED_WORSE, ss)) if roles.worse_outcome(h)
                       and not roles.stakes_raised(h) and not any(m.sentence is h.sentence for m in sig.minimizing)]
    said = {h.sentence.index for h in sig.minimizing}
    sig.minimizing += [h for h in map(_made_normal, ss) if h is not None and h.sentence.index not in said]
    # "it's not like I lost them the account" compares with a worse outcome: it shrinks the failure, it is no excuse
    # (and so does "honestly, it wasn't a big deal": the excuse marker and the shrinking are one phrase)
    sig.defensive = [h for h in sig.defensive
                     if not any(m.sentence is h.sentence and m.start < h.end and h.start < m.end for m in sig.minimizing)]
    sig.humble_brag = [h for h in roles.owned_words(hits(ownership.HUMBLE_BRAG, ss)) if not roles.failure_is_an_event(h)
                       and not roles.said_of_another(h)
                       and not (h.sentence.low.startswith(("never", "not"), h.start - h.sentence.start)
                                and _THING_NEVER_FAILED.search(h.sentence.low[: h.start - h.sentence.start]))]
    sig.generic = roles.owned_words(hits(learning.GENERIC, ss))
    sig.lesson = hits(learning.LESSON, ss)
    # the candidate's own, or a rule over every case stated in the present ("every new antibody lot now gets run side by
    # side", RUBRIC.md's "any X now requires Y"); a change in the passive past ("a checklist was put in place") is neither
    sig.change = [h for h in hits(learning.CHANGE, ss) if h.sentence.first_person or _rule_stated_now(h)]
    sig.present_acts = [h for h in hits(learning.PRESENT_ACT, mine)
                        if not learning.SAME_IN_THE_PAST.match(h.sentence.low, h.start - h.sentence.start)
                        or learning.PRESENT_MARKER.search(h.sentence.low)]
    # "I'd sign it off again on the same test pass" repeats what was done: no change
    sig.conditional = [h for h in hits(learning.CONDITIONAL_ACTION, mine) if not _SAME_AGAIN.search(h.sentence.low)]
    # "I own what happened" and "I take full responsibility" are present tense but acknowledge the failure: words
    # read as ownership are not a practice of the candidate's.
    owning = [(h.sentence.index, h.start, h.end) for h in strong]
    sig.habitual = [h for h in hits(learning.HABITUAL, mine) if roles.present_doing(h)
                    and not any(i == h.sentence.index and a < h.end and h.start < b for i, a, b in owning)]
    sig.change = [h for h in sig.change if roles.present_doing(h)]
    sig.present_acts = [h for h in sig.present_acts if roles.present_doing(h)]
    sig.built = [h for h in hits(learning.BUILT, mine) if roles.lasting(h, reply)]
    # A sentence that states the candidate's present rule ("I now require a check from a colleague who did not
    # build it") describes the people in the rule, not who caused the failure.
    # (a verb of hearing or knowing is no rule of work: "I hear stories of much worse" compares, it does not change)
    rules = {h.sentence.index for h in sig.change + sig.habitual + sig.present_acts
             if not _PERCEIVING.match(h.sentence.low, h.start - h.sentence.start)}
    sig.blame = [h for h in sig.blame if h.sentence.index not in rules]
    blamed = {b.sentence.index for b in sig.blame}
    sig.blame += [h for h in hits(ownership.BLAME_DISCLAIMED, _cued(ss, ownership.BLAME_DISCLAIMED_CUES))
                  if h.sentence.index not in blamed]
    sig.blame += [h for h in hits(learning.LESSON, ss) if roles.lesson_for_others(h)
                  and h.sentence.index not in {b.sentence.index for b in sig.blame}]
    duty = [h for h in hits(structure.OTHERS_DUTY, ss) if roles.duty_of_others(h)]
    sig.blame += [h for h in duty if h.sentence.index not in {b.sentence.index for b in sig.blame}]
    # "I should have known they'd underestimate": owns only not foreseeing someone else's failing, which it names
    foreseen = hits(structure.FORESEEN_FAILING, ss)
    if foreseen:
        # (the ownership read there is the "I should have" just before the verb of foreseeing)
        sig.strong_ownership = [h for h in sig.strong_ownership
                                if not any(f.sentence is h.sentence and h.start <= f.start < h.end + 20 for f in foreseen)]
        sig.blame += [h for h in foreseen if h.sentence.index not in {b.sentence.index for b in sig.blame}]
        duty += foreseen
    if duty:
        # "I trusted them", said beside what they were paid to do, owns only having relied on someone else, and so does
        # a fault named as that reliance ("my mistake was trusting my team leader") or a formula with no act in it ("I
        # take full ownership of this one"): the failing act is the one they were supposed to do.
        sig.strong_ownership = [h for h in sig.strong_ownership
                                if not _RELIANCE.match(h.sentence.low, h.start - h.sentence.start)
                                and not _RELIANCE_NAMED.search(h.sentence.low)
                                and not (_OWNING_WORDS.search(h.quote.lower()) and not _OWN_ACT_NAMED.search(h.sentence.low))]
    # A question ("maybe I shouldn't have?") asserts no ownership.
    asked = {s.index for s in ss if s.text.rstrip(" \"')").endswith("?")}
    sig.strong_ownership = [h for h in sig.strong_ownership if h.sentence.index not in asked]
    sig.own_faults = [h for h in sig.own_faults if h.sentence.index not in asked]
    named = (hits(structure.CAUSE_NAMED, ss) + hits(structure.CAUSE_POINTED, ss) + hits(structure.NOT_MINE, ss)
             + hits(structure.CAUSE_COUNTERFACTUAL, ss))
    # A cause named outright is placed on others unless it names the speaker (roles.cause_placed_on_others) or its sentence
    # goes on to a fault of the speaker's own ("the core problem was that the model was trained on old data, and I deployed
    # it without checking"): the cause told is then the speaker's part in it
    placed = [h for h in named if roles.cause_placed_on_others(h, ss)
              and not any(f.sentence is h.sentence and f.start >= h.end for f in sig.own_faults)]
    sig.cause_elsewhere = [h for h in placed if h.sentence.index not in rules]
    # a cause named in the blame table's words ("the real reason was ...") reads the same way: the speaker's own is no blame
    own_cause = {(h.sentence.index, h.start) for h in named if h not in placed}
    sig.blame = [b for b in sig.blame if (b.sentence.index, b.start) not in own_cause]
    sig.minimizing = [h for h in sig.minimizing if h.sentence.index not in rules]
    # "it depends, which is exactly why now I write the stop date down first": a dependency answered by a rule
    # ... and "it's hard to say exactly how many noticed" hedges over a figure of the past, not over a commitment
    # ... and so does "it depends which drug it is. If it's on the high-risk list, I now read ...": the dependency is
    # settled at once by a rule for each case
    ruled = {h.sentence.index for h in sig.change + sig.present_acts}
    sig.hedging = [h for h in hits(learning.HEDGING, ss)
                   if not _ANSWERED_BY_A_RULE.search(h.sentence.low, h.end - h.sentence.start)
                   and not _FIGURE_HEDGED.match(h.sentence.low, h.end - h.sentence.start)
                   and not (_DEPENDS.search(h.sentence.low) and _settled_by_cases(h.sentence, ss, ruled))]
    sig.rescue = [h for h in hits(learning.RESCUE, ss) if not roles.win_set_aside(h)]
    sig.overshadowing = [h for h in sig.rescue
                         if _OVERSHADOWING.search(h.sentence.low, h.start - h.sentence.start, h.end - h.sentence.start)]
    # (how telling it feels, "this is a bit embarrassing", is not the size of what happened)
    sig.trivial = [h for h in hits(delivery.TRIVIAL, ss) if not structure.FEELING_OF_TELLING.search(h.sentence.low)]
    # Stakes and sensitive figures only matter once a trivial slip or a current employer is in view.
    sig.stakes = hits(structure.STAKES, ss) if sig.trivial else []
    # Drama denied is no drama ("it wasn't the end of the world"): that is minimising, read by its own pattern.
    sig.dramatic = [h for h in roles.owned_words(hits(delivery.DRAMATIC, ss)) if not roles.negated(h)]
    sig.emotion = hits(delivery.EMOTION, ss)
    sig.confidential = hits(delivery.CONFIDENTIAL, ss)
    sig.current_employer = hits(delivery.CURRENT_EMPLOYER, ss)
    sig.sensitive = hits(delivery.SENSITIVE, ss) if sig.current_employer else []
    sig.negative = [h for h in hits(delivery.NEGATIVE, ss) + hits(structure.BELITTLING, ss) if roles.aimed_at_others(h)]
    sig.negative += [h for h in hits(delivery.PEOPLE_TRAIT, _cued(ss, delivery.PEOPLE_TRAIT_CUES)) if roles.trait_of_others(h)]
    sig.negative += [h for h in hits(delivery.SNEER, _cued(ss, delivery.SNEER_CUES)) if roles.sneer_at_others(h)
                     and h.sentence.index not in {n.sentence.index for n in sig.negative}]
    # A verdict said as a fragment just after someone else's failing: "Clueless, honestly.", "Super professional."
    failing_at = {h.sentence.index for h in sig.blame + sig.others_failing + sig.people_failing}
    said = {h.sentence.index for h in sig.negative}
    for i, t in enumerate(ss):
        if t.index in said or t.first_person or t.words > 3 or i == 0:
            continue
        before = ss[max(0, i - 2) : i]
        verdict = delivery.NEGATIVE.search(t.low)
        if verdict and any(delivery.NEGATIVE_TARGET.search(b.low) for b in before):
            sig.negative.append(Hit(t, t.start + verdict.start(), t.start + verdict.end()))
            continue
        irony = _IRONIC_PRAISE.fullmatch(t.low.strip())
        if irony and ss[i - 1].index in failing_at:
            sig.negative.append(Hit(t, t.start, t.end))
    _read_trust_as_the_fault(sig)
    return sig


def _read_trust_as_the_fault(sig: Signals) -> None:
    """Ownership whose only fault is having trusted people, beside those people's failing ("I take full responsibility.
    My failure was trusting my senior engineers too much ... they underestimated the testing and didn't raise it"),
    owns the trust and places the failing act on them: a wrapper, and the cause is theirs. One act of the speaker's own
    marked as a fault ("I signed it off without test-driving it, because I trusted the job card") is a decision owned,
    and a belief about a fact ("I believed we'd catch up") is no trust in people."""
    trust = [h for s in sig.sentences if s.first_person for h in [_hit(s, _TRUST_IN_PEOPLE.search(s.low))] if h]
    if not trust:
        return
    # the trust named as the fault itself ("My mistake was that I trusted our maintenance manager when he said the unit
    # had been serviced") says that they failed, read or not
    if not (sig.others_failing or sig.people_failing or any(_OWNING_WORDS.search(h.sentence.low) for h in trust)):
        return
    for h in sig.own_faults:
        # the fault's own words, wherever in them the trust is named ("My failure ... was that I trusted my night team")
        t = _TRUST_IN_PEOPLE.search(h.sentence.low, h.start - h.sentence.start)
        # a fault of its own beside the trust ("I trusted the venue and never asked for their contractor's name")
        if t is None:
            return
        low = h.sentence.low
        end = roles.clause_end(low, t.end())
        # ... but not the formula that names the trust as the fault ("My mistake was that I trusted"), nor the others'
        # own word ("like they promised")
        formula = [o.span() for o in _OWNING_WORDS.finditer(low)]
        if any(not (t.start() <= m.start() < t.end()) and not any(a <= m.start() < b for a, b in formula)
               and not _THEIR_VERB.search(low, 0, m.start())
               and not (m.start() >= t.end() and _TRUST_DEGREE.fullmatch(m.group()))  # "trusted them too much"
               for m in structure.FAULT.finditer(low[:end])):
            return
    # "I should have known better" beside the trust owns only not having foreseen them
    if any(not _OWNING_WORDS.search(h.quote.lower()) and not _TRUST_IN_PEOPLE.search(h.quote.lower())
           and not _KNOWN_BETTER.search(h.sentence.low) for h in sig.strong_ownership):
        return
    sig.strong_ownership, sig.own_faults = [], []
    if not any(b.sentence is trust[0].sentence for b in sig.blame):
        sig.blame.append(trust[0])


def _hit(s: Sentence, m: re.Match[str] | None) -> Hit | None:
    return Hit(s, s.start + m.start(), s.start + m.end()) if m else None


# trust in people named as the fault: "I trusted my team to test", "trusting that the agency had done its checks", "took
# him at his word", "on me for trusting them"
_TRUST_IN_PEOPLE = rx(r"\b(?:i (?:had |'d )?trusted (?:my|the|our|them|him|her|people)|"
                      r"trusting (?:my|the|our|them|him|her|people|that (?:my|the|our|they|he|she))|"
                      r"took (?:him|her|them) at (?:his|her|their) word|"
                      r"believ(?:ed|ing) (?:them|him|her)\b|(?:relied|relying) on (?:my|them|him|her))")
_TRUST_DEGREE = rx(r"too (?:much|far|easily|quickly)|blindly")
_THEIR_VERB = rx(r"\b(?:they|he|she)(?: \w+)? $")
_KNOWN_BETTER = rx(r"\bshould(?:'ve| have) known\b")
# ownership said in its formula words, one list for every reading that weighs a formula against an act
_OWNING_WORDS = rx(r"\b(?:responsib\w+|accountab\w+|ownership|own(?:ed)? (?:it|that|this)|on me|my (?:\w+ )?(?:fault|failure|"
                   r"failing|mistake|error)|mine|i own|the blame)\b")
