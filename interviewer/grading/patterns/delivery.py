"""Patterns for what the story shows: stakes, tone, disclosure, and attempts to steer the grader."""

from __future__ import annotations

from interviewer.grading.patterns.base import OTHERS_NOUN, lowered, phrases

TRIVIAL = phrases(
    r"typos?",
    r"(?:sent|emailed|forwarded|cc'?d|replied|posted)(?: \w+){0,5} (?:to|in) the wrong", r"reply[- ]all(?:ed)?",
    r"happy hour",  r"(?:misspell\w*|spelling (?:mistake|error))", r"wrong (?:font|color|colour|logo|date format)",
    r"(?:was|ran|showed up|arrived|logged on|joined) (?:a few|a couple of|two|five|ten|fifteen|\d+) minutes late",
    r"late to (?:a|the|one|an) (?:\w+ )?(?:meeting|standup|stand-up|call|sync)", r"(?<!-)(?:a few|a couple of|two|three|five|ten|fifteen|\d+) minutes late",
    r"(?:booked|reserved|used|printed|brought|opened) the wrong", r"spill(?:ed|t)",
    r"mislabell?ed (?:a|the|one) (?:\w+ )?(?:folder|file|tab|column)",
    r"(?:holiday|vacation|lunch|leave) (?:rota|schedule|calendar|spreadsheet)", r"(?:swapped|switched|mixed up) (?:\w+ ){0,3}(?:names|dates|weeks|slots|rooms)",
    r"(?:a bit|slightly|mildly|a little|bit) embarrass\w+",  r"(?:double|wrong)[- ]booked",
    r"calendar invite", r"forgot to (?:copy|put (?:in )?the|order)",
       r"office lights", r"birthday (?:card|collection)",  r"auto-?reply|out-of-office",
    r"(?:wrong|old|broken|outdated|previous year's|last year's) (?:link|url|page|map|photo|image|date|time|template)",
    r"(?:team|christmas|december|holiday|office) (?:party|drinks|lunch)",  r"(?:the )?(?:printer|stapler|"
    r"office plants?|birthday card|cake|potluck)", r"(?:wrong|old) version of (?:the|a|my) (?:slide|deck|agenda)",
    r"(?:missed|forgot) (?:a|the|my) (?:team )?(?:lunch|offsite photo|social|dinner|coffee chat)",
)
DRAMATIC = phrases(
    r"(?:total|complete|absolute|utter|unmitigated|epic|colossal|spectacular|massive|unbelievable) (?:\w+ )?(?:disaster|failure|"
    r"catastrophe|mess|train ?wreck|nightmare|fiasco|meltdown|fail|debacle|shambles|humiliation)",
    r"(?:completely|totally|utterly|absolutely|spectacularly|massively) (?:failed|blew it|ruined|destroyed|botched|bombed|"
    r"screwed up|messed up|imploded)",
    r"(?:the )?worst (?:thing|day|mistake|failure|moment|experience|week|project|decision|call)(?: \w+){0,4} (?:ever|of my "
    r"(?:\w+ )?(?:life|career|existence))", r"catastroph(?:e|ic|ically)",
    r"(?:everything|it all|the whole (?:thing|project|launch)) (?:just )?(?:fell apart|blew up|went up in flames|came crashing "
    r"down|imploded|collapsed|went to hell|exploded|went wrong)", r"(?:it|that|this|everything|(?:the|that|this) (?:whole |entire )?(?:thing|project|launch|week|day|rollout|quarter|month|"
    r"audit|release|night|conference|event|season|pitch|shift)) (?:was|became|turned into|felt like) "
    r"(?:\w+ )?(?:a |an |the )?(?:absolute |total |complete |living |full-blown |utter |real )?(?:nightmare|disaster|apocalypse|"
    r"shipwreck|inferno|carnage|armageddon|war ?zone|horror show|hellscape|freefall)", r"train ?wreck", r"dumpster fire",

    r"(?:a|an) (?:complete|total|utter|absolute) failure",  r"bloodbath", r"car crash", r"spectacularly",
    r"(?:darkest|lowest) (?:chapter|day|time|moment|period|point) of my (?:\w+ )?(?:life|career|existence)",
    r"(?:single )?most (?:horrifying|shameful|humiliating|terrifying|painful|devastating|catastrophic|mortifying) (?:\w+ )?(?:moment|day|morning|experience|thing|night)",
    r"imploded", r"unmitigated", r"flashed before my eyes", r"meltdown",
    r"(?:entire|whole) (?:existence|working life)", r"(?:beyond|past) (?:repair|saving)", r"the end of (?:my career|the world)",
)
EMOTION = phrases(
    r"(?:cried|crying|in tears|broke down|sobbed|sobbing|tearing up|teared up|a (?:\w+ )?(?:nervous )?breakdown|panic attacks?|"
    r"i (?:just )?fell apart)", r"felt (?:physically )?sick", r"lay awake",
     r"felt (?:absolutely |so |really |just )?(?:awful|terrible|horrible|dreadful|wretched)",
    r"(?:couldn't|could not|didn't|did not|barely|hardly|can't) (?:really )?(?:sleep|eat|breathe|stop shaking|stop thinking|"
    r"face (?:anyone|people|work))", r"sleepless",  r"(?:my|i had|i have|i get|i got|i felt|the) anxiety|anxiety attacks?",  r"depress(?:ed|ion)",
    r"therap(?:ist|y)", r"(?:felt|feel|feeling|(?<=\bi )was) (?:like )?(?:so |completely |totally |utterly )?(?:worthless|a failure|"
    r"a fraud|ashamed|humiliated|sick to my stomach|devastated|crushed|awful|terrible|like an idiot|useless|hopeless|"
    r"so stupid|broken|numb|physically sick|paralyzed|paralysed|small)", r"devastat\w+", r"heartbroken|heartbreak",
    r"humiliat\w+", r"mortified", r"(?:my (?:own )?(?:wife|husband|partner|family|kids|children|mom|mother|dad|father|spouse|girlfriend|boyfriend|marriage|"
    r"divorce))",
    r"(?:wanted|thought about|considered|nearly|almost) (?:to )?quit(?:ting)?", r"stomach (?:dropped|turned|churned|was in knots)",
    r"beat (?:myself|me) up", r"replay(?:ed|ing) (?:it|that|the)", r"(?:haunts|haunted) me", r"(?:shaking|shook|trembling)",
    r"(?:dread|dreaded|dreading)", r"spiral(?:led|ed|ing)", r"(?:cry|crying) in the (?:car|bathroom|stairwell)",
    r"(?:wasn't|was not) myself", r"(?:lost|losing) (?:sleep|weight|my confidence|confidence)",
    r"weeks? (?:afterwards? )?I (?:couldn't|could not|kept|would)", r"emotional(?:ly)? (?:wreck|drained|exhausted)",
)
CONFIDENTIAL = phrases(
    r"unreleased", r"(?:not|isn't|aren't|hasn't been|haven't been) (?:yet )?(?:public|announced|released|disclosed)(?! (?:by|until) (?:my|the) (?:previous|last|former))",

    r"(?:hasn't|haven't|has not|have not) (?:yet )?been (?:\w+ )?(?:announced|disclosed|released|reported|communicated|made public|shared)",
    r"outside (?:the |our )?(?:leadership|exec|executive|senior) (?:team|group)",
    r"internally,? (?:we(?:'re| are)?|it's|that's|the) (?:\w+ ){0,2}(?:booking|putting|put|calling|valuing|counting|estimating|at)",
    # secrecy markers
    r"(?:confidential|under (?:an )?NDA|internal[- ](?:numbers|figures|metrics|dashboard|data)|strictly (?:internal|private))",
    r"(?:don't|do not|please don't) (?:repeat|share|quote) (?:this|that)", r"off the record",
    r"not (?:supposed|allowed|meant) to (?:say|share|talk about|mention|disclose)",
    r"pre-?announcement",
    # information whose release is still ahead: it has not gone beyond an audience yet, or will not until a date
    r"(?:hasn't|haven't|has not|have not|isn't|aren't|wasn't) (?:\w+ ){0,2}?(?:gone|got|been|made it) (?:out|public|beyond|"
    r"outside|past|to (?:the )?(?:board|market|press|public|staff|investors|regulator))\b",
    r"(?:hasn't|haven't|has not|have not) (?:\w+ ){0,2}?(?:reported|told|shared|announced|said|disclosed) (?:\w+ ){0,2}?(?:outside|"
    r"beyond|publicly|to (?:the )?(?:board|market|press|public|staff|investors))\b",
    r"(?:won't|will not|wouldn't|can't) (?:be )?(?:go )?(?:public|announced|released|published|out|disclosed|reported)(?: \w+){0,3} "
    r"until\b",
    # asides asking the listener to keep it
    r"(?:keep|kept) (?:it|this|that) (?:in the room|between us|to yourself)", r"between you and me",
    # "between us" as an aside ("between us, the numbers were ..."), not work shared out ("we did the backups between us")
    r"(?:(?:just|strictly|only) |^|[,;:(] ?|- )between (?:us|ourselves)(?! and)",
)
PAST_EMPLOYER = phrases(r"(?:previous|former|last|old|earlier) (?:company|employer|job|firm|role|workplace|org)", r"used to work")
CURRENT_EMPLOYER = phrases(
    r"(?:at|in|with) my current (?:company|job|role|employer|team|org|organi[sz]ation|firm|client|workplace|position)",
    r"(?:my|our) current (?:company|employer|client|firm|org|organi[sz]ation)", r"where I (?:work|am) (?:now|today|currently)",
    r"(?:at|in) my (?:job|company|firm|team) (?:right )?now", r"(?:I|we) currently (?:work|am|are)",
    r"(?:this|last) (?:quarter|month|week)(?:,)? (?:we|our)",
)
SENSITIVE = phrases(
    r"[$£€]\s?\d[\d,.]*\s?(?:k|m|million|billion|bn)?", r"\d[\d,.]* (?:thousand|million|billion) (?:pounds|dollars|euros)",
    r"(?:our|the) (?:\w+ )?(?:clients?|customers?|accounts?|merchants?|partners?),? [a-z]+ [a-z]+,? and [a-z]+", r"\d+(?:\.\d+)?\s?(?:%|percent|million|billion)",
    r"(?:our|the|a) (?:largest|biggest|top|key|main|anchor|second-largest|flagship) (?:client|customer|account)s?,? [A-Z][\w&.-]+",
    r"(?:client|customer|account)s? (?:called|named) [A-Z]\w+", r"(?:revenue|margin|arr|mrr|burn|runway|churn|headcount|"
    r"valuation|bookings|pipeline) (?:is|was|of|at|numbers|figures|dropped|fell)",
)
NEGATIVE = phrases(
    r"idiots?", r"morons?", r"imbeciles?", r"clowns?", r"clueless", r"useless", r"lazy", r"hopeless", r"spineless",
    r"egotistical", r"toxic", r"dead ?weight", r"(?:dumb|stupid|pathetic|(?:is|was|are|were) a (?:complete |total |bit of a )?joke)", r"sloppy", r"(?<!got )(?<!get )(?<!gets )(?<!getting )checked out",
    r"couldn't care less", r"couldn't be bothered", r"a nightmare to work with", r"impossible to work with",
    # the stock idioms of someone's incompetence: "not the sharpest", "a real piece of work", "about as much use as a
    # chocolate teapot", "attention to detail has never been his strong suit", "you know the type", "our QA department,
    # and I use the word loosely"
    r"(?:not (?:exactly )?the (?:sharpest|brightest)(?: (?:tool|knife|spark|bulb|pencil))?|not exactly (?:a|the) (?:genius|rocket "
    r"scientist)|a (?:real |right )?piece of work|(?:about )?as much use as (?:a|an)|(?:never|not|[a-z]+n't) (?:really |exactly )?(?:been )?"
    r"(?:his|her|their) (?:strong (?:suit|point)|strength|forte)|not up to (?:it|the job|the task|scratch|much)|(?:not|[a-z]+n't|never) "
    r"(?:really )?pull(?:ing|ed)? (?:his|her|their) (?:own )?weight|asleep at the wheel|(?:not|[a-z]+n't|never) (?:\w+ )?on top of "
    r"(?:things|anything|much)|couldn't organi[sz]e (?:a|an)|you know the type|(?:doesn't|don't|didn't) have the (?:discipline|"
    r"attention span|brains)|i use (?:the|that|this) (?:word|term) (?:'[^']+' |\"[^\"]+\" |\w+ )?(?:very |quite |pretty )?(?:loosely|"
    r"generously))",
    r"a bully", r"bullied", r"control freak", r"trash", r"amateur(?:s|ish|\b(?! [a-z]))|amateur hour",
    r"(?:no|zero) (?:clue|idea) what (?:he|she|they) (?:was|were) doing",
    r"(?:one of those|the kind of|the sort of|the type of) \w+ who",
    r"(?:couldn't|can't|could not) \w+ (?:\w+ ){0,4}without (?:losing|breaking|messing)",
    r"(?:slowest|laziest|sloppiest|least \w+) \w+ (?:I've|I have) ever", r"that lot (?:in|at|from|over)",
    r"given up (?:years|long) ago",
    r"(?:the )?(?:sloppiest|laziest|least competent|most incompetent|most useless|most careless|most (?:disorgani[sz]ed|unreliable|"
    r"chaotic|clueless|arrogant|difficult|unprofessional|lazy))(?: \w+){0,2} (?:I've|I have) ever",
    # a good quality denied to a person ("he's not a warm person", "they just weren't competent", "not very capable")
    r"(?:(?:he|she|they|who)(?:'s|'re| is| are| was| were) (?:just |honestly |frankly |really )?not|(?:he|she|they|who|teams|people) "
    r"(?:just |honestly |frankly |really )?(?:isn't|aren't|wasn't|weren't)) (?:a |an )?"
    r"(?:very |exactly |particularly |terribly |that )?(?:warm|kind|nice|competent|capable|professional|reliable|organi[sz]ed|"
    r"bright|good at (?:their|his|her) jobs?)(?: (?:person|man|woman|people|guy|lot|bunch|manager|boss))?\b",
    r"to put it (?:politely|mildly|kindly|charitably)",
    r"(?:the|a) (?:sort|kind|type) of (?:person|manager|boss|man|woman|guy|people|lead|client|editor) who",
    r"(?:treats|treated|treat) (?:(?:\w+ ){0,2}like|(?:\w+ ){0,3}as (?:a |an |more of a |some )?(?:sort of |kind of )?(?:rough |"
    r"mere |opening )?(?:suggestions?|optional|beneath them|afterthoughts?|formality|offers?|guidelines?|wish ?lists?))", r"box-ticker", r"bean-counter", r"jobsworth", r"hopeless",
    r"phoning it in", r"out of (?:his|her|their) depth", r"(?:wouldn't|won't|didn't) know \w+ if",
    r"not very bright", r"coasting", r"coasted", r"clowns",
    r"(?:terrible|awful|horrible|worst|bad|weak) (?:manager|boss|client|team|lead|leader|director|colleague|engineer|vendor|people|hire|communicator)",
    r"(?:dropped|drops) the ball (?:constantly|again|as usual|every time)", r"typical (?:of )?(?:him|her|them)",
    # a person called a disaster: "the exec producer was a nightmare", "she was a bit of a nightmare client"
    r"(?:he|she|they|" + OTHERS_NOUN + r")(?:,[^,]{1,30},| (?:who|that|i|we) [^,.]{1,25}?)? (?:was|is|were|are|could be|can be) (?:honestly |frankly |just |"
    r"genuinely )?(?:a |an )?(?:bit of a |real |total |complete |absolute |proper |kind of a |sort of a )?(?:nightmare|liability|menace|joke|"
    r"disaster|cowboy|loose cannon|waste of space|dinosaur)",
    # one lexical class: verdicts on someone's character or competence (the "evaluative adjectives about people")
    r"(?:rude|incompetent|inept|arrogant|indecisive|unprofessional|condescending|spiteful|two-faced)",
    # mockery of someone's ability, said by understatement or hyperbole, or a sarcastic title for the people in charge:
    # "not so clever with numbers", "couldn't book two appointments in a row without losing one", "thinks Excel is a
    # type of sherry", "our visionary CEO", "our wonderful senior management"
    r"(?:(?:not|[a-z]+n't) (?:so|very|exactly|the most|terribly|particularly|that|too) (?:clever|bright|sharp|smart|competent|"
    r"thorough|careful|reliable|diligent|organi[sz]ed|switched[- ]on|detail[- ]oriented|good with (?:numbers|details|people|"
    r"deadlines|email))|(?:couldn't|could not|can't|cannot) (?:\w+ ){1,7}without "
    r"(?:losing|breaking|forgetting|messing|dropping)|thinks? (?:\w+ ){1,2}is (?:a|an) (?:type|kind|sort) of|(?:our|the|my) "
    r"(?:wonderful|visionary|fearless|esteemed|beloved|genius) (?:senior |upper |executive )?(?:management|leadership|ceo|cto|cfo|"
    r"founders?|directors?|boss|vp|board|owner))",
    # an ironic simile or a sarcastic allowance: "about as organised as a bag of cats", "and I'm being generous calling
    # it a desk"
    r"(?:(?:about|roughly|just) as (?:organi[sz]ed|useful|reliable|helpful|responsive|quick|sharp|bright|competent|on the ball) "
    r"as an?|(?:i'm|i am) being (?:generous|kind|charitable) (?:calling|to call) (?:it|them|him|her|that))",
)
# A trait of unreliability said with a degree word ("the tier 2 lot are very unreliable", "pretty disorganised
# herself", "the lads were pretty lax about logging"), or a bad name ("that team was notorious for it"): whose trait
# it is decides (roles.trait_of_others), since "I was very careless with it" is the speaker's own fault.
PEOPLE_TRAIT_CUES = ("disorgani", "unreliable", "lax", "careless", "flaky", "chaotic", "slapdash", "unresponsive", "slack",
                     "lazy", "rigid", "stubborn", "territorial", "useless", "hopeless", "sloppy", "clueless", "disinterested",
                     "checked out", "notorious", "always", "mess", "shambles", "work with")
PEOPLE_TRAIT = phrases(
    r"(?:(?:very|pretty|really|so|quite|always|notoriously|famously|painfully|incredibly|hopelessly|chronically|super|extremely|"
    r"terribly|a bit|a little|kind of|kinda|totally|completely|utterly) (?:disorgani[sz]ed|unreliable|lax|careless|flaky|"
    r"chaotic|slapdash|unresponsive|slack|lazy|rigid|stubborn|territorial|useless|hopeless|sloppy|clueless|disinterested|"
    r"checked out)|notorious for|always (?:shouting|complaining|moaning|whining|late|off sick|on (?:their|his|her) phones?)|"
    # a person's work called a mess, or someone no one can work with: "her specs were honestly a mess"
    r"(?:honestly |frankly |just |always )?a (?:complete |total |real |bit of a |right )?(?:mess|shambles)|(?:nobody|no one|no-one) "
    r"(?:can|could) work (?:properly |well )?with)"
)
# A sneer at a group's known failing: "IT, being IT, closed the ticket", "you know what hospital IT are like",
# "Ops, as usual, took three weeks", "turns up, as they do", "let's face it, they don't", "I'm not sure what they're
# for". Whose failing it is decides (roles.sneer_at_others): "I did the checks as usual" is the speaker's routine.
SNEER_CUES = (", being ", "you know what", "as usual", "as always", "as ever", "per usual", "as they", "as he", "as she",
              "let's face", "let's be honest", " for")
SNEER = lowered(
    r"\b(?:(\w+), being \1\b|you know what (?:\w+ ){0,3}(?:are|is) like\b|as (?:usual|always|ever|per usual)\b|as (?:they|he|she) "
    r"(?:always )?(?:do|does)\b|let's (?:face it|be honest),? (?:they|he|she)\b|(?:not sure|no idea|wonder) what (?:they're|they are|"
    r"he's|she's|he is|she is) (?:even |actually )?for\b)"
)
NEGATIVE_TARGET = phrases(OTHERS_NOUN, r"(?:he|she|they)(?:['’](?:s|re|d|ve|ll))?|them|him|her|his|their|people|everyone|the rest|others|the others",
                          r"(?:most|half|some|all|none|two|three) of them|guys|lads|folks|guy|bloke|lad|fella|chap",
                          # a noun taking "who" is a person, whatever the noun: "the lad who did the job", "our CIO, who"
                          r"(?!(?:i|we|us|me|you|those of us|anyone|someone|one)\b)[a-z]+,? who")
