"""The interviewer's words: curated Markdown banks under prompts/, loaded by name, rendered with checked variables."""

from __future__ import annotations

import os
import re
import string
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

PROMPTS_ENV = "INTERVIEWER_PROMPTS_DIR"
_HEADING = re.compile(r"^##\s+(\S+)\s*$")
_ITEM = re.compile(r"^-\s+(.*\S)\s*$")


class PromptError(LookupError):
    """A prompt file, a phrasing or a template variable is missing."""


PACKAGED: Final = Path(__file__).resolve().parents[1] / "prompts"
"""The copy of prompts/ a built wheel carries (setup.py puts it there); absent in a source tree."""
SOURCE: Final = Path(__file__).resolve().parents[2] / "prompts"
"""The project's prompts/ folder, where the files are edited."""


def prompts_dir() -> Path:
    """Where the prompt files live: $INTERVIEWER_PROMPTS_DIR, else the copy inside the installed package, else the
    project's prompts/ folder."""
    configured = os.environ.get(PROMPTS_ENV)
    if configured:
        path = Path(configured)
        if not path.is_dir():
            raise PromptError(f"{PROMPTS_ENV} is {path}, which is not a folder: point it at a prompts/ folder, or unset it.")
        return path
    for path in (PACKAGED, SOURCE):
        if (path / "offline" / "interviewer.md").is_file():
            return path
    raise PromptError(f"The interviewer's prompt files are missing (looked in {PACKAGED} and {SOURCE}): reinstall the "
                      f"package, or set {PROMPTS_ENV} to a prompts/ folder.")


@dataclass(frozen=True)
class PhraseBank:
    """Named lists of phrasings: `## key` headings, each followed by `- ` items (indented lines continue an item).

    Text before the first heading is the file's documentation and is not read.
    """

    name: str
    entries: dict[str, tuple[str, ...]]

    @classmethod
    def parse(cls, name: str, text: str) -> PhraseBank:
        entries: dict[str, list[str]] = {}
        key: str | None = None
        for number, line in enumerate(text.splitlines(), 1):
            if m := _HEADING.match(line):
                key = m.group(1)
                if key in entries:
                    raise PromptError(f"{name}, line {number}: the heading '{key}' appears twice.")
                entries[key] = []
            elif key is None:
                continue
            elif m := _ITEM.match(line):
                entries[key].append(m.group(1))
            elif line.startswith("  ") and line.strip() and key is not None and entries[key]:
                entries[key][-1] += " " + line.strip()
        return cls(name, {k: tuple(v) for k, v in entries.items() if v})

    def options(self, key: str) -> tuple[str, ...]:
        try:
            return self.entries[key]
        except KeyError:
            raise PromptError(f"{self.name} has no phrasings under '## {key}'.") from None


@cache
def load_bank(name: str, folder: Path | None = None) -> PhraseBank:
    """Load `prompts/<name>.md` (for example `offline/interviewer`)."""
    path = (folder or prompts_dir()) / f"{name}.md"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PromptError(f"The prompt file {path} is missing.") from None
    return PhraseBank.parse(str(path), text)


def fields(template: str) -> set[str]:
    """The variables a template uses."""
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def render(template: str, **values: str) -> str:
    """Fill a template; a variable it uses but is not given raises, so a prompt never ships with a hole."""
    missing = fields(template) - values.keys()
    if missing:
        raise PromptError(f"The template {template[:60]!r} needs {', '.join(sorted(missing))}.")
    return template.format(**values)
