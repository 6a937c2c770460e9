"""The patterns' prefilter (grading/prefilter.py) is current and never changes what a pattern finds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interviewer.evaluation import load_cases
from interviewer.grading import RulesGrader, prefilter, text
from interviewer.grading.text import Reply


def test_the_file_holds_the_literals_of_the_patterns_as_they_are() -> None:
    stored = json.loads(prefilter.FILE.read_text(encoding="utf-8"))
    assert stored == prefilter.build(), "a pattern changed: run python -m interviewer.grading.write_prefilter"


def test_every_match_holds_one_of_its_patterns_literals() -> None:
    sentences = [s.low for c in load_cases(split="dev")[::3] for s in Reply(c.answer).sentences]
    assert len(sentences) > 3000
    checked = 0
    for pattern in prefilter.engine_patterns():
        found = prefilter.necessary(pattern)
        if not found:
            continue
        for low in sentences:
            if pattern.search(low):
                checked += 1
                assert any(w in low for w in found), (pattern.pattern[:80], low)
    assert checked > 1000


@pytest.mark.parametrize(("source", "literals"), [
    (r"(?<![\w'])(?:taught me|learned|the (?:main |big )?lesson)(?![\w'])", {"taught me", "learned", "lesson"}),
    (r"\bi (?:never|didn't) (?:check|test)", {"never", "didn't"}),  # the set whose shortest literal is longest
    (r"\d+ (?:days?|weeks?)", {"day", "week"}),
    (r"(?:an? )?\w+ed\b", {"ed"}),
    (r"[$£]?\d+(?:k|%)?", None),  # nothing every match holds beyond one character: searched everywhere
])
def test_the_literals_are_what_every_match_must_hold(source: str, literals: set[str] | None) -> None:
    import re

    assert prefilter.necessary(re.compile(source)) == (frozenset(literals) if literals else None)


def test_grades_are_the_same_with_and_without_it(monkeypatch: pytest.MonkeyPatch) -> None:
    cases = load_cases(split="dev")[::8]
    with_it = [RulesGrader().grade(c.answer, c.question) for c in cases]
    monkeypatch.setattr(text, "candidates", lambda pattern, sentences: sentences)
    without = [RulesGrader().grade(c.answer, c.question) for c in cases]
    assert [g.to_dict() for g in with_it] == [g.to_dict() for g in without]


@pytest.mark.parametrize("content", ["{not json", "[]", '{"x": "not a list"}', '{"x": [""]}', '{"x": [3]}'])
def test_a_damaged_file_means_every_pattern_is_searched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str) -> None:
    damaged = tmp_path / "prefilter.json"
    damaged.write_text(content, encoding="utf-8")
    monkeypatch.setattr(prefilter, "FILE", damaged)
    prefilter._table.cache_clear()
    try:
        sentences = Reply("I missed the deadline. Nobody noticed.").sentences
        assert prefilter.candidates(prefilter.engine_patterns()[0], sentences) is sentences
        assert RulesGrader().grade("I skipped the check and the order shipped late.").flag_ids is not None
    finally:
        prefilter._table.cache_clear()
