"""Shared helpers for the phrase patterns: whole-word alternatives and who "the others" are."""

from __future__ import annotations

import re


def phrases(*alternatives: str) -> re.Pattern[str]:
    """One case-insensitive pattern matching any alternative as whole words."""
    return re.compile(r"(?<![\w'])(?:" + "|".join(alternatives) + r")(?![\w'])", re.IGNORECASE)


OTHERS_NOUN = (
    r"(?:my|our|the|their|his|her|a|an)\s+(?:\w+\s+)?(?:manager|boss|director|vp|lead|client|customer|"
    r"stakeholders?|leadership|management|executives?|ceo|cto|cfo|founders?|team|teams|department|vendor|"
    r"supplier|contractor|agency|partner|legal|procurement|finance|hr|board|investors?|market|economy|"
    r"teammates?|colleagues?|co-?workers?|developers?|engineers?|designers?|analysts?|recruiters?|"
    r"reviewers?|qa|ops|sales|marketing|engineering|product|editor|principal|surgeon|doctor|"
    r"attorney|partners?|owner|someone|superintendent|nurses?|teachers?|staff|crew|union|regulators?|chef|cooks?|"
    r"contractors?|consultants?|interns?|hires?|reps?|vendors?|suppliers?|carrier|landlord|auditors?|it)"
)
OTHERS = re.compile(OTHERS_NOUN + r"|\b(?:he|she|they|nobody|no one|everyone else|others|management|leadership)\b",
                    re.IGNORECASE)
