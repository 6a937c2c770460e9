"""Sentence roles: whether an act is a fault, whose words a cliche is, when a change is done now, whether a passive
hides its agent, what a concession gives away. Each reads a hit in its sentence, by structure, not by phrase."""

from __future__ import annotations

import re
from collections.abc import Sequence

from interviewer.grading.patterns import delivery, learning, ownership, structure
from interviewer.grading.precompiled import rx
from interviewer.grading.text import Hit, Reply, Sentence


def by_agent(hit: Hit) -> bool:
    """A passive that names its agent ("was dropped by the courier"), whose clause is the candidate's own ("I
    noticed it wasn't logged"), or whose subject is the speaker's side ("we weren't funded"); "At the brasserie I
    managed, the temperature wasn't logged" still hides who."""
    low, at = hit.sentence.low, hit.start - hit.sentence.start
    if re.match(r"\s+by\b", low[hit.end - hit.sentence.start :]):
        return True
    start = max(low.rfind(",", 0, at), low.rfind(";", 0, at)) + 1
    comma = re.search(r"[,;]", low[at:])
    clause = low[start : at + comma.start() if comma else len(low)]
    if re.search(r"\b(?:i|i'm|i'd|i've|me|my|myself)\b", clause) is not None:
        return True
    # the speaker or their side as the one the act was done to ("we weren't funded that round", "we were never told"):
    # the agent left out is whoever decided about them, not a hand of theirs hidden
    return re.search(r"\bwe (?:\w+ )?$", low[:at]) is not None


# The words before a pronoun that do not make it a relative clause on a noun ("questions they never saw", "a liability
# they hadn't budgeted for"): conjunctions, wh-words and verbs of saying or knowing.
_NOT_A_NOUN = (r"(?:and|but|so|because|that|when|if|as|then|since|while|which|who|where|until|though|although|or|what|how|why|"
               r"said|told|thought|knew|found|realised|realized|noticed|saw)\b")

_WIN_DENIED = rx(r"(?:\b(?:not|never|no|nobody|hardly|barely)\b|n't\b)")


def closing_wins(sentences: list[Sentence]) -> list[Hit]:
    """A win told in the last third of the answer, or after a closing turn ("in the end", "fortunately"): not the
    quiet proof that a habit holds ("every launch since went out on the date")."""
    out = []
    last_third = sentences[len(sentences) * 2 // 3 :] if len(sentences) >= 3 else sentences
    for s in sentences:
        m = structure.WIN.search(s.low)
        # proof that a habit holds, or a win that did not happen ("we'd have renewed", "my manager was not impressed",
        # "the client never renewed"), is no pivot
        if not m or re.search(r"\b(?:since|every|each|meant|would have|'d have|could have)\b", s.low):
            continue
        if _WIN_DENIED.search(" ".join(s.low[: m.start()].split()[-2:]) + " " + m.group()):
            continue
        # a win set aside in its own sentence keeps the failure a failure: "they came back two years later, but that's
        # not really the point, I still missed that year"
        if _WIN_SET_ASIDE.search(s.low, m.end()):
            continue
        if s in last_third or structure.CLOSING_TURN.search(s.low):
            out.append(Hit(s, s.start + m.start(), s.start + m.end()))
    return out


_WIN_SET_ASIDE = rx(r",? but (?:that's not (?:really )?the point|that is not (?:really )?the point|"
                   r"that doesn't (?:change|undo|make up for|fix)|it doesn't (?:change|undo|make up for)|"
                   r"i still (?:think about|missed|lost|regret|count)|it was still)\b"
                   # ... or told smaller than before, or with its credit given to others: "the client renewed the next
                   # year, on a smaller retainer", "renewed anyway, mostly because our strategy team ..., which I didn't
                   # earn"
                   r"|,? (?:on|at|for|with) (?:a |an )?(?:much |far )?(?:smaller|reduced|lower|cheaper|shorter|scaled-back|"
                   r"cut-down)\b|,? (?:but )?(?:only|mostly|largely|mainly|partly) (?:because|thanks to|due to) (?:our|my|the|"
                   r"their|his|her|a) (?!own\b)|\bwhich i (?:didn't|did not|hadn't|had not) (?:really )?(?:earn|deserve)|"
                   r"\bno thanks to me\b|\bdespite me\b")


def win_set_aside(hit: Hit) -> bool:
    """A win followed in its own sentence by the failure kept as one ("..., but I still think about that statement")."""
    return _WIN_SET_ASIDE.search(hit.sentence.low, hit.end - hit.sentence.start) is not None


def clause_end(low: str, at: int) -> int:
    """Where the clause running at `at` ends: at the next clause with a subject of its own, or the sentence's end."""
    end = _CLAUSE_END.search(low, at)
    return end.start() if end else len(low)


def fault(hit: Hit) -> bool:
    """The candidate's act is marked as a fault in its sentence up to where a clause with another subject begins
    ("..., and she never ..."), beyond an owned outcome ("I missed my target" alone is not one) or effort ("I pushed them
    as hard as I could")."""
    s = hit.sentence
    at = hit.start - s.start
    if _DECLARED_SOUND.search(s.low, at) or _DENIED_WRONG.match(s.low, at):
        return False
    end = _CLAUSE_END.search(s.low, at + 2)
    clause = s.low[: end.start()] if end else s.low
    # the act against what the instruction said, in the clause that follows: "I put 30 on the label when the script
    # said 90"
    if end and _AGAINST_INSTRUCTION.match(s.low, end.start()):
        return True
    # the act told as a choice: with the trade it made ("to save the cost of a second body"), the fact it went against
    # ("when she'd given me a ten", "when I knew it was one week in four"), or what it caused ("..., so costs were
    # overstated for a month")
    if (_CHOSEN_FOR.match(s.low, at) or _WHEN_IT_WAS_NOT.match(s.low, at) or _SO_IT_WENT_WRONG.match(s.low, at)
            or _TIME_SAVED.match(s.low, at)):
        return True
    # ... or as the reason for what followed: "Because I'd closed it, nobody looked for two months"
    if _BECAUSE_BEFORE.search(s.low[:at]) and _THEN_SOMEONE.match(s.low, at):
        return True
    # ... or chosen over what was right, said first: "Instead of telling my senior, I posted it to suspense"
    if _INSTEAD_BEFORE.search(s.low[:at]):
        return True
    outcomes = [m.span() for m in structure.OUTCOME.finditer(clause)]
    # The mark belongs to the candidate's own act: from their "I" on, not a clause before it ("we were given the wrong
    # forecast, so the rota I built ...") nor a relative clause of something else ("the model that chose ...").
    return any(
        m.start() >= at and not any(a <= m.start() and m.end() <= b for a, b in outcomes)
        and not _EFFORT.match(clause, m.end()) and not _OTHERS_RELATIVE.search(clause, at, m.start())
        for m in structure.FAULT.finditer(clause)
    ) or _OWN_OBJECT_RELATIVE.match(s.low, at) is not None


_INSTEAD_BEFORE = rx(r"(?:^|[,;:]\s*|\b(?:and|so|but)\s+)(?:instead of|rather than) [a-z]+ing\b[^.;]{0,60},\s*$")
# the rest of the speaker's own clause: no other clause coordinated in between ("I wired the board, and the panel never
# told us ..., so the inspector failed it" puts the panel between the act and what followed)
_OWN_CLAUSE = r"(?:(?!,? (?:and|but) )[^.;]){0,80}?"
# ... or the time it saved given as its reason: "I reused yesterday's calibration because the standard prep takes an
# hour"
_TIME_SAVED = rx(_OWN_CLAUSE + r"\bbecause (?:the |a |it |that |this |doing (?:it|that) )?(?:[\w-]+ ){0,3}(?:takes?|took|"
                 r"would (?:have )?(?:taken|take|cost)) (?:an? |\d+ |another |half an |too |so |a whole |the whole )?"
                 r"(?:hour|hours|day|days|minutes|ages|long|forever|week|weeks|morning|afternoon)\b")
_CHOSEN_FOR = rx(_OWN_CLAUSE + r"\b(?:to|so (?:that )?i could) (?:save|hit|meet|cut|avoid|speed up|free up|spare|please|"
                r"keep (?:the|our|my|costs|it)|get (?:it|them|the \w+) out)\b")
_WHEN_IT_WAS_NOT = rx(_OWN_CLAUSE + r"\b(?:(?:when|while|even though|although) (?:the|she|he|they|it|we|our|my|his|her|their)"
                      r"(?: [\w-]+){0,3}?(?:'d| had| was actually| were actually| was really| were really)|"
                      r"(?:when|while|even though|although|though) i (?:already |fully |full well )?knew|"
                      # done despite a sign named in the same breath: "I recommended the lowest tender even though their
                      # programme looked tight"
                      r"even though|despite (?:the|their|his|her|its|my|a|an|knowing|seeing|being told))\b")
_SO_IT_WENT_WRONG = rx(_OWN_CLAUSE + r",? (?:so|which meant|meaning|and as a result) (?!i\b)(?:[\w'-]+ ){1,4}?(?:didn't|did not|"
                       r"wasn't|weren't|never|couldn't|lost|missed|failed|broke|crashed|went (?:down|out|wrong|over)|were "
                       r"(?:over|under)\w+|was (?:over|under)\w+|(?:over|under)stated|ran (?:out|over|late))\b")
_BECAUSE_BEFORE = rx(r"(?:^|[,;:] |\bit was )(?:because|only because) $")
_THEN_SOMEONE = rx(r"[^.;,]{2,60}, (?!i\b)(?:nobody|no one|the|they|it|we|she|he|our|my|\w+s)\b")
# a relative clause on the speaker's own object says what harm the act did: "I merged a change that broke coupon validation"
_OWN_OBJECT_RELATIVE = rx(r"i (?:\w+ ){0,2}?(?:\w+ed|" + learning.IRREGULAR_PAST + r") (?:a|an|the|my|our|that|this|some)"
                                  r"(?: [\w'-]+){1,6}? (?:that|which) (?:then |also |quietly |silently )?(?:broke|crashed|"
                                  r"corrupted|deleted|wiped|overwrote|took down|brought down|knocked out|disabled|"
                                  r"double[- ]charged|locked out|leaked)\b")


# "that" after a preposition, or before a word of time, points ("from that chart", "that afternoon"): no relative clause
# (a "that" right after a verb is its object, not a relative: "I projected that forward without adjusting")
_OTHERS_RELATIVE = rx(r"(?<!\bfrom )(?<!\bon )(?<!\bin )(?<!\bat )(?<!\bwith )(?<!\bof )(?<!\bto )(?<!\bfor )(?<!\bby )"
                      r"(?<!ed )(?<!\bdid )(?<!\bput )(?<!\blet )(?<!\bset )(?<!\bleft )(?<!\bsent )(?<!\bkept )(?<!\btook )"
                      r"(?<!\bmade )"
                              r"\b(?:that|which|who)(?! i\b)(?! (?:afternoon|morning|evening|night|day|week|weekend|month|year|"
                              r"time|shift|point)\b)(?: \w+){0,1} $")
_AGAINST_INSTRUCTION = rx(r",? (?:when|while|though|even though|although|but) (?:the|my|his|her|their|our) "
                                  r"(?:[\w-]+ ){0,2}(?:said|says|asked for|called for|specified|stated|showed|read|was for)\b")
# a wrong denied is no fault owned: "I didn't do anything wrong as such", "I did nothing wrong", "I never made a mistake there"
_DENIED_WRONG = rx(r"i (?:really |honestly |actually |personally )?(?:(?:didn't|did not|never|haven't|have not|hadn't|"
                           r"had not) (?:do|did|done|make|made) (?:anything|any|a|a single|one) "
                           r"(?:thing )?(?:wrong|mistakes?|errors?)|"
                           r"(?:did|made|had done|have done) (?:nothing|no) (?:wrong|mistakes?|errors?))\b")
# the speaker's act declared sound in its own sentence: "I'd signed off the pour plan days earlier and it was fine"
_DECLARED_SOUND = rx(r"\b(?:and|which|but) (?:it|that|this|the \w+) (?:was|were|is) (?:all |perfectly |completely )?"
                             r"(?:fine|right|correct|ok|okay|sound|reasonable|solid)\b")


_CLAUSE_END = rx(r";|:(?!\d)|(?:,? \b(?:and|but|so|because|while|when|though|although)\b|,) "
                         r"(?=(?:she|he|they|it|we|you|the|our|their|his|her|its|this|that|nobody|no one)\b)"
                         # (a time named after a comma is no new subject: "I wrote it last, the night before the deadline")
                         r"(?!(?:the|that) (?:night|day|morning|evening|afternoon|week|weekend) (?:before|after|of)\b)"
                         # after a comma a new subject may be any noun phrase ("In the pharmacy where I worked, a
                         # prescription was dispensed ..."); after "and" one with "a" is as often a second object
                         r"|, (?=(?:a|an|my|another|every|each|some)\b)")
_EFFORT = rx(r"(?: \w+)?(?: as (?:hard|much|far|fast|best) as| everything| all I could| hard\b)")


# The candidate's own failure to see or weigh something: what follows is the content of their miss, not the cause
# they place on others ("What I missed was that they hadn't read it", "I never checked whether the team had").
_OWN_MISS = rx(
    r"\b(?:i|what i)\b(?: \w+){0,3} (?:(?:didn't|did not|never|failed to) )?(?:miss\w*|notic\w*|realis\w*|realiz\w*|see|saw|"
    r"check\w*|know|knew|think|thought|ask\w*|consider\w*|understand|understood|expect\w*|predict\w*|forg[eo]t\w*|"
    r"assum\w*|weigh\w*|underestimat\w*|overlook\w*)\b[^.;]{0,40}?\b(?:that|whether|if|what|how|when)\b")


# A negation whose scope reaches the ownership after it: "I don't think it was really my fault", "it wasn't my call".
_NEGATED_OWNERSHIP = rx(
    # ownership offered only as a condition: "if anything was on me, maybe ..."
    r"\bif (?:anything|any of (?:it|this|that))\b[^,.;]*$|"
    r"(?:n't|\bnot|\bnever|\bno way|\bhardly|\bby no means)(?: (?:think|believe|feel|say|reckon|see how|really|entirely|"
    r"exactly|all|completely|totally|just|it|that|this|was|is|were|i|i'd|would|could|be|have been|necessarily|actually|"
    r"truly|personally|solely|only|so much))* ?$"
    # a negation that scopes over a relative clause: "there wasn't really one piece that was mine", "nothing that was mine"
    r"|(?:n't|\bnot|\bno|\bnothing|\bnone)(?: [\w'-]+){0,4} (?:that|which|who) $")
# what a "didn't" denies when its object is the wrong: "(didn't) do anything wrong", "(never) made a mistake", "(didn't)
# miss anything", "(didn't) cause it"
_NO_WRONG_DONE = rx(r"\s*(?:really |actually |personally |honestly )?(?:do|did|make|made|get|got) (?:anything|any|a|"
                            r"one|much|something|the) ?(?:\w+ )?(?:wrong|mistakes?|errors?)\b|\s*(?:really |actually )?(?:miss|"
                            r"cause|break) (?:anything|it|this|that)\b")
_NEGATION_BEFORE_RELATIVE = rx(r"(?:n't|\bnot|\bno|\bnothing|\bnone)(?: [\w'-]+){0,4} $")


def negated(hit: Hit) -> bool:
    """Ownership that a negation in its own clause takes back is a denial, not ownership; so is a "didn't" whose
    object is the wrong itself ("I didn't do anything wrong", "I didn't make any mistake there")."""
    before = hit.sentence.low[: hit.start - hit.sentence.start]
    if _NEGATED_OWNERSHIP.search(before) or denied_by_frame(hit):
        return True
    if _NO_WRONG_DONE.match(hit.sentence.low, hit.end - hit.sentence.start) and re.search(
            r"(?:n't|\bnot|\bnever)$", hit.sentence.low[hit.start - hit.sentence.start : hit.end - hit.sentence.start]):
        return True
    # the ownership is itself the relative clause: "there wasn't really one piece [that was mine]"
    matched = hit.sentence.low[hit.start - hit.sentence.start : hit.end - hit.sentence.start]
    return re.match(r"(?:that|which|who)\b", matched) is not None and _NEGATION_BEFORE_RELATIVE.search(before) is not None


def inside_own_miss(hit: Hit) -> bool:
    """Another person's act told as what the candidate failed to see, check or expect is part of the candidate's
    own fault, not blame."""
    return _OWN_MISS.search(hit.sentence.low[: hit.start - hit.sentence.start]) is not None


def stative(hit: Hit) -> bool:
    """Blame whose verb is one of liking or knowing ("they didn't like the sandwiches") names no failing act, and
    one denied by the speaker ("it's not like they didn't get paid") asserts none."""
    if _DENIED_FRAME.search(hit.sentence.low[: hit.start - hit.sentence.start]):
        return True
    after = hit.sentence.low[hit.end - hit.sentence.start :]
    m = re.match(r"\s*(\w+)", after)
    tail = hit.sentence.low[hit.start - hit.sentence.start : hit.end - hit.sentence.start]
    if not re.search(r"(?:didn't|did not|never|don't|do not|doesn't|wouldn't)$", tail):
        return False
    return m is not None and structure.STATIVE.fullmatch(m.group(1)) is not None


# "it's not like ...", "it wasn't as if ...": a frame that names something that did not happen
_NOT_LIKE = (r"\b(?:(?:it's|it is|it was|that's|that is|that was|this was) not|(?:it|this|that) (?:isn't|wasn't|is not|was not)) "
             r"(?:like|as if|as though)")
_DENIED_FRAME = rx(_NOT_LIKE + r"\s*$")
_SPEAKER_SUBJECT = rx(r"\b(?:i|we)\b")


# the frame and the rest of its clause up to the hit: "it's not like [the overheating was] down to me"
_DENIED_FRAME_CLAUSE = rx(_NOT_LIKE + r" (?:(?! but\b| and\b)[^,;:.!?])*$")


def denied_by_frame(hit: Hit) -> bool:
    """An act or an ownership told inside "it's not like ...": the speaker says it did not happen, or was not theirs
    ("it's not like I was the one who skipped the test", "it's not like the overheating was down to me")."""
    return _DENIED_FRAME_CLAUSE.search(hit.sentence.low[: hit.start - hit.sentence.start]) is not None


def speaker_inside(hit: Hit) -> bool:
    """Someone else's failing read across a clause of the speaker's ("the accountants, because I assumed those
    couldn't ..."): the failing verb belongs to the speaker's clause."""
    return _SPEAKER_SUBJECT.search(hit.sentence.low[hit.start - hit.sentence.start : hit.end - hit.sentence.start]) is not None


_SPEAKER_AS_ROLE = rx(r"\bi(?:'m| am| was| had been|'d been)(?: (?:the|a|an|their|our))? $")
_SPEAKER_CLAUSE = rx(r"\bi (?:was|had|'d|am|\w+ed)\b[^,;:.]*$")


def the_speaker_is_the_subject(hit: Hit) -> bool:
    """The "someone else" of a failing clause is the speaker: named as that role ("I was the designer who changed the
    rates"), or the noun is in the speaker's own clause and the failing verb is coordinated with theirs ("I was swapping
    a fitting in an office and didn't test it")."""
    s = hit.sentence
    before = s.low[: hit.start - s.start]
    span = s.low[hit.start - s.start : hit.end - s.start]
    if _SPEAKER_AS_ROLE.search(before):
        return True
    return _SPEAKER_CLAUSE.search(before) is not None and re.search(r"\band (?:then |just |also )?(?:didn't|did not|never|"
                                                                    r"forgot|failed|skipped)\b", span) is not None


def conceded_to_others(hit: Hit, sentences: list[Sentence]) -> bool:
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
    # the cause handed over in the concession: "though in fairness the sheets are the office's job", "though
    # honestly, if compliance had given us a slot, that date would have been fine"
    if not _OWN_WORD.search(clause) and (structure.NOT_MINE.search(clause) or structure.CAUSE_NAMED.search(clause)
                                         or _OTHERS_COUNTERFACTUAL.search(clause)):
        return True
    agent = structure.OTHERS_AGENT.search(clause)
    failing = ownership.OTHERS_FAILING.search(clause)
    # "... the client's accountants, because I assumed those couldn't be privileged": the failing verb sits in the
    # speaker's own clause, so it is their assumption, not someone else's failing.
    if failing is not None and _SPEAKER_SUBJECT.search(failing.group(0)):
        failing = None
    return agent is not None and re.search(r"\b(?:i|my|me)\b", clause[: agent.start()]) is None and (
        ownership.BLAME.search(clause) is not None or failing is not None
    )


# A concession the speaker makes before a "but": the act or the share owned ("I did sign off the pour, that's true",
# "I'll take my share of that, sure", "I could have pushed harder, I'll say that", "on paper I owned the queue").
_CONCEDING = rx(
    r"\b(?:that's true|that is true|sure|granted|of course|fair enough|i'll (?:own|take|admit|say|give you) (?:that|it|this|"
    r"my share|some of|part of)|i (?:take|accept|own) (?:the |full |my |some )?(?:responsibility|blame|share|part)|on paper|"
    r"i could (?:have|'ve) (?:\w+ ){0,3}(?:more|harder|better|earlier|sooner)|i did \w+|i should (?:probably |maybe )?"
    r"(?:have|'ve) (?:\w+ ){0,3}(?:more|harder|louder|better|earlier|sooner))")
_TURN = rx(r"(?:^|[,;:]\s*|\s)(?:but|though|although|however|yet)\b,?(?:\s*(?:honestly|really|frankly|realistically|in "
                   r"practice|in reality|to be fair|the thing is),?)?\s*")


def excuse_after_concession(sentences: list[Sentence]) -> list[Hit]:
    """A "but" after the speaker concedes their part, whose clause hands the cause to someone or something else: the
    excuse's own form ("I'll take my share of that, sure, but the bigger problem was that sales didn't touch the
    leads"; "I take the responsibility. But honestly, no engineer can catch a change nobody announces")."""
    out = []
    previous = ""
    for s in sentences:
        for m in _TURN.finditer(s.low):
            before = s.low[: m.start()]
            conceded = any(p.search(text) for p in (_CONCEDING, ownership.STRONG_OWNERSHIP)
                           for text in ([before] + ([previous] if m.start() == 0 else [])))
            if not conceded:
                continue
            clause = re.split(r"[.;!?]", s.low[m.end() :], maxsplit=1)[0]
            # "but I ...", "but it was my call", and "but nobody asked me to" (others cleared, the choice kept) excuse nothing
            # ("but my manager was clueless" names the manager, not the speaker)
            if delivery.NEGATIVE_TARGET.match(clause):
                clause = re.sub(r"^(?:my|our)\b", "the", clause)
            if _OWN_WORD.match(clause) or re.match(r"(?:that|it) (?:was|is) (?:my|on me|mine)|(?:nobody|no one|no-one) (?:\w+ )?"
                                                   r"(?:asked|told|made|forced|pushed|pressured) (?:me|us)\b", clause):
                continue
            named = structure.CAUSE_NAMED.search(clause)
            handed = (ownership.BLAME.search(clause) or ownership.OTHERS_FAILING.search(clause)
                      or structure.OUTSIDE_CAUSE.search(clause) or structure.EXCULPATION.search(clause)
                      or structure.NOT_MINE.search(clause) or _OTHERS_FAIL.search(clause) or _DUTY_NAMED.search(clause)
                      or (named if named and not _OWN_WORD.search(clause) else None))
            if handed and not _OWN_WORD.search(clause[: handed.start()]):
                out.append(Hit(s, s.start + m.start(), s.start + m.end()))
                break
        previous = s.low
    return out


# a duty named as someone else's: "the night porter was meant to do the closing log"
_DUTY_NAMED = rx(r"\b(?:the|their|his|her|our) (?:[\w-]+ ){0,2}(?:was|were|is|are) (?:\w+ )?(?:supposed|meant|paid|"
                         r"employed|contracted) to\b|" + structure.OTHERS_DUTY.pattern)
# "if compliance had given us a slot", "if the lab had turned it round": what others would have had to do.
_OTHERS_COUNTERFACTUAL = rx(r"\bif (?!i\b|we\b)(?:\w+ ){1,3}(?:had|hadn't|had not|would have|'d) (?:\w+ )?"
                                    r"(?:given|done|sent|told|checked|delivered|booked|approved|trained|turned|flagged|warned|answered|"
                                    r"replied|signed|followed|kept|been)\b")


def reason_then(hit: Hit) -> bool:
    """Words that shrink something inside the reason the speaker gives for their own past act ("I signed off the
    closure without consulting the operator, because it was only a short closure") report the judgement that failed,
    not a view held now of the failure's size."""
    s = hit.sentence
    before = s.low[: hit.start - s.start]
    opens = list(_REASON_OPENS.finditer(before))
    m = opens[-1] if opens else None
    # (a reason that opens a clause of its own, "and since it was only live for six hours it was a blip", is given for
    # what that clause says now, not for the act before it)
    if m is None or re.search(r"[;:]|\bbut\b", before[m.end():]) or re.search(r"\b(?:and|so),? $", before[: m.start()]):
        return False
    return _OWN_PAST_ACT.search(before[: m.start()]) is not None


_REASON_OPENS = rx(r"\b(?:because|since|as|thinking|figuring|assuming|reckoning|on the basis that)\b")
_OWN_PAST_ACT = rx(r"\bi (?:just |also |then |simply )?(?:\w+ed|" + learning.IRREGULAR_PAST + r"|didn't|did not|never)\b")


def owned_words(hits: list[Hit]) -> list[Hit]:
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


def said_of_another(hit: Hit) -> bool:
    """A disposition word ("too strict", "overly generous") said of something or someone else, not of the speaker:
    "the mark scheme was too strict on one question", "eleven of the marks were too generous". A humble-brag is a
    strength the speaker claims for themselves ("I'm too thorough", "being too generous with my time")."""
    s = hit.sentence
    if not s.low.startswith(("too ", "overly "), hit.start - s.start):
        return False
    before = s.low[: hit.start - s.start]
    copula = _COPULA_AT_END.search(before)
    if copula is None:
        return False
    # the copula's subject: the words just before it, back to a clause break or "that" ("the feeling that the mark
    # scheme was too strict")
    subject = re.split(r"[,;:]|\b(?:that|which|who|and|but|so|because)\b", before[: copula.start()])[-1]
    return subject.strip() != "" and _SPEAKER.search(subject) is None


_COPULA_AT_END = rx(r"\b(?:was|were|is|are|seemed|seems|looked|looks|came out|got|became|felt)(?: \w+)? $")


def turned_down(s: Sentence) -> bool:
    """The sentence offers words only to turn them down: "I could say I learned the importance of communication, but
    honestly that's not what happened", "people usually say perfectionism here, but ..."."""
    if "but" not in s.low:  # (a cheap first look: the turn is the point)
        return False
    m = structure.DISOWNED.search(s.low)
    return m is not None and re.search(r"\bbut\b", s.low[m.end() :]) is not None


_WORSE = rx(r"\bhave been (?:\w+ )?(?:\w+ )?worse\b")
_AGAINST_LUCK = rx(r"\bbut (?:it |this |that |things )?$"
                   # ... or after the luck itself is named: "she was okay, no hospital - and it could have been a lot worse"
                   r"|\b(?:was|were) (?:okay|ok|fine|unhurt|unharmed)\b[^.;]{0,60}$"
                   r"|\bno (?:hospital|one (?:was )?hurt|injur\w+)[^.;]{0,40}$")


def stakes_raised(hit: Hit) -> bool:
    """"No one was hurt, but it could easily have been much worse" sets the real danger against a lucky outcome:
    the speaker raises the stakes, where "it could have been worse" on its own shrinks them. So does a comparison
    whose large side is the failure itself ("ten minutes waiting is nothing compared with this"): what is called
    small is the cost of preventing it."""
    s = hit.sentence
    span = s.low[hit.start - s.start : hit.end - s.start]
    if _AGAINST_THE_FAILURE.search(s.low, hit.start - s.start):
        return True
    # "Nothing was lost, but it would have been unrecoverable": the luck set against what was at stake
    if _STAKES_AFTER.match(s.low, hit.end - s.start):
        return True
    return _WORSE.search(span) is not None and _AGAINST_LUCK.search(s.low[: hit.start - s.start]) is not None


# the same frame where what it denies follows: read by worse_outcome below
DENIED_WORSE = rx(_NOT_LIKE + " ")
# damage in general words: what a worse outcome would have been
_DAMAGE = rx(r"\b(?:hurt|injur\w*|harm\w*|kill\w*|died|dead|die|hospital\w*|lost|lose|losing|broke|broken|crash\w*|fire|"
             r"flood\w*|sued|fired|struck|recall\w*|wrong|errors?|mistakes?|messed|screwed|wiped|deleted|missed|failed|"
             r"overheat\w*|outages?|disasters?|ruin\w*|destroy\w*|worst|worse|bad|went down|took down|taken down|fell apart|"
             r"came off|collaps\w*|blew up|sank|went under)\b")
_ONE_WHO_AFTER = rx(r"\s*i(?:'m| am| was) (?:\w+ )?the (?:one|person) who\b")
_PERSON_OR_SPEAKER = rx(r"\s*(?:i|we|you|anyone|anybody|someone|somebody|nobody|no one|he|she|they|people)\b")


def worse_outcome(hit: Hit) -> bool:
    """"It's not like I lost them the account", "it's not like there was a fire": the frame sets the failure against a
    worse outcome that did not happen, which shrinks it. Against the speaker's own conduct that did not happen ("it's
    not like I hid it", "it wasn't as if I improvised anything") or help that did not come ("it's not like anyone
    raised a concern"), it defends: no damage is named, and a person acts."""
    low, at = hit.sentence.low, hit.end - hit.sentence.start
    clause = low[at : clause_end(low, at)]
    if _DAMAGE.search(clause) or structure.STAKES.search(clause) or _ONE_WHO_AFTER.match(low, at):
        return True
    return _PERSON_OR_SPEAKER.match(low, at) is None


def not_the_damage(hit: Hit) -> bool:
    """Small words that do not size the failure's damage: the speaker's own misjudgement told as theirs ("I decided it
    was normal stiffness", "I assumed it was minor"), the time the speaker had been in a role ("I was only a couple of
    months into the job"), one part granted as harmless on its own ("that in itself is not a big deal, but ..."), and
    a rate stated plainly ("failing on about one order in twenty"), which measures the failure rather than set it
    against a whole ("it was one account out of thirty"), and the speaker's own not-seeing ("I never saw that ...")."""
    s = hit.sentence
    before, span = s.low[: hit.start - s.start], s.low[hit.start - s.start : hit.end - s.start]
    if _OWN_JUDGEMENT_BEFORE.search(before):
        return True
    if _TENURE_AFTER.match(s.low, hit.end - s.start):
        return True
    if _IN_ITSELF_BEFORE.search(before):
        return True
    # the speaker's own miss ("so I never saw that the only step-free entrance went through the kitchen"), or a thing
    # described ("questions they never saw"), not the failure going unseen by the people it touched ("the customer
    # never even noticed")
    if _UNSEEN.match(span) and (_SPEAKER_JUST_BEFORE.search(before) or _THING_AND_PRONOUN_BEFORE.search(before)):
        return True
    # the small word denied: "It wasn't a blip."
    if _DENIED_BEFORE.search(before) and span.startswith(("a ", "an ", "just ", "only ")):
        return True
    return _PLAIN_RATE.match(span) is not None and _RATE_OF.search(before) is not None


# "I decided it was", "I thought that was", "I'd assumed this was", "I told myself it was"
_OWN_JUDGEMENT_BEFORE = rx(r"\bi (?:had |'d )?(?:decided|thought|assumed|figured|reckoned|believed|judged|told myself|"
                                   r"convinced myself|put it down as|took it as|wrote it off as)(?: that)?(?: (?:it|this|that|"
                                   r"the \w+))?(?: was| were|'s)?(?: just)? ?$"
                                   # ... or asked, not asserted: "I decided to wait and see if it was a blip"
                                   r"|\b(?:see|check|find out|know|wondered|asked myself) (?:if|whether) "
                                   r"(?:it|this|that|the \w+) (?:was|were)(?: just)? ?$")
# "only a couple of months into the captaincy", "only a few weeks in", "only a few days on the ward"
_TENURE_AFTER = rx(r"(?: \w+){0,2}? (?:days?|weeks?|months?|years?|shifts?)(?: \w+){0,1}? (?:into|in\b|"
                           r"on the (?:job|ward|team|floor|site|desk)|in the (?:job|role|post))")
_IN_ITSELF_BEFORE = rx(r"\b(?:in itself|on its own|by itself|in themselves|on their own)(?: \w+)?,? ?$")
_PLAIN_RATE = rx(r"(?:one|a single) (?:\w+ )?(?:out of|in) ")
_UNSEEN = rx(r"never (?:even )?(?:saw|noticed)")
_SPEAKER_JUST_BEFORE = rx(r"\bi (?:\w+ )?$")
_THING_AND_PRONOUN_BEFORE = rx(r"\b(?!" + _NOT_A_NOUN + r")[a-z]{3,}s (?:they|we|he|she|you) $")
_DENIED_BEFORE = rx(r"\b(?:wasn't|was not|isn't|is not|weren't|were not|it's not|that's not|this is not|it is not) "
                    r"(?:just |really |simply |only |ever )?$")
# ... told as how often the failing act went wrong ("failing on about one order in twenty", "wrong in one case in ten"),
# not as the failure set against a whole ("it was one account out of thirty", "only one in forty")
_RATE_OF = rx(r"\b(?:on|in|for|with|affecting|hitting)(?: (?:about|around|roughly|nearly|almost))? $")


_STAKES_AFTER = rx(r"[^.;]{0,90}?,? but,? (?:(?:like|you know|honestly|i mean|um|uh),? )*(?:it|this|that|the \w+)(?: [\w-]+)? "
                           r"(?:would|could|might)(?: easily| well| so easily)? (?:have|'ve) (?:been|cost|meant|ended|killed|"
                           r"hurt|lost)\b")
_AGAINST_THE_FAILURE = rx(r"\b(?:compared (?:with|to)|next to|against) (?:this|what (?:happened|it cost|i did)|"
                                  r"the (?:harm|damage|cost of (?:getting it|a mistake|the mistake|an error)|alternative|risk))"
                                  r"[.!?,;]")


_SINCE_AT_END = rx(r"\b(?:since|since then|ever since|now|these days|so far)[\s.!]*$")
_PRESENT_PERFECT = rx(r"\b(?:has|have)(?:n't| not)? (?:\w+ )?(?:\w+ed|been|had|made|gone|come|done|left|quit|resigned|"
                              r"complained|missed)\b")


def result_since(hit: Hit) -> bool:
    """A clause that reports how things have gone since the change ("but nobody has resigned since")."""
    s = hit.sentence
    rest = s.low[hit.start - s.start :]
    return _SINCE_AT_END.search(rest) is not None and _PRESENT_PERFECT.search(rest) is not None


_DEFINED_FAILURE = rx(r"\b(?:failure|failing|weakness|flaw)\b.*\b(?:i|i'm|i am)$")
# An omission or an error: a duty left undone is never a strength in disguise.
_EVENT_VERB = rx(r"\s*(?:(?:just|really|simply|then|completely|totally) )*(?:didn't|did not|hadn't|had not|"
                         r"never (?:\w+ed|" + learning.IRREGULAR_PAST + r")|forgot|failed to|missed|skipped|overlooked|ignored|"
                         r"misread|misjudged|underestimated|wasn't paying)\b")


def failure_is_an_event(hit: Hit) -> bool:
    """"My biggest failure is that I didn't check the restore" names a duty left undone; "my failure is that I care
    too much" or "... that I took on too much" names a disposition, which is the humble-brag."""
    s = hit.sentence
    span = s.low[hit.start - s.start : hit.end - s.start]
    if not _DEFINED_FAILURE.search(span):
        return False
    return _EVENT_VERB.match(s.low, hit.end - s.start) is not None


def past_framed(sentence: Sentence) -> bool:
    """The sentence is set in the past ("back then", "that week", "one night shift") with no present marker."""
    return structure.PAST_FRAME.search(sentence.low) is not None and structure.SINCE_THEN.search(sentence.low) is None


def after_own_past(hit: Hit) -> bool:
    """A present verb after the speaker's own past one in the same sentence, with no present marker: the tense
    switch of a story told partly in the present ("I changed the install command, but I forget to update the
    README")."""
    s = hit.sentence
    before = s.low[: hit.start - s.start]
    return (re.search(r"\bi (?:\w+ly )?(?:" + _PAST_FORM.pattern + r")\b", before) is not None
            and structure.SINCE_THEN.search(s.low) is None)


def present_rule(hit: Hit) -> bool:
    """An act told after a present marker in its sentence, in the present tense: "Now I never give ...", "these days
    I don't sign ...". What the speaker does now, not the act behind the failure."""
    s = hit.sentence
    before = s.low[: hit.start - s.start]
    if not structure.SINCE_THEN.search(before):
        return False
    verb = re.match(r"i (?:(?:never|always|still|also|now|don't|do not|no longer|\w+ly) )*(\w+)", s.low[hit.start - s.start :])
    # "since then I read the strength out loud": a verb whose past is its present reads as the present after the marker
    return verb is not None and (not _PAST_FORM.fullmatch(verb.group(1)) or verb.group(1) in _SAME_IN_PAST)


def present_doing(hit: Hit) -> bool:
    """A change is something done now: not a habit framed in the past ("back then I never ..."), and not a
    thought or a feeling ("I still think about it")."""
    s = hit.sentence
    if past_framed(s):
        return False
    span = s.low[hit.start - s.start : hit.end - s.start]
    # The verb itself, read past the hit when the hit ends at an adverb ("I still | feel", "I never | sent").
    verb = re.match(r"i (?:(?:now|still|also|always|never|ever|really|just|actually|do|don't|no longer|\w+ly) )*(\w+)(?: (\w+))?",
                    s.low[hit.start - s.start :])
    # "If I don't know on a call, I say I will confirm by a date": the condition of a rule, whatever its verb
    condition = re.search(r"\b(?:if|when|whenever|unless|once|until)\s*$", s.low[: hit.start - s.start])
    if verb is not None and condition is None:
        word, nxt = verb.group(1), verb.group(2) or ""
        if structure.MENTAL.fullmatch(word) is not None or (word == "get" and nxt in ("that", "it")):
            return False
        # "emails that I never sent": "never" with a past form tells what did not happen then, not a practice now
        adverbs = re.match(r"i (?:never|still|always|ever|just|also|really) ", s.low[hit.start - s.start :])
        if _PAST_FORM.fullmatch(word) and adverbs:
            return False
    # "the one I always come back to": a relative clause that describes a thing, not what the speaker does
    if _DESCRIBED.search(s.low[: hit.start - s.start]):
        return False
    if re.search(r"\bi(?:'ve| have)?$", span):
        # the verb after "since then I" / "afterwards I": "I've thought about it" is no change, and "afterwards I filed
        # an incident report" is a single act done once, unless the sentence gives the act a cadence that runs on
        # ("after that I structured quarterly career conversations into my one-to-ones")
        after = re.match(r"\s*(?:(?:then|also|immediately|quickly|always|\w+ly) )*(\w+)", s.low[hit.end - s.start :])
        if after is not None and structure.MENTAL.fullmatch(after.group(1)):
            return False
        if span.endswith("i") and after is not None and _PAST_FORM.fullmatch(after.group(1)) and not _RUNS_ON.search(s.low):
            return False
    return True


_PAST_FORM = rx(r"\w+ed|" + learning.IRREGULAR_PAST)
_SAME_IN_PAST = frozenset("read put set cut let hit shut cost hurt quit spread split fit cast burst".split())
_DESCRIBED = rx(r"\b(?:the|a|that|this) (?:one|thing|story|example|time|case|failure|mistake|moment) (?:that |which )?$")
_RUNS_ON = rx(
    r"\b(?:every|each (?:time|day|week|month|quarter|year|shift|run|release|morning|evening|sprint|project)|always|whenever|"
    r"weekly|daily|monthly|quarterly|annual(?:ly)?|routine|cadence|standard|default|rules?|template|checklist|habit|"
    r"permanent(?:ly)?|to this day|still|ever since|going forward|from then on|for all)\b"
)


def lasting(hit: Hit, reply: Reply) -> bool:
    """Something built is a change only when it lasts (a cadence, a rule, a present use), not a one-off repair."""
    s = hit.sentence
    nxt = reply.sentences[s.index + 1].low if s.index + 1 < len(reply.sentences) else ""
    return structure.LASTING.search(s.low) is not None or structure.LASTING.search(nxt) is not None


_SELF_CRITICISM = rx(
    r"\b(?:i was|i'd been|i had been|i'm|i am|i felt|i've been|i'd (?:rather|like to|want to) be|my own|myself)\b[^,;]{0,40}$"
    r"|\b(?:i|we) (?:made|hired|picked|chose|took on|brought in) (?:a |an )?$"
    # the speaker the subject of the verb itself: "I treated it like it could wait", "I treat config like code now"
    r"|\bi (?:\w+ )?$"
    r"|accused of $"
)


_SPEAKER = rx(r"\b(?:i|i'd|i'm|i've|my|me|mine|myself|we|we'd|we've|our|us)\b")


def others_left_uninformed(hit: Hit) -> bool:
    """"The contractors weren't told about the delay": someone else left uninformed is an omission whose agent is
    hidden, not an excuse; "I wasn't told", "we were never trained" put the cause on whoever should have told the
    speaker."""
    s = hit.sentence
    span = s.low[hit.start - s.start : hit.end - s.start]
    if not _UNINFORMED.match(span):
        return False
    before = s.low[: hit.start - s.start]
    clause = re.split(r"[,;:]|\b(?:and|but|so|because|while|when)\b", before)[-1]
    return bool(clause.strip()) and not _SPEAKER_OR_US.search(clause)


_UNINFORMED = rx(r"(?:wasn't|weren't|was not|were not|never) (?:told|informed|warned|consulted|looped in|given|provided)\b")
_SPEAKER_OR_US = rx(r"\b(?:i|i'd|i'm|i've|me|my|we|we'd|we're|us|our|nobody|no one|no-one)\b")


def wrong_in_clause(hit: Hit) -> bool:
    """Whether the clause of a passive says what was wrong with the act (late, wrong, twice, instead of ...)."""
    s = hit.sentence
    at, end = hit.start - s.start, hit.end - s.start
    lo = max(s.low.rfind(c, 0, at) for c in ",;:") + 1
    hi = min((i for i in (s.low.find(c, end) for c in ",;:") if i >= 0), default=len(s.low))
    # the speaker in the sentence owns it ("I accepted the schedule without checking whether it had been placed"),
    # except in a phrase of setting before the clause ("At the pharmacy I worked at, a prescription was filled with
    # the 50s instead of the 25s")
    # (a possessive after a preposition names whom it reached, not who acted: "dispensed for one of our regulars")
    owner = _FOR_OURS.sub(" ", s.low[_clause_open(s.low, lo) :])
    return structure.PASSIVE_WRONG.search(s.low[lo:hi]) is not None and not _SPEAKER.search(owner)


_FOR_OURS = rx(r"\b(?:of|to|for|with|at|from|by|on) (?:one of |some of |all of |two of |a few of )?(?:our|my)\b")



def _clause_open(low: str, lo: int) -> int:
    """Where the words that may own a clause starting at `lo` begin: the sentence's start, unless all before the
    clause is one phrase of setting ("At the pharmacy I worked at, ..."), whose comma closes it."""
    head = low[:lo]
    if lo == 0 or not head.rstrip().endswith(",") or any(c in head.rstrip()[:-1] for c in ",;:"):
        return 0
    # an opening phrase (a preposition or a time word first) is context, not the clause the passive hangs from
    return lo if _SETTING_PHRASE.match(head.lstrip()) else 0


_SETTING_PHRASE = rx(r"(?:at|in|on|during|for|with|as|when|while|after|before|back|last|one|that|this)\b")


def aimed_at_others(hit: Hit) -> bool:
    """A disparaging word counts only when it is about someone else, not the candidate's self-criticism."""
    s = hit.sentence
    # an aside set off by commas does not change who is criticised ("a policy that I'd been, honestly, lazy about")
    before = _ASIDE.sub(" ", s.low[: hit.start - s.start])
    if _SELF_CRITICISM.search(before):
        return False
    return delivery.NEGATIVE_TARGET.search(s.low) is not None


_ASIDE = rx(r",\s*(?:honestly|frankly|admittedly|really|to be honest|to be fair|if i'm honest|i admit|i'll admit|i think|"
            r"i guess|basically|just|a bit|pretty)\s*,\s*")


_CLAUSE_START = rx(r"[,;:(]|\b(?:and|but|though|although|so|because|while|since)\b")


def trait_of_others(hit: Hit) -> bool:
    """A trait ("pretty lax", "notorious for it") is said of someone else when its own clause has another person or
    a relative "who" as its subject and no word of the speaker: "the kitchen lads were pretty lax", "who was pretty
    disorganised herself", not "I was very careless with it"."""
    s = hit.sentence
    before = s.low[: hit.start - s.start]
    breaks = list(_CLAUSE_START.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    if _SPEAKER.search(clause) or not clause.strip():
        return False
    subject = _subject(clause)
    return subject.startswith(("who ", "whom ")) or _person_first(subject)


def sneer_at_others(hit: Hit) -> bool:
    """A sneer (delivery.SNEER) is at someone else when it names them itself ("as they do", "let's face it, they"),
    or when the words before it in its sentence have another person or a department as their subject and no word of
    the speaker: "Ops, as usual, took three weeks", not "I did the checks as usual"."""
    s = hit.sentence
    span = s.low[hit.start - s.start : hit.end - s.start]
    before = s.low[: hit.start - s.start]
    if re.search(r"\b(?:they|he|she|they're|he's|she's)\b", span) or re.match(r"(\w+), being \1\b|you know what", span):
        return True
    if _SPEAKER.search(before):
        return False
    subject = _subject(before)
    if re.match(r"(?:and |but |so )?(?:of course )?(?:ops|it|qa|hr|legal|finance|sales|procurement|management|leadership|"
                r"marketing|engineering|product|head office|the council|the bank|the agency)\b", subject):
        return True
    return _person_first(subject)


def _subject(words: str) -> str:
    """The words a clause opens with, past fillers, with "that"/"this" read as "the" ("that supplier" names a supplier)."""
    return _DEMONSTRATIVE.sub("the", _LEADING_FILLER.sub("", words))


def _person_first(subject: str) -> bool:
    """Another person is the subject: named within the clause's first words and not inside a phrase of place ("month-end
    in that team was always chaotic" speaks of month-end)."""
    person = delivery.NEGATIVE_TARGET.search(subject)
    ahead = subject[: person.start()] if person else ""
    return person is not None and len(ahead.split()) <= 3 and not _PREPOSITION.search(ahead)


_DEMONSTRATIVE = rx(r"\b(?:that|this|those|these)\b")
_PREPOSITION = rx(r"\b(?:in|of|at|for|on|with|from|by|about|to)\b")
_LEADING_FILLER = rx(r"^(?:\s|,|\b(?:honestly|frankly|um|uh|well|basically|also|plus|again|obviously|yeah|like|just|"
                             r"to be (?:honest|fair))\b)*")
_OWN_WORD = rx(r"\b(?:i|i'd|i'm|i've|my|mine|myself)\b")  # the speaker as agent: "sent them to me" is not


_CLAUSE_BREAK = rx(r"[,;:]|\b(?:and|but|though|although|so|because)\b")
_RELATIVE = rx(r"\b(?:who|who'd|who had|that|which)\b")


def _antecedent(text: str) -> str:
    """What "that's where it went wrong" points back at: the last clause before it, and within that clause the
    relative clause that names the act ("I spoke to the technician who'd picked the wrong strength")."""
    clauses = [c for c in _CLAUSE_BREAK.split(text.strip(" ,;-.")) if c.strip()]
    last = clauses[-1].strip() if clauses else ""
    m = _RELATIVE.search(last)
    if m:
        agent = structure.OTHERS_AGENT.search(last[: m.start()])
        if agent is not None:
            return last[agent.start():]
    return last


def duty_of_others(hit: Hit) -> bool:
    """"who was supposed to review it" names someone else's duty when the "who" stands for another person."""
    s = hit.sentence
    span = s.low[hit.start - s.start : hit.end - s.start]
    if not span.startswith("who"):
        return True
    before = s.low[: hit.start - s.start]
    return structure.OTHERS_AGENT.search(before[-40:]) is not None and not re.search(r"\b(?:i|me)\W*$", before)


def lesson_for_others(hit: Hit) -> bool:
    """A lesson whose learner or whose change is someone else ("the main takeaway was that product needs to get
    requirements in earlier", "I think the business learned it can't keep piling work on us"): the story's fix is
    placed on them, so its cause is too. The clause must name no act of the speaker's."""
    s = hit.sentence
    if _OWN_WORD.search(s.low[hit.end - s.start :]):
        return False
    start = max(0, hit.start - s.start - 40)
    window = s.low[start:]
    m = structure.OTHERS_OBLIGED.search(window)
    return m is not None and not _SPEAKER_BEFORE.search(window[: m.start()][-12:])


_DENIAL = rx(r"\b(?:not|never) (?:mine|me|my (?:job|call|responsibility|fault|problem|area|remit|decision))\b|\bi "
                     r"(?:didn't|did not|never|haven't) (?:really |actually )?(?:do|did|done|make|made) "
                     r"(?:anything|any \w+|a \w+) ?wrong\b")
_SPEAKER_BEFORE = rx(r"\b(?:i|we)\s*$")


def cause_placed_on_others(hit: Hit, sentences: Sequence[Sentence]) -> bool:
    """A cause named outright ("the root cause was ...", "that's where it went wrong", "that was their call") puts
    the failure on others when what it names holds no word of the speaker's: the clause after a named cause, or the
    words before a pointed-back one (within its sentence, else the sentence before)."""
    s = hit.sentence
    at, end = hit.start - s.start, hit.end - s.start
    if structure.CAUSE_COUNTERFACTUAL.match(s.low, at):  # its agent is someone else by its form
        return True
    if structure.CAUSE_POINTED.match(s.low, at):
        before = _antecedent(s.low[:at])
        if not before and s.index > 0:
            before = _antecedent(next((p.low for p in sentences if p.index == s.index - 1), ""))
        return bool(before) and not _OWN_WORD.search(before) and structure.OTHERS_AGENT.search(before) is not None
    if structure.NOT_MINE.match(s.low, at):
        # "that's QA's job, not mine": the speaker's word inside a denial is not theirs to own
        return not _OWN_WORD.search(_DENIAL.sub("", s.low[:at])) and not _OWN_WORD.search(_DENIAL.sub("", s.low[end:]))
    clause, *rest = re.split(r"([.;:!?]|, (?:and|but|so) )", s.low[end:], maxsplit=1)
    if rest and rest[0] == ":":
        # a colon opens what the cause was: "the real reason was that decision: I'd muted the alerts myself"
        clause += " " + re.split(r"[.;!?]|, (?:and|but|so) ", rest[1], maxsplit=1)[0]
    return not _OWN_WORD.search(clause)


# The people a failure lands on. Asked what it cost, a reply that says how they reacted names the cost, not a culprit.
_AFFECTED = rx(r"(?:several |many |some |most |two |three |a few |our |their |the |(?:of )?our biggest |\d+ )*"
                       # (people or staff only with a count: "a few hundred people couldn't log in")
                       r"(?:(?<=\d )(?:people|staff|employees)|(?:a few |several |some )?(?:hundred|thousand|dozen)s? (?:of )?"
                       r"(?:people|staff|employees)|customers?|"
                       r"clients?|users?|patients?|guests?|sponsors?|attendees?|students?|pupils?|parents?|passengers?|residents?|"
                       r"buyers?|shoppers?|subscribers?|members?|families|tenants?|readers?|viewers?|donors?)\b")


def affected_reacting(h: Hit) -> bool:
    """The people a failure lands on, reacting to it or unharmed by it: "the client didn't rebook", "two customers
    cancelled", "they didn't renew", "he didn't get hurt". A consequence of the failure, not its cause."""
    return _reacting_at(h.sentence.low, h.start - h.sentence.start)


def reaction_after_but(h: Hit) -> bool:
    """A "but" that brings in the reaction of those the failure landed on ("she was decent about it, but she never used
    us again"): a consequence told, not an excuse."""
    low = h.sentence.low
    after = _BUT_OPENING.match(low, h.start - h.sentence.start)
    return after is not None and _reacting_at(low, after.end())


_BUT_OPENING = rx(r"but\s+(?:honestly\s+|really\s+|in the end\s+|then\s+|still\s+)?")


def _reacting_at(low: str, at: int) -> bool:
    who = _AFFECTED.match(low, at) or _PRONOUN.match(low, at)
    if who is None:
        return False
    return _REACTS.match(low, who.end()) is not None or _UNHARMED.match(low, who.end()) is not None


_PRONOUN = rx(r"(?:he|she|they)\b")
_UNHARMED = rx(r"\s+(?:didn't|did not|never|wasn't|weren't) (?:get |end up )?(?:hurt|injured|harmed|ill|sick|charged)\b")


_REACTS = rx(
    r"\s+(?:\w+ )?(?:(?:didn't|did not|never|wouldn't|won't) (?:\w+ )?(?:(?:rebook|renew|return|reorder|re-order|order|"
    r"sign|recommend|trust|use|close|fire|sue|fine|move|pull|terminate)(?:e?d)?|sack(?:ed)?|come back|came back|buy|bought|"
    r"pay|paid)|left|cancell?ed|complained|churned|"
    r"switched|walked|took (?:their|its) business|"
    # what they could not do because of it: "a few hundred people couldn't log in"
    r"(?:couldn't|could not|can't|cannot|weren't able to) (?:\w+ )?(?:log ?in|get in|access|work|use|find|open|pay|book|reach))\b"
)


def describes_a_thing(h: Hit) -> bool:
    """A negated clause that only describes a noun before it, its object left as a gap: "a payroll liability they hadn't
    budgeted for", "questions they never saw". It says what the thing was, not who failed."""
    low, at = h.sentence.low, h.start - h.sentence.start
    if _PRONOUN.match(low, at) is None or not _NOUN_JUST_BEFORE.search(low[:at]):
        return False
    return _GAP_AFTER.match(low, at) is not None


_NOUN_JUST_BEFORE = rx(r"\b(?!" + _NOT_A_NOUN + r")[a-z]{3,} $")
_GAP_AFTER = rx(r"(?:he|she|they) (?:hadn't|had not|didn't|did not|never|couldn't|could not|wouldn't)(?: \w+ly)? \w+"
                r"(?: (?:for|on|about|with|to|of|from|in))?\s*(?:[,.;:!?)]|\band\b|\bbut\b|$)")


def about_the_affected(h: Hit) -> bool:
    """The hit's subject is the people the failure landed on ("the customers ...")."""
    return _AFFECTED.match(h.sentence.low, h.start - h.sentence.start) is not None


_PERSON = r"(?:she|he|they|(?:the|our|their|my) (?:[\w-]+ )?(?:client|customer|patient|resident|guest|family|couple|buyer))"
_BUT_REACTION = rx(r"but (?:then |in the end |still )?" + _PERSON + r"\b")
# The act owned, or judged avoidable, inside the clause: "but nobody asked me to; I chose to", "but the consultant told
# me the delay was avoidable"
_OWNED_IN_CLAUSE = rx(r"\b(?:i (?:chose|decided|opted)\b|my (?:own )?(?:mistake|fault|call|decision|choice|error|"
                              r"doing)\b|(?:on|down to) me\b|i should(?:n't| not)? have\b|avoidable|preventable)")
# The person after "but" as the one wronged: "but she should never have been exposed to that"
_WRONGED = rx(r"but (?:\w+ ){1,3}?(?:should|shouldn't|should not)(?: never)? have been\b")
# A small cause set against a large effect: "it was one missing decimal point, but ... we paid out eighteen thousand"
_SMALL_CAUSE = rx(r"\b(?:only|just|one|a single|a (?:tiny|small|little|simple|minor))\b[^,;]*,?\s*$")


def excuse_not_made(hit: Hit) -> bool:
    """A "but" that qualifies the failure without excusing it: the people affected reacting ("the client paid, but
    they did not use us again"), the act owned or judged avoidable in the clause itself, the person after "but" as
    the one wronged, or a small cause set against the large cost it had."""
    s = hit.sentence
    at = hit.start - s.start
    rest = s.low[at:]
    who = _BUT_REACTION.match(rest)
    if who is not None and _REACTS.match(rest, who.end()) is not None:
        return True
    if _OWNED_IN_CLAUSE.search(rest) or _WRONGED.match(rest):
        return True
    # two facts set side by side before the speaker acts on them ("The drawing gave a weight, but there was no certificate
    # for that unit, and I went with the drawing figure"): the "but" contrasts the facts the speaker then misjudged
    if _SPEAKER.search(s.low[:at]) is None and _AND_I_ACTED.search(rest):
        return True
    return _SMALL_CAUSE.search(s.low[:at]) is not None and structure.STAKES.search(rest) is not None


_AND_I_ACTED = rx(r"[,;] (?:and |so |but )?(?:then )?i (?:still |just |simply )?(?:went (?:with|ahead)|decided|chose|used|"
                  r"signed|approved|assumed|relied|trusted|took|ran|let|gave|sent|carried on|pressed on)\b")


# Who fails in a clause: the subject at the clause's start (past a conjunction or a stance word) and what is said of
# it. A person or a thing other than the speaker, with a failing predicate (a negated act, a verdict of slowness or
# error, a repeated change, a limit), is someone else's failing told as plain fact: "marketing changed the campaign
# three times", "the drawing is wrong", "the tier 2 team is very slow", "the system only diarises court deadlines".
_LEAD = (r"(?:(?:and|but|so|then|also|plus|because|since|as|though|although|while|anyway|well|look|honestly|frankly|"
         r"basically|obviously|of course|apparently|unfortunately|again|even|just|and then|so then|which meant)\b,?\s*)*")
_NOT_SPEAKER = (r"(?!(?:i|i'd|i'm|i've|we|we'd|we're|we've|me|us|you|it|it's|this|that|there|there's|what|which|who|"
                r"nothing|everything|everyone|anyone|one)\b)")
_NOUN_WORD = r"(?!(?:i|me|my|we|us|our|just|was|were|is|are|had|has|have|did|does|didn't|wasn't|weren't|doesn't|never)\b)[\w'-]+"
_SUBJECT = "|".join((
    r"(?:he|she|they)\b",
    r"(?:the|our|their|his|her|my|its|a|an|two|three|some|most|half|both|all|none)\b(?: of (?:the|our|my|their|them))?"
    r"(?: " + _NOUN_WORD + r"){1,4}?",
    r"(?:marketing|sales|product|engineering|finance|procurement|legal|management|leadership|it|hr|qa|ops|operations|"
    r"head office|pharmacy|security|support|compliance|platform|design|nobody)\b",
))
_NEGATED = (r"(?:wasn't|weren't|isn't|aren't|didn't|doesn't|don't|hadn't|haven't|hasn't|couldn't|wouldn't|won't|was not|"
            r"were not|did not|does not|had not|is not|are not|never)")
# not a passive ("wasn't told", "wasn't caught"), which hides the agent, nor a state of the person ("wasn't allergic"),
# nor what something is not ("the ban wasn't the mistake")
_NOT_AN_ACT = (r"(?! (?:\w+ed|been|given|told|shown|sent|done|made|seen|taken|known|caught|found|spotted|read|written|kept|left|"
               r"built|brought|run|allergic|happy|pleased|hurt|harmed|injured|sure|aware|the|a|an)\b)")
_VERDICT = (r"(?:is|was|are|were|'s|'re)(?: (?:very|really|so|too|quite|a bit|always|just|completely|totally|way|pretty|"
            r"super|extremely|notoriously|still|also))* (?:slow|late|wrong|out of date|outdated|broken|faulty|useless|"
            r"incomplete|unclear|vague|behind|understaffed|overloaded|unrealistic|unstable|congested|too optimistic|"
            r"on the \w+ side|not (?:competitive|clear|"
            r"ready|there|available|working|finished|accurate|right|correct))\b")
_REPEATED_OR_LIMITED = (
    r"(?:kept|keeps|keep) \w+ing\b|changed (?:[\w'-]+ ){0,3}(?:twice|again|(?:two|three|four|five|several|many|\d+) times)|"
    r"took (?:their|his|her|its) time|(?:set|put|pushed|priced|progressed) (?:[\w'-]+ ){0,4}too (?:high|low|early|late|"
    r"tight|fast|quickly|far)|only (?:\w+s|\w+ed)\b|(?:forgot|ignored|skipped|refused|pulled out|backed out|went quiet)\b|"
    r"repl(?:ied|ies) (?:\w+ ){0,3}once|"
    # a change imposed from outside: "leadership reprioritised the roadmap", "the supplier increased the lead time", "the
    # port had long delays"
    r"(?:re-?prioriti[sz]ed|deprioriti[sz]ed|increased|raised|cut|cancelled|canceled|switched|withdrew|postponed|delayed) "
    r"(?:the|our|their|its|my|a|an|\w+ing)\b|had (?:a |an )?(?:long |big |huge |major |serious |constant )?(?:delays|outages?|"
    r"problems|issues|shortages|lockdown|strike|shutdown|breakdown|fire|flood)\b"
)
_FAILING = (r"(?: (?:just|simply|really|even|also|still|always|notoriously|frankly|honestly|then|apparently|basically))*"
            r" (?:" + _NEGATED + _NOT_AN_ACT + "|" + _VERDICT + "|" + _REPEATED_OR_LIMITED + ")")
_OTHERS_FAIL = rx(r"(?:^|[,;:]\s*|\b(?:and|but|so|because|though|although|while)\s+)" + _LEAD + _NOT_SPEAKER
                          + "(" + _SUBJECT + ")" + _FAILING)


def failing_clauses(sentence: Sentence) -> list[tuple[Hit, bool]]:
    """Clauses of the sentence whose subject is someone or something other than the speaker, failing, each with whether
    its subject is a person: not a result ("so a couple of colleagues couldn't find it"), a state ("they didn't feel
    finished") or the people affected reacting. A thing of the speaker's own side ("our methodology guide was vague") is
    not someone else's."""
    out = []
    for m in _OTHERS_FAIL.finditer(sentence.low):
        hit = Hit(sentence, sentence.start + m.start(1), sentence.start + m.end())
        subject = m.group(1)
        person = re.match(r"(?:he|she|they|nobody)\b", subject) is not None
        person = person or structure.OTHERS_AGENT.fullmatch(subject) is not None
        if affected_reacting(hit) or (not person and re.match(r"(?:our|my)\b", subject)):
            continue
        if told_as_result(hit) or structure.STATIVE.match(sentence.low, m.end() + 1):
            continue
        out.append((hit, person))
    return out


_SETTING_OPENER = rx(r"\b(?:when|once|after|as soon as|by the time|the moment)\b[^,;]*$")
_SPEAKER_MAIN = rx(r"[^,;]*,\s*(?:so\s+|then\s+)?i\b")


def setting_for_own_act(hit: Hit) -> bool:
    """Someone else's act told as the time of the speaker's own ("when finance changed the refund process, I wrote a new
    reply"): the setting of what the speaker did, not the cause of the failure."""
    s = hit.sentence
    at = hit.start - s.start
    return _SETTING_OPENER.search(s.low[:at]) is not None and _SPEAKER_MAIN.match(s.low, at) is not None


def told_as_result(hit: Hit) -> bool:
    """The hit sits in a clause that states a result ("..., so half the team didn't show up on the real day"): the
    cost of the failure, not its cause."""
    s = hit.sentence
    before = s.low[: hit.start - s.start]
    clause = re.split(r"[,;:]", before)[-1]
    if re.search(r"(?:^|\s)(?:so|which meant|meaning|and so|as a result)\s+(?:\w+\s+){0,4}$", clause) is not None:
        return True
    # what others did on the speaker's own word: "I'd told people to wait, and they missed the window"
    return _SPEAKER_DIRECTIVE.search(before) is not None


_SPEAKER_DIRECTIVE = rx(r"\bi(?:'d| had)? (?:told|asked|advised|instructed|got|made) (?:[\w-]+ ){1,3}to\b[^.;]*"
                                r"\b(?:and|so)\s+$")
_SUPERLATIVE_HEAD = rx(r"\b(?:worst|biggest|dumbest|stupidest|silliest|costliest|most \w+)\b(?: [\w-]+){0,3}\s+"
                               r"(?:that\s+)?$")


def superlative_relative(hit: Hit) -> bool:
    """"the single worst decision anyone could have made": a superlative the speaker puts on their own act, not a claim
    that anyone would have done the same."""
    s = hit.sentence
    return _SUPERLATIVE_HEAD.search(s.low[: hit.start - s.start]) is not None

