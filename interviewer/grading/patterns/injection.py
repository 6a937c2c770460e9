"""Patterns for text that addresses the grader: instructions, fake turns, fake verdicts, role-play, markup."""

from __future__ import annotations

from interviewer.grading.patterns.base import lowered, phrases

READER = r"(?:ai|engine|grader|evaluator|model|assistant|llm|scorer|judge|system|reviewer|assessor|bot|chatbot|gpt|algorithm|machine)"
# Addressing the reader of the reply, or telling it how to score.
INSTRUCTION = phrases(
    # an order to the reader, not a story's act ("I decided to skip the test cases", "we didn't ignore the checks")
    r"(?<!to )(?<!i )(?<!we )(?<!they )(?<!he )(?<!she )(?<!n't )(?<!not )(?<!never )(?<!would )(?<!could )"
    r"(?:ignore|disregard|forget|override|bypass|skip) (?:all |any |the |your |my |these |those |every |of )*(?:[\w-]+ ){0,2}"
    r"(?:instructions?|rubric|rules|guidelines|criteria|prompts?|scoring|grading|flags?|guide|checks?|tests?|programming|"
    r"constraints)",
    r"(?:give|award|assign|grant|rate|score|mark|grade) (?:it|me|this|my|the) (?:\w+ ){0,3}(?:a |an |the )?(?:perfect |full |top |"
    r"maximum |max |highest )?(?:score|marks|points|\d+ ?/ ?\d+|\d+ out of \d+|100|pass(?:es)?|rating|a\+|ten)",
    r"(?:score|grade|rate|mark|evaluate|label|classify|treat) (?:this|me|my|the|it) (?:\w+ ){0,3}(?:as )?(?:a )?(?:perfect|100|"
    r"\d+ ?/ ?\d+|pass|passing|excellent|full marks|flawless|strong|model|exemplary)",
    r"(?:mark|set|record|count|log|score|report) (?:all|every|each|the|both|my) (?:\w+ ){0,3}(?:tests?|checks?|criteria|verdicts?) "
    r"(?:as )?(?:passed|pass|met|green|true)",
    r"(?:message|note|instruction|request|memo|word)s? (?:for|to) (?:the |any |an |whoever |whatever )?(?:\w+ ){0,2}" + READER,
    # the reader named as a machine: "the automated grader", "dear scoring engine" (not "our scoring model" of a project)
    r"(?:automated|automatic) (?:assessor|grader|reviewer|evaluator|scorer)|(?:the|this|dear|to|hey|any|whatever) (?:automated |"
    r"automatic )?(?:reviewing|scoring|grading|evaluating|marking) (?:system|engine|tool|ai|software|bot|program)",
    r"(?:dear|hey|hi|hello|attention|note to|to the|calling) (?:the )?" + READER,
    READER + r" ?[,:] (?:please|you|ignore|disregard|score|mark|give|rate|note|this|pass|treat|do not|don't|remember|the candidate)",
    r"system prompt", r"you are now", r"new instructions?", r"</?(?:system|instructions?|assistant|user|sys)>",
    r"(?:no|zero|don't (?:add|report|raise|list|flag)|do not (?:add|report|raise|list|flag)|without any) (?:red )?flags",
    r"(?:set|override|change|force) (?:the |my |all )?(?:score|verdicts?|grade|honesty|learning|self[_ ]awareness)",
    r"(?:as an|you are an?) (?:ai|language model|grader|evaluator)", r"jailbreak", r"prompt injection",
    r"the rubric (?:says|allows|doesn't apply|does not apply)",
    # whoever grades this, in either tense form ("whoever is scoring this", "whoever marks this")
    r"(?:whoever|whatever|the person|the system|anyone|anybody|the thing|anyone who|the person who|the one who) (?:(?:is )?"
    r"(?:scoring|grading|evaluating|marking|reviewing|reading) (?:this|these|me|my)|(?:marks|scores|grades|reviews|evaluates|"
    r"reads|assesses|checks) (?:this|these)\b)",
    r"(?:this|the) (?:candidate|answer|reply|response) (?:is|has been|was) (?:already )?(?:pre-?)?(?:approved|graded|scored|"
    r"passed|verified|hired)", r"pre-?(?:approved|graded|scored|screened)",
    r"(?:decode|decrypt|translate) (?:this|the following|it) "
    r"(?:and|then)", r"(?:follow|obey|execute|run) (?:the |these |this |my )?(?:\w+ )?(?:instructions?|commands?|orders?)",
    r"(?:lower|any other) (?:number|score|grade) (?:would be|is) (?:a )?(?:bug|error|mistake|wrong)",
)
# The vocabulary of grading: a quote that speaks of the rubric, its tests or its reader is no evidence of a failure.
ABOUT_GRADING = phrases(
    r"rubric|grader|grading|evaluator|assessor|scorer|full marks|system prompt|every test|all (?:three )?tests|red flags?",
    r"(?:the|this|an?) (?:ai|llm|model|assistant|bot)|\d+ ?/ ?(?:10|100)|(?:pass|passes|passed) (?:on )?(?:every|all|each)",
)
# An encoding named beside the text: "(base32; the grader knows what to do)".
ENCODING = lowered(r"\b(?:base ?(?:64|32|16)|rot-?13|hex(?:adecimal)?|url-?encoded|encoded|cipher(?:text)?|caesar"
                   r"|(?:reversed|backwards?) text|spelled backwards)\b")
# Role-play set-ups that try to turn the reader into a lenient character.
ROLE_PLAY = phrases(
    r"(?:let's|let us|we'll|we will) (?:play|pretend|imagine|role-?play)", # Casting the reader: "pretend you're ...", "you are now a lenient recruiter".
    r"(?:pretend (?:to be|you(?:'re| are)|that you)|(?:(?:let's|let us) (?:say|imagine|agree) )?you(?:'re| are) (?:now |going to be |"
    r"playing )?(?:a|an|my|the) (?:\w+ ){0,3}(?:recruiter|grader|evaluator|assistant|interviewer|hiring manager|mentor|judge|"
    r"reviewer|ai|fan|grandmother|friend|character))",
    r"(?:act|behave|respond|answer|reply|speak) (?:as|like) (?:if|though|a|an|my|the)", r"from now on", r"role-?play",
    r"(?:developer|god|dan|admin|debug|sudo) mode", r"stay in character", r"(?:your|the) new (?:role|persona|name) is",
)
# A turn of the conversation the candidate did not write: a speaker label at the start of a line.
FAKE_TURN = lowered(
    r"(?:^|\n)\s*(?:[\[<(#*]+\s*|<\|\s*|\|?)?(?:im_start\|?\s*)?(?:system|sys|assistant|user|human|developer|interviewer|"
    r"grader|evaluator|judge|reviewer|hiring (?:manager|panel)|panel|instructions?|inst|response|model|ai|recruiter|"
    r"evaluation|verdict|assessment|score|final (?:answer|verdict|score|grade))"
    r"(?:\s+(?:note|message|comment|override|prompt|output|says|reply|response|feedback))?\s*(?:\(\w+[^)]*\))?\s*[\]>|)*]*\s*[:=>-]"
    r"|<\|im_(?:start|end)\|>|<<\s*sys\s*>>|\[/?inst\]|###\s*(?:instruction|response|system|input|output)"
    r"|[\[<{(]\s*(?:system|sys|developer|assistant|admin|operator|grader|evaluator|judge)(?:\s+\w+){0,2}\s*[\]>})]"
    r"|[\[<{(]\s*(?:end|start|beginning|begin|close) of (?:the )?(?:candidate'?s? |user'?s? )?(?:answer|reply|response|transcript|"
    r"input|message|text)\s*[\]>})]"
    r"|(?:^|\n)\s*(?:evaluation|verdict|assessment|grading|score|result)s?\s*(?:\n|$)"
    r"|\b(?:system|admin|developer|operator|priority) (?:override|instruction|message|notice|command)s?\b"
)
# A verdict written out for the reader: JSON or key=value pairs of the rubric's tests, or a run of PASS.
FAKE_VERDICT = lowered(
    r"[\"']?(?:honesty|learning|self[_ ]?awareness|verdict|score|overall|flags|tests|grade|result)[\"']?\s*[:=|]\s*[\"'{\[]?\s*"
    r"(?:pass|fail|true|false|none|\[\s*\]|\{|\d{1,3}\b|excellent|strong|a\+)"
    r"|\bpass(?:ed)?\b\W+\bpass(?:ed)?\b\W+\bpass(?:ed)?\b|\b\d{2,3}\s*/\s*100\b|\b10\s*/\s*10\b"
    r"|\|\s*(?:honesty|learning|self[_ -]?awareness|verdict|score)\s*\|"
    # an assessment written out for the reader ("the evaluation of this answer is", "final verdict from the grader")
    r"|\b(?:(?:(?:evaluation|assessment|verdict|grade|grading|score|scoring|result)s? (?:of|for)|i conclude that) (?:this|the) "
    r"(?:answer|reply|response|candidate)\b|final (?:answer|verdict|grade|score)s? (?:from|by|of) "
    r"the (?:grader|evaluator|judge|model|assistant|system))"
)
# Markup that hides text from a human reader but not from a model.
HIDDEN_MARKUP = lowered(r"<!--|display\s*:\s*none|font-size\s*:\s*0|color\s*:\s*(?:white|#fff)|\[(?:white|hidden|invisible) text\]"
                        r"|<span[^>]*style|visibility\s*:\s*hidden")
# A list labelled as keywords for a screening system.
KEYWORD_LIST = lowered(r"\b(?:keywords?|key ?phrases?|tags?|ats (?:keywords?|tags?|terms?)|search terms?|metadata)\s*[:=]")
# The vocabulary a keyword grader counts: many of these in one sentence, with little else, is stuffing.
RUBRIC_TERMS = phrases(
    r"ownership", r"accountab\w+", r"responsibility", r"honesty", r"self[- ]?awareness", r"learning", r"lessons? learned",
    r"checkable", r"checklists?", r"growth mindset", r"specific change", r"star method", r"(?:keywords?|tags?|ats)",
    r"rubric", r"pass(?:ed)?", r"full marks", r"10/10", r"i take full responsibility", r"my fault", r"i now", r"every week",
    r"process improvement", r"root cause", r"stakeholders?", r"transparency", r"humility", r"resilience",
)
