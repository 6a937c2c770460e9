"""Phrase fitting: the pattern-table alternatives that match exactly one labelled case and nothing else.

An alternative that exists to catch one dataset case is a defect: it raises the figures on the data it was
written from and says nothing about candidates nobody has seen. `python -m interviewer.evaluation.fitting`
lists them; tests/test_fitting.py holds the list empty.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from interviewer.evaluation.dataset import DEFAULT_DATASET, FRESH_DATASET, Case, load_cases
from interviewer.grading import patterns
from interviewer.grading.text import split_sentences

_WHOLE_WORD = ("(?<![\\w'])(?:", ")(?![\\w'])")


@dataclass(frozen=True)
class Alternative:
    """One top-level alternative of a pattern table, compiled as the engine runs it."""

    table: str
    text: str
    pattern: re.Pattern[str]

    @property
    def is_phrase(self) -> bool:
        """More than one word. A single word with its inflections ("tribunal", "injur\\w+") is a lexicon entry: a
        general word can be rare in a dataset without having been written for one case; a phrase cannot."""
        return re.search(r" |\\s", self.text) is not None


def split_top_level(pattern: str) -> list[str]:
    """The pattern's top-level `|` alternatives (groups, classes and escapes respected)."""
    out: list[str] = []
    current: list[str] = []
    depth, in_class, escaped = 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            out.append("".join(current))
            current = []
            continue
        current.append(ch)
    out.append("".join(current))
    return out


def alternatives() -> Iterator[Alternative]:
    """Every alternative of every table in interviewer/grading/patterns/."""
    head, tail = _WHOLE_WORD
    for info in pkgutil.iter_modules(patterns.__path__):
        module = importlib.import_module(f"{patterns.__name__}.{info.name}")
        for name, value in vars(module).items():
            if not isinstance(value, re.Pattern):
                continue
            p = value.pattern
            table = f"{info.name}.{name}"
            if p.startswith(head) and p.endswith(tail):
                for alt in split_top_level(p[len(head) : -len(tail)]):
                    yield Alternative(table, alt, re.compile(head + alt + tail))
            else:
                for alt in split_top_level(p):
                    yield Alternative(table, alt, re.compile(alt))


def single_case_alternatives(cases: Iterable[Case]) -> list[tuple[Alternative, Case]]:
    """The alternatives that match, sentence by sentence as the engine reads, exactly one case: with that case."""
    joined = []
    for case in cases:
        lows = [s.low for s in split_sentences(case.answer)]
        joined.append((case, "\n".join(lows), lows))
    out = []
    for alt in alternatives():
        hits: list[Case] = []
        for case, text, lows in joined:
            # The joined text is a quick reject; the sentence check is what the engine does.
            if alt.pattern.search(text) and any(alt.pattern.search(s) for s in lows):
                hits.append(case)
                if len(hits) > 1:
                    break
        if len(hits) == 1:
            out.append((alt, hits[0]))
    return out


def all_cases() -> list[Case]:
    return load_cases(DEFAULT_DATASET) + load_cases(FRESH_DATASET)


def main() -> None:
    cases = all_cases()
    found = single_case_alternatives(cases)
    total = sum(1 for _ in alternatives())
    for alt, case in found:
        kind = "phrase" if alt.is_phrase else "word"
        print(f"{alt.table}: {alt.text!r} ({kind}) matches only {case.id} ({case.split})")
    phrases = [(a, c) for a, c in found if a.is_phrase]
    tuned = sum(1 for _, case in phrases if case.split != "fresh")
    print(f"{len(found)} of {total} alternatives match exactly one of {len(cases)} labelled cases; {len(phrases)} of them "
          f"are phrases: {tuned} match a dev or test case (fitting), {len(phrases) - tuned} a fresh one (never tuned on)")


if __name__ == "__main__":
    main()
