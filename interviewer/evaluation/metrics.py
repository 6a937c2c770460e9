"""Grader metrics against labels: per-test accuracy, per-flag precision/recall/F1, micro-F1, clean good answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from interviewer.evaluation.dataset import Case
from interviewer.rubric import FLAG_IDS, TEST_IDS, FlagId, Grade, TestId


@dataclass(frozen=True)
class PRF:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass(frozen=True)
class Miss:
    """One disagreement between the grader and a label."""

    case_id: str
    what: str
    expected: str
    got: str
    evidence: str = ""


@dataclass
class GraderMetrics:
    cases: int = 0
    test_correct: dict[TestId, int] = field(default_factory=lambda: dict.fromkeys(TEST_IDS, 0))
    test_total: dict[TestId, int] = field(default_factory=lambda: dict.fromkeys(TEST_IDS, 0))
    flags: dict[FlagId, PRF] = field(default_factory=dict)
    good_total: int = 0
    good_clean: int = 0
    misses: list[Miss] = field(default_factory=list)

    def test_accuracy(self, test: TestId | None = None) -> float:
        tests = (test,) if test else TEST_IDS
        total = sum(self.test_total[t] for t in tests)
        return sum(self.test_correct[t] for t in tests) / total if total else 1.0

    @property
    def micro(self) -> PRF:
        return PRF(*(sum(getattr(p, k) for p in self.flags.values()) for k in ("tp", "fp", "fn")))

    @property
    def good_clean_share(self) -> float:
        return self.good_clean / self.good_total if self.good_total else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "cases": self.cases,
            "test_accuracy": round(self.test_accuracy(), 3),
            "tests": {t: {"accuracy": round(self.test_accuracy(t), 3), "n": self.test_total[t]} for t in TEST_IDS},
            "flag_micro": self.micro.to_dict(),
            "flags": {f: self.flags[f].to_dict() for f in FLAG_IDS},
            "good_answers": self.good_total,
            "good_clean_share": round(self.good_clean_share, 3),
            "misses": [m.__dict__ for m in self.misses],
        }


def score_grader(pairs: list[tuple[Case, Grade]]) -> GraderMetrics:
    """Compare each grade with its case's labels."""
    m = GraderMetrics(cases=len(pairs))
    counts = {f: [0, 0, 0] for f in FLAG_IDS}
    for case, grade in pairs:
        for t in TEST_IDS:
            want = case.labels[t]
            if want is None:
                continue
            got = grade.tests[t].verdict
            m.test_total[t] += 1
            if got == want:
                m.test_correct[t] += 1
            else:
                quote = (grade.tests[t].evidence or ("",))[0]
                m.misses.append(Miss(case.id, f"test {t}", want, got, quote or grade.tests[t].reason))
        got_flags = grade.flag_ids
        by_id = {f.id: f.evidence for f in grade.flags}
        for f in FLAG_IDS:
            if f in got_flags and f in case.flags:
                counts[f][0] += 1
            elif f in got_flags:
                counts[f][1] += 1
                m.misses.append(Miss(case.id, f"flag {f}", "absent", "present", by_id[f]))
            elif f in case.flags:
                counts[f][2] += 1
                m.misses.append(Miss(case.id, f"flag {f}", "present", "absent"))
        if case.kind in ("good", "trap"):
            m.good_total += 1
            if all(grade.passed(t) for t in TEST_IDS) and not grade.flags:
                m.good_clean += 1
    m.flags = {f: PRF(*counts[f]) for f in FLAG_IDS}
    return m
