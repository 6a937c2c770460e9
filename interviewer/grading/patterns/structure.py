"""Small general lexicons for sentence structure: fault, outcome, time frame, attribution, concession, stakes.

These name linguistic structures, not answers: what makes a first-person act a fault (negation, omission, an
error verb, a decision), what makes it only an outcome, when a present-tense habit is the old one, when a cliche
is someone else's words or is denied, when ownership concedes to blame, and which consequences carry stakes.
"""

from __future__ import annotations

from interviewer.grading.patterns.base import OTHERS_NOUN, lowered, phrases

# A first-person act is the cause of a failure when the sentence marks it as a fault: an omission or negation,
# an error or misjudgement verb, a decision or commitment verb, or the speaker's own evaluation of it.
FAULT = phrases(
    r"didn't|did not|never|hadn't|had not|wasn't|was not|without|failed to|forgot|forgotten|neglected|ignored|skipped",
    r"wrong|mistake|error|misread|mis\w+ed|under-?\w+ed|over(?:rode|ruled|committed|promised|looked|estimated)|"
    r"over-\w+ed|double-(?:booked|counted|charged|paid|posted|entered|ordered)",
    r"should(?:n't)? have|should'?ve|instead of|rather than|too (?:early|late|fast|soon|much|little|many|few|\w+ly)",
    r"assum\w*|rush\w*|guess\w*|let (?:\w+ ){0,4}(?:slip|slide|run|go|drift|happen|lapse)|put off|sat on|waved|brushed",
    r"decided|chose|chosen|opted|elected|picked|went (?:with|ahead)|approved|signed off|agreed|committed|promised|pushed|"
    r"made (?:the|a|my) (?:call|decision|choice|judgement call) to|"
    # left to the end: "I wrote the budget last, the night before the deadline"
    r"at the (?:very )?last minute|the (?:night|day|evening|morning) before (?:the |it was )?(?:deadline|due|submission)|"
    # a stand taken in a decision: "I argued against adding idempotency keys", "I vetoed it", "I said no"
    r"(?:insisted|argued (?:against|for)|vetoed|turned down|overrode|said no)",
    r"gambled|bet|left (?:\w+ ){0,3}(?:out|off|until|to)|held (?:\w+ ){0,3}back|kept (?:\w+ ){0,3}(?:quiet|to myself)",
    r"relied|trusted|dropped|delayed|postponed|waited|mixed up|muddled|confused",
    r"(?:took (?:it|them|his|her|their \w+) (?:at face value|on trust)|cut corners|cut the|held off)",
    r"only (?:checked|tested|looked|asked|read|did|ran|sent|counted|covered|used|had|by)|just (?:assumed|trusted|went)",
    # half of a duty done, the other half named as left out: "I tracked renewal dates but not notice windows"
    r"but not",
    # the act done knowingly, or on the speaker's own reasoning: "I saw the discrepancy and signed it anyway", "I ran it
    # with no spare patched, because I'd done that band a dozen times"
    r"(?:anyway|regardless|even though|despite|with no|because i(?:'d| had| was)? (?:\w+ )?(?:done|thought|figured|trusted|"
    r"assumed|sure|confident|knew|wanted|didn't want|liked|preferred))",
)
# An owned outcome is not a named decision: "I missed my target", "I lost the account".
OUTCOME = lowered(
    r"\bi(?:'d| had)? (?:\w+ly |ever )?(?:missed|failed|lost|blew|fell short of|didn't (?:hit|meet|make|reach|close|win|get)|did "
    r"not (?:hit|meet|make|reach|close|win|get)|came in (?:under|below|short of))\b(?:(?: \w+){0,4} (?:targets?|deadlines?|quotas?|"
    r"goals?|numbers?|budgets?|forecasts?|dates?|deals?|sales?|accounts?|clients?|exams?|tests?|kpis?|objectives?|slas?|plans?|"
    # ("it" and "that" only as the verb's own object: "I missed it", not "I missed the part about how it applied")
    r"projections?|figures?|milestones?)\b| (?:it|that)\b|(?=\s*(?:[,.;:!?]|$)))"
)
# Time frames that put a present-tense habit in the past: "back then I never wrote it down".
PAST_FRAME = phrases(
    r"back then", r"at the time", r"in those days", r"used to", r"before (?:that|this|then)", r"that (?:year|week|month|day|season)",
    r"back when", r"those (?:days|years|weeks)", r"until (?:then|that)", r"in the past", r"at that point", r"previously",
    r"(?:was|were) (?:always|never|usually|often)",
    # one occasion named: "one time I come late", "the day of the deadline I upload the documents"
    r"one (?:time|day|morning|afternoon|evening|night|shift|week)", r"the (?:day|night|morning|week|evening) (?:of|before|after) the",
)
# Time that runs from the failure to now: it turns a past frame into the present ("from that day, I ...").
SINCE_THEN = phrases(r"now|these days|nowadays|today|(?:ever )?since(?: then| that \w+)?|from (?:that|this|then) (?:day|point|moment|"
                     r"time|on)(?: on)?|to this day|going forward")
# Verbs of thought and feeling: "I still think about it" is no change in what the candidate does.
MENTAL = phrases(
    r"(?:think|thought|wonder|worry|regret|wish|feel|felt|remember|recall|replay|dwell|reflect|apologi[sz]e|hope|believe|know|"
    r"guess|suppose|imagine|care|mind|miss|doubt|cringe|blame myself|defy|dare|swear|bet|reckon)s?",
)
# A single act that repairs once, told as if it were the change: a report filed, an apology, a fix.
ONE_OFF = phrases(
    r"(?:incident|post-?mortem|write-?up|apology|apologies|email|report|note|fix|refund|credit|correction|retraction|"
    r"patch|hotfix|rollback|revert)s?",
)
# What makes a built thing last: a cadence, a rule, or a present use.
LASTING = phrases(
    r"every|each|always|whenever|any|all|weekly|daily|monthly|quarterly|standard|default|rule|routine|template|checklist|habit",
    r"permanent(?:ly)?|(?:we|i|they|the team) (?:still )?use",
    r"(?:now|still|since|ever since|going forward|from then on|to this day)",  # time that runs on to the present
)
# Someone else's words or a denied frame: "people usually say perfectionism", "I won't pretend it was a disaster".
DISOWNED = lowered(
    r"\b(?:people|everyone|everybody|most (?:people|candidates|folks)|candidates|they|you) (?:usually |often |always |tend to |"
    r"normally |probably )?(?:say|said|pick|choose|go (?:with|for)|talk about|answer|reach for|use|hear)\b"
    r"|\b(?:the )?(?:usual|standard|classic|typical|stock|cliche|cliched|textbook|canned) (?:answer|line|cliche|one|response)\b"
    # the cliché offered and turned down by the speaker: "I could say I learned the importance of communication, but ...",
    # "the easy answer would be ...", "I'm not going to tell you ...", or meant to be said and not said: "I was going to
    # say perfectionism, and then I thought, no"
    r"|\b(?:i could (?:just |easily )?(?:say|tell you|pretend)|the (?:easy|obvious|safe) answer (?:is|would be)|i(?:'m| am) not "
    r"going to (?:say|tell you|pretend)|i won't (?:say|pretend|tell you)|i was (?:going|gonna|about) to (?:say|go with|pick|"
    r"answer|tell you)|i (?:almost|nearly) said|my first (?:instinct|thought) was(?: to say)?)\b"
    # said by others, to the speaker or not: "people told me afterwards it could have been worse", "my manager said it
    # wasn't a big deal"
    r"|\b(?:people|someone|somebody|everyone|everybody|(?:my|our|the|his|her|their) (?:\w+ ){0,2}?[a-z]+|they|he|"
    r"she) (?:\w+ )?(?:told (?:me|us|him|her|them|everyone)|said(?: to me)?|says|kept telling me|reminded me|tried to tell me|"
    r"kept saying|reckoned|insisted)\b"
    r"|\b(?:instead of|rather than|not going to|won't|wouldn't|will not|would not|don't want to|am not going to|i'm not going to) "
    r"(?:\w+ ){0,3}(?:say|give you|call it|pretend|claim|use|tell you)\b"
    r"|\b(?:wasn't|was not|isn't|is not|not) (?:a|an|some|the) (?:\w+ )?$"
    r"|\b(?:not|never|nor) (?:that|a|an|some) (?:\w+ )?(?:kind of |sort of )?$"
    # a stock answer offered and set aside: "I could give you the perfectionism answer, but ..."
    r"|\b(?:could|might|would|was going to|was gonna|am going to|'m going to|'d) (?:just )?give you (?:the|a|an)\b"
    # how it looks, not what it was: "it sounds like a really small thing"; what the speaker believed then: "I thought
    # it was normal negotiation"
    r"|\b(?:sounds?|seems?|looks?|might sound|may sound|could sound|will sound) (?:like )?(?:a |an )?(?:\w+ )?$"
    r"|\b(?:i|we) (?:thought|assumed|believed|figured|told myself)(?: that)? (?:\w+ ){0,2}$"
)
# Ownership that concedes to someone else's failing: "it was on me, of course, though honestly the vendor never ...".
# "only" concedes at the head of a clause ("I'd have checked, only nobody told me"), not after a noun ("terms only").
CONCESSION = lowered(r"(?:\b(?:though|although|even though|but|except|however|that said|mind you)|(?:^|[,;:\u2014-] ?)only)\b"
                     r"(?:,? (?:honestly|"
                     r"really|frankly|to be fair|in fairness))?,?")
OTHERS_AGENT = phrases(OTHERS_NOUN, r"they|he|she|nobody|no one|no-one|everyone else|the others|whoever|someone|somebody",
                       r"(?:the|their|our|its) (?:[\w'-]+ ){0,2}(?:system|software|tool|platform|process|contractor|supplier)")
# A lesson or a change that someone else must make: "the takeaway was that product needs to get requirements in
# earlier", "the business learned it can't keep ...". A bare department name counts here, where it is the subject.
OTHERS_OBLIGED = lowered(
    r"\b(?:(?:my|our|the|their|his|her)\s+(?:[\w'-]+\s+){0,2}(?:manager|boss|leadership|management|business|company|"
    r"organi[sz]ation|firm|client|customer|vendor|supplier|agency|team|department|office|school|trust|board|"
    r"executives?|directors?|people)|they|he|she|product|management|leadership|sales|procurement|finance|hr|it|head office)"
    r"\s+(?:\w+\s+){0,2}?(?:needs? to|should(?:n't)?|has to|have to|must|ought to|(?:can't|cannot|can not) (?:keep|just|expect)|"
    r"(?:has |have |had )?(?:learned|learnt))\b"
)
# Someone else's duty stated beside the failure: "the senior engineer who was supposed to review my work", "I assumed
# they'd checked it like they're paid to".
OTHERS_DUTY = lowered(
    r"\b(?:(?:they|he|she|who)(?:'re| are| were| was| is| had been) (?:\w+ )?(?:paid|supposed|meant|employed|contracted) to\b"
    # ... or what they should have done: "where he should've been watching it", "the signal should have come from them"
    r"|(?:they|he|she|who)(?: really)? should(?:'ve| have) (?:been \w+ing|caught|checked|told|flagged|noticed|spotted|known|"
    r"warned|raised|surfaced)\b|should (?:really )?(?:have|'ve) come from (?:them|him|her|their \w+)\b)"
)
# The speaker's fault named as not having foreseen someone else's failing: "I should have known they'd underestimate,
# developers always do", "I should have known some of them would cut corners". The failing act foreseen is theirs.
FORESEEN_FAILING = lowered(
    r"\bshould(?:'ve| have) (?:known|realised|realized|guessed|expected|seen (?:it )?coming)(?: that)? (?:they|he|she|some of "
    r"them|one of them|[a-z]+s|the [a-z]+s?)(?:'d| would| were going to| was going to| might)\b"
)
# Verbs of liking and knowing: "people got sandwiches they didn't like" is no failing act of theirs.
# And verbs of seeming: "they didn't feel finished to me" describes the work, not someone's act.
STATIVE = phrases(r"(?:like|love|enjoy|want|mind|prefer|need|know|understand|notice|recogni[sz]e|care|agree|feel|seem|look|"
                  r"sound|appear)s?")
# Consequences that carry stakes: money, people affected, time lost, safety, law, a relationship, a deal.
STAKES = phrases(
    r"[$£€]\s?\d[\d,.]*(?:\s?(?:k|m|million|bn|billion))?", r"\d[\d,.]*\s?(?:%|percent|k\b|million|billion|thousand|hundred)",
    r"(?:\d[\d,.]*|a (?:dozen|hundred|thousand)|dozens|hundreds|thousands|several|many|(?:twen|thir|for|fif|six|seven|eigh|nine)ty"
    r"(?:[- ]\w+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|half (?:of )?(?:our|the|their))"
    r" (?:[\w-]+ ){0,2}(?:people|staff|children|users|customers|clients|patients|residents|pupils|students|families|guests|"
    r"passengers|participants|members|employees|workers|drivers|nurses|engineers|reps|teams|accounts|orders|invoices|payments|"
    r"appointments|bookings|shipments|deliveries|pallets|units|samples|tests|records|tickets|cases|claims|calls|sites|stores|shops|"
    r"branches|schools|sessions|shifts|days|weeks|months|hours|nights|years|jobs|roles|projects|contracts|deals)\b",
    r"revenue|profit|margin|budget|refunds?|penalt(?:y|ies)|fines?|money|invoic\w+|overpa\w+|underpa\w+|write-?off|£|\$|€|"
    r"compensation|euros?|dollars|quid|bucks|rupees|francs",
    # a count in hundreds or thousands said in words: "five thousand brochures", "nineteen hundred euros"
    r"(?:hundred|thousand|million)s? (?:[\w-]+ )?[a-z]+s",
    r"outages?|downtime|incidents?|data loss|breach(?:es|ed)?|recall(?:s|ed|ing)?|injur\w+|harm\w*|unsafe|safety|hospital\w*|"
    r"medication|dose|ambulance|crush|stampede|evacuat\w+|police",
    # a safety incident that was caught, and a drug's strength: "logged the near miss", "5 mg instead of 2.5 mg"
    r"near[- ]miss(?:es)?|\d+(?:\.\d+)? ?(?:mg|mcg|ml|units) (?:of |instead )",
    # a count in the thousands of anything: "3,000 tubes", "12,000 labels"
    r"\d{1,3}(?:,\d{3})+ (?:[\w-]+ )?[a-z]+s",
    r"patients?|residents|blood|unstable|deteriorat\w+|clinical|surgery|icu|infusion|allerg\w+|overdose|fall risk|ward",
    r"legal|lawsuit|tribunal|regulator\w*|complian\w+|audit\w*|inspection|licen[cs]e|contract\w*|deal|renewal|churn\w*",
    r"complain\w*|escalat\w+|reputation|lost (?:the|a|an|our|their|my|two|three) (?:\w+ )?(?:client|customer|account|deal|"
    r"contract|job|trust|confidence|sale|order|shipment|patient)s?|resign\w*|fired|let go|walked away",
)
CONSEQUENCES = phrases(
    r"customers?|clients?|patients?|residents?|pupils?|students?|families|passengers|users|the public|donors|members|tenants",
    r"costs?|costing|paid|pay|pric\w+|deadline|launch|release|delivery|go-?live|cut-?off|slot|schedule\w*|delayed|late|overdue",
    r"slipped|weeks? (?:late|behind)|trust|relationship|board|director|ceo|vp|partner|sponsor|investor\w*|court|press|published",
    r"\d+-(?:\w+)|couple|bride|groom|wedding|guests?|event|venue|audience|attendees|parents|child(?:ren)?|kids|visitors",
    # work that stopped
    r"(?:(?:production )?line|plant|machine\w*|equipment|shut ?down|stopp(?:ed|age)|halted|grounded|offline|down for|(?:was|were|"
    r"went|been) (?:\w+ )?down(?! to\b)|tickets|complaints)",
    r"rework|redo|re-?ran|reprint\w*|scrap\w*|wasted?|overtime|weekend|cancel\w*|postpon\w+|missed|lost|wrong|error\w*",
)
# Clearing oneself: the speaker says the failure could not have been theirs or anyone's to prevent.
EXCULPATION = phrases(
    r"(?:anyone|anybody|no one|nobody|no-one|no \w+) (?:else )?(?:could|would) (?:have|'ve) (?:\w+ ){0,3}(?:done|held|stopped|"
    r"prevented|caught|managed|saved|fixed|avoided)",
    r"(?:no one|nobody|no-one|no \w+) (?:can|could) (?:\w+ ){0,2}(?:catch|prevent|stop|spot|predict|foresee|plan for|see)",
    r"(?:there was|there's|there wasn't|there is) (?:nothing|not (?:a lot|much)) (?:more )?(?:I|anyone|anybody|we|you) (?:could|can)"
    r"(?: have)?(?: done| do)?",
    # fate in the trade: "the one thing you can't control", "that's basically how it goes", "such is the job"
    r"(?:(?:you|anyone|nobody|no one) (?:can't|cannot|can not|could never|can never) (?:really )?control\b|"
    r"(?:that's|it's|it was|that is) (?:just |basically |simply |really )?(?:how|the way) (?:it|things) (?:is|are|was|were|goes|go)"
    r"|(?:such is|that's) (?:life|the (?:job|trade|industry|business|game))\b)",
    r"(?:out of|beyond|outside) (?:my|your|our|anyone's|anybody's|everyone's) (?:hands|control)",
    # the fault denied: "it wasn't my call", "it was not really a failure of me"
    r"(?:(?:wasn't|was not|isn't|is not) (?:really |exactly |entirely )?(?:about|down to|on|my) (?:me|fault|call|doing|decision)|"
    r"(?:wasn't|was not|isn't|is not|not) (?:really |exactly |entirely )?(?:a |the )?(?:failure|fault|mistake|error) (?:of|by|from) "
    r"(?:me|my side|my part)\b)",
    r"(?:did|does|done) (?:its|my|our|their) (?:job|part|bit)",
    r"you can(?:'t| not| only)? (?:only )?(?:do|pull|check|work|control) (?:so much|what|with|faster|more than)",
    r"only so much (?:\w+ ){0,3}(?:anyone|anybody|one|you|I|we|a person|any \w+) (?:can|could)",
    r"(?:a )?(?:structural|system|systemic|process|timing|resourcing|capacity) (?:thing|issue|problem|failure)",
    r"my hands were tied|set (?:me|us) up to fail|(?:wasn't|was not|were not|weren't) (?:given|told|warned|trained|consulted)",
    # the means blamed, or anyone said to have failed the same: "I was working with what I was given", "anyone on that
    # site would've hit the same wall", "anyone would have missed it"
    r"(?:(?:with|working with|did (?:my best|what i could) with) (?:what|the [\w-]+(?: [\w-]+)?) (?:i|we) (?:was|were|had been) "
    r"(?:given|handed|dealt)|(?:anyone|anybody)(?: [\w-]+){0,3} (?:would|could)(?:'ve| have) (?:\w+ ){0,2}(?:missed|hit|done the "
    r"same|made the same|struggled|failed|been caught))",
    # the speaker's part told as the diligence anyone shows, or the failure as beyond anyone's foresight: "I merged on green
    # like anyone on the team would have", "I'd done everything you're supposed to do", "nothing I could have seen",
    # "there was no way to run the full suite", "nobody can plan for a cell like that"
    r"(?:like (?:anyone|anybody|everyone|everybody)(?: [\w-]+){0,3} (?:would|does|did)(?:'ve| have)?|(?:i'd|i had|i) (?:done|did) "
    r"(?:everything|all) (?:you're|you are|i was|we were|one is|you were) (?:supposed|meant|expected) to|nothing (?:i|anyone|we|you) "
    r"could (?:have |'ve )?(?:seen|known|spotted|caught|done|predicted|foreseen)|there was no way (?:to|of|i could|anyone could|we "
    r"could)|(?:nobody|no one|you) (?:can|could)(?:n't| not)? (?:plan|prepare|account) for|nothing (?:i|we) (?:had |'d )?done "
    r"(?:caused|triggered|led to) (?:it|this|that)|(?:it was|that was|it's|just|simply) (?:simply |just |plain |pure )?bad luck|the "
    r"(?:plan|call|decision|process) (?:itself )?was (?:sound|right|fine|reasonable)|(?:that's|it's|it was|that was) on (?:their|"
    r"his|her|the \w+'s) [\w-]+(?:, not| rather than)|(?:nobody|no one) (?:could have |would have )?(?:expected|predicted|"
    r"foreseen|seen) (?:it|that|this|gusts|a|the))",
    # compliance, trust or ignorance offered as the answer: "I followed the process", "I ran the samples the way the SOP
    # says", "you have to be able to trust the data you're given", "the information just wasn't available to me",
    # "procurement owned the supplier relationship, not me"
    r"(?:(?:wasn't|was not|weren't|were not) (?:\w+ )?available to (?:me|us)|(?:i|we) (?:didn't|did not) have the (?:information|"
    r"data|facts|full picture|numbers)|owned (?:the|that|this|it)(?: [\w-]+){0,3},? not me|(?:you|one|anyone) (?:have|has|need|needs|'ve got|got) to be able to trust|"
    r"(?:I|we) (?:followed|stuck to|went by|kept to) (?:the |our |every |all the |(?:the )?[\w-]+'s )?(?:[\w-]+ ){0,2}(?:process|"
    r"procedures?|sop|protocol|policy|rules|book|lists?|tables|guidance|spec|instructions)\b|(?:I|we) followed procedure|(?:the "
    r"way|exactly as|just as|everything) the (?:\w+ )?(?:sop|process|procedure|protocol|manual|policy|checklist) (?:says|said|asks|"
    r"asked|requires|required))",
)
# A cause outside the speaker named as the cause: "because of the reorg", "due to understaffing".
OUTSIDE_CAUSE = phrases(
    r"(?:because of|due to|thanks to|owing to|on account of|caused by|down to|blame (?:it )?on) (?:the |a |an |our |their |all the |"
    r"some )?(?:\w+ )?(?:reorg\w*|restructur\w+|market|economy|budget cuts?|cuts|understaffing|staff(?:ing)? shortages?|shortages?|"
    r"workload|extra (?:work|tasks|jobs)|rota|turnover|supplier|vendor|contractor|client|customer|management|leadership|weather|"
    r"pandemic|covid|timing|deadline|scope|requirements|changes|other teams?|\w+ team|sales|engineering|finance|(?<=the )it|hr)\b",
    # the causes announced as a list: "there were many reasons for this: ..."
    r"(?:there were|there are|there was) (?:many|several|a lot of|lots of|a few|multiple|a number of|so many|a bunch of) "
    r"(?:reasons|factors|causes|things going on)\b",
    r"(?:the )?(?:market|economy|reorg|restructure|budget|funding|demand|industry|sector|hiring|job market)\b(?: \w+){0,2} "
    r"(?:fell|dropped|collapsed|crashed|dried up|tanked|shifted|changed|froze|slowed|turned|fell off|went)\b",
    # handed a burden or a bad input by others: "handed three extra jobs", "given the wrong forecast by head office"
    r"(?:(?:we|i|they)(?: were| was|'d been| had been|'ve been| have been| got) (?:handed|given|landed with|saddled with|dumped "
    r"with|assigned) (?:\w+ ){0,3}(?:extra|more|another|three|two|four|additional)|(?:we|i|they)(?: were| was|'d been| had been|"
    r"'ve been| have been| got) (?:handed|given|landed with|saddled with|dumped with|assigned) [^,.;]{0,60}?on top of (?:my|our|"
    r"their|the) (?:own |normal |usual |regular |day |full )?(?:job|work|workload|role|duties|tasks|desk|caseload|accounts)|(?:given|handed|sent|told|supplied|provided|passed) (?:\w+ ){0,3}(?:wrong|bad|incorrect|outdated|"
    r"old|late|incomplete|broken|faulty)\b(?: \w+){0,6} by\b)",
    r"(?:we were|i was) (?:\w+ )?(?:two|three|four|\d+|a few|several) (?:\w+ )?(?:down|short)\b",
    # a resource that was not there, stated as the reason: "there wasn't time to get round every check"
    r"(?:there )?(?:wasn't|was no|were no|weren't|was not|were not) (?:enough |any )?(?:time|staff|people|budget|resources?|"
    r"capacity|cover|training)\b",
    # a constraint imposed on the work, told in the passive: "our test window was cut to nine days", "that was overruled",
    # "the onsite got rescheduled three times"
    r"(?:was|were|got|had been|'d been) (?:\w+ly )?(?:cut|slashed|halved|overruled|rescheduled|cancell?ed|pulled|shortened|"
    r"squeezed|compressed|brought forward|moved up)\b",
)
# Devices of belittling a person: mock praise, infantilising, dehumanising, and idioms of incompetence.
_METAPHOR = (r"(?:kindergarten|toddlers?|babies|children|kids|schoolkids|passengers|dead ?wood|dinosaurs?|sheep|robots|zombies|"
             r"furniture|clowns?|circus|cowboys?|muppets?|amateurs?|jokers?|headless chickens?|moaners|whingers|complainers|"
             r"clock-?watchers|pen-?pushers)")
BELITTLING = phrases(
    # mockery: praise meant as its opposite ("our genius of a director"), a trait measured against an object ("the
    # design sense of a parking ticket"), a group reduced to a type ("typical sales people, of course")
    r"(?:(?:genius|hero|prince|princess|saint|gem|wizard|mastermind|legend|rocket scientist|bright spark|charmer|einstein)s? of "
    r"(?:a|an) \w+|the (?:[\w-]+ )?(?:sense|brains?|charm|people skills|attention span|memory|work ethic|urgency|competence|"
    r"manners|patience) of (?:a|an) (?:[\w-]+ ){0,2}\w+|(?:typical|classic) (?:[\w-]+ ){0,2}(?:people|folks|types?|crowd|lot|"
    r"men|guys|bureaucrats|salespeople|managers|lawyers|consultants|developers|engineers|designers|accountants|clients|"
    r"customers|vendors|executives|millennials|boomers)(?= ?[,:.!]| of\b))",
    r"bless (?:him|her|them|his|her|their)",
    # people cast as children, objects or animals: "the rest were passengers", "like a kindergarten"
    # or named as such: "the dinosaurs in finance"
    # (not "a lot of children missed their bus", a count)
    r"(?:(?:(?:were|was|are|is)(?:,? [^,.]{1,25},)?|like|(?:a |an )?(?:bunch|pack|load|room|gang|herd) of|(?<!\ba )lot of) "
    r"(?:just |basically |"
    r"literally |a |an |the )?" + _METAPHOR + r"|the " + _METAPHOR + r" (?:in|at|from|over|on|who|down)\b)",
    # idioms of incompetence
    r"(?:(?:can't|cannot|couldn't|could not) (?:\w+ ){1,3}to save (?:his|her|their) li(?:fe|ves)|(?:no|not a|haven't a|hasn't a|"
    r"hadn't a) (?:clue|idea) what (?:he|she|they|the \w+) (?:was|were|is|are) doing|asleep at the wheel|out of (?:his|her|their) "
    r"depth|not the sharpest|babysit\w*)",
    # hyperbole about someone's competence: "couldn't forecast their way out of a paper bag", "can't count past
    # their fingers", "had never read a cash-flow forecast in his life"
    r"(?:couldn't|can't|could not|cannot) (?:\w+ ){0,3}(?:(?:their|his|her) way out of|past (?:their|his|her) fingers)|"
    r"(?<!\bi )(?<!\bi'd )(?<!\bwe )(?:had |has |have |'d |'ve )?never (?:[\w'-]+ ){1,5}in (?:his|her|their) (?:whole |entire )?li(?:fe|ves)",
    # a stance taken inside a remark about someone: "the CIO, who frankly ...", "front of house, who I'm convinced
    # ...", "the vendor, who, shocker, ...", "he, in his infinite wisdom, ...", "the bank staff were, let's say, ..."
    r"(?:who|whom),? (?:honestly|frankly|let's (?:just )?say|i'm convinced|shocker|naturally|of course|as usual|bless (?:him|"
    r"her|them))\b|in (?:his|her|their) infinite wisdom|(?:were|was|are|is),? let's (?:just )?say,? not",
    # people judged by litotes: "not exactly invested", "not the most organised bunch", "not so clever with numbers"
    r"(?:were|was|is|are) not (?:exactly |really |the most |so |very |that |particularly )(?:invested|organi[sz]ed|clever|"
    r"competent|reliable|bright|quick|motivated|switched on|on the ball)",
    # people judged by understatement with "exactly" ("our VP doesn't exactly read title bars", "not exactly in my
    # field"), or by an idiom of not doing their share or not knowing ("weren't pulling their weight", "had no idea of
    # their own numbers"), or cast as a type ("she's one of those customers")
    r"(?:(?:doesn't|don't|didn't) exactly|(?:isn't|wasn't|aren't|weren't|not) exactly (?:the|a|an|in)\b|(?:weren't|wasn't|aren't|"
    r"isn't|not) (?:\w+ )?pulling (?:their|his|her) (?:own )?weight|(?<!\bi )(?<!\bwe )(?:had|has|have) (?:absolutely )?no (?:idea|"
    r"clue) (?:of|about|how|what|where|when)|(?:is|was|are|were|'s|'re) one of those (?:\w+ )?(?:customers|clients|people|"
    r"managers|bosses|guys|types|characters|parents|patients|users|colleagues)(?= ?[,.;!?]| who\b))",
    # people named by a put-down: "a bunch of clock-watchers", "pencil-pushers", "whingers"
    r"(?:clock|pen|pencil)[- ](?:watchers?|pushers?)|whingers|slackers|freeloaders|muppets|numpties|cowboys|"
    r"headless chickens",
)
# A win at the close: the outcome turns good, or the speaker is rewarded.
WIN = phrases(
    # the relationship saved
    r"(?:stayed (?:with us|on as (?:a )?(?:client|customer)|a (?:client|customer))|(?:they|client|customer|account|contract) "
    r"(?:\w+ )?renewed|came back (?:to us|for more|the following \w+ and)|kept the (?:account|client|contract))",
    # the speaker rewarded: promoted, praised, given something bigger
    r"(?:I (?:was |got )?promoted|promoted me|my promotion|(?:praised|thanked|commended|recogni[sz]ed|singled out) (?:me|my)|"
    r"(?:got|was given|earned|received|won|landed|picked up|was offered|was handed) (?:a |an |the |my )?(?:[\w-]+ ){0,2}"
    r"(?:promotion|award|bonus|raise|title|lead role|seat|job|role|position|place on|spot on|invitation)|named (?:the |a |as )?"
    r"(?:top|best|star) [\w-]+|(?:I was|I got|got|was) (?:put|picked|chosen|asked|put forward|shortlisted) (?:\w+ ){0,3}(?:for|"
    r"to lead|on) (?:the |a |an )?"
    r"(?:next|bigger|big|new|flagship|[\w-]+ (?:manager|lead|director)) ?(?:[\w-]+ )?(?:project|role|job|account|position|team)?)",
    # the outcome better than ever, or held up as the model
    r"(?:best (?:[\w-]+ ){0,2}(?:ever|yet|she'd|he'd|they'd|we'd|I'd)|(?:a |our |my )record (?:[\w-]+ )?(?:quarter|year|month|"
    r"sales|numbers|night|week|day|turnover|revenue)|(?:biggest|largest) (?:deal|contract|account|win|order) (?:of|on|in) (?:the|my|our)|"
    r"(?:highest|top)-(?:rated|grossing|selling|scoring)|(?:exceed(?:ed|ing)|beat(?:ing)?|smash(?:ed|ing)|doubl(?:ed|ing)|"
    r"tripl(?:ed|ing)|surpass(?:ed|ing)) (?:the |our |my )?(?:\w+ )?(?:target|goal|number|forecast|quota)|"
    r"best (?:[\w-]+ ){0,4}(?:had|has|'d) (?:ever )?(?:had|seen|known)|one of (?:our|my|the) best [\w-]+|"
    r"(?:turned out|worked out|ended up|came out) (?:really |pretty |very |all )?(?:well|fine|great|brilliantly|for the best)|"
    r"(?:a|the) happy ending|(?:a|an) (?:really |very )?(?:positive|good|great) (?:experience|outcome) in the end|"
    r"(?:adopted|copied|rolled out|used|forwarded) (?:[\w-]+ ){0,4}(?:across|to every|by every)"
    r"|held up (?:\w+ ){0,6}as (?:the|a|an) (?:standard|model|example))",
    # the project rescued, or the failure turned to good
    r"(?:turned (?:it|things|the \w+) around|(?:shipped|launched|went live|delivered) (?:in|on|with) (?:the )?(?:next|following) "
    r"(?:release|sprint|version|week|month)|(?:(?:was|were) (?:\w+ )?(?:delighted|thrilled|impressed)|(?:loved|delighted|thrilled|impressed) (?:with|by) "
    r"(?:it|the|my|how))|worked out "
    r"(?:\w+ )?well|silver lining|came out of it (?:a |an )?(?:\w+ )?(?:better|stronger|more)|went on to win)",
)
CLOSING_TURN = phrases(
    r"in the end|ultimately|fortunately|luckily|thankfully|happily|eventually",
    r"(?:the good news|as it turned out|it all worked out|the following (?:year|quarter|month|release|week)|by the end|the upside|"
    r"on the bright side)",
)
# A failure with no stakes is told through minor consequences and small objects.
# How telling the story feels ("So this is, uh, this is a bit embarrassing.", "Okay, this one is painful to admit."): the
# candidate speaks of the telling, not to a grader (screen.py), and names no consequence of the failure (Signals.minor).
FEELING_OF_TELLING = lowered(r"\b(?:this|it|that)(?: one| story)?(?:'s| is)(?: (?:a bit|a little|kind of|quite|really|pretty|"
                             r"so|still|honestly|uh|um|,))* (?:embarrassing|awkward|painful|hard|difficult|uncomfortable|tough|"
                             r"not easy|humbling|a (?:painful|hard|tough|difficult|humbling|embarrassing) one)\b")
MINOR = phrases(
    r"embarrass\w*|awkward|laugh\w*|jok\w+|teas\w+|red-?faced|sheepish",
    # (a count's last word alone is not the count: "forty-five minutes" is not five)
    r"(?<!-)(?:a few|a couple of|two|three|five|ten|fifteen|twenty|\d+) minutes",
    # nothing came of it
    r"(?:no (?:real )?harm|(?:nobody|no one) (?:really )?(?:noticed|minded|cared)|quickly fixed|fixed it (?:in|within) (?:minutes|"
    r"seconds))",
    r"cake|coffee|snacks?|sandwich\w*|lunch|biscuits|stationery|fonts?|colou?rs?|slides?|typos?|rsvp|calendar|birthday|party|"
    r"drinks|social|raffle|newsletter|mug|badges?|rota|folder",
    r"(?:sign-?up sheet|spreadsheet tab|internal (?:email|slide|deck|memo))",
)
# Shrinking by comparison: the failure set against something bigger, worse or more.
COMPARISON = phrases(
    r"(?:nothing|small|minor|little|tiny|trivial|not much|not a lot|peanuts|a drop) (?:\w+ ){0,3}(?:compared|next|relative) (?:to|with)",
    r"(?:compared|next|relative) (?:to|with) (?:\w+ ){0,6}(?:worse|bigger|larger|real|proper|serious|what (?:\w+ ){0,3}(?:seen|heard|happens))",
    # ... the worse case first and the failure called small after it: "compared to what happened at our other site,
    # it was honestly a drop in the ocean", "compared to some companies that were down for hours we were actually fine"
    r"(?:compared|next|relative) (?:to|with) [^.;]{0,100}?,? (?:it|this|that|ours|we|mine) (?:was|were|is|are) (?:honestly |actually |"
    r"really |basically |just |still )?(?:nothing|fine|ok|okay|minor|small|tiny|trivial|a drop|a blip|a hiccup|nothing much)\b",
    # set against a bigger whole, or against what could have happened
    r"(?:(?:against|out of|in|over) (?:a |an |the )?(?:whole |full |entire |good |busy |record )?(?:year|quarter|month|season|total|"
    r"budget|volume|pipeline|caseload|book) (?:of|with)|(?:could|might|would) (?:easily )?have been (?:\w+ )?worse)",
    r"(?:(?:it's|it was|it wasn't|it isn't) not|(?:wasn't|isn't|was not|is not)) (?:like|as if) (?:\w+ ){0,4}"
    r"(?:struck|lost|died|fired|closed|sued|collapsed|went down|fell apart|went under|blew up|sank|the end)",
    r"(?:worse|bigger|real|proper) (?:ones?|failures?|disasters?|outages?|mistakes?|errors?|sends?) (?:\w+ ){0,3}(?:elsewhere|out there|"
    r"at other|I've seen|we've seen|other (?:teams|firms|companies|people))",
    r"(?:only|just|maybe|barely|merely|at most) (?:a |one )?(?:handful|few|couple|fraction|small (?:number|share|part))",
    # a frame that sets it against a standard or a whole, then shrinks it: "by construction standards that's small
    # change", "in perspective, four is a tiny slice"
    r"(?:by (?:\w+ ){0,2}standards|in perspective|in context|(?:put|putting) (?:it|that|this|things) (?:in|into) perspective|"
    r"(?:compared|next|relative) (?:to|with)|by comparison|(?:it's|it is|it was|it wasn't|it isn't) (?:not )?like)"
    # the rest of the sentence, however long the comparison: "next to a send with the wrong prices in it, which I've
    # watched happen elsewhere, an email to the wrong segment is pretty mild"
    r"[^.!?]{0,160}?(?:\b(?:small|minor|tiny|little|nothing|mild|peanuts|trivial|lightly|a (?:blip|footnote|slice|fraction))|"
    r"(?:\bnot|n't) (?:really |even )?in the same (?:category|league|ballpark|class))\b",
    # others had it worse, or it only looks bad: "people I know have had far worse", "it sounds worse than it was"
    r"(?:(?:have|has|had|'ve) (?:had|seen|done|made|lost|suffered) (?:far |much |way |a lot |even )?worse|(?:sounds?|looks?|"
    r"seems?|seemed|looked|sounded) (?:\w+ )?worse than it (?:was|is)|(?:it's|it is|it was|that's|that was) nothing like)",
    r"(?:wasn't|was not|isn't|is not|not) (?:that|so|too|all that|really that) (?:bad|serious|big|costly|terrible|dramatic|"
    r"damaging)",
    # the harm shrunk in the speaker's own words, one alternative: its reach restricted by "only", with the failure or
    # its effect as the subject, not the speaker ("it only affected a couple of people", "the post was only up for an
    # hour"; "I only tested one browser" names the fault instead); others who did worse ("plenty of bigger brands did
    # worse that day"); the failure every newcomer makes ("the kind of thing every grad does in their first year"); the
    # bottom line drawn as no one harmed ("at the end of the day nobody was hurt")
    r"(?:(?:\bit|that|this|the (?:\w+ )?(?:outage|error|mistake|problem|issue|impact|damage|delay|post|email|page|bug|glitch|"
    r"downtime|disruption)) (?:\w+ly )?(?:only|just|merely) (?:\w+ly )?(?:affected|hit|touched|cost|lasted|delayed|set (?:us|them|"
    r"me) back|(?:was|were) (?:up|down|out|live|offline|wrong|late) for) (?:about |around |maybe |roughly )?(?:a (?:couple|few|"
    r"handful|day|minute|morning|week)|an? (?:hour|afternoon|evening)|one|two|three|four|five|\d+)\b"
    r"|(?:others|other \w+|plenty of \w+(?: \w+)?|most \w+|lots of \w+|a lot of \w+|everyone else) (?:did|do|have done|had it|"
    r"got it|fared) (?:\w+ )?worse"
    r"|(?:every|any|most) (?:new |junior |young |first-year )?\w+ (?:\w+ ){0,2}(?:does|makes|gets|did|made) (?:\w+ ){0,3}in "
    r"(?:their|his|her) first (?:year|month|job|role|few)"
    r"|(?:at the end of the day|when all'?s said and done|all in all|bottom line),? (?:nobody|no one|no-one|no patient|"
    r"no customer|no one really) (?:was|got) (?:actually |really )?(?:hurt|harmed|injured))",
)
# The failure told with no agent: a negated passive ("the log wasn't checked"), or a passive of losing or dropping.
AGENTLESS = lowered(
    r"\b(?:wasn't|weren't|was not|were not|hadn't been|had not been|never got|didn't get|did not get|wasn't ever|was never|were never|"
    r"ended up not (?:being|getting))(?: being)?"
    r" (?:\w+ly )?(?:(?!(?:thrilled|pleased|impressed|amused|interested|bothered|convinced|surprised|worried|concerned|prepared|"
    r"qualified|allowed|supposed|used|related|involved|based|harmed|hurt|injured|affected|damaged|impacted|charged|fined|sued|"
    r"tired|bored|excited|scared|annoyed|shocked|satisfied|happy)\b)\w+ed|done|sent|paid|seen|made|set|put|run|read|built|kept|told|taken|given|written|caught|brought|"
    r"switched (?:back )?on|picked up|followed up|passed on|handed over|signed)\b"
    r"|(?<!nothing )(?<!none )\b(?:got|get|gets|went|was|were) (?:\w+ly )?(?:lost|dropped|mixed up|missed|muted|deleted|overwritten|"
    r"misplaced|forgotten|overlooked|skipped|left (?:out|off|behind)|mislaid|swapped)\b"
    # the act told as something that never moved by itself: "the response never went in"
    r"|\b(?:never (?:went|got)|(?:didn't|did not|hadn't|had not) (?:go|gone|get|got)) (?:in|out|through|off|back)\b"
    # a piece of work that left with its defect and no one who sent it: "the offer letter went out with last year's band"
    r"|\b(?:went out|went live|shipped|got (?:sent|published|released|printed|issued)|(?:was|were) (?:sent out|published|"
    r"released|issued|printed)) with (?:(?:the|a|an|our|their) )?(?:(?:about|around|some|several|\w+) )?(?:wrong|old|"
    r"outdated|expired|broken|missing|untranslated|incorrect|last (?:year|month|week)'s|errors?|mistakes?|typos?|"
    r"ambiguit(?:y|ies))\b"
)
# The failing act in the passive, its agent left out, read by its form: a participle after "was"/"got" in a clause that
# says what was wrong with the act ("was submitted three days late", "the wrong blue got used", "was done twice",
# "were sent to dock 14 instead of dock 4"). The clause must hold no "by" agent and no first person (checked in
# signals.py).
PASSIVE_ACT = lowered(
    # an outcome with no one in it: "the label ended up with double the dose on it"
    r"\bended up (?:not )?(?:with|being|going|in|on|at)\b|"
    r"\b(?:was|were|got|had been|has been|have been|gets|get)\s+(?:\w+ly\s+)?(?:(?!(?:involved|based|related|supposed|used to|"
    r"allowed|concerned|interested|surprised|worried|pleased|tired|scheduled|expected|needed|required|designed|intended|"
    r"meant|staffed|qualified|prepared)\b)\w+ed|done|sent|made|put|run|set|"
    r"taken|written|shipped|paid|built|left|kept|read|seen|told|brought|sold|bought|cut|hit|shut|thrown|chosen|drawn)\b"
)
PASSIVE_WRONG = lowered(
    r"\b(?:late|wrong(?:ly)?|twice|double|instead of|incorrect(?:ly)?|too (?:late|early|soon)|by mistake|in error|"
    r"(?:without|with no) (?:a |an |the |any )?(?:[\w-]+ )?(?:check|checking|testing|test|review|sign-?off|approval|reading)|"
    r"unchecked|untested)\b"
)
# Excuses by justification: anyone would have done it, it was normal, it was reasonable then, it could never have
# worked, or the speaker announces the excuse themselves.
JUSTIFICATION = phrases(
    r"(?:(?:any|every|most) (?:reasonable|sensible|good|competent|other) [\w-]+ would(?: have)?|(?:anyone|anybody) (?:else )?"
    r"(?:in (?:that|my|the same) (?:seat|position|role|place|shoes|job) )?would have|"
    r"how everyone (?:\w+ ){0,3}did it|everyone (?:does|did) (?:it|that)|(?:standard|normal|common|accepted) practice)",
    r"(?:(?:a |the |an )?(?:reasonable|sensible|defensible|fair|justified|rational|logical) (?:call|decision|choice|assumption|"
    r"thing to do)(?: at the time)?|(?:was|were) never going to (?:cover|manage|catch|handle|work|be enough|be able))",
    r"(?:(?:i know|i realise|i realize) (?:this|it|that) (?:will |might |may |could )?sounds? like an excuse|for what it'?s worth|"
    r"in (?:all )?fairness to (?:me|myself))",
    # the excuse as a question or a verdict on itself: "what was I meant to do, run it twice?", "you want me to open every
    # wall first?", "it's kind of understandable how it happened", "there's no teller alive who'd have spotted it"
    r"(?:what (?:else )?(?:can|could|was|am|were|should) (?:i|we) (?:supposed to |meant to |expected to |have )?(?:do|done)\b|"
    r"(?:you|they) (?:want|wanted|expect|expected) me to (?:\w+ ){1,6}?(?:first|every|all|myself)\b|(?:it's|it is|it was|that's) "
    r"(?:kind of |sort of |pretty |quite |totally |completely )?understandable|(?:no|not a|not one) [\w-]+ (?:alive |anywhere |on "
    r"earth )?(?:who|that)(?:'d| would| could) (?:have|'ve) (?:spotted|caught|noticed|seen|prevented|stopped))",
)

# The cause named outright: "the root cause, honestly, was that QA had been cut", "the problem is really the late
# delivery", "the mistake is coming from the protocol". Whose it is is read from the clause that follows (roles.py).
CAUSE_NAMED = lowered(
    # "the" only: "my mistake was ..." and "our failure was ..." name the speaker's own, "that failure is a teacher" no cause
    r"\bthe (?:(?:real|main|actual|root|biggest|underlying|core|whole|only|honest|true|simple) )?(?:problem|issue|cause|reason|"
    r"mistake|error|failure|trouble|gap|flaw|culprit|breakdown|fault|weak (?:point|link|spot))s?(?:,? (?:honestly|really|frankly|"
    r"though|if i'm honest|to be honest|in the end),?)? "
    # ... with what it explains between: "the real reason it went wrong is the driver"
    r"(?:(?:that |why )?(?:it|this|things|everything|the \w+) (?:went wrong|failed|happened|broke down|fell apart|slipped) )?"
    r"(?:is|was|were|are|came|comes|is coming|was coming|lay|lies)(?: really| honestly| actually| just| mainly| mostly)? "
    r"(?:from |with |down to |in |that |the |a |an |their |his |her |its "
    # "the failure was on the supplier's side", "the problem was on them": placed, not dated ("on the Friday")
    r"|on (?=(?:the |their |his |her |its )?[\w-]+(?:'s)? (?:side|end|part)\b|them\b|him\b|her\b))"
)
# A cause pointed back at: "... the technician, because that's really where the error came from".
CAUSE_POINTED = lowered(
    r"\b(?:that's|that is|which is|which was|this is|that was|it's|it was) (?:really |actually |honestly |exactly |basically |"
    r"just )?where (?:it|things|the \w+|everything) (?:went wrong|came from|started|broke down|fell apart|fell down)"
)
# Someone else's act named as the one that would have prevented it: "if he'd tested partial refunds it would've been
# caught", "if they'd done their part, Monday would have been fine". (The speaker's own "if I'd checked" owns it.)
CAUSE_COUNTERFACTUAL = lowered(
    r"\bif (?:he|she|they|(?:the|my|our|their) [\w-]+(?: [\w-]+)?)(?:'d| had) (?:just |actually |properly )?(?:\w+ed|done|given|"
    r"told|sent|taken|read|caught|kept|made)\b[^.;]{0,80}?\bwould(?:'ve| have|n't have| not have) (?:been (?:caught|fine|okay|"
    r"ok|avoided|prevented|spotted|noticed|on time|right)|happened|caught it)"
)
# The call or the job placed with someone else: "that was their forecast call", "the medical sheets are the office's job".
NOT_MINE = lowered(
    r"\b(?:was|is|were|are|that's|it's) (?:really |ultimately |honestly |actually )?(?:their|his|her|the [\w-]+'s|"
    r"(?!everyone's|everybody's|nobody's|no one's|anyone's|anybody's|someone's)[\w-]+'s) "
    r"(?:[\w-]+ ){0,2}(?:call|decision|job|responsibility|remit|fault|area|department|problem|doing)\b"
    # the cause named as the predicate of someone ("that fish supplier was the real problem"), or laid on them by the
    # idiom of responsibility ("the patch was broken, that's on them")
    r"|(?:\b(?:was|were|is|are) (?:really |honestly |actually |always )?the (?:real|main|actual|root|biggest|underlying) (?:problem|"
    r"issue|cause|reason|culprit)\b|\b(?:that's|that is|that was|it's|it is|it was|this is|this was) (?:all |entirely |squarely |"
    r"really |totally )?on (?:them|him|her|their (?:side|end|part))\b)"
)
