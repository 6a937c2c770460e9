"""Sentences with their offsets in the original reply, so every evidence quote is an exact substring."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

# One character in, one character out: offsets in the folded text are offsets in the original.
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})
_BOUNDARY = re.compile(r"[.!?]+[\"')\]]*(?=\s|$)|\n\s*\n|\n(?=\s*[-*•]|\s*\d+[.)]\s)")
_ABBREVIATIONS = frozenset({"e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "st", "inc", "no", "approx"})
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|my|me|mine|myself)\b")
_ENGLISH_FUNCTION_WORDS = frozenset(
    """a an the and or but so of to in on at for with from by as is are was were be been it this that i my me we our you
    he she they them his her their not no do did does had have has will would could should can if then than when what
    which who there here just about into over after before up out""".split()
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the reply: `text` is `reply[start:end]` exactly."""

    index: int
    start: int
    end: int
    text: str
    low: str
    """The same sentence folded to ASCII quotes and dashes and lowercased, offset for offset: what patterns read."""
    words: int
    first_person: bool
    """True when the sentence has I, me, my or mine in it: the patterns of ownership and change need one."""


def fold(text: str) -> str:
    """Fold typographic quotes and dashes to ASCII without changing any offset."""
    return text.translate(_FOLD)


def lower_in_place(text: str) -> str:
    """Lowercase without changing any offset (the rare characters whose lowercase is longer stay as they are)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def split_sentences(text: str) -> list[Sentence]:
    """Split a reply into sentences, keeping each one's exact span in the original."""
    folded = fold(text)
    sentences: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(folded):
        if m.group().startswith(".") and _ends_with_abbreviation(folded, m.start()):
            continue
        _append(sentences, text, folded, start, m.end())
        start = m.end()
    _append(sentences, text, folded, start, len(text))
    return sentences


def _ends_with_abbreviation(folded: str, dot: int) -> bool:
    word = re.search(r"([A-Za-z.]+)$", folded[max(0, dot - 8) : dot])
    return word is not None and word.group(1).lower().strip(".") in _ABBREVIATIONS


def _append(out: list[Sentence], text: str, folded: str, start: int, end: int) -> None:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    s, e = start + lead, end - trail
    if e > s:
        low = lower_in_place(folded[s:e])
        out.append(Sentence(len(out), s, e, text[s:e], low, count_words(text[s:e]), _FIRST_PERSON.search(low) is not None))


@dataclass(frozen=True)
class Reply:
    """A reply prepared for the detectors: the original text, its sentences and counts."""

    text: str

    @cached_property
    def sentences(self) -> list[Sentence]:
        return split_sentences(self.text)

    @cached_property
    def words(self) -> int:
        return count_words(self.text)

    @cached_property
    def looks_english(self) -> bool:
        """False when the reply is clearly in another language (the rules are English-only)."""
        tokens = [w.lower() for w in _WORD.findall(fold(self.text))[:2000]]
        if len(tokens) < 6:
            return not any(ord(c) > 0x2E7F for c in self.text[:500])
        latin = sum(1 for w in tokens if w.isascii())
        if latin / len(tokens) < 0.6:
            return False
        common = sum(1 for w in tokens if w in _ENGLISH_FUNCTION_WORDS)
        return common / len(tokens) >= 0.15
