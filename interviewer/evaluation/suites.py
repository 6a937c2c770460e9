"""Eval suites: small YAML files in evals/ naming a dataset, what runs, the backend, and the checks."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal, cast, get_args

import yaml

SuiteKind = Literal["grader", "conversation"]
ROOT: Final = Path(__file__).resolve().parents[2]
GRADER_CHECKS: Final = ("min_test_acc", "min_flag_f1", "max_flagged_good")
CONVERSATION_CHECKS: Final = ("min_check_pass_rate", "min_conversation_test_acc", "min_conversation_flag_f1",
                               "min_probe_agreement", "min_acts_routed", "max_redundant_probes", "min_today_before_close")


class SuiteError(ValueError):
    """The suite file is missing or malformed; the message says what to fix."""


@dataclass(frozen=True)
class Suite:
    """One suite file."""

    name: str
    kind: SuiteKind
    dataset: Path
    split: str = "all"
    backend: str = "offline"
    model: str | None = None
    checks: dict[str, float] = field(default_factory=dict)
    repeats: int = 1
    max_followups: int = 3
    limit: int | None = None
    """Run only the first N cases (handy for a quick look at an expensive backend)."""
    description: str = ""
    sha256: str | None = None
    """The dataset file's SHA-256 when the suite measures a frozen split: a changed file stops the run."""

    @property
    def part(self) -> str:
        """The prompt family a version names: prompts/grader/<v>.md or prompts/interviewer/<v>.md."""
        return "grader" if self.kind == "grader" else "interviewer"


def load_suite(path: Path | str) -> Suite:
    p = Path(path)
    if not p.is_file() and (ROOT / "evals" / f"{path}.yaml").is_file():
        p = ROOT / "evals" / f"{path}.yaml"  # `interviewer eval run grader` finds evals/grader.yaml
    try:
        data: Any = yaml.safe_load(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SuiteError(f"{path}: no such suite; suites are YAML files such as evals/grader.yaml.") from None
    except yaml.YAMLError as e:
        raise SuiteError(f"{p} is not valid YAML ({e}).") from None
    if not isinstance(data, dict):
        raise SuiteError(f"{p} must be a mapping with at least 'kind' and 'dataset'.")
    kind = cast(SuiteKind, data.get("kind"))
    if kind not in get_args(SuiteKind):
        raise SuiteError(f"{p}: 'kind' must be one of {', '.join(get_args(SuiteKind))}.")
    allowed = GRADER_CHECKS if kind == "grader" else CONVERSATION_CHECKS
    checks = data.get("checks") or {}
    unknown = set(checks) - set(allowed)
    if unknown:
        raise SuiteError(f"{p}: unknown check(s) {', '.join(sorted(unknown))}; a {kind} suite knows {', '.join(allowed)}.")
    if "dataset" not in data:
        raise SuiteError(f"{p}: 'dataset' is missing (a path relative to the project folder).")
    dataset = Path(data["dataset"])
    dataset = dataset if dataset.is_absolute() else ROOT / dataset
    frozen = data.get("sha256")
    if frozen is not None:
        try:
            actual = hashlib.sha256(dataset.read_bytes()).hexdigest()
        except FileNotFoundError:
            raise SuiteError(f"{p}: its dataset {dataset} does not exist.") from None
        if actual != str(frozen):
            raise SuiteError(
                f"{p}: {dataset.name} is a frozen split and it has changed (sha256 {actual[:12]}..., the suite "
                f"froze {str(frozen)[:12]}...); restore it from git, or write a new split and a new suite."
            )
    try:
        return Suite(
            name=str(data.get("name") or p.stem), kind=kind, dataset=dataset, split=str(data.get("split", "all")),
            backend=str(data.get("backend", "offline")), model=data.get("model"),
            checks={k: float(v) for k, v in checks.items()}, repeats=int(data.get("repeats", 1)),
            max_followups=int(data.get("max_followups", 3)), limit=data.get("limit"),
            description=str(data.get("description", "")), sha256=frozen,
        )
    except (TypeError, ValueError) as e:
        raise SuiteError(f"{p}: {e}") from None
