"""Patterns for the honesty side: ownership, blame, excuses and agentless phrasing."""

from __future__ import annotations

from interviewer.grading.patterns import learning
from interviewer.grading.patterns.base import OTHERS_NOUN, lowered, phrases

# --- ownership and causes -------------------------------------------------------------------
STRONG_OWNERSHIP = phrases(
    # the failure, named as the speaker's own: "the failure was that I had defaulted to ...", or the speaker as the one
    # who caused the loss: "I'd cost her an offer she wanted", "I cost the team a week"
    r"(?:I(?:'d| had)? cost (?:him|her|them|us|the \w+|my \w+|our \w+) (?:a |an |the |two |three |\d+ )?\w+|"
    r"(?:the|my|what) (?:real |main |actual |root |underlying |biggest |core )?(?:cause|reason|problem|mistake|error|failure|"
    r"fault|miss|gap|part|caused it|(?:\w+ )?(?:sank|sunk|killed|derailed|broke|lost|cost|hurt|went wrong with)(?: \w+){0,3}?)"
    r" (?:was|is) (?:that )?(?:I\b|my (?:own )?(?:decision|call|choice|assumption|estimate|"
    r"plan|failure to|mistake|judgement|judgment)))",
    r"my (?:own |[a-z]+ )?(?:mistake|fault|error|call|decision|choice|miss|oversight|responsibility|doing|blind spot|bad)",
    r"(?:that|it|this|the (?:failure|mistake|miss|error|call|decision|problem|gap))(?:'s| is| was) (?:on me|mine|my (?:own )?\w+)",
    r"I (?:fully |completely )?own(?:ed)? (?:it|that|this|what (?:happened|went wrong)|my (?:part|share)|"
    r"the (?:\w+ ){0,2}(?:failure|mistake|miss|outcome|result|error|call|decision))",
    r"I (?:take|took) (?:full |complete )?(?:responsibility|ownership|the blame)",
    r"I was (?:wrong|the (?:reason|cause))", r"(?:was|is|were) (?:all |entirely |squarely )?mine\b",
    r"(?:was|is) (?:all |entirely |squarely )?(?:on|down to) me\b",
    r"I (?:had |'d )?(?:decided|chose|chosen|opted|elected)",
      r"(?:it|that|this) was my (?:pull request|plan|design|model|forecast|project|code|change|idea)",
    r"I (?:had )?(?:skipped|ignored|overrode|overruled|dismissed|brushed off|waved off|underestimated|overestimated|"
    r"misjudged|misread|neglected|forgot|rushed|assumed|never (?:checked|tested|asked|verified|confirmed|raised|told|flagged)|"
    r"(?:didn't|did not)(?! (?:eat|sleep|want|like|expect|mean|enjoy|feel)\b)|failed to|let|sat on|put off|deprioriti[sz]ed|overlooked|"
    r"cut|agreed|committed|promised|approved|signed off|relied|trusted|told myself|talked myself|convinced myself|wanted to|"
    r"pushed(?! (?:\w+ )?(?:as hard|as much|as far|everything|hard)))",
    r"I should (?:have|'ve)", r"I (?:shouldn't|should not) have", r"I made (?:the|that|a|this|my) (?:\w+ )?(?:call|decision|mistake|choice|error|assumption)",
    r"my (?:\w+ )?decision to", r"I'?m the one who",
     r"I (?:hold|held) myself (?:responsible|accountable)", r"responsibility (?:was|is|sits|sat) with me",
    r"I caused", r"I (?:let|allowed) (?:it|that|this|the \w+) (?:slip|slide|go|happen|drift|run)",
    r"I (?:signed off|approved|authori[sz]ed|green-?lit) (?:it|that|the|a|an|on)", r"I (?:\w+ ){1,8}without (?:asking|checking|testing|telling|confirming|verifying|consulting|reading|reviewing)",
    r"(?:because|since) I\b",

)
FIRST_PERSON_ACTION = lowered(
    r"\bI(?:'d| had)? (?:had |also |then |just |quickly |only |even |still |first |never |once |already |\w+ly |)(?!was\b|am\b|learned\b|"
    r"learnt\b|realized\b|realised\b|"
    r"noticed\b|joined\b|felt\b|feel\b|think\b|thought\b|hope\b|love\b|like\b|guess\b|mean\b|know\b)"
    # any past act, regular or irregular ("I stuck the wrong label on", "I paid it twice"), not a verb of feeling or
    # knowing, nor "I had" or "I got" alone
    r"(?:\w+(?:-\w+)?ed|" + "|".join(w for w in learning.IRREGULAR_PAST.split("|") if w not in ("had\\b", "got\\b")) + r"|bet|hired|left|knew|"
    r"quoted|did|didn't|hadn't|never|won't)\b",
)

BLAME = phrases(
    # (the word between is an adverb, not a head noun: "the panel schedule didn't match" names a document, not a panel)
    OTHERS_NOUN + r" (?:(?:\w+ly|just|then|also|still|even|again|later|already|never|always|totally|completely|basically|had|has|"
    r"have|who|that|which|would|could|there|here|really) ){0,2}"
    r"(?:didn't|did not|never|failed to|wouldn't|would not|refused to|kept changing|"
    r"changed (?:the|their|its)|dropped the ball|missed|forgot|ignored|sat on|dumped|handed (?:us|me)|"
    r"gave (?:us|me) (?:bad|wrong|garbage|incomplete|no)|set (?:an |a )?(?:unrealistic|impossible|crazy|aggressive)|"
    r"blew|messed up|screwed up|overpromised|insisted|forced|made (?:us|me)|wasn't clear|weren't clear|"
    r"couldn't be bothered|went dark|ghosted|didn't (?:turn|show) up|hadn't (?:\w+ed|done|read|looked|tested|opened)|took (?:a|two|three|four|six|\d+) "
    r"(?:weeks?|months?) to|came back with|would nod along|scored|couldn't meet|missed (?:the|every|each|a|our)|didn't hit|"
    r"moved the goalposts|shifted|turned(?! (?:out|into|around|\w+ (?:\w+ )?around|(?:a|the) corner))|crashed|dried up|slashed|"
    r"cut (?:our|my|the) budget|shipped (?:a |an )?(?:buggy|broken|bad|half-finished)|staffed us|"
    r"underdelivered|delivered late|was late|were late|was slow|were slow|took forever)",
    r"(?:unrealistic|impossible|insane|crazy|arbitrary) (?:deadline|timeline|target|expectations|goals?|quota|scope)",
    r"(?:wasn't|weren't|was not|were not|never) (?:given|provided|told|warned|informed|consulted|looped in|trained)",
    # the base form too, as speakers of other first languages often tell the past: "nobody give us proper training"
    r"(?:nobody|no one|no-one) (?:had )?(?:ever |really |actually )?(?:told|tell|warned|warn|informed|inform|flagged|flag|mentioned|"
    r"mention|bothered|gave|give|asked|ask|caught|catch|trained|train|showed|show|shown|walked|explained)",
    # someone else's duty named as undone: "the forwarder should really have chased us" (not "she should never have
    # been exposed to that", where the person after is the one wronged)
    r"(?:" + OTHERS_NOUN + r"|they|he|she) (?:really |honestly |also )?should(?: really)? (?:have|'ve) (?!been\b)(?:\w+ed|told|"
    r"caught|sent|done|made|seen|known|spotted|given|shown|checked)",
    r"(?:out of|beyond) (?:my|our) (?:control|hands)",
    r"set (?:me|us) up to fail",
    r"(?:his|her|their|its) (?:fault|mistake|error|screw-?up|failure)",
    r"(?:the (?:real|main|actual|root|biggest|underlying) (?:problem|issue|cause|reason|blocker)) (?:was|came from|lay with) "
    r"(?!(?:that )?(?:I|my|me|mine)\b)(?:that )?(?:the |our |their )?[a-z]+",
    r"because (?:of )?(?:the|my|our) (?:manager|boss|client|customer|team|leadership|vendor|market|"
    r"economy|budget cuts?|reorg|deadline|other team|executives?|director)",
    r"(?:blame|blamed) (?:the|them|him|her|it on)",
    r"(?:they|he|she)(?:'d| had| would)? (?:simply |just |then )?(?:missed|didn't|did not|never|"
    r"hadn't|wouldn't|refused|ignored|sat on|scored|came back (?:with|late|wrong|empty)|gave us|handed|kept (?:changing|moving|pushing))",

     r"(?:signed off|decided|chosen|agreed|set) "
    r"(?:\w+ ){0,3}(?:above me|before I (?:\w+ )?(?:joined|arrived|came on board|took over|started))",
    r"(?:handed|left) (?:over |me |us )?(?:\w+ ){0,3}(?:unfiled|in a mess|in a state|with no|no notes)",
     r"(?:I was|we were) handed (?:a|an|the|that|this) (?:\w+ ){0,2}(?:that|which|already|with)",
     r"(?:came|arrived) from (?:the )?\w+ (?:team|department|office)",


    r"if (?:the|my|our|their) \w+(?: \w+)? had (?:\w+ed|done|\w+ed (?:the|it))", r"(?:was|had been|were) (?:moved|rescheduled|cancelled|pushed) (?:\w+ )?by (?:his|her|their)",

    r"nobody had ever (?:shown|mentioned|told|explained)",

    r"what was I (?:meant|supposed) to do", r"I had no (?:idea|way of knowing) (?:what|that) (?:he|she|they|the)",

    r"(?:to the|the) (?:lists?|plan|spec|brief|numbers) (?:we were|I was) (?:given|handed)",
)
# Blame said with its own disclaimer: "I don't want to throw anyone under the bus, but ...", "so I don't blame them
# personally, but they signed it off". The disclaimer exists for the "but".
BLAME_DISCLAIMED_CUES = ("under the bus", "fingers", "blame")
BLAME_DISCLAIMED = phrases(
    r"(?:don't|do not|won't|not) (?:want(?:ing)? to |trying to |going to |here to )?(?:throw (?:anyone|anybody|them|him|her|"
    r"people|the \w+) under the bus|point (?:any )?fingers|blame (?:anyone|anybody|them|him|her|people|the \w+))(?: \w+)?,? but"
)
DEFENSIVE = phrases(
    r"in my (?:own )?defen[cs]e", r"(?:to be fair|in fairness)(?! to (?!(?:me|myself)\b))(?!,? (?:the|their|his|her|they|he|she|it)\b[^.;]{0,40}\b(?:was|were|is|"
    r"are|had been) (?:\w+ )?(?:accurate|right|correct|fine|clear|true|good|reasonable|sound|spot on)\b)", r"(?:it|that|this) (?:wasn't|was not|isn't|is not) "
    r"(?:really |entirely |totally |all |just |completely )?(?:my (?:own )?(?:fault|doing|call|decision|mistake|responsibility|job|"
    r"problem|error)|on me|me)", r"not (?:really |entirely |all )?my fault",
    r"through no fault of my own", r"I had no (?:other )?choice",
    r"anyone (?:else )?would have done the same", r"(?:I|we) did (?:everything|all) (?:I|we) could",
    # inexperience offered as the reason: "I'd only inherited the team two months earlier"
    # ("to when I had just joined the company" sets the time, and is no excuse)
    r"I(?:'d| had| was|'d been| had been) (?:only|barely) (?:just )?(?:inherited|joined|started|taken over|took over|arrived|"
    r"been (?:in|on) (?:the|that) (?:role|job|team|ward|post))",
    r"(?:I was|we were) (?:just )?following (?:orders|instructions|the plan)",
    r"(?:technically|honestly),? it wasn't",
    r"I was only (?:doing|following)", r"my hands were tied", r"(?:there was )?nothing (?:more )?I could (?:have )?done",
    r"you have to understand", r"I (?:was|had been) never (?:told|given|trained)",
      r"I should (?:say|mention|point out)(?: first| up ?front)?",

      r"I want to say (?:upfront|up front|first)",
     r"anyone (?:would have|could have|in my (?:seat|position|shoes)|sitting where I was)",
    r"as well as anyone could",
    r"nobody had (?:walked|shown|told|trained|briefed) me", r"for the record", r"I'd (?:just |only )(?:point out|say|stress|note|add)", r"I'd (?:point out|stress)",
      r"(?:it wasn't|it was not|it's not|it is not|it isn't) (?:like|as if|as though)", r"(?:I|you) know (?:this|it|how this) (?:will |might )?sounds? like",


      r"(?:it helps|it's worth|it is worth) (?:to know|knowing|saying|noting)|the context (?:really )?matters",

      r"in fairness to (?:myself|me)",
     r"(?:given|considering) (?:the|how little|what) (?:\w+ ){0,3}(?:I|we) (?:had|was given|were given)",
    r"you (?:should|need to|have to|must) (?:know|understand|realise|realize)",
    r"(?:for|in) context,? (?:we|I|the team) (?:were|was|had)",
    # a disclaimer that announces what follows: "I don't want to throw anyone under the bus, but", "not to point fingers"
    r"(?:I don't want to|I'm not trying to|not to|I won't|I'm not going to|without wanting to) (?:throw (?:anyone|anybody|them|"
    r"him|her|the \w+) under the bus|point (?:any )?fingers|point the finger|blame (?:anyone|anybody)|make excuses)|"
    r"I'm not blaming (?:anyone|anybody|them|him|her)",
)
EXCUSE_BUT = lowered(
    r"\bbut\s+(?!I\b|I'|my\b|me\b|that was (?:my|on me)|it was (?:my|on me)|the (?:failure|mistake|decision|call) was mine)"
    r"(?:honestly\s+|really\s+|in reality\s+|realistically\s+|frankly\s+)?"
    r"(?:(?:" + OTHERS_NOUN + r"|they|he|she) (?:\w+ ){0,2}(?:didn't|did not|never|wouldn't|wasn't|weren't|kept|changed|insisted|refused|"
    r"failed|had (?:already|no|changed)|gave (?:me|us)|told (?:me|us)|set|made|pushed|forced|was (?:late|slow|unclear|vague|impossible)|"
    r"were (?:late|slow|unclear|vague))|nobody|no one|the (?:deadline|timeline|timing|scope|spec|requirements|data|tools?|"
    r"system|process|budget|situation|circumstances|conditions)|it was (?:the (?:[\w'-]+ ){0,2}(?:deadline|timeline|timing|system|"
    r"process|vendor|supplier|client|customer|budget|data|tools?|software|weather|market|specs?|brief|template|workload|rota|"
    r"staffing|pressure|fault|problem)|their|because|impossible|out of)|"
    r"we (?:weren't|were not|had no|never|didn't) (?:given|told|have|get)|there was (?:no|not enough|never))",
)
PASSIVE_FAILURE = phrases(
    r"(?:mistakes|errors|bad calls|poor decisions) (?:were|got|have been) made",

    r"the ball (?:was|got) dropped",
    r"(?:was|were|got|had been|has been|have been|went) (?:completely |never |not |)"
    r"(?:missed|overlooked|dropped|forgotten|skipped|ignored|neglected|mishandled|miscommunicated|botched|"
    r"misconfigured|misreported|miscalculated|mislabell?ed|misplaced|lost track of|left out|left off|left unchecked|"
    r"left unanswered|left unresolved|deprioriti[sz]ed|never documented|never followed up|not flagged|not caught|"
    r"not communicated|not escalated|not tested|not checked|not reviewed|not sent|not updated|not raised|"
    r"never (?:sent|tested|checked|reviewed|done|documented|updated|flagged|escalated|raised|caught|verified|"
    r"communicated|confirmed|shared|logged|filed|submitted|finished|written))",
    r"(?:wasn't|weren't) (?:ever |properly |fully |actually |being |getting )?(?:tested|checked|caught|reviewed|flagged|"
    r"communicated|escalated|documented|sent|updated|followed|verified|confirmed|shared|noticed|done|filed|raised)",
    r"(?:things|stuff|balls|details) (?:were|got) (?:dropped|missed|lost)",
    # failing with no one doing it: "a few reconciliations fell through the cracks", "it slipped off the radar"
    # ... or left to drift by itself: "it sort of slid through the summer"
    r"(?:(?:fell|fall|falls|slipped|slip|slips|went|go|goes|got) (?:straight |right |completely )?(?:through the (?:cracks|net|"
    r"gaps?)|off (?:the|everyone's|our) radar|by the wayside|under the radar|between (?:people|us|teams|departments|shifts|"
    r"two stools|chairs|the gaps))|(?:slid|slipped|drifted) (?:through|past|into|over) the (?:summer|holidays|month|week|weeks|"
    r"quarter|year|deadline))",
    r"(?:never|didn't|did not) (?:got|get) (?:run|done|tested|checked|sent|reviewed|fixed|caught|flagged|followed up|finished|updated)",

    r"(?:wasn't|weren't) (?:logged|updated|changed|recorded|booked|renewed)", r"(?:was|were) (?:booked|left) (?:against|on) the",
     r"(?:wasn't|weren't|was not|were not) (?:\w+ )?(?:run|carried over|migrated|copied|included|applied|paid|signed|renewed|"
    r"re-?run|re-?tested|rechecked|backed up|archived|saved|cancelled|stopped|removed)",
    r"(?:was|were|had been|have been|got|were still being|was still being) (?:\w+ed|run|made|set|sent|built|done|taken) "
    r"(?:with|on|against|from|to|under|in|using) (?:the |an? )?(?:wrong|outdated|old|incorrect|previous|stale|expired|superseded)",
     r"(?:was|were|got|had been) (?:\w+ )?(?:misfiled|misrouted|mispriced|misaddressed|mistyped|misrecorded|"
    r"misdirected|mis-?keyed|misapplied|omitted|botched|bungled|corrupted|overwritten|wiped|leaked|double-?counted|double-?booked|over-?ordered|under-?ordered|mis-?shipped|short-?shipped|sent out (?:late|early|twice|wrong)|"
    r"approved in error|processed in error|entered (?:wrongly|incorrectly|twice))",   r"(?:had )?(?:already )?gone out (?:wrong|with)", r"(?:was|were) left (?:on|in|at|out) the",

    r"(?:was|were|got|had been) (?:\w+ )?(?:booked|scheduled|left|cut|entered|posted|coded|keyed|set|configured|labell?ed|filed|sent|placed|"
    r"loaded|priced|approved|signed) (?:\w+ )?(?:into the |in the |to the |at the |on the |with the |pointing at the )?(?:wrong|old|incorrect|"
    r"previous|outside|short)", r"(?:wasn't|weren't|was not|were not|never got) (?:picked up|spotted|noticed|booked|caught|actioned|chased)",
)
PASSIVE_CHANGE = lowered(
    r"\b(?:checklists?|process(?:es)?|rules?|polic(?:y|ies)|reviews?|steps?|checks?|guardrails?|templates?|counts?|trackers?|sheets?|"
    r"logs?|calendars?|routes?|forms?|meetings?|thresholds?|rotas?|limits?|"
    r"sign-?offs?|procedures?|safeguards?|controls?|gates?|alerts?|training|requirements?|protocols?|approvals?)\b"
    r"[^.;]{0,40}?\b(?:was|were|got|has been|have been|had been)\s+(?:then\s+|eventually\s+|later\s+|quickly\s+)?"
    r"(?:put in place|introduced|implemented|added|created|set up|established|rolled out|instituted|adopted|mandated|"
    r"put together|brought in|written up|drawn up|assigned|tightened|changed|updated|moved|lowered|raised|improved|"
    r"strengthened|revised|overhauled|streamlined)\b"
    r"|\b(?:gets?|get) (?:a second pair of eyes|reviewed|checked|signed off|double-checked)\b"
    # any new safeguard made without a maker: "afterwards a lock was put on the payment file", "a scan was added to the
    # runbook" (signals.py keeps it only where the sentence names no one)
    r"|\b(?:a|an) (?:[\w-]+ ){0,3}(?:was|were|has been|have been|got)\s+(?:then\s+|eventually\s+|later\s+|also\s+)?"
    r"(?:put in place|introduced|implemented|added|set up|established|rolled out|instituted|adopted|mandated|brought in|"
    r"written into|built into|put on|put in)\b",
)
TEMPORAL_SETUP = lowered(r"\b(?:when|once|after|as soon as|by the time|the moment|if)\b[^,;]*$")
AGENT_ME = lowered(r"\bby me\b|\bI (?:had|made|got) (?:it|them)\b")
# The part spread over many people, so that no one's is named: "a lot of us were involved in the consent process",
# "it had been through a few hands between the three of us", "nobody in those rooms pushed", "as an office we ...",
# "it was a group of five". Vague only where the speaker names no fault of their own.
DIFFUSED = phrases(
    r"(?:(?:a lot|lots|many|several|so many|too many) (?:of us|of people|people|hands|cooks)(?: were)? (?:involved|in the (?:process|"
    r"loop|room|mix))|(?:between|among|across) the (?:two|three|four|five|six|few) of us|through (?:a few|several|many|a lot "
    r"of|so many) hands|(?:nobody|no one|no-one) in (?:those|the|that|any of those) (?:rooms?|meetings?)|as an? (?:office|"
    r"department|agency|site|practice|firm|unit|school|ward),? we(?:'d|'re|'ve)?|(?:it was|we were) a group of (?:three|four|five|six|seven|"
    r"eight|\d+))",
)
VAGUE_WE = phrases(
    r"(?:I was|I'm|I am) (?:just |only |simply )?(?:a |one )?(?:part|member) of (?:the|a|that|our) (?:\w+ )?(?:team|group|project|effort|"
    r"committee|squad|taskforce|task force|programme|program)",
    r"(?:didn't|did not|never) (?:really )?(?:land|go|turn out|work out) (?:the way|as|how) (?:we'd|we had|we|anyone) (?:hoped|planned|expected|wanted)",
    r"we (?:all )?(?:ran|run|bumped|hit) into (?:some |a few |a lot of |a couple of |real |)(?:problems|issues|trouble|"
    r"difficulties|challenges|roadblocks|headwinds|obstacles|snags)",

    r"(?:it|things) (?:just )?(?:didn't|did not) (?:work out|pan out|go (?:to plan|as planned|our way))",
    r"(?:some|a few|a couple of|several|various) (?:issues|problems|things|mistakes|challenges) (?:came up|happened|arose|cropped up)",
    # mishaps that simply occurred: "mistakes happen", "there was some miscommunication"
    r"(?:mistakes (?:happen|happened|were on all sides)|there (?:were|was) (?:some |a few |a lot of |a bit of |)(?:issues|problems|"
    r"mistakes|missteps|miscommunication|confusion|a mix-up|a misunderstanding))",
    r"(?:it|this|that) was (?:a |more of a |really a |a bit of a |kind of a |sort of a )?(?:team|collective|shared|group) "
    r"(?:failure|effort|thing|miss|problem|decision)",
    r"(?:as a (?:team|group)|collectively|all of us),? (?:we )?(?:missed|dropped|failed|made|underestimated|"
    r"decided|didn't|chose|overlooked|got|were|had)",
    r"we all (?:\w+ed|made|took|had|missed|let|were|dropped|should)",
    r"(?:everyone|everybody) (?:had|played|shares?|was) (?:a |some |their )?(?:part|role|hand|blame|responsible)",
    r"(?:it|this|that|quality|the outcome|the failure|the project) was (?:very much |pretty |really |more |all |kind of )?(?:a )?"
    r"(?:collective|shared|joint|team)(?: thing| effort| responsibility| failure)?",
     r"we,? as a (?:\w+ )?(?:team|group|shift|department|unit|org)",
    r"as a (?:team|group|shift|unit|department)(?:,)? we", r"we (?:all|each) (?:\w+ed|assumed|thought|missed|let|took)",
    r"^between [^.]{3,80} and [^.,]{3,60},",

      r"came out of (?:a|the) (?:\w+ ){0,2}(?:meeting|sprint|workshop|session|board|review)",
    # decisions and ownership spread until they are no one's: "made collectively", "research, design and product co-owned
    # discovery", "the responsibility was spread out"
    r"(?:(?:was|were) (?:taken|made|agreed) (?:collectively|jointly|across|as a group|by the group)|co-owned|jointly owned|(?:the )?"
    r"(?:responsibility|ownership|accountability) was (?:spread|shared|split|diffuse))",
    r"one of (?:several|many|a few|the) (?:people|voices|stakeholders)",
     r"(?:across|in) (?:all of )?it together",

     r"nobody (?:owned|was (?:watching|tracking|owning))",

)
# Someone else, or the market, as the subject of a failing action: blame when nothing is owned.
_FAILING_WORD = (
    r"late|wrong|missed|skipped|failed to|"
    r"hadn't|broke|faulty|buggy|junk|without telling|changed|moved|switched off|insisted|forced|forgot|ignored|"
    # "the market turned", "it turned up on the 20th"; not "turned out fine", "turned into listings", "turned it around"
    r"turned(?! (?:out|into|around|\w+ (?:\w+ )?around|(?:a|the) corner))|went up|jumped|froze|"
    r"doubled|refused|configured it|promised|gave (?:me|us)|handed (?:me|us)|sat on|pulled|signed (?:it )?off|couldn't|could not|"
    r"(?:wasn't|weren't|was not|were not) able to|(?:rang|called) in sick|cut"
)
_NO_ONE_ACTING = (
    # no one on the other side doing what was needed ("nobody on their side mentioned it", "none of the forecasts had
    # picked it up")
    r"\b(?:nobody|no one|no-one|none of (?:the|their|them)(?: [\w'-]+)?)(?: (?:on|at|in|from) (?:their|the|his|her) [\w'-]+)? "
    r"(?:had |'d |ever |actually )?(?:\w+ed|told|said|sent|caught|picked up|thought|knew|saw)\b"
)
OTHERS_FAILING = lowered(
    r"(?:" + OTHERS_NOUN + r"|\b(?:they|he|she|whoever|someone|somebody|the market|(?:interest )?rates|costs|prices)\b)[^.;]{0,60}?"
    r"\b(?:" + _FAILING_WORD + r")\b|" + _NO_ONE_ACTING
)
OTHERS_FAILING_CUE = lowered(r"\b(?:" + _FAILING_WORD + r")\b|\b(?:nobody|no one|no-one|none of)\b")
"""A cheap first look: a sentence with none of these words cannot match OTHERS_FAILING (whose opening, the list of
other people, is slow to scan at every position)."""
# An error made by someone else: "their sales manager made the double booking". Kept apart from OTHERS_FAILING and read
# only in sentences with "made" in them: a pattern that opens on the list of other people is slow to scan.
OTHERS_ERROR = lowered(
    r"(?:" + OTHERS_NOUN + r"|\b(?:they|he|she)\b) (?:had |'d )?made (?:a|an|the) (?:[\w-]+ )?(?:mistake|error|double[- ]booking|"
    r"typo|miscalculation|blunder|mix-up)\b"
)
COLLECTIVE = phrases(r"we(?:'d|'ve)?", r"our (?:side|team|office|department|group)", r"the (?:office|practice|department|team|business|firm|group)",
                     r"as an? (?:office|team|group|department)")

# Asked what the failure cost, next to nothing for an answer: "Not much, in the end." (written with [^a-z] for a
# non-letter: patterns are lowercased, which would turn \W into \w)
COST_DISMISSED = lowered(r"^[^a-z]*(?:(?:honestly|um|well|so)[^a-z]+)*(?:not (?:much|a lot|that much)|very little|nothing "
                         r"(?:really|much))(?:,? (?:in the end|really|honestly|to be honest|at all))?[^a-z]*$")
MINIMIZING = phrases(
    # the harm denied by a technicality: "technically nothing broke", "technically no one was hurt"
    r"technically,? (?:nothing|no one|nobody|no harm|no data|it (?:wasn't|didn't|still)|we (?:didn't|never))",
    # the cost conceded only to be waved on ("it cost a bit, sure, but ...", "technically it cost us the launch date")
    r"(?:technically,? (?:it |that |this )?cost|cost (?:us |me )?(?:a bit|a little(?: bit)?|something|a few quid),? (?:sure|yes|"
    r"yeah|i guess|of course|obviously))",

    r"(?:wasn't|was not|isn't|is not|not|nowhere near|not nearly|not anywhere near|not quite) (?:nearly |anywhere near |quite |really |even )?"
    r"as (?:bad|serious|big|costly|damaging) as",

    r"could(?: have|'ve) been (?:much |a lot |way |far |so much )?worse", r"in the grand scheme(?: of things)?",
    # the worse outcome that did not happen held up as the measure: "it's not like he got seriously hurt", "it wasn't as
    # if anything had been built" (not "it's not like I was the one who made the offer": no harm named)
    r"(?:it's|it is|it was|it isn't|it wasn't)(?: not)? (?:like|as if|as though) (?:\w+ ){1,4}(?:(?:seriously |badly |really )?"
    r"(?:hurt|injured|harmed|killed|died|dead|in hospital)|built|sued|the worst)\b",

    r"(?:not|wasn't|isn't|weren't|aren't|never|hardly) (?:exactly |really |quite )?the end of the world", r"(?:only|just|merely) (?:a|one) (?:small|minor|tiny|little|brief|short)",
    # the size of it judged small, in everyday words: "so the impact was small", "it's honestly a small thing",
    # "it wasn't a huge deal in the end", "it was really just a timing thing"
    r"(?:it|that|this|the (?:impact|damage|cost|effect|harm|fallout|consequences?))(?:'s| is| was| were|'s been| has been)"
    r"(?: really| just| honestly| pretty| fairly| quite| only| all| actually)* (?:(?:a |an )?(?:small|minor|tiny|little|"
    r"trivial|limited|negligible|mild|contained)(?= ?[,.;!?]| (?:thing|one|deal|issue|problem|mistake|slip|error|hiccup|blip|incident|"
    r"matter|in the end|really|overall|honestly|compared|impact))|nothing(?= ?[,.;!?]| (?:really|much|serious|major|big|"
    r"like))|not (?:much|a lot|that (?:bad|big|serious)))|(?:it|that|this) (?:wasn't|isn't|was not|is not)(?: really| honestly| "
    r"actually)? that (?:bad|big|serious)\b|(?<=, )nothing (?:major|serious|too serious|dramatic)(?= ?[,.;!?])",
    r"(?:wasn't|isn't|was not|is not|never|not|no) (?:really |exactly |actually |that |such )?(?:a |an )?(?:big|huge|major|"
    r"serious|massive|great) (?:deal|problem|issue|incident|thing|disaster)",
    r"(?:really |only |honestly )?just (?:a|an) (?:[\w-]+ ){0,2}(?:thing|blip|hiccup|glitch|mix-up|wobble)",
    r"in the (?:grand )?scheme of (?:things|everything)",
    r"(?:(?:minor|small|little|tiny|brief|short|temporary) (?:hiccup|blip|bump|slip|glitch|setback|wobble|disruption|delay|dip|"
    r"inconvenience)|a blip)",

    r"(?:others|other people|other teams?|everyone(?: else)?|most people|plenty of people) (?:have|has|had) "
    r"(?:done|made|seen) (?:much |far |way )?worse",
    r"(?:barely|hardly) (?:anyone |anybody )?(?:noticed|mattered|registered)", r"no one (?:really )?noticed",
    # most of those affected said not to have noticed, or the failure ranked below the worst: "most of them didn't even
    # notice", "it's not the worst thing that's happened there"
    r"(?:most|many|half|a lot) of (?:them|those|the \w+|our \w+) (?:didn't|did not|never|wouldn't|won't) (?:even |really )?"
    r"(?:notice|realise|realize|mind|care)|(?:not|wasn't|isn't|hardly) (?:exactly |even )?the worst (?:thing|mistake|failure|error)",
    r"happens to (?:everyone|everybody|the best of us)", r"everyone makes mistakes",
    r"compared (?:to|with) (?:what|how|the) [^.]{0,60}(?:worse|bigger|real disaster)",
    r"(?:at least|thankfully|luckily) (?:it|we|I) (?:wasn't|didn't|never)",
    r"(?:honestly|really),? it was (?:only|just|barely)", r"rounding error", r"nothing like (?:the|what|a|as)",
     r"(?:pretty|fairly|relatively|quite|really) (?:minor|small|contained|trivial)",
    r"compared (?:to|with) (?:what|most|the|a lot of|other|how)[^.;]{0,80}(?:minor|small|lightly|nothing|little|not (?:that |so )?bad)",

     r"(?:hardly|barely) (?:touched|mattered|registered|dented|noticed|affected)",

     r"(?:out of|across) (?:several |a few |about |around )?(?:thousands?|hundreds?|\d{3,}|\d{1,3},\d{3})(?! \w+ (?:late|lost))",
     r"(?:set|weighed) against",
      # the failure itself unseen ("the customer never even noticed it"), not a thing described ("questions they never saw")
      r"never (?:even )?(?:saw|noticed)(?= (?:it|that|this|anything|a thing|the (?:\w+ )?(?:error|mistake|difference|problem|"
      r"issue|typo|change|glitch|bug|gap))\b|\s*(?:[.,;!?]|$))",  r"(?:doubt|bet) (?:more than )?(?:a handful|many|anyone)",
    r"at most", r"(?:one|a single) (?:\w+ )?(?:out of|in) (?:\w+ )?(?:\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-\w+)?|hundreds?|thousands?|a (?:hundred|thousand))",
     r"small slice", r"learning moment more than",
    # the failure made normal: said to be what everyone does, or a normal thing in the trade
    r"(?:(?:this|that|it)(?:'s| is| was)(?: honestly| pretty| fairly| just| quite| totally| completely| kind of| sort of| basically|"
    r" almost)* (?:normal|common|standard|routine|a rite of passage)|(?:everyone|everybody|we all|every \w+ (?:I know|there)) "
    r"(?:\w+ ){0,2}(?:makes?|does|did|mislabels|gets?|has|had) (?:\w+ ){0,4}(?:their first|at some point|in their first|like "
    r"(?:this|that))|(?:everyone|everybody)(?:'s| has) had (?:a|one)\b|(?:that|this|it) happens (?:constantly|all the time|"
    r"everywhere|to everyone|a lot)|(?:that|this|it|which) (?:honestly |probably |just )?happens (?:at|in|to) (?:every|any|most|all) \w+)",
    # the effect judged negligible (nobody perceived it, nothing was lost, it sorted itself out) or the severity denied
    # with a verb of judging ("I wouldn't call it a big failure"), not the failure going unseen ("nobody noticed it
    # until the audit", "no one caught it for a week")
    r"(?:(?:i doubt|hardly|barely|nobody|no one)(?: \w+){0,3} (?:even )?(?:noticed|remembered|clocked|cared|minded|realised|"
    r"realized)(?!(?: \w+){0,2} (?:until|till|for (?:a|an|one|two|three|four|\d+|several|weeks|days|months)|before|in time)\b)|"
    r"nothing (?:was )?(?:actually |really )?lost|no (?:real )?harm done|it's all good|(?:fixed|sorted|resolved) itself|"
    r"barely moved the needle|(?:wouldn't|won't|don't|didn't|can't|couldn't|would not|do not) (?:really |honestly )?(?:call|"
    r"consider|count|describe) (?:it|that|this) (?:as )?(?:a |an )?(?:big|major|huge|real|serious|proper|massive))",
)
HUMBLE_BRAG = phrases(

    r"(?:hard|difficult|tough) (?:for me )?to (?:let go|say no|switch off|delegate)", r"(?:giving|gave|give|giving) too much",
    # the failure defined as a disposition, not an event: "my biggest failing is that once I spot something, I can't
    # walk past it", "my failure, if I'm honest, is being too honest with prospects"
     r"my (?:\w+ )?(?:failure|failing|weakness|flaw)(?:,[^,.]{1,30},| as a \w+)? "
    r"(?:is|would be) (?:probably |really |just |simply )?(?:that (?:[\w']+ ){0,4}?(?:I|I'm|I am)\b|(?:I'm|I am)\b|being\b)",

      r"over-?prepar\w+", r"(?:hard|difficult|difficulty|struggle|tough|trouble) (?:to|in|finding|thinking of) (?:name|think of|"
    r"find|come up with|pick|naming|finding)? ?(?:a|any|one) "
    r"(?:real |genuine |major |true |big )?failure", r"(?:care|cared|cares|caring) (?:a (?:bit|little|lot) |way |far |just )?too much",
    r"(?:I'm|I am|I was|being) (?:a (?:bit of a |total |real )?)?perfectionist", r"perfectionism",
    r"(?:I |I just )?care(?:d)? (?:too|so) much",
    r"(?:took|take|taking|took on|take on|taking on) (?:on )?(?:too much|too many|more than)",
    r"(?:can't|cannot|couldn't|don't|struggle to) (?:really )?(?:think of|recall|remember|come up with) (?:a|any) "
    r"(?:real|major|big|genuine|true|serious)? ?(?:failure|failures|time I failed)",
    # claiming no real failure, or a strength worked too hard
    r"(?:never|haven't|have not|not) (?:really |ever |actually |truly |once )*(?:failed(?! to)|had (?:a |any )?(?:real |major |big |"
    r"true |genuine |proper )?(?:failures?|setbacks?)|experienced (?:a |any )?(?:real )?failure)",
    r"(?:work|worked|working|push|pushed|pushing) (?:myself )?(?:too|so) (?:hard|much|long)",
    r"(?:too|overly) (?:dedicated|committed|detail[- ]oriented|invested|thorough|passionate|loyal|helpful|generous|demanding|"
    r"exigent|strict|meticulous|rigorous|particular|careful|attached)",
    # a virtue named as the failure, or preferred over its cost: "my failure is probably loyalty", "I'd rather be someone
    # people can count on", "I check the data too many times", "I care about the plate more than most people do"
    r"(?:my (?:\w+ )?(?:failure|failing|weakness|flaw) (?:is|was|would be) (?:probably |really |just |simply |honestly )?(?:loyalty|"
    r"dedication|commitment|honesty|passion|generosity|ambition|caring|integrity|attention to detail)|(?:i'd|i would) rather "
    r"(?:be|coach|err|over-?\w+|care) |(?:check|verify|test|review|prepar|proofread)\w* (?:\w+ ){0,3}too (?:many times|often|much|"
    r"thoroughly|carefully|closely)|(?:care|cares|cared|work|worked|try|tried) (?:\w+ ){0,4}more than most)",
    # standards set too high, by oneself: "I set the bar too high", "my standards are too high"
    r"(?:I (?:\w+ )?(?:set|hold|held|keep|kept|raise|raised) (?:\w+ ){0,3}(?:bar|standards?|expectations) (?:\w+ ){0,2}too high|"
    r"(?:my|our) (?:bar|standards?|expectations) (?:is|was|are|were) (?:just |simply |always )?too high|I (?:\w+ ){1,4}too high "
    r"(?:a |of a )?(?:bar|standard))",
    r"(?:said|say|saying) yes to (?:too many|everything|everyone)", r"(?:my|the) (?:standards|bar) (?:are|were|is|was) (?:just )?too high",
    r"(?:hold|held) (?:myself|my work) to (?:too high|very high|an impossibly high|extremely high) (?:a )?standards?",
    r"(?:I|I'm|I am) too (?:hard on myself|nice|generous|helpful|honest|ambitious|driven|involved|invested|caring|dedicated)",
    r"couldn't (?:say no|let go)", r"(?:wanted|want) (?:everything|it) to be perfect",
)
