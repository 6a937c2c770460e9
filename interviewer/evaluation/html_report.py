"""The results of an eval run: JSON for tools and a self-contained static HTML page for people."""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path
from typing import Any

from interviewer.evaluation.runner import RunResult, VersionRun

_CSS = """body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:1200px}table{border-collapse:collapse;
margin:1rem 0;width:100%}th,td{border:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}
th{background:#f3f3f7}.improved{background:#e7f7ea}.regressed{background:#fde8e8}.q{font-style:italic;color:#335}
.fail{color:#b00020;font-weight:600}.pass{color:#11752a;font-weight:600}.small{color:#666;font-size:.85rem}"""


def _e(x: object) -> str:
    return html.escape(str(x))


def to_json(result: RunResult) -> dict[str, Any]:
    def version(run: VersionRun | None) -> dict[str, Any] | None:
        if run is None:
            return None
        cases = [{"case": o.case, "repeat": o.repeat, "score": o.score, "detail": _plain(o.detail)} for o in run.outcomes]
        return {"version": run.version, "metrics": run.metrics, "mean_case_score_ci": list(run.score_ci), "cases": cases}

    return {
        "suite": result.suite.name, "kind": result.suite.kind, "backend": result.backend, "model": result.model,
        "repeats": result.repeats, "candidate": version(result.candidate), "baseline": version(result.baseline),
        "diffs": result.diffs, "difference_ci": list(result.diff_ci) if result.diff_ci else None,
        "regression": result.regression, "gate_failures": result.gate_failures, "model_requests": result.requests,
        "cache_hits": result.cache_hits, "tokens": {"prompt": result.prompt_tokens, "completion": result.completion_tokens},
        "estimated_cost_usd": result.cost, "seconds": round(result.seconds, 3),
    }


def _plain(detail: dict[str, Any]) -> dict[str, Any]:
    """The detail without whole transcripts (kept short for the JSON); quotes and checks stay."""
    out = {k: v for k, v in detail.items() if k not in ("turns", "scorecard")}
    if "turns" in detail:
        out["interviewer"] = [t["text"] for t in detail["turns"] if t["role"] == "interviewer"]
        out["probes"] = [t["probe"] for t in detail["turns"] if "probe" in t]
    return out


def _chart(result: RunResult) -> str:
    runs = [r for r in (result.baseline, result.candidate) if r]
    names = [k for k in result.candidate.metrics if not k.endswith("_spread") and 0 <= result.candidate.metrics[k] <= 1]
    row, width, left = 22, 980, 260
    colours = ["#9aa7c7", "#3a63d8"]
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{len(names) * row * len(runs) + 40}" '
             'font-family="sans-serif" font-size="12">']
    y = 10
    for name in names:
        for i, run in enumerate(runs):
            value = run.metrics.get(name, 0.0)
            label = _e(name) if i == 0 else ""
            parts.append(f'<text x="4" y="{y + 14}">{label}</text>')
            parts.append(f'<rect x="{left}" y="{y + 3}" width="{(width - left - 200) * value:.0f}" height="{row - 6}" '
                         f'fill="{colours[i if len(runs) == 2 else 1]}"/>')
            parts.append(f'<text x="{width - 190}" y="{y + 14}">{value:.3f} {_e(run.version)}</text>')
            y += row
        y += 4
    parts.append("</svg>")
    return "".join(parts)


def _case_detail(detail: dict[str, Any]) -> str:
    if "tests" in detail:
        bits = []
        for t, r in detail["tests"].items():
            if r["label"] and r["label"] != r["got"]:
                quotes = " ".join(f'<span class="q">“{_e(q)}”</span>' for q in r["evidence"][:2])
                bits.append(f'{_e(t)}: label {_e(r["label"])}, got <span class="fail">{_e(r["got"])}</span> {quotes}')
        bits += [f"missed flag {_e(f)}" for f in detail["missed_flags"]]
        bits += [f'extra flag {_e(f["id"])}: <span class="q">“{_e(f["evidence"])}”</span>' for f in detail["extra_flags"]]
        return "<br>".join(bits) or '<span class="pass">all labels matched</span>'
    failing = [k for k, ok in detail["checks"].items() if not ok]
    probes = [t["probe"] for t in detail.get("turns", []) if "probe" in t]
    first = next((t["text"] for t in detail.get("turns", []) if t["role"] == "interviewer"), "")
    head = f'probes: {_e(", ".join(probes) or "none")}<br><span class="q">“{_e(first)}”</span>'
    shown = ", ".join(f'<span class="fail">{_e(k)}</span>' for k in failing) or '<span class="pass">all checks held</span>'
    return f"{head}<br>{shown}"


def to_html(result: RunResult) -> str:
    c, b = result.candidate, result.baseline
    title = f"Eval {result.suite.name}: {c.version}" + (f" vs {b.version}" if b else "")
    rows = []
    for name in c.metrics:
        base = f"{b.metrics.get(name, 0):.3f}" if b else ""
        rows.append(f"<tr><td>{_e(name)}</td><td>{base}</td><td>{c.metrics[name]:.3f}</td></tr>")

    def ci(r: VersionRun) -> str:
        return f"{r.metrics['mean_case_score']:.3f} [{r.score_ci[0]:.3f}, {r.score_ci[1]:.3f}]"

    summary = [f"<li>suite <b>{_e(result.suite.name)}</b> ({_e(result.suite.kind)}), backend {_e(result.backend)}"
               f"{', model ' + _e(result.model) if result.model else ''}, {result.repeats} repeat(s)</li>",
               f"<li>mean case score (95% bootstrap CI): {_e(c.version)} {ci(c)}"
               + (f"; {_e(b.version)} {ci(b)}" if b else "") + "</li>"]
    if result.diff_ci:
        verdict = "<span class='fail'>REGRESSION</span>" if result.regression else "no regression beyond the CI"
        counts = {s: sum(d["status"] == s for d in result.diffs) for s in ("improved", "regressed", "unchanged")}
        summary.append(f"<li>paired difference {c.version} − {b.version if b else ''}: [{result.diff_ci[0]:+.3f}, "
                       f"{result.diff_ci[1]:+.3f}], {verdict}; {counts['improved']} improved, {counts['regressed']} regressed, "
                       f"{counts['unchanged']} unchanged</li>")
    cost = f"${result.cost:.4f}" if result.cost is not None else "n/a (no price for this model)"
    summary.append(f"<li>{result.requests} model calls, {result.cache_hits} cache hits, {result.prompt_tokens:,} prompt + "
                   f"{result.completion_tokens:,} answer tokens, estimated cost {cost}, {result.seconds:.1f} s</li>")
    summary += [f"<li class='fail'>gate failed: {_e(g)}</li>" for g in result.gate_failures]
    by_case_c = {o.case: o for o in c.outcomes if o.repeat == 0}
    by_case_b = {o.case: o for o in b.outcomes if o.repeat == 0} if b else {}
    diffs = result.diffs or [{"case": k, "candidate": v, "status": ""} for k, v in c.case_scores().items()]
    order = {"regressed": 0, "improved": 1, "unchanged": 2, "": 3}
    case_rows = []
    for d in sorted(diffs, key=lambda d: (order[d["status"]], d["case"])):
        cells = [f"<td>{_e(d['case'])}</td>"]
        if b:
            shown = _case_detail(by_case_b[d["case"]].detail)
            cells.append(f"<td>{d['baseline']:.3f}<br><span class='small'>{shown}</span></td>")
        cells.append(f"<td>{d['candidate']:.3f}<br><span class='small'>{_case_detail(by_case_c[d['case']].detail)}</span></td>")
        cells.append(f"<td>{_e(d['status'])}</td>")
        case_rows.append(f"<tr class='{_e(d['status'])}'>{''.join(cells)}</tr>")
    head_cells = "<th>case</th>" + (f"<th>{_e(b.version)} (baseline)</th>" if b else "")
    head_cells += f"<th>{_e(c.version)}</th><th>status</th>"
    when = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{_e(title)}</title><style>{_CSS}</style></head>
<body><h1>{_e(title)}</h1><p class="small">Generated {when}. Self-contained: no scripts, no external files.</p>
<ul>{''.join(summary)}</ul><h2>Metrics</h2>{_chart(result)}
<table><tr><th>metric</th><th>{_e(b.version) if b else ''}</th><th>{_e(c.version)}</th></tr>{''.join(rows)}</table>
<h2>Cases</h2><table><tr>{head_cells}</tr>{''.join(case_rows)}</table></body></html>"""


def write(result: RunResult, folder: Path) -> tuple[Path, Path]:
    """Write results.json and report.html to a new folder under `folder`; return their paths."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    out = folder / f"{result.suite.name}-{stamp}"
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(to_json(result), indent=1, ensure_ascii=False), encoding="utf-8")
    (out / "report.html").write_text(to_html(result), encoding="utf-8")
    return out / "results.json", out / "report.html"
