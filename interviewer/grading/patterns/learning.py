"""Patterns for the learning side: a specific change, platitudes, hedging and rescue pivots."""

from __future__ import annotations

from interviewer.grading.patterns.base import lowered, phrases

_IRREGULAR_PAST = "|".join(
    w + r"\b"
    for w in ["rebuilt", "built", "dealt", "felt", "spelt", "slept", "kept", "swept", "wept", "crept", "meant", "sent", "spent", "lent", "bent", "went", "taught", "bought", "thought", "caught", "brought", "fought", "sought", "drove", "wrote", "rewrote", "spoke", "broke", "chose", "rose", "froze", "stole", "woke", "wore", "tore", "swore", "bore", "shook", "took", "ran", "began", "swam", "sang", "rang", "drank", "sank", "came", "became", "overcame", "gave", "forgave", "ate", "sat", "met", "led", "fed", "fled", "sped", "read", "heard", "said", "paid", "laid", "made", "had", "did", "told", "sold", "held", "found", "bound", "stood", "understood", "hung", "struck", "stuck", "dug", "won", "spun", "flew", "drew", "grew", "knew", "threw", "blew", "saw", "fell", "forgot", "got", "shot", "lit", "hid", "bit", "slid", "quit", "hit", "cut", "put", "set", "let", "shut", "split", "spread", "cost", "hurt", "burst", "bid", "outbid", "underbid", "overbid", "bet", "upset", "forecast", "broadcast", "cast", "fit", "overrode", "undertook", "mistook"]
)
IRREGULAR_PAST = _IRREGULAR_PAST
# "It depends on the situation" hedges; "the calendar it depends on" or "depends on the supplier's feed" is a fact.
_VAGUE_DEPENDENCY = (r"(?:(?! on\b)| on (?:the |what |how |who |whether |when )?(?:situation|circumstances?|context|day|case|person|"
                     r"people|happens|you|it|a lot|lots of things|many things|things))")
# A sentence that announces what the candidate does now (or, in a follow-up, would do).
# Verbs of attitude, knowing and saying: "I don't want to throw anyone under the bus", "I don't blame them" state a
# stance in the present, not a practice.
_ATTITUDE = (r"(?:really |actually |necessarily |personally )?(?:know|think|want|blame|mean|mind|remember|like|feel|believe|say|"
             r"see|care|understand|expect|recall|agree|wish|regret|hate|love|doubt|deny)\b")
CHANGE = phrases(
    r"(?:I|we) now", r"now,? (?:I|my|any|every|each|no|nobody|no one|nothing|all|before|whenever|when)",
    r"(?:these days|nowadays|today),? I",
    # a standing rule over every case after the change is announced: "now fresh batteries go in every transmitter"
    r"(?:now|since then|these days|nowadays),? (?!i\b|we\b)(?:[\w'-]+ ){1,6}(?:go|goes|get|gets|has|have|must|need|needs|require|"
    r"requires|carry|carries|come|comes|start|starts|go through|goes through) (?:[\w'-]+ ){0,4}(?:every|each|any|all)\b",
    r"(?:since then|ever since|from then on|from that (?:day|point|moment|night|shift)(?: on(?:wards)?)?|afterwards?|(?:after|since) "
    r"(?:that|this|the)(?: \w+){0,2}?),? "
    r"I(?:'ve| have)?",
    r"my (?:new |personal |own |standing |hard |first )?rules?",
    r"my (?:\w+ )?(?:practice|habit|routine|process|approach|standard|default) (?:now |these days |since then |today )?"
    r"(?:is|has been) (?:to|that)", r"I (?:always|never|only) (?!had\b|did\b|was\b|thought\b|meant\b|" + _IRREGULAR_PAST + r")\w+(?<!ed)\b",
    r"I made it a rule",
    r"(?:any(?:thing|one)?|every|each|all) (?:[\w'-]+[ -]){0,7}(?:now )?(?:requires?|needs?|gets?|goes through|has to|must|goes to)",
    # a rule over every case, told with "now" and a verb of the present: "every number in a proposal now carries a
    # comment", "no new ingredient reaches the line now until ..."
    r"(?:any|every|each|no) (?:[\w'-]+ ){0,9}now (?!that\b)\w+s\b|no (?:[\w-]+ ){1,5}\w+s (?:[\w-]+ ){0,5}(?:now )?(?:until|"
    r"without|unless)",
    r"no (?:\w+ ){1,4}(?:ships|goes (?:out|live)|launches|merges|gets (?:sent|signed|approved)) (?:until|without|unless)",
    r"(?:what|the thing) I (?:do|changed|now do) (?:differently|now)", r"what I changed(?: afterwards| since| after that)?:", r"I (?:do not|don't|won't|no longer) (?!" + _ATTITUDE + r")\w+",
    r"(?:what changed|the change) (?:is|was)(?: that)?:? I", r"(?:the|one) (?:rule|habit|practice|check) I (?:took|kept|follow|use|built|made|changed|adopted|started|formed)",
    r"I (?:still|now) (?:follow|use|keep|run|do)", r"(?:my|the way I) (?:\w+ ){0,3}(?:changed|look(?:s)? different|(?:is|are) different)",
    r"nothing (?:\w+ ){1,8}(?:unless|until|without)",
)
# A bare act in the present ("I check the dose against the chart", "I send the client a list"): a change only once
# the story has been told, as a habit is (before it, "I do all the ordering" describes the job). Verbs whose past
# is spelled the same ("set", "put", "read") count only beside a present marker (signals.py).
PRESENT_ACT = phrases(
    r"I (?:require|insist|block|schedule|book|keep|run|send|check|"
    r"ask|review|write|hold|share|set|put|bring|get|make|do|use|build|test|call|flag|log|track|pair|walk|read|plan|treat|"
    r"confirm|validate|verify|document|include|attach|add|map|compare|pull|measure|meet|hand)s?\b(?= (?:a|an|the|every|"
    r"each|any|all|two|three|at|my|our|one|it|them|up|out|in|on|with|before|after|within)\b)",
)
SAME_IN_THE_PAST = lowered(r"\bi (?:set|put|read|cut|hit|let|spread|shut|quit|bet)\b")
PRESENT_MARKER = lowered(
    r"\b(?:now|nowadays|these days|today|always|every|each|whenever|any time|anytime|since then|no longer|still|before (?:i|any|every|"
    r"each|a|the)|never)\b|\bi (?:do|don't|am|have|check|make|keep|ask|send|use|run)\b"
)
# Habitual present ("every Monday I go through ...", "any licence the role needs, I verify ..."): the
# form most real answers use for a standing change. Past-tense and mental verbs are excluded.
HABITUAL = lowered(
    r"\bI (?:always |never |now |still |also |first |personally |then |each time |automatically |\w+ly )?"
    r"(?!was\b|had\b|did\b|am\b|felt\b|could\b|would\b|should\b|might\b|must\b|couldn't\b|wouldn't\b|shouldn't\b|"
    r"mightn't\b|think\b|know\b|guess\b|mean\b|hope\b|"
    r"believe\b|remember\b|got\b|went\b|made\b|told\b|said\b|thought\b|knew\b|saw\b|took\b|gave\b|sent\b|wrote\b|"
    r"ran\b|kept\b|left\b|lost\b|found\b|built\b|set\b|put\b|let\b|cut\b|began\b|became\b|can\b|will\b|need\b|"
    r"want\b|like\b|love\b|feel\b|see\b|was\b|have\b|didn't\b|(?:don't|do not|never) " + _ATTITUDE + r"|wish\b|did\b|led\b|"
    r"met\b|spent\b|"
    r"sat\b|read\b|heard\b|held\b|paid\b|sold\b|brought\b|caught\b|taught\b|chose\b|forgot\b|bet\b|hit\b|"
    r"owned\b|realized\b|realised\b|learned\b|learnt\b|agreed\b|" + _IRREGULAR_PAST + r")"
    r"(?:[a-z]+(?<!ed)(?<!ly)|don't|do not|never|no longer)\b(?! to me)(?!-)",
)
# Creating something ("I built a checklist") is a change only once the failure has been told.
BUILT = phrases(
    r"I (?:then |also |immediately |afterwards |later )?(?:started|began|introduced|instituted|created|built|set up|added|wrote|"
    r"put in place|established|implemented|adopted|designed|drafted|proposed|switched to|changed (?:how|the way|my))",
)
# Asked what they would do, an answer given as steps: "Tell the partner the same day. Then send her the redline." (the
# engine reads it only in replies to "what would you do" and "what do you do now": grading/signals.py)
STEP = lowered(
    r"^(?:first,? |then,? |and |also |next,? |straight away,? |immediately,? )?(?:tell|send|call|phone|ring|email|check|"
    r"ask|escalate|flag|raise|stop|pause|book|confirm|verify|review|write|log|read|test|run|get|put|set|hand|walk|"
    r"double-check|cross-check|compare|document|loop in|bring in|block|hold|cancel|pull|roll back|message)\b"
    r"(?= (?:the|a|an|my|her|him|them|it|every|each|all|any|both|that|this|up|out|in|back|with|before|first)\b)"
)
CONDITIONAL_ACTION = phrases(
    r"I(?:'d| would| will|'ll) (?:first |immediately |also |then |still |absolutely |)(?!be |have |probably |maybe |"
    r"try |like |want |hope |say |think |need |guess )\w+",
    r"(?:the first thing|first,?|step one|today) I(?:'d| would|'ll| will)",
)
# What makes a change checkable: a cadence, a number or a concrete artefact (strong), or a trigger
# word (weak: "before", "any"), which counts only where the sentence is not itself a platitude.
_CADENCE = (
    r"every(?! ?(?:one|body|thing|where)\b)", r"each", r"within", r"at least", r"no later than", r"whenever", r"weekly", r"daily", r"monthly",
    r"quarterly", r"in writing", r"written",
)
_ARTEFACT = (
    r"\d+(?:\.\d+)?%?", r"one|two|three|four|five|six|seven|ten|twice",
    r"checklists?", r"templates?", r"spreadsheets?", r"logs?", r"docs?", r"documents?", r"reviews?", r"sign-?offs?",
    r"tests?", r"scripts?", r"alerts?", r"dashboards?", r"meetings?", r"calls?", r"slots?", r"1:1s?", r"recaps?",
    r"summar(?:y|ies)", r"memos?", r"tickets?", r"runbooks?", r"calendar", r"estimates?", r"snapshots?",
    r"rehearsals?", r"pilots?", r"audits?", r"rules?", r"steps?", r"owners?", r"deadlines?", r"reminders?",
    r"columns?", r"fields?", r"gates?", r"briefs?", r"plans?", r"criteria", r"scorecards?", r"questions?",
    r"emails?", r"notes?", r"sessions?", r"checks?", r"screenshots?", r"sandbox", r"tracker", r"trackers?",
    r"channel", r"board", r"standup", r"stand-up", r"specific", r"exact", r"named", r"signed", r"sign", r"trial",
    r"pilot", r"quota", r"date", r"dates", r"owner", r"limit", r"threshold", r"budget", r"buffer", r"contingency",
    r"metric", r"numbers?", r"report", r"retro", r"post-?mortem", r"handoff", r"hand-off", r"walkthrough", r"spec",
    r"estimate", r"forecast",
    # the things a rule is done with or checked against: "from the IT sheet", "the allergen button", "a symptom form"
    r"forms?", r"sheets?", r"labels?", r"lists?", r"registers?", r"records?", r"files?", r"folders?", r"cards?", r"tags?",
    r"charts?", r"buttons?", r"feeds?", r"photos?", r"drawings?", r"calculations?", r"invoices?", r"prescriptions?",
    r"eight|nine|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|half",
)
# What makes a change checkable: a cadence, a number or a concrete artefact (strong), or a trigger
# word (weak: "before", "any"), which counts only where the sentence is not itself a platitude.
CONCRETE = phrases(*_CADENCE, *_ARTEFACT)
ARTEFACT = phrases(*_ARTEFACT)
# A trigger names when the habit applies ("before any release", "until the client signs"); "always" or "never" alone
# ("I always double-check my work") names no occasion, so it makes nothing checkable.
TRIGGER = phrases(r"before", r"after", r"any", r"until", r"unless",
                  r"any(?:thing|one) (?:involving|over|above|under|with|that|from|in|on)",
                  r"(?:if|whenever|each time|every time) (?:a|an|the|any|someone|anyone|a \w+) (?!i\b)\w+",
                  # an occasion of the speaker's own work opening a rule told in the present: "now when I propose a change, I
                  # write ..." (not a clause after the fact: "it was perfect when I plated it")
                  r"^(?:(?:and |so )?(?:now|since then|these days|nowadays|today),? )?(?:when|whenever|each time|every time) i "
                  r"(?!\w+ed\b)(?!(?:was|were|had|did|saw|went|got|took|made|found|knew|"
                  r"thought|felt|came|told|said|heard|left|ran|sent|began|became|caught|brought|kept|lost|met|paid|put|read|"
                  r"set|spent|stood|understood|wrote|think|feel|look back|remember|realise|realize)\b)[a-z]+",
                  # an act the speaker no longer does without a named condition: "I never draw up a sedative without the vet
                  # initialling my calculation"
                  r"(?:never|don't|do not|won't|will not|no longer) (?:\w+ ){1,5}without (?:a|an|the|my|our|his|her|their|"
                  r"someone|two|\w+'s)",
                  # the old way named beside the new one: "I order off the same weekend last year, not off last week",
                  # "I phone the client instead of emailing"
                  r"(?:instead of|rather than) (?:\w+ing|the|a|an|my|our|by|from|off|on)|(?<=, )not (?:off|from|by|on|in|at|with|the|my|"
                  r"a|an|just|only)")
GENERIC = phrases(
    r"(?:the )?(?:importance|value|power|necessity) of (?:good |clear |better |open |strong |proper |honest |early |more )?"
    r"(?:communication|communicating|teamwork|planning|listening|collaboration|transparency|trust|preparation|being prepared|"
    r"attention to detail|feedback|documentation|time management|prioriti[sz]ation|checking|testing|asking (?:for help|"
    r"questions)|humility|patience|balance|boundaries|self-care|follow-through|relationships|empathy)",
    r"(?:learned|learnt|gained|took away) (?:a lot|so much|a great deal|tons|my lesson|a (?:really )?(?:valuable|important|"
    r"big|hard|tough|huge|great|key) lesson|(?:a lot|so much) from (?:it|that|this))",
    r"(?:to be|being|be|am|I'm|I am|became|become) (?:a lot |much |a bit |way |far )?more (?:careful|thorough|diligent|"
    r"organi[sz]ed|proactive|mindful|attentive|vigilant|patient|detail[- ]oriented|communicative|aware|open|humble|"
    r"intentional|thoughtful|prepared|cautious|disciplined|focused|collaborative|transparent)",

     r"trust (?:my|the|our) (?:team|gut|instincts?|colleagues|people)(?: more)?",
    r"(?:it|that|this|the experience) (?:really )?(?:taught|showed|reminded) me (?:a lot|so much|the (?:value|importance)|"
    r"that (?:communication|teamwork|planning|trust))",
    r"communication is (?:key|everything|crucial|so important|vital|critical)",
    r"(?:the )?(?:importance|value|power|necessity) of (?:\w+[ -]){0,2}(?:buy-in|alignment|communication|planning|trust|preparation)",
    r"(?:communication|planning|change management|preparation|documentation|trust|relationships|details|people|culture) "
    r"(?:really |truly |actually )?(?:matters?|is key|is everything|counts)", r"everything happens for a reason",
    r"(?:made|makes) me (?:a )?(?:stronger|better|wiser)(?! at\b)", r"(?:a|such a|great|huge) learning (?:experience|opportunity)",
    r"(?:always|never) give up",  r"grow(?:n|th)? as a (?:person|professional)",
    r"I try to (?:be|communicate|plan|stay|keep)", r"(?:learn|learning|learned) from (?:my|our) mistakes",
    r"(?:pay|paying) (?:more|closer) attention", r"(?:ask|asking) for help (?:sooner|earlier|more)",
    r"(?:keep|bear|have) (?:it|that|this) in mind", r"remind myself",  r"more rounded",
    r"on the same page", r"(?:everyone|everybody|all) (?:is |are |being )?aligned",
    # "more careful in general", not "buried in general contingency" (an adjective before its noun)
    r"in general(?=\s*(?:[,.;:!?)]|$|and\b|but\b|too\b|now\b))",
     r"good enough (?:really )?is good enough",

    r"(?:I'm|I am|I've become|I became) (?:a )?(?:lot |much |far |way |bit )?(?:more|better) (?:\w+ )?(?:listener|communicator|teacher|manager|"
    r"leader|person|balanced|conscientious|meticulous|organi[sz]ed|mindful|careful|aware|patient|empathetic|resilient|humble|present|"
    r"disciplined|proactive|diligent|rounded)", r"\w+ (?:are|is) everything",
      r"the (?:small|little) things (?:matter|count)",
    r"(?:the )?takeaway (?:for me )?(?:was|is) (?:about|that)",
      r"in the loop",
     r"more conscientious",

     r"bigger picture",
)
# A sentence that states a lesson or a change of self: generic unless it names something checkable.
LESSON = phrases(
    r"(?:taught|showed|reminded|made) me", r"(?:learned|learnt)", r"(?:the |my |big |biggest |main |key |real )?(?:lesson|takeaway)",
    r"what I (?:took|take|carry|came away with|learned)",  r"(?:it|that|the experience) (?:changed|shaped|grounded) (?:me|who|how)",
    r"drove home",  r"I carry", r"I (?:approach|value|respect|bring|hold myself)", r"I'm (?:\w+ )?(?:much |far |a lot |a good deal )?more",
     r"I became", r"I (?:\w+ly )?try to", r"I'd like to think", r"(?:a|much|far) (?:more|less) \w+ (?:person|leader|planner|manager|teacher|nurse|"
    r"engineer|reporter|marketer|professional)", r"mindset",   r"(?:open|different) (?:mind|heart)", r"lead with",

)
# "I don't know" said as a hedge stands on its own: at the start of a sentence or a clause, or after a filler ("and,
# honestly, I don't know"); after a noun it closes a relative clause whose object came first ("anywhere I don't know",
# "a road I didn't know"), which hedges nothing.
_SAID_ALOUD = "(?:^|(?<=[,;:.!?(-] )|" + "|".join(rf"(?<=\b{w} )" for w in (
    "and", "but", "so", "or", "um", "uh", "er", "well", "like", "just", "honestly", "honest", "really", "yeah", "mean", "guess",
    "think", "now", "then", "still", "frankly")) + ")"
HEDGING = phrases(
    r"(?:it's|it is|it was|that's|that is) (?:\w+ly |pretty |very |)(?:hard|difficult|tough|impossible) to (?:say|tell|know)",
    # both ways at once: "maybe more checks, maybe not", "I'd maybe look at canarying, maybe not"
    r"maybe\b[^.;?!]{0,60}?[,;] (?:or )?maybe not",

    r"(?:I'm|I am|I'm honestly|I'm really) not (?:really |totally |entirely |100% |)sure (?:what|that|if|whether|I(?:'d| would))",
    r"I (?:don't|do not) (?:really )?know (?:if|that|what|whether) (?:I|there's|anything|it|that|this|any|a)\b",
    r"I guess (?:I|we|maybe)(?:'d| would| could| might| should| (?:\w+ )?(?:could|would|might|should))", r"(?:maybe|perhaps|possibly) I (?:could|would|might|should)(?:'ve| have)?",
    r"I (?:might|could|may) (?:have |'ve )?(?:[^.;,?!]{0,40}?,? )?(?:maybe|possibly|perhaps)\b", r"might (?:have )?maybe", r"maybe possibly",
    _SAID_ALOUD + r"who knows", r"(?:probably |it |that )(?:all )?depends" + _VAGUE_DEPENDENCY, r"hindsight is",
     r"I (?:wouldn't|would not|don't think I'd|don't think I would) "
    r"(?:necessarily |really )?(?:change|do) (?:much|anything|a lot)(?: differently)?"
    # "I would not change anything that day / until I'd called them" is a deferral, a concrete commitment
    r"(?! (?:that|the same|on that|on the same) (?:day|afternoon|morning|night|week)| until| before| without| in the)",
    r"there's no (?:right|easy|clear|simple) answer", r"hard to pin down", r"(?:sort|kind) of (?:maybe|depends)",
    r"I'd (?:probably |maybe )?try to (?:maybe|somehow|just)", r"(?:probably|maybe) (?:just )?try (?:harder|to do better)",
    r"(?:who's|who is) to say", r"(?:I'd|I would) like to think", r"(?:maybe|perhaps|possibly) I(?:'d| would)", r"^(?:possibly|perhaps|maybe|probably|who knows)[.!?]?$",
    r"(?<!what )I'm (?:really |honestly |genuinely )?not sure (?:there's|there is|I'd|I would|it would|that)",
    r"(?:genuinely |really )?torn",
    # the speaker undecided ("I still go back and forth on it"), not talks that went to and fro ("a lot of back and forth
    # with the client about the date")
    r"(?:i|i'm|i've|i am|i have|i keep|i still|i went|i go|still|keep) (?:\w+ ){0,2}back and forth", r"part of me",
     r"(?<!what )I'm (?:really |honestly |genuinely )?not sure(?=[.;,]|$)", _SAID_ALOUD + r"I (?:really |honestly )?(?:don't|do not) know(?=[.;,]|$)(?!, (?:an? |about |like |\d|one |two |three |"
    r"four |five |ten |twenty |half ))",
    # (no easy answer to give; not a cliche named to be turned down, "the easy answer would be perfectionism")
    r"(?:no|not|never|[a-z]+n't)(?: [\w']+){0,4} (?:clean|right|simple|easy) answer",   r"take it from there",
      r"(?:I'd|I would) (?:probably |maybe )?(?:look at|think about) it",
    r"(?:I'd|I would) (?:probably |likely |honestly )?(?:run|do|handle|play|approach) it (?:much |pretty much |more or less |about |exactly )?the same",
    _SAID_ALOUD + r"(?:honestly,? )?I (?:don't|do not) (?:really )?know(?=[.!?]|$)", r"(?:hard|difficult|tough) to pin down",
    r"(?:I'm|I am) not (?:really |totally |entirely |100% |)sure (?:a|an|the|that|it|this|anything)",
)
RESCUE = phrases(
    r"best (?:\w+ ){0,2}(?:quarter|year|month|launch|release|result|results|numbers|quarter on record)"
    r"(?: \w+){0,4} (?:ever|on record|in (?:the )?(?:company's |company |team's )?history|we'd ever|we had ever|I've ever)",
    r"record[- ](?:breaking|high|quarter|year|numbers|revenue|month|sales)",
    r"turned (?:it|things|the (?:whole )?(?:\w+ )?(?:project|account|team|situation|quarter|launch|thing|business|relationship|"
    r"year|deal)) (?:all |completely |right )?around",
    # a superlative of success after the failure: "one of my strongest years", "the best they've ever been", "one of the
    # best-handled incidents she'd seen", "today they're my biggest client"
    r"(?:one of (?:my|our|the|their) (?:best|strongest|biggest|most successful)(?:-\w+)? (?:\w+ )?(?:years?|quarters?|months?|"
    r"seasons?|launches|incidents|releases|campaigns)|(?:best|strongest|highest)(?: [\w']+){0,2} (?:they|it|we)(?:'ve| have) ever "
    r"been|(?:best|smoothest|best-handled|most professional)(?:-\w+)?(?: \w+){0,2} (?:she|he|they)(?:'d| had)? (?:ever )?seen|"
    r"(?:they're|they are|it's|it is|they became|it became) (?:now )?(?:my|our) (?:biggest|largest|best|most loyal) "
    r"(?:client|customer|account|partner))",
    r"(?:I (?:got|was)|ended up|earned(?: a)?|received(?: a)?|landed(?: a)?) (?:\w+ )?promot(?:ed|ion)(?! \w+ (?:years?|months?) before)",
    r"promoted me|I (?:was |got |had been )?promoted", r"(?:praised|commended|applauded|lauded) (?:me|my|us|our|for|how)",
      r"fast-?tracked",

     r"kudos", r"pat on the back", r"standing ovation",
    r"(?:huge|massive|big|great|resounding|runaway|roaring|enormous) success",
    r"blessing in disguise", r"best thing that (?:ever |could (?:have |'ve )?)?(?:have )?happened",
    # the failure summed up as good on balance: "so for me at the end it was a positive experience"
    r"(?:(?:in|at) the end|overall|all in all|on balance),? (?:[\w']+ ){0,3}(?:it|that|this|the (?:whole )?(?:thing|experience))"
    r"(?:'s| is| was| turned out| ended up)(?: to be| being)? (?:a |an )?(?:\w+ )?(?:positive|good|great|happy|win-win|success)"
    r"(?! lesson)\b",

    r"(?:employee|manager|engineer|salesperson|seller|rep|hire|person|player|nurse|teacher|team|newcomer|rookie|leader|crew|"
    r"agent|member|associate|volunteer|student|intern) of the (?:year|quarter|month|week)",
    # the speaker rewarded after it, in other words: "a letter of recognition", "I became coordinator of the team",
    # "my purser recommended me for the senior role", "it turned out to be a blessing"
    r"(?:(?:letter|note|email|certificate|award) of (?:recognition|commendation|appreciation|thanks)|(?:recommended|nominated|"
    r"put) me (?:forward )?for (?:a |an |the )?(?:\w+ )?(?:promotion|award|senior|lead|bigger|new role|role)|I (?:then |soon |later )?"
    r"(?:became|become|was made|got made) (?:the )?(?:\w+ )?(?:coordinator|lead|manager|head|supervisor|director|senior|partner)\b|"
    r"turned out (?:to be )?(?:a (?:\w+ )?blessing|for the best|the best (?:thing|decision|outcome)|a (?:good|great|lucky) thing))",  r"ahead of (?:schedule|programme|program|plan)",
    r"(?:exceeded|smashed|crushed|beat|blew past|doubled|tripled) (?:our|the|my) (?:\w+ )?(?:target|goal|quota|forecast|number|numbers)",
    # what the failure became, told with a superlative of success: "it turned into our best quarter", "that placement
    # became the biggest fee the branch had", "it ended up being one of my strongest years"
    r"(?:turned into|became|becomes|ended up (?:being|as)|turned out to be|went on to be(?:come)?) (?:\w+ )?(?:our|my|the|a|"
    r"their|one of (?:our|my|the|their)) (?:best|biggest|strongest|most successful|most profitable|record|highest|largest)",
    r"(?:ended up|came out|finished) (?:\w+ )?(?:stronger|ahead|on top|better than ever)",

    r"saved the day",  r"\d+ ?(?:percent|%) of (?:target|quota|plan)",
       r"waiting list",

    r"doubl(?:ed|ing) the contract", r"flagship",  r"singled out",  r"(?:biggest|largest|best|highest|strongest)(?: \w+){0,2} ever",
    r"(?:largest|biggest|best|highest|strongest)(?: \w+){0,3} (?:in|of) (?:the |our )?(?:company's |team's |firm's )?history",
     r"called me out by name",
    # praise given at an all-hands (an all-hands alone is a venue: "I announced it at an all-hands")
    r"(?:praised|thanked|recogni[sz]ed|mentioned|highlighted|celebrated|singled out|shouted out|called out|used|played|showed|"
    r"shared|presented|featured|showcased)(?: \w+){0,6} "
    r"(?:at|in) (?:the|an|our) all-hands",
    r"(?:highlighted|singled out|recogni[sz]ed|praised|celebrated) (?:my|me)",  r"asked to (?:take on|lead|head up|run) (?:the|a|another|all|our)", r"the upside (?:is|was)",
    r"the good news (?:is|was)", r"(?:what )?I'm (?:most |really |so )?proud(?:est)? of", r"(?:won|landed|closed) (?:the|our) "
    r"(?:biggest|largest)",

)
