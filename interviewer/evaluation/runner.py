"""`interviewer eval run`: a suite over one prompt version, or two side by side, with repeats, concurrency and a cache."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from interviewer.evaluation.conversation import CHECKS, load_personas, play
from interviewer.evaluation.dataset import Case, load_cases
from interviewer.evaluation.metrics import GraderMetrics, score_grader
from interviewer.evaluation.prices import estimate_cost
from interviewer.evaluation.stats import bootstrap_ci, cohen_kappa, mean
from interviewer.evaluation.suites import Suite
from interviewer.llm.backend import Engines, open_engines
from interviewer.llm.cache import ResponseCache, repeat_index
from interviewer.llm.client import ModelClient
from interviewer.llm.config import BackendConfig
from interviewer.rubric import FLAG_IDS, TEST_IDS, Grade


@dataclass
class Outcome:
    """One case, one version, one repeat."""

    case: str
    repeat: int
    score: float
    """0-1: the share of labels the grader got right, or of interviewer checks that held."""
    detail: dict[str, Any]


@dataclass
class VersionRun:
    version: str
    outcomes: list[Outcome] = field(default_factory=list)
    metrics: dict[str, float] = field(default_factory=dict)
    score_ci: tuple[float, float] = (0.0, 0.0)
    grader_metrics: GraderMetrics | None = None

    def case_scores(self) -> dict[str, float]:
        by_case: dict[str, list[float]] = {}
        for o in self.outcomes:
            by_case.setdefault(o.case, []).append(o.score)
        return {c: mean(v) for c, v in by_case.items()}


@dataclass
class RunResult:
    suite: Suite
    backend: str
    model: str | None
    repeats: int
    candidate: VersionRun
    baseline: VersionRun | None = None
    diffs: list[dict[str, Any]] = field(default_factory=list)
    diff_ci: tuple[float, float] | None = None
    regression: bool = False
    gate_failures: list[str] = field(default_factory=list)
    requests: int = 0
    cache_hits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float | None = None
    seconds: float = 0.0


def _grade_case(engines: Engines, case: Case) -> tuple[float, dict[str, Any], Grade]:
    grade = engines.grader.grade(case.answer, case.question)
    tests = {t: {"label": case.labels.get(t), "got": grade.tests[t].verdict, "evidence": list(grade.tests[t].evidence)}
             for t in TEST_IDS}
    labelled = [t for t in TEST_IDS if case.labels.get(t)]
    right = sum(tests[t]["label"] == tests[t]["got"] for t in labelled)
    missed = sorted(case.flags - grade.flag_ids)
    extra = [{"id": f.id, "evidence": f.evidence} for f in grade.flags if f.id not in case.flags]
    flags_right = len(FLAG_IDS) - len(missed) - len({e["id"] for e in extra})
    score = (right + flags_right) / (len(labelled) + len(FLAG_IDS))
    return score, {"tests": tests, "missed_flags": missed, "extra_flags": extra, "engine": grade.engine}, grade


def _grader_metrics(run: VersionRun, cases: dict[str, Case], grades: dict[tuple[str, int], Grade], repeats: int) -> None:
    per_repeat = [score_grader([(cases[c], grades[(c, r)]) for c in cases]) for r in range(repeats)]
    run.grader_metrics = per_repeat[0]
    m: dict[str, float] = {
        "test_accuracy": mean([x.test_accuracy() for x in per_repeat]),
        "flag_micro_f1": mean([x.micro.f1 for x in per_repeat]),
        "good_answers_clean": mean([x.good_clean_share for x in per_repeat]),
    }
    for t in TEST_IDS:
        m[f"accuracy_{t}"] = mean([x.test_accuracy(t) for x in per_repeat])
        labelled = [c for c in cases if cases[c].labels.get(t)]
        kappas = [cohen_kappa([str(cases[c].labels[t]) for c in labelled], [grades[(c, r)].tests[t].verdict for c in labelled])
                  for r in range(repeats)]
        m[f"kappa_{t}"] = mean(kappas)
    if repeats > 1:
        m["flag_micro_f1_spread"] = max(x.micro.f1 for x in per_repeat) - min(x.micro.f1 for x in per_repeat)
    run.metrics.update(m)


def _conversation_metrics(run: VersionRun) -> None:
    """Per-check pass rates, and the whole-conversation figures against the hand-written expectations."""
    for check in CHECKS:
        run.metrics[f"check_{check}"] = mean([float(o.detail["checks"][check]) for o in run.outcomes])
    run.metrics["check_pass_rate"] = mean([o.score for o in run.outcomes])
    details = [o.detail for o in run.outcomes]
    pairs = [(d["expected"][t], d["got"][t]) for d in details for t in TEST_IDS]
    run.metrics["conversation_test_accuracy"] = mean([float(a == b) for a, b in pairs])
    tp = fp = fn = 0
    for d in details:
        if d["expected_flags"] is None:
            continue
        want, got = set(d["expected_flags"]), set(d["got_flags"])
        tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
    run.metrics["conversation_flag_f1"] = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    written = [m for d in details for m in d["moves"] if m["want_next"] is not None]
    run.metrics["probe_agreement"] = mean([float(m["next"] == m["want_next"]) for m in written]) if written else 1.0
    acts = [m for d in details for m in d["moves"] if m["want_act"] is not None]
    run.metrics["acts_routed"] = mean([float(m["act"] == m["want_act"]) for m in acts]) if acts else 1.0
    run.metrics["redundant_probes"] = float(sum(d["redundant"] for d in details))
    closes = [d for d in details if d["closed_by_policy"]]
    run.metrics["today_before_close"] = mean([float(d["today_asked"]) for d in closes]) if closes else 1.0


def run_suite(suite: Suite, version: str = "v1", baseline: str | None = None, *, backend: str | None = None,
              model: str | None = None, repeats: int | None = None, concurrency: int = 4, cache_dir: Path | None = None,
              on_progress: Callable[[int, int], None] | None = None) -> RunResult:
    """Run the suite for `version` (and `baseline`, paired case by case); every model call goes through the cache."""
    started = time.perf_counter()
    repeats = repeats or suite.repeats
    backend = backend or suite.backend
    model = model or suite.model
    cache = ResponseCache(cache_dir) if cache_dir and backend != "offline" else None
    clients: list[ModelClient] = []

    def engines_for(v: str) -> Engines:
        config = BackendConfig(backend=backend, model=model) if model else BackendConfig(backend=backend)  # type: ignore[arg-type]
        if suite.part == "grader":
            config.grader_prompt = v
        else:
            config.interviewer_prompt = v
        engines = open_engines(config, cache=cache)
        if engines.client:
            clients.append(engines.client)
        return engines

    versions = [version] + ([baseline] if baseline else [])
    runs = {v: VersionRun(v) for v in versions}
    grades: dict[str, dict[tuple[str, int], Grade]] = {v: {} for v in versions}
    if suite.kind == "grader":
        case_list = load_cases(suite.dataset, suite.split)[: suite.limit]
        cases = {c.id: c for c in case_list}
        shared = {v: engines_for(v) for v in versions}

        def task(v: str, case_id: str, r: int) -> Outcome:
            repeat_index.set(r)
            score, detail, grade = _grade_case(shared[v], cases[case_id])
            grades[v][(case_id, r)] = grade
            return Outcome(case_id, r, score, detail)

        jobs = [(v, c, r) for r in range(repeats) for c in cases for v in versions]
    else:
        personas = {p.id: p for p in load_personas(suite.dataset)[: suite.limit]}

        def task(v: str, case_id: str, r: int) -> Outcome:
            repeat_index.set(r)
            engines = engines_for(v)  # one per interview: its token log and voice are not shared
            played = play(personas[case_id], engines.context, suite.max_followups)
            engines.close()
            return Outcome(case_id, r, mean([float(x) for x in played["checks"].values()]), played)

        jobs = [(v, c, r) for r in range(repeats) for c in personas for v in versions]
    done = 0
    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        futures = {pool.submit(task, *job): job for job in jobs}
        for future in as_completed(futures):
            runs[futures[future][0]].outcomes.append(future.result())
            done += 1
            if on_progress:
                on_progress(done, len(jobs))
    for v, run in runs.items():
        run.outcomes.sort(key=lambda o: (o.case, o.repeat))
        if suite.kind == "grader":
            _grader_metrics(run, cases, grades[v], repeats)
        else:
            _conversation_metrics(run)
        scores = list(run.case_scores().values())
        run.metrics["mean_case_score"] = mean(scores)
        run.score_ci = bootstrap_ci(scores)
    result = RunResult(suite, backend, model, repeats, runs[version], runs.get(baseline) if baseline else None)
    if result.baseline:
        cand, base = result.candidate.case_scores(), result.baseline.case_scores()
        deltas = []
        for case_id in cand:
            d = cand[case_id] - base[case_id]
            deltas.append(d)
            status = "improved" if d > 1e-9 else "regressed" if d < -1e-9 else "unchanged"
            spread = statistics.pstdev([o.score for o in result.candidate.outcomes if o.case == case_id]) if repeats > 1 else 0.0
            result.diffs.append({"case": case_id, "baseline": base[case_id], "candidate": cand[case_id], "status": status,
                                 "spread": spread})
        result.diff_ci = bootstrap_ci(deltas)
        result.regression = result.diff_ci[1] < 0
    result.gate_failures = gate_failures(suite, result.candidate)
    result.requests = sum(c.requests for c in clients)
    result.prompt_tokens = sum(c.prompt_tokens for c in clients)
    result.completion_tokens = sum(c.completion_tokens for c in clients)
    result.cache_hits = cache.hits if cache else 0
    result.cost = estimate_cost(model or (clients[0].model if clients else None), result.prompt_tokens, result.completion_tokens)
    result.seconds = time.perf_counter() - started
    return result


def gate_failures(suite: Suite, run: VersionRun) -> list[str]:
    """The suite's checks that the candidate run misses."""
    m, out = run.metrics, []
    checks = suite.checks
    if "min_test_acc" in checks and m["test_accuracy"] < checks["min_test_acc"]:
        out.append(f"test accuracy {m['test_accuracy']:.3f} is below {checks['min_test_acc']}")
    if "min_flag_f1" in checks and m["flag_micro_f1"] < checks["min_flag_f1"]:
        out.append(f"flag micro-F1 {m['flag_micro_f1']:.3f} is below {checks['min_flag_f1']}")
    if "max_flagged_good" in checks and 1 - m["good_answers_clean"] > checks["max_flagged_good"]:
        out.append(f"{1 - m['good_answers_clean']:.1%} of good answers have a failed test or a flag "
                   f"(max {checks['max_flagged_good']:.0%})")
    for key, metric, label in (("min_conversation_test_acc", "conversation_test_accuracy", "whole-conversation test accuracy"),
                               ("min_conversation_flag_f1", "conversation_flag_f1", "whole-conversation flag F1"),
                               ("min_probe_agreement", "probe_agreement", "probe agreement with the written moves"),
                               ("min_acts_routed", "acts_routed", "dialogue acts routed as written"),
                               ("min_today_before_close", "today_before_close", "closes preceded by the 'today' question")):
        if key in checks and m[metric] < checks[key]:
            out.append(f"{label} {m[metric]:.3f} is below {checks[key]}")
    if "max_redundant_probes" in checks and m["redundant_probes"] > checks["max_redundant_probes"]:
        out.append(f"{m['redundant_probes']:.0f} redundant probe(s) (max {checks['max_redundant_probes']:.0f})")
    if "min_check_pass_rate" in checks and m["check_pass_rate"] < checks["min_check_pass_rate"]:
        failing = sorted({k for o in run.outcomes for k, ok in o.detail["checks"].items() if not ok})
        out.append(f"interviewer checks hold in {m['check_pass_rate']:.1%} of cases (min {checks['min_check_pass_rate']:.0%}); "
                   f"failing: {', '.join(failing)}")
    return out
