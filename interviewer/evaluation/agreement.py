"""Label consistency: a second annotator's blind labels of a held-out split against the dataset's labels.

The second annotator labelled the replies from the labelling guide alone, without the dataset's labels, the case
ids or the engine's output. Agreement between two careful readers is the ceiling a grader can be expected to reach.

Run: python evals/agreement.py  (the held-out splits `test` and `fresh`, and the `dev9-` to `dev17-` rounds of dev)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from interviewer.evaluation import load_cases
from interviewer.evaluation.dataset import Case
from interviewer.grading import RulesGrader
from interviewer.rubric import TEST_IDS

AGREEMENT = Path(__file__).resolve().parents[2] / "evals" / "datasets" / "agreement"
SECOND = {"test": (AGREEMENT / "test_second_annotator.jsonl",), "fresh": (AGREEMENT / "fresh_second_annotator.jsonl",),
          "dev": (AGREEMENT / "dev9_second_annotator.jsonl", AGREEMENT / "dev10_second_annotator.jsonl",
                  AGREEMENT / "dev11_second_annotator.jsonl", AGREEMENT / "dev12_second_annotator.jsonl",
                  AGREEMENT / "dev13_second_annotator.jsonl",
                  AGREEMENT / "dev14_second_annotator.jsonl", AGREEMENT / "dev15_second_annotator.jsonl",
                  AGREEMENT / "dev16_second_annotator.jsonl", AGREEMENT / "dev17_second_annotator.jsonl",
                  AGREEMENT / "dev18_second_annotator.jsonl", AGREEMENT / "dev19_second_annotator.jsonl",
                  AGREEMENT / "dev20_second_annotator.jsonl", AGREEMENT / "dev21_second_annotator.jsonl",
                  AGREEMENT / "dev22_second_annotator.jsonl", AGREEMENT / "dev23_second_annotator.jsonl",
                  AGREEMENT / "dev24_second_annotator.jsonl", AGREEMENT / "dev25_second_annotator.jsonl",
                  AGREEMENT / "dev26_second_annotator.jsonl", AGREEMENT / "dev27_second_annotator.jsonl",
                  AGREEMENT / "dev28_second_annotator.jsonl", AGREEMENT / "dev29_second_annotator.jsonl",
                  AGREEMENT / "dev30_second_annotator.jsonl", AGREEMENT / "dev31_second_annotator.jsonl",
                  AGREEMENT / "dev32_second_annotator.jsonl")}
"""The blind second labels of each split (for `dev`, the 135 `dev9-`, 150 `dev10-`, 160 `dev11-`, 180 `dev12-`, 80 `dev13-`, 80
`dev14-`, 150 `dev15-`, 150 `dev16-`, 120 `dev17-`, 200 `dev18-`, 200 `dev19-`, 120 `dev20-`, 230
`dev21-`, 160 `dev22-`, 160 `dev23-`, 160 `dev24-`, 160 `dev25-`, 160 `dev26-`, 160 `dev27-`, 160
`dev28-`, 160 `dev29-`, 160 `dev30-`, 160 `dev31-` and 160 `dev32-` cases written blind to the engine in issue 11's
second to twenty-fifth rounds)."""


def flag_f1(gold: list[set[str]], other: list[set[str]]) -> tuple[float, int, int, int]:
    tp = sum(len(g & o) for g, o in zip(gold, other, strict=True))
    fp = sum(len(o - g) for g, o in zip(gold, other, strict=True))
    fn = sum(len(g - o) for g, o in zip(gold, other, strict=True))
    return (2 * tp / (2 * tp + fp + fn) if tp else 0.0), tp, fp, fn


def _paired(split: str) -> tuple[list[Case], dict[str, dict[str, Any]]]:
    second = {r["id"]: r for path in SECOND[split] for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}
    return [c for c in load_cases(split=split) if c.id in second], second


def agreement(split: str) -> tuple[float, float]:
    """Flag micro-F1 and test-verdict agreement of the second annotator against the labels of `split`."""
    cases, second = _paired(split)
    f1 = flag_f1([set(c.flags) for c in cases], [set(second[c.id]["flags"]) for c in cases])[0]
    pairs = [(c.labels[t], second[c.id]["labels"][t]) for c in cases for t in TEST_IDS]
    agreed = [a == b for a, b in pairs if a is not None and b is not None]
    return f1, sum(agreed) / len(agreed)


def main() -> None:
    for split in SECOND:
        cases, second = _paired(split)
        gold: list[set[str]] = [set(c.flags) for c in cases]
        annotator = [set(second[c.id]["flags"]) for c in cases]
        engine: list[set[str]] = [set(RulesGrader().grade(c.answer, c.question).flag_ids) for c in cases]
        print(f"{split}: {len(cases)} {'tuning' if split == 'dev' else 'held-out'} replies with a second labelling")
        print("  flag micro-F1, second annotator vs labels: {:.3f} (tp {} fp {} fn {})".format(*flag_f1(gold, annotator)))
        print("  flag micro-F1, rules engine vs labels:     {:.3f} (tp {} fp {} fn {})".format(*flag_f1(gold, engine)))
        print(f"  test verdict agreement, second annotator vs labels: {agreement(split)[1]:.3f}")


if __name__ == "__main__":
    main()
