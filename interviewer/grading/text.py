"""Sentences with their offsets in the original reply, so every evidence quote is an exact substring."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

from interviewer.grading.precompiled import rx
from interviewer.grading.prefilter import candidates

# One character in, one character out: offsets in the folded text are offsets in the original.
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})
# Characters that render as nothing or reorder text: they hide words from a reader ("ig\u200bnore").
_INVISIBLE = frozenset("\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b"
                       "\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b\u206c"
                       "\u206d\u206e\u206f\u3164\ufeff\uffa0")
# Cyrillic and Greek letters drawn like Latin ones: folded inside a word that mixes them with Latin letters,
# or anywhere in a reply that is written in Latin letters, so "tоо hаrd" reads as "too hard".
_HOMOGLYPHS = dict(zip(
    "АВЕЅІЈКМНОРСТХУаеіјоросхуѕԁһӏғΑΒΕΖΗΙΚΜΝΟΡΤΥΧαεηικνορτυχ",
    "ABESIJKMHOPCTXYaeijopocxysdhlfABEZHIKMNOPTYXaenikvoptux",
    strict=True,
))
# Latin small capitals ("ʜᴏɴᴇsᴛʏ: ᴘᴀss"), which NFKC leaves as they are: no prose is written in them (phonetic
# transcription, their one real use, is not an interview answer), so they are read as the letters they draw wherever
# they stand.
_SMALL_CAPITALS = dict(zip("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnoprstuvwyz", strict=True))
_LATIN_LETTER = rx(r"[A-Za-z]")
_LETTER = rx(r"[^\W\d_]")
# (a quoted "?" or "!" that the sentence carries on after, "a 'breaking?' label", ends nothing)
_BOUNDARY = rx(r"[.!?]+(?:[\"')\]]+(?=\s|$)(?![ \t]+[a-z])|(?=\s|$))|[。！？]+|\n\s*\n|\n(?=\s*[-*•]|\s*\d+[.)]\s)")
_ABBREVIATIONS = frozenset({"e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "st", "inc", "no", "approx", "p.s", "p.p.s"})
_WORD = rx(r"[^\W_]+(?:['’][^\W_]+)*")
_FIRST_PERSON = rx(r"\b(?:i|i'm|i've|i'd|i'll|my|me|mine|myself)\b")
_ENGLISH_FUNCTION_WORDS = frozenset(
    """a an the and or but so of to in on at for with from by as is are was were be been it this that i my me we our you
    he she they them his her their not no do did does had have has will would could should can if then than when what
    which who there here just about into over after before up out i've i'm i'd i'll it's that's never really anything
    something everything very because been still only also too""".split()
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
    shift: tuple[int, ...] | None = None
    """Where `low` is not offset for offset with `text` (invisible or compatibility characters): the offset in
    `text` of each character of `low`, and one past the end."""

    def text_offset(self, i: int) -> int:
        """The offset in `text` of offset `i` of `low`."""
        return i if self.shift is None else self.shift[min(i, len(self.shift) - 1)]


def normalise(text: str) -> tuple[str, list[int] | None]:
    """The text as a reader sees it (NFKC, invisible characters removed, look-alike letters folded), with the
    offset in `text` of every character of the result (and one past the end), so quotes map back exactly. ASCII
    text is its own reading: the offsets are then None (the identity)."""
    if text.isascii():
        return text, None
    latin = len(_LATIN_LETTER.findall(text))
    letters = len(_LETTER.findall(text)) or 1
    fold_all = latin / letters >= 0.6
    out: list[str] = []
    pos: list[int] = []
    for i, c in enumerate(text):
        if c.isascii():
            out.append(c)
            pos.append(i)
            continue
        if c in _INVISIBLE or "\ufe00" <= c <= "\ufe0f" or "\U000e0100" <= c <= "\U000e01ef":
            continue  # (variation selectors change nothing a reader sees)
        if "\U000e0020" <= c <= "\U000e007e":
            # Unicode tag characters spell ASCII that a screen shows as nothing but a model reads: read it too.
            out.append(chr(ord(c) - 0xE0000))
            pos.append(i)
            continue
        for n in unicodedata.normalize("NFKC", _SMALL_CAPITALS.get(c, c)):
            if n in _HOMOGLYPHS and (fold_all or _mixed_word(text, i)):
                n = _HOMOGLYPHS[n]
            out.append(n)
            pos.append(i)
    pos.append(len(text))
    return "".join(out), pos


def _mixed_word(text: str, i: int) -> bool:
    lo, hi = i, i
    while lo > 0 and (text[lo - 1].isalpha() or text[lo - 1] in _INVISIBLE):
        lo -= 1
    while hi < len(text) - 1 and (text[hi + 1].isalpha() or text[hi + 1] in _INVISIBLE):
        hi += 1
    return any(c.isascii() and c.isalpha() for c in text[lo : hi + 1])


def fold(text: str) -> str:
    """Fold typographic quotes and dashes to ASCII without changing any offset."""
    return text.translate(_FOLD)


def lower_in_place(text: str) -> str:
    """Lowercase without changing any offset (the rare characters whose lowercase is longer stay as they are)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


_VISIBLE_CHAR = rx(r"[^\s\x00-\x1f\x7f-\x9f]")


def is_blank(text: str) -> bool:
    """Nothing a reader could see: only spaces, invisible characters (zero-width, bidi marks) or control bytes.
    The grader refuses such a reply as empty, and so do the script reader and the JSONL reader, alike."""
    return not text or _VISIBLE_CHAR.search(normalise(text[:100_000])[0]) is None


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def split_sentences(text: str) -> list[Sentence]:
    """Split a reply into sentences, keeping each one's exact span in the original.

    The split and every pattern read the normalised text; `start`, `end` and `text` are the original's.
    """
    norm, pos = normalise(text)
    folded = fold(norm)
    sentences: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(folded):
        if m.group().startswith(".") and _ends_with_abbreviation(folded, m.start()):
            continue
        _append(sentences, text, folded, pos, start, m.end())
        start = m.end()
    _append(sentences, text, folded, pos, start, len(folded))
    return sentences


def _ends_with_abbreviation(folded: str, dot: int) -> bool:
    word = re.search(r"([A-Za-z.]+)$", folded[max(0, dot - 8) : dot])
    return word is not None and word.group(1).lower().strip(".") in _ABBREVIATIONS


def _append(out: list[Sentence], text: str, folded: str, pos: list[int] | None, start: int, end: int) -> None:
    chunk = folded[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    s, e = start + lead, end - trail
    if e <= s:
        return
    low = lower_in_place(folded[s:e])
    ts, te = (s, e) if pos is None else (pos[s], pos[e - 1] + 1)
    shift = None
    if pos is not None and (te - ts != e - s or pos[e - 1] - pos[s] != e - 1 - s):
        shift = (*(p - ts for p in pos[s:e]), te - ts)
    original = text[ts:te]
    out.append(Sentence(len(out), ts, te, original, low, count_words(low), _FIRST_PERSON.search(low) is not None, shift))


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
        norm = normalise(self.text[:20_000])[0]
        tokens = [w.lower() for w in _WORD.findall(fold(norm))[:2000]]
        if len(tokens) < 6:
            return not any(ord(c) > 0x2E7F for c in norm[:500])
        latin = sum(1 for w in tokens if w.isascii())
        if latin / len(tokens) < 0.6:
            return False
        common = sum(1 for w in tokens if w in _ENGLISH_FUNCTION_WORDS)
        return common / len(tokens) >= 0.15


_QUOTE_LIMIT = 240
"""A quote longer than this is cut to a window around the match."""


@dataclass(frozen=True, slots=True)
class Hit:
    """One pattern match: the sentence it is in and the matched span (the sentence's start plus offsets in its
    `low`, which are offsets in the reply unless the sentence held invisible or compatibility characters)."""

    sentence: Sentence
    start: int
    end: int

    @property
    def quote(self) -> str:
        """The sentence, or a window of it around the match when the sentence is long."""
        s = self.sentence
        if len(s.text) <= _QUOTE_LIMIT:
            return s.text
        lo = max(0, s.text_offset(self.start - s.start) - 80)
        hi = min(len(s.text), s.text_offset(self.end - s.start) + 80)
        lo = s.text.rfind(" ", 0, lo) + 1 if lo > 0 else 0
        cut = s.text.find(" ", hi)
        hi = cut if cut != -1 else len(s.text)
        return s.text[lo:hi].strip()


def hits(pattern: re.Pattern[str], sentences: list[Sentence]) -> list[Hit]:
    out = []
    for s in candidates(pattern, sentences):
        m = pattern.search(s.low)
        if m:
            out.append(Hit(s, s.start + m.start(), s.start + m.end()))
    return out


def every(pattern: re.Pattern[str], sentences: list[Sentence]) -> list[Hit]:
    """Every match, not just the first of each sentence: for signals that count."""
    return [Hit(s, s.start + m.start(), s.start + m.end()) for s in candidates(pattern, sentences)
            for m in pattern.finditer(s.low)]
