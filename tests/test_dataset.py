"""The labelled dataset keeps its coverage, and the grader clears its bars on the held-out test split."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

import pytest

from interviewer.evaluation import load_cases
from interviewer.evaluation.dataset import DatasetError
from interviewer.evaluation.grader_suite import CI_GATES
from interviewer.rubric import FLAG_IDS, TEST_IDS

CASES = load_cases()


def test_size_and_kinds() -> None:
    kinds = Counter(c.kind for c in CASES)
    assert len(CASES) >= 80
    assert kinds["good"] + kinds["trap"] >= 25
    assert kinds["followup"] >= 10 and all(c.question for c in CASES if c.kind == "followup")
    assert len({c.role for c in CASES if c.kind in ("good", "trap")}) >= 12


def test_every_test_both_passes_and_fails() -> None:
    for t in TEST_IDS:
        verdicts = Counter(c.labels[t] for c in CASES)
        assert verdicts["pass"] > 0 and verdicts["fail"] > 0, t


def test_every_flag_at_least_four_times_and_in_the_test_split() -> None:
    counts = Counter(f for c in CASES for f in c.flags)
    in_test = Counter(f for c in CASES if c.split == "test" for f in c.flags)
    for f in FLAG_IDS:
        assert counts[f] >= 4, f
        assert in_test[f] >= 1, f


def test_good_answers_are_labelled_clean() -> None:
    for c in CASES:
        if c.kind in ("good", "trap"):
            assert not c.flags and all(v == "pass" for v in c.labels.values()), c.id


def test_both_splits_exist() -> None:
    assert {c.split for c in CASES} == {"dev", "test"}


def test_bad_dataset_is_a_clear_error(tmp_path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"id": "x", "split": "dev", "kind": "good", "answer": "a", "labels": {}, "flags": []}))
    with pytest.raises(DatasetError, match="line 1"):
        load_cases(path)


@pytest.mark.parametrize("split", ["test", "fresh"])
def test_grader_clears_the_ci_bars_on_each_held_out_split(split: str) -> None:
    bars = [f"--{k.replace('_', '-')}={v}" for k, v in CI_GATES[split].items()]
    proc = subprocess.run(
        [sys.executable, "-m", "interviewer.cli", "eval", "grader", "--split", split, "--json", *bars],
        capture_output=True, text=True, timeout=120,
    )
    data = json.loads(proc.stdout)
    assert proc.returncode == 0, data["gate_failures"]


FRESH = load_cases(split="fresh")


def test_the_fresh_split_is_frozen_and_covers_what_issue_11_asks() -> None:
    from interviewer.evaluation.suites import load_suite

    load_suite("evals/grader-fresh.yaml")  # raises if the file no longer matches its recorded hash
    good = [c for c in FRESH if c.kind == "good"]
    assert len(FRESH) >= 150 and {c.split for c in FRESH} == {"fresh"}
    assert len(good) >= 40 and len({c.role for c in good}) >= 20
    assert sum(1 for c in FRESH if c.kind == "followup" and c.question) >= 25
    assert set(FLAG_IDS) <= {f for c in FRESH for f in c.flags}
    assert not {c.id for c in FRESH} & {c.id for c in CASES}


def test_the_second_blind_labelling_of_fresh_agrees() -> None:
    from interviewer.evaluation.agreement import agreement

    flag_f1, verdicts = agreement("fresh")
    assert flag_f1 >= 0.95 and verdicts >= 0.95


def test_gate_fails_below_the_bar() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "interviewer.cli", "eval", "grader", "--split", "test", "--json", "--min-flag-f1", "0.999"],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 1 and "GATE FAILED" in proc.stderr
