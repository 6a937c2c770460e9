"""`interviewer eval grader`: the grader against the labelled answers, with gates for CI."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from interviewer.evaluation.dataset import DEFAULT_DATASET, FRESH_DATASET, Case, DatasetError, load_cases
from interviewer.evaluation.metrics import GraderMetrics, score_grader
from interviewer.grading import Grader
from interviewer.rubric import FLAG_IDS, TEST_IDS

# The bars CI holds the grader to, per held-out split, at the figures the rules engine reaches (rounded down by at
# most 0.01), so a regression fails CI. Issue 11's targets are test accuracy >= 0.93 and flag micro-F1 >= 0.87 on
# both splits, with >= 93% of good answers clean on `fresh`; `fresh` reaches all three (0.933 / 0.871 / 94.4%). Move a
# bar only with a measurement, and say so in the commit.
CI_GATES = {
    "test": {"min_test_acc": 0.95, "min_flag_f1": 0.91, "max_flagged_good": 0.10},
    "fresh": {"min_test_acc": 0.93, "min_flag_f1": 0.87, "max_flagged_good": 0.06},
}


@dataclass(frozen=True)
class Gates:
    """The bars a run must clear; None means not checked."""

    min_test_acc: float | None = None
    min_flag_f1: float | None = None
    max_flagged_good: float | None = None

    def failures(self, m: GraderMetrics) -> list[str]:
        out = []
        if self.min_test_acc is not None and m.test_accuracy() < self.min_test_acc:
            out.append(f"test accuracy {m.test_accuracy():.3f} is below {self.min_test_acc}")
        if self.min_flag_f1 is not None and m.micro.f1 < self.min_flag_f1:
            out.append(f"flag micro-F1 {m.micro.f1:.3f} is below {self.min_flag_f1}")
        flagged = 1 - m.good_clean_share
        if self.max_flagged_good is not None and flagged > self.max_flagged_good:
            out.append(f"{flagged:.1%} of good answers have a failed test or a flag (max {self.max_flagged_good:.0%})")
        return out


def run(cases: list[Case], grader: Grader) -> GraderMetrics:
    return score_grader([(c, grader.grade(c.answer, c.question)) for c in cases])


def print_report(m: GraderMetrics, split: str) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    console.print(f"[bold]Grader eval[/bold] on split [cyan]{split}[/cyan]: {m.cases} cases")
    tests = Table(title="Tests", title_justify="left")
    for col in ("test", "accuracy", "n"):
        tests.add_column(col, justify="left" if col == "test" else "right")
    for t in TEST_IDS:
        tests.add_row(t, f"{m.test_accuracy(t):.3f}", str(m.test_total[t]))
    tests.add_row("[bold]all[/bold]", f"[bold]{m.test_accuracy():.3f}[/bold]", str(sum(m.test_total.values())))
    console.print(tests)
    flags = Table(title="Flags", title_justify="left")
    for col in ("flag", "precision", "recall", "F1", "tp", "fp", "fn"):
        flags.add_column(col, justify="left" if col == "flag" else "right")
    for f in FLAG_IDS:
        p = m.flags[f]
        flags.add_row(f, f"{p.precision:.2f}", f"{p.recall:.2f}", f"{p.f1:.2f}", str(p.tp), str(p.fp), str(p.fn))
    mi = m.micro
    flags.add_row("[bold]micro[/bold]", f"{mi.precision:.3f}", f"{mi.recall:.3f}", f"[bold]{mi.f1:.3f}[/bold]",
                  str(mi.tp), str(mi.fp), str(mi.fn))
    console.print(flags)
    console.print(f"Good answers graded clean: [bold]{m.good_clean}/{m.good_total}[/bold] ({m.good_clean_share:.1%})")
    if m.misses:
        misses = Table(title=f"Misses ({len(m.misses)})", title_justify="left", show_lines=False)
        for col in ("case", "what", "expected", "got", "evidence"):
            misses.add_column(col, overflow="fold")
        for miss in m.misses:
            misses.add_row(miss.case_id, miss.what, miss.expected, miss.got, miss.evidence[:160])
        console.print(misses)


def run_from_cli(args: argparse.Namespace) -> int:
    """`interviewer eval grader`: the grader suite of the eval runner, offline, with its own gate flags."""
    from interviewer.evaluation.runner import run_suite
    from interviewer.evaluation.suites import Suite

    try:
        cases = load_cases(args.dataset, args.split)
    except DatasetError as e:
        print(f"interviewer: {e}", file=sys.stderr)
        return 2
    if not cases:
        print(f"interviewer: the dataset has no cases in split {args.split!r}.", file=sys.stderr)
        return 2
    default = FRESH_DATASET if args.split == "fresh" else DEFAULT_DATASET
    suite = Suite(name="grader", kind="grader", dataset=Path(args.dataset) if args.dataset else default, split=args.split)
    metrics = run_suite(suite).candidate.grader_metrics
    assert metrics is not None
    gates = Gates(args.min_test_acc, args.min_flag_f1, args.max_flagged_good)
    failures = gates.failures(metrics)
    if args.json:
        data = metrics.to_dict() | {"split": args.split, "engine": "rules", "gate_failures": failures}
        print(json.dumps(data, indent=2))
    else:
        print_report(metrics, args.split)
    for failure in failures:
        print(f"GATE FAILED: {failure}", file=sys.stderr)
    return 1 if failures else 0
