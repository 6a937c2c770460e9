"""The patterns' prefilter (grading/prefilter.py) is current and never changes what a pattern finds."""

from __future__ import annotations

import json
import marshal
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from interviewer.evaluation import load_cases
from interviewer.grading import RulesGrader, precompiled, prefilter, text
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


# The compiled patterns (grading/precompiled.py): the file holds every pattern the grading modules compile at import,
# each with the code re.compile makes of it, and a pattern made from the file is the pattern re.compile makes.

IMPORTED = """
import importlib, json
from interviewer.grading import precompiled, prefilter
for name in prefilter.MODULES:
    importlib.import_module(name)
print(json.dumps([[source, flags, held] for (source, flags), held in precompiled.ASKED.items()]))
"""


def test_the_compiled_file_holds_every_pattern_compiled_at_import_as_re_compiles_it() -> None:
    # a fresh interpreter: what this one has compiled while grading in other tests is not what the file is for
    asked = json.loads(subprocess.run([sys.executable, "-c", IMPORTED], capture_output=True, text=True, check=True).stdout)
    assert len(asked) > 200
    missed = [source[:80] for source, _, held in asked if not held]
    assert not missed, f"run python -m interviewer.grading.write_prefilter: {missed[:3]}"
    stored = precompiled._load()
    assert set(stored) == {(source, flags) for source, flags, _ in asked}, "stale entries: rewrite the file"
    for (source, flags), entry in stored.items():
        assert entry == precompiled.code(source, flags), source[:80]


def test_a_pattern_from_the_file_is_the_pattern_re_compiles() -> None:
    # every pattern of the grading modules, most of them told the characters their matches start with
    answers = [c.answer.lower() for c in load_cases(split="dev")[::20]]
    told = 0
    for value in prefilter.engine_patterns():
        fresh = re.compile(value.pattern, value.flags & ~re.UNICODE)
        assert (value.flags, value.groups, value.groupindex) == (fresh.flags, fresh.groups, fresh.groupindex)
        for answer in answers:
            assert [m.span() for m in value.finditer(answer)] == [m.span() for m in fresh.finditer(answer)], value.pattern
        told += precompiled.first_characters(_parsed(value.pattern), value.flags) is not None
    assert told > 250


def _parsed(source: str) -> object:
    return re._parser.parse(source, 0).data


@pytest.mark.parametrize(("source", "first"), [
    (r"\b(?:fail\w*|mistake)\b", "fm"),             # a word boundary tests, it does not consume
    (r"(?<![\w'])(?:yes|no) sir", "yn"),               # nor does a look-behind
    (r"(?:very )?late\b", "lv"),                       # an optional part adds its own, and the next part's
    (r"(?:[a-c]|x{2,})z", "abcx"),                     # a class, a repeat that must occur
    (r"[^.;]{2,60}, so", None),                        # a negated class may start with almost anything
    (r"(?:so )*", None),                               # a match may be empty
    (r"a|(?i:b)", None),                               # flags changed inside: not known
    (r"(?:now|)", None),                               # an empty branch
])
def test_the_first_characters_of_every_match(source: str, first: str | None) -> None:
    found = precompiled.first_characters(_parsed(source), 0)
    if first is None:
        assert found is None
        return
    assert found is not None
    chars = set()
    for op, value in found:
        chars |= {chr(value)} if op.name == "LITERAL" else set(map(chr, range(value[0], value[1] + 1)))
    assert chars == set(first)


@pytest.mark.parametrize("content", [b"", b"not zlib", zlib.compress(b"not marshal"), zlib.compress(marshal.dumps(3)),
                                     "another python"])
def test_a_damaged_or_foreign_compiled_file_means_re_compiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              content: bytes | str) -> None:
    source = "i missed (?:it)"
    if content == "another python":  # well formed, but its code is for another engine: never given to this one
        flags, _, groups, groupindex, indexgroup = precompiled.code(source, 0)
        content = zlib.compress(marshal.dumps((("cpython-00", 0, 4), [(source, 0, flags, [99, 99], groups, groupindex,
                                                                       indexgroup)])))
    assert isinstance(content, bytes)
    damaged = tmp_path / "compiled_patterns.bin"
    damaged.write_bytes(content)
    monkeypatch.setattr(precompiled, "FILE", damaged)
    assert precompiled._load() == {}
    monkeypatch.setattr(precompiled, "_STORED", precompiled._load())
    assert precompiled.rx(source).search("so i missed it") is not None


def test_code_the_engine_refuses_falls_back_to_re_compile(monkeypatch: pytest.MonkeyPatch) -> None:
    source = "we (?:never|didn't) check"
    flags, _, groups, groupindex, indexgroup = precompiled.code(source, 0)
    monkeypatch.setitem(precompiled._STORED, (source, 0), (flags, [1, 2, 3], groups, groupindex, indexgroup))
    assert precompiled.rx(source).search("and we never checked") is not None
