"""Label consistency: a second annotator's blind labels of the test split against the dataset's labels.

The second annotator labelled the held-out replies from the labelling guide alone, without the
dataset's labels, the case ids or the engine's output. Agreement between two careful readers is
the ceiling a grader can be expected to reach.

Run: python evals/agreement.py
"""

from __future__ import annotations

import json
from pathlib import Path

from interviewer.evaluation import load_cases
from interviewer.grading import RulesGrader
from interviewer.rubric import TEST_IDS

SECOND = Path(__file__).with_name("datasets") / "agreement" / "test_second_annotator.jsonl"


def flag_f1(gold: list[set[str]], other: list[set[str]]) -> tuple[float, int, int, int]:
    tp = sum(len(g & o) for g, o in zip(gold, other, strict=True))
    fp = sum(len(o - g) for g, o in zip(gold, other, strict=True))
    fn = sum(len(g - o) for g, o in zip(gold, other, strict=True))
    return (2 * tp / (2 * tp + fp + fn) if tp else 0.0), tp, fp, fn


def main() -> None:
    second = {r["id"]: r for r in map(json.loads, SECOND.read_text(encoding="utf-8").splitlines())}
    cases = [c for c in load_cases(split="test") if c.id in second]
    gold: list[set[str]] = [set(c.flags) for c in cases]
    annotator = [set(second[c.id]["flags"]) for c in cases]
    engine: list[set[str]] = [set(RulesGrader().grade(c.answer, c.question).flag_ids) for c in cases]
    pairs = [(c.labels[t], second[c.id]["labels"][t]) for c in cases for t in TEST_IDS]
    agreed = [a == b for a, b in pairs if a is not None and b is not None]
    print(f"{len(cases)} held-out replies")
    print("flag micro-F1, second annotator vs labels: {:.3f} (tp {} fp {} fn {})".format(*flag_f1(gold, annotator)))
    print("flag micro-F1, rules engine vs labels:     {:.3f} (tp {} fp {} fn {})".format(*flag_f1(gold, engine)))
    print(f"test verdict agreement, second annotator vs labels: {sum(agreed) / len(agreed):.3f}")


if __name__ == "__main__":
    main()
