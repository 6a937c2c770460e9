"""No phrase-table alternative exists to catch one labelled case (issue 11: generalise, never fit)."""

from __future__ import annotations

from interviewer.evaluation.fitting import all_cases, alternatives, single_case_alternatives, split_top_level


def test_a_word_with_its_inflections_is_a_lexicon_entry_and_a_phrase_is_not() -> None:
    words = {a.text: a.is_phrase for a in alternatives()}
    assert words[r"injur\w+"] is False
    assert any(is_phrase for text, is_phrase in words.items() if " " in text)


def test_top_level_split_respects_groups_classes_and_escapes() -> None:
    assert split_top_level(r"a(?:b|c)|[|x]|d\|e") == ["a(?:b|c)", "[|x]", r"d\|e"]


def test_every_table_is_read() -> None:
    tables = {a.table for a in alternatives()}
    assert {"ownership.BLAME", "learning.GENERIC", "delivery.TRIVIAL"} <= tables


# Phrases that were in the tables before the second dev round (`dev9-`, 135 cases written blind to the engine) was
# added, each matching no dev case then; their one match now is a case written without seeing them, which is a
# general phrase generalising, not a phrase written for a case. Frozen: a phrase added later cannot be listed here.
_BEFORE_DEV9: frozenset[tuple[str, str]] = frozenset({
    ("delivery.TRIVIAL", r"reply[- ]all(?:ed)?"),
    ("delivery.TRIVIAL", r"late to (?:a|the|one|an) (?:\w+ )?(?:meeting|standup|stand-up|call|sync)"),
    ("delivery.CONFIDENTIAL", r"(?:confidential|under (?:an )?nda|internal[- ](?:numbers|figures|metrics|dashboard|data)|"
                              r"strictly (?:internal|private))"),
    ("delivery.NEGATIVE", r"a nightmare to work with"),
    ("learning.RESCUE", r"blessing in disguise"),
})
# The same for the third dev round (`dev10-`, 150 cases written blind to the engine at stop 19).
_BEFORE_DEV10: frozenset[tuple[str, str]] = frozenset({
    ("learning.LESSON", r"i became"),
    ("learning.HEDGING", r"who knows"),
    ("ownership.MINIMIZING", r"(?:only|just|merely) (?:a|one) (?:small|minor|tiny|little|brief|short)"),
    ("structure.CONSEQUENCES", r"the public"),
})
# And for the fourth (`dev11-`, 160 cases written blind to the engine at stop 19, after the dev10 tuning).
_BEFORE_DEV11: frozenset[tuple[str, str]] = frozenset({
    ("delivery.TRIVIAL", r"(?:was|ran|showed up|arrived|logged on|joined) (?:a few|a couple of|two|five|ten|fifteen|\d+) "
                         r"minutes late"),
    ("delivery.TRIVIAL", r"(?:swapped|switched|mixed up) (?:\w+ ){0,3}(?:names|dates|weeks|slots|rooms)"),
    ("delivery.CONFIDENTIAL", r"not (?:supposed|allowed|meant) to (?:say|share|talk about|mention|disclose)"),
    ("delivery.CURRENT_EMPLOYER", r"(?:this|last) (?:quarter|month|week)(?:,)? (?:we|our)"),
    ("delivery.NEGATIVE", r"(?:terrible|awful|horrible|worst|bad|weak) (?:manager|boss|client|team|lead|leader|director|"
                          r"colleague|engineer|vendor|people|hire|communicator)"),
    ("ownership.MINIMIZING", r"(?:honestly|really),? it was (?:only|just|barely)"),
})
_BEFORE_DEV12: frozenset[tuple[str, str]] = frozenset({
    ("beats.RESULT", r"the (?:next|last) \w+ (?:went|shipped|closed|launched)"),
    ("delivery.NEGATIVE", r"out of (?:his|her|their) depth"),
    ("ownership.MINIMIZING", r"could have been (?:much |a lot |way |far |so much )?worse"),
})
"""Older phrases whose one match is now a case of the fifth blind round (`dev12-`, written at stop 20)."""
_BEFORE_DEV13: frozenset[tuple[str, str]] = frozenset({
    ("delivery.EMOTION", r"(?:my )?anxiety"),
    ("ownership.HUMBLE_BRAG", r"(?:never|haven't|have not|not) (?:really |ever |actually |truly |once )*(?:failed(?! to)|had "
                              r"(?:a |any )?(?:real |major |big |true |genuine |proper )?(?:failures?|setbacks?)|experienced "
                              r"(?:a |any )?(?:real )?failure)"),
})
"""... and of the sixth (`dev13-`: strong answers in real registers, written at stop 20)."""
_BEFORE_DEV14: frozenset[tuple[str, str]] = frozenset({
    ("ownership.HUMBLE_BRAG", r"(?:hold|held) (?:myself|my work) to (?:too high|very high|an impossibly high|extremely high) "
                              r"(?:a )?standards?"),
})
"""... and of the seventh (`dev14-`: flawed answers in real registers, written at stop 20)."""
_BEFORE_DEV15: frozenset[tuple[str, str]] = frozenset({
    ("learning.RESCUE", r"(?:exceeded|smashed|crushed|beat|blew past|doubled|tripled) (?:our|the|my) (?:\w+ )?"
                        r"(?:target|goal|quota|forecast|number|numbers)"),
    ("ownership.BLAME", r"(?:blame|blamed) (?:the|them|him|her|it on)"),
    ("ownership.PASSIVE_FAILURE", r"the ball (?:was|got) dropped"),
})
"""... and of the eighth (`dev15-`: blame, talk about others, blurred agency and their look-alikes, written at stop 21)."""
_BEFORE_DEV16: frozenset[tuple[str, str]] = frozenset({
    ("delivery.DRAMATIC", r"car crash"),
    ("delivery.NEGATIVE", r"amateur(?:s|ish|\b(?! [a-z]))"),
    ("ownership.HUMBLE_BRAG", r"(?:i|i'm|i am) too (?:hard on myself|nice|generous|helpful|honest|ambitious|driven)"),
    ("structure.DISOWNED", r"\b(?:the )?(?:usual|standard|classic|typical|stock|cliche|cliched|textbook|canned) "
                           r"(?:answer|line|cliche|one|response)\b"),
})
"""... and of the ninth (`dev16-`: openings and follow-ups of every kind in real registers, written at stop 21)."""
_BEFORE_DEV17: frozenset[tuple[str, str]] = frozenset({
    ("learning.HEDGING", r"hard to pin down"),
    ("ownership.VAGUE_WE", r"(?:it|things) (?:just )?(?:didn't|did not) (?:work out|pan out|go (?:to plan|as planned|our way))"),
})
"""... and of the tenth (`dev17-`: openings and follow-ups in real registers, written at stop 21 to measure it)."""
_BEFORE_DEV18: frozenset[tuple[str, str]] = frozenset({
    ("learning.GENERIC", r"(?:keep|bear|have) (?:it|that|this) in mind"),
    ("learning.HEDGING", r"there's no (?:right|easy|clear|simple) answer"),
    ("ownership.MINIMIZING", r"happens to (?:everyone|everybody|the best of us)"),
    ("structure.FAULT", r"failed to"),
    # the alternative of others who "should have" acted (a long list of roles): named by its opening
    *((a.table, a.text) for a in alternatives()
      if a.table == "ownership.BLAME" and a.text.startswith(r"(?:(?:(?<![\w'])(?:product|qa|engineering|marketing|")),
})
"""... and of the eleventh (`dev18-`: openings and follow-ups in real registers, written at stop 22 to measure the
learned combiner on writing it never saw)."""
_BEFORE_DEV19: frozenset[tuple[str, str]] = frozenset({
    ("delivery.EMOTION", r"(?:my|i had|i have|i get|i got|i felt|the) anxiety"),
    ("delivery.EMOTION", r"(?:wanted|thought about|considered|nearly|almost) (?:to )?quit(?:ting)?"),
    ("delivery.NEGATIVE", r"typical (?:of )?(?:him|her|them)"),
    ("learning.HEDGING", r"i guess (?:i|we|maybe)(?:'d| would| could| might| should| (?:\w+ )?(?:could|would|might|should))"),
    ("learning.RESCUE", r"(?:praised|commended|applauded|lauded) (?:me|my|us|our|for|how)"),
})
"""... and of the twelfth (`dev19-`: openings in everyday and published-answer registers and follow-ups, written at
stop 22 to measure it)."""
_BEFORE_DEV20: frozenset[tuple[str, str]] = frozenset({
    ("delivery.NEGATIVE", r"control freak"),
})
"""... and of the thirteenth (`dev20-`: openings and follow-ups, written at the end of stop 22 to measure it)."""
_BEFORE_DEV21: frozenset[tuple[str, str]] = frozenset({
    ("delivery.NEGATIVE", r"a bully"),
    ("learning.HEDGING", r"i'd (?:probably |maybe )?try to (?:maybe|somehow|just)"),
    ("learning.RESCUE", r"promoted me"),
    ("ownership.MINIMIZING", r"compared (?:to|with) (?:what|how|the) [^.]{0,60}(?:worse|bigger|real disaster)"),
    ("structure.COMPARISON", r"(?:compared|next|relative) (?:to|with) (?:\w+ ){0,6}(?:worse|bigger|larger|real|proper|serious|"
                             r"what (?:\w+ ){0,3}(?:seen|heard|happens))"),
})
"""... and of the fourteenth (`dev21-`: openings in everyday, published and messy registers and follow-ups, written at
stop 23 to measure the engine of stop 22's end)."""
_BEFORE_DEV22: frozenset[tuple[str, str]] = frozenset({
    ("delivery.TRIVIAL", r"wrong (?:font|color|colour|logo|date format)"),
    ("delivery.EMOTION", r"weeks? (?:afterwards? )?i (?:couldn't|could not|kept|would)"),
    ("delivery.NEGATIVE", r"(?:no|zero) (?:clue|idea) what (?:he|she|they) (?:was|were) doing"),
    ("learning.GENERIC", r"(?:always|never) give up"),
    ("ownership.HUMBLE_BRAG", r"(?:wanted|want) (?:everything|it) to be perfect"),
})
"""... and of the fifteenth (`dev22-`: written at the end of stop 23 to measure its final engine)."""
_BEFORE_DEV23: frozenset[tuple[str, str]] = frozenset({
    ("ownership.HUMBLE_BRAG", r"couldn't (?:say no|let go)"),
})
"""... and of the sixteenth (`dev23-`: written at the start of stop 24 to measure the engine it started with)."""
_BEFORE_DEV24: frozenset[tuple[str, str]] = frozenset({
    ("learning.GENERIC", r"(?:ask|asking) for help (?:sooner|earlier|more)"),
    ("learning.RESCUE", r"(?:won|landed|closed) (?:the|our) (?:biggest|largest)"),
    ("ownership.PASSIVE_FAILURE", r"(?:things|stuff|balls|details) (?:were|got) (?:dropped|missed|lost)"),
})
"""... and of the seventeenth (`dev24-`: written at the start of stop 25 to measure the engine it started with)."""
_BEFORE_DEV26: frozenset[tuple[str, str]] = frozenset({
    ("delivery.CONFIDENTIAL", r"between you and me"),
})
"""... and of the nineteenth (`dev26-`: written in stop 26 to measure the engine on arrival)."""
_BEFORE_DEV27: frozenset[tuple[str, str]] = frozenset({
    ("delivery.CONFIDENTIAL", r"(?:don't|do not|please don't) (?:repeat|share|quote) (?:this|that)"),
})
"""... and of the twentieth (`dev27-`: written at the end of stop 26 to measure its engine on arrival)."""
_BEFORE_DEV29: frozenset[tuple[str, str]] = frozenset({
    ("ownership.DEFENSIVE", r"i'm not blaming (?:anyone|anybody|them|him|her)"),
    ("structure.EXCULPATION", r"(?:wasn't|was not|were not|weren't) (?:given|told|warned|trained|consulted)"),
})
"""... and of the twenty-second (`dev29-`: written in stop 27 to measure the engine on arrival)."""


_OLDER_THAN: dict[str, frozenset[tuple[str, str]]] = {
    "dev9-": _BEFORE_DEV9,
    "dev10-": _BEFORE_DEV10,
    "dev11-": _BEFORE_DEV11,
    "dev12-": _BEFORE_DEV12,
    "dev13-": _BEFORE_DEV13,
    "dev14-": _BEFORE_DEV14,
    "dev15-": _BEFORE_DEV15,
    "dev16-": _BEFORE_DEV16,
    "dev17-": _BEFORE_DEV17,
    "dev18-": _BEFORE_DEV18,
    "dev19-": _BEFORE_DEV19,
    "dev20-": _BEFORE_DEV20,
    "dev21-": _BEFORE_DEV21,
    "dev22-": _BEFORE_DEV22,
    "dev23-": _BEFORE_DEV23,
    "dev24-": _BEFORE_DEV24,
    "dev26-": _BEFORE_DEV26,
    "dev27-": _BEFORE_DEV27,
    "dev29-": _BEFORE_DEV29,
}
"""Each round's prefix and the alternatives older than it that match only one of its cases."""


def test_no_alternative_matches_exactly_one_case_of_the_data_read_while_tuning() -> None:
    # A fresh case is never read while tuning, so an alternative whose one match is there is a general
    # phrase that happens to be rare; one whose only match is a dev or test case was written for it.
    # The injection tables are excluded: they follow a taxonomy of attacks (fake turns, role-play, encodings), and
    # the labelled replies hold only a handful of attacks, so any form of one is rare there by nature.
    found = [(a, c) for a, c in single_case_alternatives(all_cases())
             if a.is_phrase and c.split != "fresh" and not a.table.startswith("injection.")
             and (a.table, a.text) not in _OLDER_THAN.get(c.id.split("-")[0] + "-", frozenset())]
    assert not found, "\n".join(f"{a.table}: {a.text!r} matches only {c.id}" for a, c in found)


def _without_trailing_lookarounds(text: str) -> str:
    while text.endswith(")"):
        depth = 0
        for at in range(len(text) - 1, -1, -1):
            depth += {")": 1, "(": -1}.get(text[at], 0)
            if depth == 0:
                break
        if not text[at:].startswith(("(?!", "(?=", "(?<")):
            break
        text = text[:at]
    return text


def test_no_whole_word_alternative_ends_in_a_space_the_word_guard_makes_unmatchable() -> None:
    # "i was the one who (?!...)" inside the guard "(?![\w'])" needed a non-word after the space: it never matched.
    dead = [(a.table, a.text) for a in alternatives()
            if a.pattern.pattern.endswith(")(?![\\w'])") and _without_trailing_lookarounds(a.text).endswith(" ")]
    assert not dead, dead
