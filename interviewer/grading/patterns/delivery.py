"""Patterns for what the story shows: stakes, tone, disclosure, and attempts to steer the grader."""

from __future__ import annotations

from interviewer.grading.patterns.base import OTHERS_NOUN, phrases

TRIVIAL = phrases(
    r"typos?", r"(?:wrong|incorrect) (?:\w+ )?(?:email|mailing|distribution|slack|calendar|meeting|zoom) (?:list|channel|invite|link|thread)",
    r"(?:sent|emailed|forwarded|cc'?d|replied|posted)(?: \w+){0,5} (?:to|in) the wrong", r"reply[- ]all(?:ed)?",
    r"happy hour", r"(?:forgot|left|lost) (?:my|the|our) (?:\w+ )?(?:badge|charger|lunch|umbrella|keys|password|notebook|"
    r"laptop|slides clicker|name tag|coffee)", r"(?:misspell\w*|spelling (?:mistake|error))", r"wrong (?:font|color|colour|logo|date format)",
    r"(?:was|ran|showed up|arrived|logged on|joined) (?:a few|a couple of|two|five|ten|fifteen|\d+) minutes late",
    r"late to (?:a|the|one|an) (?:\w+ )?(?:meeting|standup|stand-up|call|sync)", r"(?:a few|a couple of|two|three|five|ten|fifteen|\d+) minutes late",
    r"(?:booked|reserved|used|printed|brought|opened) the wrong", r"spill(?:ed|t)",
    r"mislabell?ed (?:a|the|one) (?:\w+ )?(?:folder|file|tab|column)", r"(?:labell?ed|named|renamed|filed) (?:the|a) (?:\w+ ){0,3}(?:folder|file)",
    r"(?:holiday|vacation|lunch|leave) (?:rota|schedule|calendar|spreadsheet)", r"(?:swapped|switched|mixed up) (?:\w+ ){0,3}(?:names|dates|weeks|slots|rooms)",
    r"(?:a bit|slightly|mildly|a little|bit) embarrass\w+", r"(?:wrong|double-booked) (?:meeting )?room", r"(?:double|wrong)[- ]booked",
    r"calendar invite", r"forgot to (?:copy|put (?:in )?the|order)", r"(?:milk|coffee|tea|kitchen) (?:order|rota)", r"specials board", r"readme",
    r"renamed the (?:tab|file|folder)", r"(?:wrong|old|last month's) cover (?:page|sheet)", r"spelled \w+ wrong", r"office lights", r"birthday (?:card|collection)", r"(?:instagram|social media|linkedin|twitter|facebook) (?:post|story)", r"auto-?reply|out-of-office",
    r"(?:wrong|old|broken|outdated|previous year's|last year's) (?:link|url|page|map|photo|image|date|time|template)", r"(?:welcome|name) (?:board|badge|sign|card)",
    r"(?:team|christmas|december|holiday|office) (?:party|drinks|lunch)", r"forgot to (?:mute|unmute|share my screen|cc|attach|book)", r"(?:the )?(?:printer|stapler|"
    r"office plants?|birthday card|cake|potluck)", r"(?:wrong|old) version of (?:the|a|my) (?:slide|deck|agenda)",
    r"(?:missed|forgot) (?:a|the|my) (?:team )?(?:lunch|offsite photo|social|dinner|coffee chat)",
)
STAKES = phrases(
    r"[$£€]\s?\d[\d,.]*(?:\s?(?:k|m|million|bn|billion))?", r"\d+(?:\.\d+)?\s?(?:%|percent|k\b|million|m\b|users|customers|clients|patients|students|hours|days|weeks|"
    r"months|accounts|orders|people|engineers|deals)", r"outage", r"revenue", r"churn(?:ed)?", r"production", r"incident",
    r"lost (?:the|a|our|two|three) (?:\w+ )?(?:deal|client|account|customer|contract)", r"legal", r"compliance", r"safety",
    r"contract", r"launch", r"deadline", r"board (?:meeting|pack|presentation|members?)|the board", r"audit", r"fired|let go|resigned|quit", r"escalat\w+", r"print(?:ed|ing)? run|first printing|national (?:paper|press|news)|published",
    r"regulator|fine|penalt(?:y|ies)|lawsuit|complaint to",
)
DRAMATIC = phrases(
    r"(?:total|complete|absolute|utter|unmitigated|epic|colossal|spectacular|massive|unbelievable) (?:\w+ )?(?:disaster|failure|"
    r"catastrophe|mess|train ?wreck|nightmare|fiasco|meltdown|fail|debacle|shambles|humiliation)",
    r"(?:completely|totally|utterly|absolutely|spectacularly|massively) (?:failed|blew it|ruined|destroyed|botched|bombed|"
    r"screwed up|messed up|imploded)",
    r"(?:the )?worst (?:thing|day|mistake|failure|moment|experience|week|project|decision|call)(?: \w+){0,4} (?:ever|of my "
    r"(?:life|career|entire career))", r"catastroph(?:e|ic|ically)", r"apocalyp\w+",
    r"(?:everything|it all|the whole (?:thing|project|launch)) (?:just )?(?:fell apart|blew up|went up in flames|came crashing "
    r"down|imploded|collapsed|went to hell|exploded)", r"(?:it|that|this|everything|the whole thing|the (?:project|launch|week|day|rollout|quarter|month|audit|release)) (?:was|became|turned into) "
    r"(?:\w+ )?(?:a |an )?(?:absolute |total |complete |living )?nightmare", r"train ?wreck", r"dumpster fire",
    r"(?:ruined|destroyed|wrecked) (?:everything|my (?:entire )?career|the (?:whole )?company|my life)",
    r"(?:a|an) (?:complete|total|utter|absolute) failure", r"(?:went|go|going|gone) down in flames", r"carnage|bloodbath|car crash|spectacularly",
    r"darkest (?:chapter|day|time|moment|period) of my (?:\w+ )?(?:life|career|existence)", r"(?:whole |entire )?world was ending",
    r"(?:single )?most (?:horrifying|shameful|humiliating|terrifying|painful|devastating|catastrophic|mortifying) (?:\w+ )?(?:moment|day|morning|experience|thing|night)",
    r"shipwreck|dead in the water|inferno|freefall|shattered me|beyond words|imploded|unmitigated|flashed before my eyes|meltdown",
    r"(?:entire|whole) (?:existence|working life)", r"(?:beyond|past) (?:repair|saving)", r"the end of (?:my career|the world)",
)
EMOTION = phrases(
    r"(?:cried|crying|in tears|broke down|sobbed|sobbing|tearing up|teared up)", r"felt (?:physically )?sick", r"lay awake|lying awake",
    r"(?:couldn't|could not|can't) concentrate", r"felt (?:awful|terrible|horrible|dreadful|wretched)",
    r"(?:couldn't|could not|didn't|did not|barely|hardly|can't) (?:really )?(?:sleep|eat|breathe|stop shaking|stop thinking|"
    r"face (?:anyone|people|work))", r"sleepless", r"panic attacks?", r"(?:my )?anxiety", r"anxious", r"depress(?:ed|ion)",
    r"therap(?:ist|y)", r"(?:felt|feel|feeling|was) (?:like )?(?:so |completely |totally |utterly )?(?:worthless|a failure|"
    r"a fraud|ashamed|humiliated|sick to my stomach|devastated|crushed|awful|terrible|like an idiot|useless|hopeless|"
    r"so stupid|broken|numb|physically sick|paralyzed|paralysed|small)", r"devastat\w+", r"heartbroken|heartbreak",
    r"humiliat\w+", r"mortified", r"(?:my (?:wife|husband|partner|family|kids|mom|mother|dad|father|spouse|girlfriend|boyfriend))",
    r"(?:wanted|thought about|considered|nearly|almost) (?:to )?quit(?:ting)?", r"stomach (?:dropped|turned|churned|was in knots)",
    r"beat (?:myself|me) up", r"replay(?:ed|ing) (?:it|that|the)", r"(?:haunts|haunted) me", r"(?:shaking|shook|trembling)",
    r"(?:dread|dreaded|dreading)", r"spiral(?:led|ed|ing)", r"(?:cry|crying) in the (?:car|bathroom|stairwell)",
    r"(?:wasn't|was not) myself", r"(?:lost|losing) (?:sleep|weight|my confidence|confidence)", r"burn(?:ed|t)? out",
    r"weeks? (?:afterwards? )?I (?:couldn't|could not|kept|would)", r"emotional(?:ly)? (?:wreck|drained|exhausted)",
)
CONFIDENTIAL = phrases(
    r"unreleased", r"(?:not|isn't|aren't|hasn't been|haven't been) (?:yet )?(?:public|announced|released|disclosed)(?! (?:by|until) (?:my|the) (?:previous|last|former))",
    r"(?:haven't|have not|hasn't|has not|haven't yet) (?:publicly |officially )?(?:announced|disclosed|released|reported)",
    r"(?:hasn't|haven't|has not|have not) (?:yet )?been (?:\w+ )?(?:announced|disclosed|released|reported|communicated|made public|shared)",
    r"outside (?:the |our )?(?:leadership|exec|executive|senior) (?:team|group)", r"(?:quietly|secretly) (?:frozen|freezing|cut|cutting|planning)",
    r"under (?:an )?NDA", r"internally,? (?:we(?:'re| are)?|it's|that's|the) (?:\w+ ){0,2}(?:booking|putting|put|calling|valuing|counting|estimating|at)", r"confidential", r"internal[- ](?:only|numbers|figures|metrics|dashboard|data)",
    r"(?:don't|do not|please don't) (?:repeat|share|quote) (?:this|that)", r"off the record", r"between (?:us|you and me)",
    r"not (?:supposed|allowed|meant) to (?:say|share|talk about|mention|disclose)", r"strictly (?:internal|private)",
    r"pre-?announcement", r"(?:still|strictly|purely|very much) internal", r"keep (?:it|this|that) (?:in the room|between us|quiet|to yourself)", r"(?:upcoming|next quarter's|this quarter's) (?:earnings|results|numbers|layoffs?|acquisition|merger)",
)
PAST_EMPLOYER = phrases(r"(?:previous|former|last|old|earlier) (?:company|employer|job|firm|role|workplace|org)", r"used to work")
CURRENT_EMPLOYER = phrases(
    r"(?:at|in|with) my current (?:company|job|role|employer|team|org|organi[sz]ation|firm|client|workplace|position)",
    r"(?:my|our) current (?:company|employer|client|firm|org|organi[sz]ation)", r"where I (?:work|am) (?:now|today|currently)",
    r"(?:at|in) my (?:job|company|firm|team) (?:right )?now", r"(?:I|we) currently (?:work|am|are)", r"here at [A-Z]\w+",
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
    r"idiots?|morons?|imbeciles?|clowns?|incompetent|clueless|useless|lazy|hopeless|spineless|arrogant|egotistical|toxic|"
    r"dead ?weight|a joke|dumb|stupid|pathetic|sloppy|careless|checked out|couldn't care less|didn't (?:even )?care|"
    r"couldn't be bothered|a nightmare to work with|impossible to work with|a bully|bullied|micromanag\w+|control freak|"
    r"garbage|trash|half-baked|amateur(?:s|ish)?|(?:no|zero) (?:clue|idea) what (?:he|she|they) (?:was|were) doing|"
    r"(?:genius|prince|hero|gem|saint|charmer) of a|(?:one of those|the kind of|the sort of|the type of) \w+ who|(?:design|business|common) sense of a|"
    r"(?:couldn't|can't|could not) \w+ (?:\w+ ){0,4}without (?:losing|breaking|messing)|(?:slowest|laziest|sloppiest|least \w+) \w+ (?:I've|I have) ever|"
    r"typical \w+(?: people)?[,:]|that lot (?:in|at|from|over)|not exactly (?:invested|bright|helpful|competent|reliable|interested|keen)|"
    r"tells you (?:the kind|what kind|all you need)|level of effort you'd expect|meetings to approve|apparently (?:done|read|taken) a|"
    r"can't be helped|scribble|clock-?watchers|"
    r"nod(?:ded|ding)? along|(?:writes?|wrote) (?:\w+ )?like|sheltered from|call it done|(?:would|will) (?:lodge|make) a complaint about|"
    r"(?:treat|treats) (?:the|a|any) (?:\w+ ){0,3}as (?:a )?(?:rough )?suggestion|won't pay properly|the work of someone who|never held a|"
    r"more interested in|couldn't organi[sz]e|given up (?:years|long) ago|(?:the )?(?:sloppiest|laziest|least competent|most incompetent|most useless|most careless|worst)(?: \w+){0,2} (?:I've|I have) "
    r"ever|out of a paper bag|to put it (?:politely|mildly|kindly|charitably)|(?:the|a) (?:sort|kind|type) of (?:person|manager|boss|man|woman|guy|"
    r"people|lead|client|editor) who|(?:a|an) (?:[\w-]+ )?bunch|(?:treats|treated|treat) (?:\w+ ){0,2}like|as much \w+ (?:\w+ )?as a|"
    r"beneath (?:him|her|them)|pencil-pusher|box-ticker|bean-counter|jobsworth|never (?:\w+ ){0,2}(?:a|one) (?:\w+ )?(?:themselves|himself|herself)|"
    r"out[- ]of[- ]touch|screams|no idea what (?:\w+ ){0,3}(?:did|was|were|does)|(?:don't|didn't) think (?:most of )?(?:them|he|she|they) "
    r"(?:had|ever) (?:even )?(?:opened|read|looked)|swear blind|basically furniture|hopeless|phoning it in|out of (?:his|her|their) depth|"
    r"(?:wouldn't|won't|didn't) know \w+ if|not very bright|(?:never|not once) \w+ (?:a|an) [\w-]+(?: \w+)? in (?:his|her|their) (?:entire |whole )?life|coasting|coasted|babysit\w*|notorious|clowns|(?:terrible|awful|horrible|worst|bad|weak) (?:manager|boss|client|team|lead|leader|director|colleague|engineer|vendor|"
    r"people|hire|communicator)|(?:dropped|drops) the ball (?:constantly|again|as usual|every time)|as usual|typical (?:of )?(?:him|her|them)",
)
NEGATIVE_TARGET = phrases(OTHERS_NOUN, r"he|she|they|them|him|her|his|their|people|everyone")
INJECTION = phrases(
    r"ignore (?:all |any |the |your |my |these |those |every )*(?:previous |prior |above |earlier |scoring |grading )?"
    r"(?:instructions?|rubric|rules|guidelines|criteria|prompts?|scoring|grading)",
    r"disregard (?:all |any |the |your |these |those )*(?:previous |prior |above |scoring |grading )?(?:instructions?|rubric|rules|"
    r"guidelines|criteria|prompts?|scoring|grading|guide)",
    r"(?:scored|graded|evaluated|marked|assessed) (?:automatically|by (?:an? )?(?:ai|model|machine|bot|script|algorithm))",
    r"treat (?:it|this|me) as (?:a )?(?:model|perfect|ideal|exemplary) (?:answer|reply|response)",
    r"(?:give|award|assign|grant) (?:it|me|this|this answer|this reply|the candidate) (?:a |an |the )?(?:perfect |full |top |maximum |"
    r"max |highest )?(?:score|marks|points|10/10|100|10 out of 10|pass|rating|grade|a\+)",
    r"(?:score|grade|rate|mark|evaluate|label|classify) (?:this|me|my|the) (?:\w+ ){0,3}(?:as )?(?:a )?(?:perfect|100|10/10|pass|"
    r"passing|excellent|full marks|flawless|strong)", r"mark (?:all|every|each) (?:\w+ )?(?:tests?|checks?) (?:as )?pass(?:ed|ing)?",
    r"(?:message|note|instruction)s? (?:for|to) (?:the |any |an )?(?:\w+ )?(?:model|ai|assessor|grader|evaluator|scorer|system|reviewer)",
    r"(?:ai|automated|automatic) (?:assessor|grader|reviewer|evaluator|scorer|system)", r"score (?:[\w-]+,? ){1,4}(?:and )?[\w-]+ as (?:a )?pass",
    r"(?:do not|don't) (?:list|report|raise|add) any (?:red )?flags", r"(?:the )?appropriate (?:grade|score) is",
    r"(?:dear|hey|hi|note to (?:the)?|attention,?|to the|message (?:for|to) the) (?:ai|grader|evaluator|model|assistant|llm|scorer|"
    r"judge|system|reviewer bot)", r"(?:grader|evaluator|ai|model|assistant|judge|scorer|llm)[,:] (?:please |you |ignore|"
    r"disregard|score|mark|give|rate|note|this)",
    r"system prompt", r"you are now", r"new instructions?:?", r"</?(?:system|instructions?|assistant)>",
    r"(?:no|zero|don't (?:add|report|flag)) (?:red )?flags", r"(?:set|override) (?:the )?(?:score|verdicts?|honesty|learning|"
    r"self[_ ]awareness)", r"(?:as an|you are an?) (?:ai|language model|grader)", r"jailbreak", r"pretend (?:you|the rubric)",
    r"the rubric (?:says|allows|doesn't apply)", r"(?:for|to) (?:whoever|the person|the system|anyone|anybody) (?:is )?"
    r"(?:scoring|grading|evaluating|marking|reviewing) (?:this|these|me)", r"(?:record|mark|log|set|count|score) (?:all|every|each|the) "
    r"(?:\w+ ){0,2}(?:tests?|criteria|checks?) (?:as )?(?:passed|pass|met|green)", r"meets every criterion",
)
