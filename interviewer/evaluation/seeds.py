"""The sample answers of the source documents (../shared/seeds/), read at run time: never copied into the project.

Each is a strong answer by the source's own account, so each is a `good` case: every test passes, no flag.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

from interviewer.evaluation.dataset import Case
from interviewer.rubric import TEST_IDS

SEEDS: Final = Path(__file__).resolve().parents[3] / "shared" / "seeds"
"""Where the steering repository's shared/ sits beside this project's checkout."""

# "Role (level), what went wrong. “answer”" on one line, or a labelled STAR block between curly quotes.
_PERSONA = re.compile(r"^(?P<role>[A-Z][^.“\n]{3,80}?), (?P<what>[^.“\n]{3,100})\. “(?P<answer>[^”]{200,})”\s*$", re.MULTILINE)
_STAR_BLOCK = re.compile(r"“(?P<answer>Situation:[^”]{200,})”")


def seed_cases(folder: Path = SEEDS) -> list[Case]:
    """The sample answers in the seed documents, as good cases with ids `seed-<file>-<n>`."""
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: no seed documents here; they live in the steering repository's shared/seeds/.")
    cases = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found = [(m.group("role"), m.group("answer")) for m in _PERSONA.finditer(text)]
        found += [("", m.group("answer")) for m in _STAR_BLOCK.finditer(text)]
        for n, (role, answer) in enumerate(found, start=1):
            cases.append(Case(
                id=f"seed-{path.stem[:3]}-{n:02d}", split="test", kind="good", role=role, question=None, answer=answer,
                labels=dict.fromkeys(TEST_IDS, "pass"), flags=frozenset(), note="a sample answer of the source documents",
            ))
    return cases
