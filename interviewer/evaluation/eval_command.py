"""`interviewer eval run SUITE`: run a suite, compare prompt versions, write JSON and HTML, gate on regressions."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from interviewer.evaluation import html_report
from interviewer.evaluation.runner import RunResult, run_suite
from interviewer.evaluation.suites import load_suite


def print_summary(result: RunResult, console: Console) -> None:
    c, b = result.candidate, result.baseline
    table = Table(title=f"{result.suite.name}: {c.version}" + (f" vs {b.version}" if b else ""), title_justify="left")
    table.add_column("metric")
    if b:
        table.add_column(b.version, justify="right")
    table.add_column(c.version, justify="right")
    for name, value in c.metrics.items():
        table.add_row(name, *([f"{b.metrics.get(name, 0):.3f}"] if b else []), f"{value:.3f}")
    console.print(table)
    console.print(f"mean case score {c.metrics['mean_case_score']:.3f}, 95% CI [{c.score_ci[0]:.3f}, {c.score_ci[1]:.3f}]")
    if result.diff_ci and b:
        counts = {s: sum(d["status"] == s for d in result.diffs) for s in ("improved", "regressed", "unchanged")}
        console.print(f"{c.version} − {b.version}: paired difference CI [{result.diff_ci[0]:+.3f}, {result.diff_ci[1]:+.3f}]; "
                      f"{counts['improved']} improved, {counts['regressed']} regressed, {counts['unchanged']} unchanged")
        for d in [d for d in result.diffs if d["status"] == "regressed"][:10]:
            console.print(f"  [red]regressed[/red] {d['case']}: {d['baseline']:.3f} → {d['candidate']:.3f}")
    cost = f"${result.cost:.4f}" if result.cost is not None else "n/a"
    console.print(f"{result.requests} model calls, {result.cache_hits} cache hits, {result.prompt_tokens:,} + "
                  f"{result.completion_tokens:,} tokens, estimated cost {cost}, {result.seconds:.1f} s")


def run_from_cli(args: argparse.Namespace) -> int:
    suite = load_suite(args.suite)
    console = Console(stderr=True)
    if args.baseline and args.baseline == args.prompts:
        console.print("[yellow]The baseline is the same version as the candidate; every case will be unchanged.[/]")
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=True, disable=args.json) as progress:
        task = progress.add_task(f"{suite.name}", total=None)
        result = run_suite(
            suite, args.prompts, args.baseline, backend=args.backend, model=args.model, repeats=args.repeats,
            concurrency=args.concurrency, cache_dir=None if args.no_cache else Path(args.results) / "cache",
            on_progress=lambda done, total: progress.update(task, completed=done, total=total),
        )
    json_path, html_path = html_report.write(result, Path(args.results))
    if args.json:
        print(json.dumps(html_report.to_json(result) | {"report": str(html_path), "results": str(json_path)}))
    else:
        print_summary(result, Console())
        print(f"report: {html_path}\nresults: {json_path}")
    failed = False
    for failure in result.gate_failures:
        print(f"GATE FAILED: {failure}", file=sys.stderr)
        failed = True
    if result.regression:
        message = f"{args.prompts} is worse than {args.baseline} beyond the confidence interval"
        print(("REGRESSION: " if args.fail_on_regression else "warning: ") + message, file=sys.stderr)
        failed = failed or args.fail_on_regression
    return 1 if failed else 0
