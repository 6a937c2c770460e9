"""A prefilter for the phrase patterns: a sentence is searched with a pattern only if it holds one of the literals that
every match of the pattern contains.

Most of a grade's time is the phrase patterns run over every sentence, and most of those searches find nothing. Every
match of `(?<![\\w'])(?:taught me|learned|the (?:main |big )?lesson)` contains "taught me", "learned" or "lesson", so a
sentence with none of them need not be searched. The literals are read once from each pattern's parse tree
(`necessary`) and kept in `prefilter.json`; one Aho-Corasick pass over a sentence tells which of them it holds. It never
changes a result: a pattern with no such literals, or one the file does not know (changed since the file was written),
is searched on every sentence, and so is everything when `pyahocorasick` is not installed.

Rewrite the file after changing a pattern: `python -m interviewer.grading.write_prefilter` (tests/test_prefilter.py
fails until then).
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Final

FILE: Final = Path(__file__).with_name("prefilter.json")
MODULES: Final = ("interviewer.grading.patterns.base", "interviewer.grading.patterns.beats",
                  "interviewer.grading.patterns.delivery", "interviewer.grading.patterns.injection",
                  "interviewer.grading.patterns.learning", "interviewer.grading.patterns.ownership",
                  "interviewer.grading.patterns.structure", "interviewer.grading.roles", "interviewer.grading.signals",
                  "interviewer.grading.screen", "interviewer.grading.flags", "interviewer.grading.questions",
                  "interviewer.grading.star", "interviewer.grading.text", "interviewer.grading.acts")
"""The modules whose module-level patterns the file covers."""
_SHORTEST: Final = 2
"""A literal of one character is in almost every sentence: a set holding one filters nothing."""

_Literals = frozenset[str]


def _weakest(found: _Literals) -> int:
    return min(len(x) for x in found)


def _necessary(items: Any) -> _Literals | None:
    """A set of literals one of which occurs in every match of the parsed sequence `items`, or None if none is known.
    Of the sets each mandatory part of the sequence gives, the one whose shortest literal is longest."""
    import re._constants as sre  # type: ignore[import-not-found]  # re's own parse tree (CPython 3.11+): read only when
    # the file is written or checked, never while grading
    best: _Literals | None = None
    run = ""

    def consider(found: _Literals | None) -> None:
        nonlocal best
        if found and (best is None or _weakest(found) > _weakest(best)):
            best = found

    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL:
            run += chr(av)
            continue
        if run:
            consider(frozenset((run,)))
            run = ""
        if op is sre.SUBPATTERN:
            consider(_necessary(av[3]))
        elif op is sre.BRANCH:
            branches = [_necessary(b) for b in av[1]]
            if all(branches):
                consider(frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(_necessary(av[2]))
        elif op is sre.ATOMIC_GROUP:
            consider(_necessary(av))
        # anything else (a class, a lookaround, an anchor, an optional part) holds no literal every match contains
    return best if best and _weakest(best) >= _SHORTEST else None


def necessary(pattern: re.Pattern[str]) -> _Literals | None:
    """The literals one of which every match of `pattern` contains, or None (then it is searched everywhere)."""
    import re._parser as sre_parse  # type: ignore[import-not-found]

    if pattern.flags & re.IGNORECASE:
        return None
    return _necessary(sre_parse.parse(pattern.pattern, pattern.flags & ~re.UNICODE))


def engine_patterns() -> list[re.Pattern[str]]:
    """Every module-level pattern of MODULES, and every pattern of a module-level tuple of them, once each."""
    seen: dict[str, re.Pattern[str]] = {}
    for name in MODULES:
        for value in vars(importlib.import_module(name)).values():
            for p in value if isinstance(value, tuple) else (value,):
                if isinstance(p, re.Pattern) and isinstance(p.pattern, str):
                    seen.setdefault(p.pattern, p)
    return list(seen.values())


def build() -> dict[str, list[str]]:
    """What the file holds: each pattern with literals, as its source, and its literals."""
    out = {}
    for pattern in engine_patterns():
        found = necessary(pattern)
        if found:
            out[pattern.pattern] = sorted(found)
    return dict(sorted(out.items()))


@cache
def _table() -> tuple[Any, dict[str, frozenset[int]]] | None:
    """The automaton over every literal of the file, and each pattern's literals as their numbers; None when the file
    or pyahocorasick is missing, or the file is not what `write` writes (then every pattern is searched everywhere)."""
    try:
        import ahocorasick
        stored = json.loads(FILE.read_text(encoding="utf-8"))
    except (ImportError, OSError, ValueError):
        return None
    if not isinstance(stored, dict) or not all(
        isinstance(words, list) and words and all(isinstance(w, str) and w for w in words) for words in stored.values()
    ):
        return None
    numbers: dict[str, int] = {}
    patterns = {source: frozenset(numbers.setdefault(w, len(numbers)) for w in words) for source, words in stored.items()}
    automaton = ahocorasick.Automaton()
    for word, n in numbers.items():
        automaton.add_word(word, n)
    automaton.make_automaton()
    return automaton, patterns


@lru_cache(maxsize=1024)
def _held(low: str) -> frozenset[int]:
    table = _table()
    assert table is not None
    return frozenset(n for _, n in table[0].iter(low))


def candidates(pattern: re.Pattern[str], sentences: Sequence[Any]) -> Sequence[Any]:
    """The sentences (anything with `low`) that may hold a match of `pattern`."""
    table = _table()
    if table is None:
        return sentences
    wanted = table[1].get(pattern.pattern)
    if wanted is None:
        return sentences
    return [s for s in sentences if not wanted.isdisjoint(_held(s.low))]


def may_match(pattern: re.Pattern[str], low: str) -> bool:
    """Whether `pattern` may match the lowercased text `low` (False only when it holds none of the pattern's literals)."""
    table = _table()
    if table is None:
        return True
    wanted = table[1].get(pattern.pattern)
    return wanted is None or not wanted.isdisjoint(_held(low))


def write() -> int:
    """Rewrite the file from the patterns as they are; the number of patterns it holds."""
    table = build()
    FILE.write_text(json.dumps(table, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(table)
