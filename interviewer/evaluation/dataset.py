"""The labelled answers dataset: loading and validating cases (the labelling guide is evals/README.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal, get_args

from interviewer.rubric import FLAG_IDS, TEST_IDS, FlagId, TestId, Verdict

Split = Literal["dev", "test", "fresh"]
SPLITS: Final[tuple[Split, ...]] = get_args(Split)
Kind = Literal["good", "flawed", "trap", "followup"]
KINDS: Final[tuple[Kind, ...]] = get_args(Kind)

DATASETS: Final = Path(__file__).resolve().parents[2] / "evals" / "datasets"
DEFAULT_DATASET: Final = DATASETS / "answers.jsonl"
FRESH_DATASET: Final = DATASETS / "fresh.jsonl"
"""The frozen held-out split written before the grader was rebuilt (issue 11): never tuned on."""


class DatasetError(ValueError):
    """The dataset file is missing or a case breaks the format of evals/README.md."""


@dataclass(frozen=True)
class Case:
    """One labelled reply."""

    id: str
    split: Split
    kind: Kind
    role: str
    question: str | None
    answer: str
    labels: dict[TestId, Verdict | None]
    flags: frozenset[FlagId]
    note: str = ""


def _case(obj: dict[str, Any], where: str) -> Case:
    try:
        labels = obj["labels"]
        if set(labels) != set(TEST_IDS) or any(v not in ("pass", "fail", None) for v in labels.values()):
            raise DatasetError(f"{where}: labels must give pass, fail or null for exactly {', '.join(TEST_IDS)}")
        unknown = set(obj["flags"]) - set(FLAG_IDS)
        if unknown:
            raise DatasetError(f"{where}: unknown flag id(s) {sorted(unknown)}")
        if obj["split"] not in SPLITS or obj["kind"] not in KINDS:
            raise DatasetError(f"{where}: split must be one of {', '.join(SPLITS)} and kind one of {', '.join(KINDS)}")
        return Case(
            id=obj["id"], split=obj["split"], kind=obj["kind"], role=obj.get("role", ""),
            question=obj.get("question"), answer=obj["answer"], labels=dict(labels),
            flags=frozenset(obj["flags"]), note=obj.get("note", ""),
        )
    except KeyError as e:
        raise DatasetError(f"{where}: missing field {e.args[0]!r}") from None


def load_cases(path: Path | str | None = None, split: str = "all") -> list[Case]:
    """Every case of the dataset, or those of one split; raises DatasetError with the line at fault."""
    path = Path(path) if path else FRESH_DATASET if split == "fresh" else DEFAULT_DATASET
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise DatasetError(f"{path}: no such dataset; pass --dataset with the path of a labelled JSONL file.") from None
    cases: list[Case] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path.name} line {number}"
        try:
            case = _case(json.loads(line), where)
        except json.JSONDecodeError as e:
            raise DatasetError(f"{where}: not valid JSON ({e.msg})") from None
        if case.id in seen:
            raise DatasetError(f"{where}: duplicate id {case.id!r}")
        seen.add(case.id)
        cases.append(case)
    return [c for c in cases if split == "all" or c.split == split]
