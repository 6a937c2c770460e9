"""The grader's patterns, compiled from a file written beforehand, so that starting it does not parse them again.

Starting `interviewer grade` spent about 0.35 s compiling the ~250 phrase patterns of the grading modules: `re`
parses each pattern and turns its parse tree into the engine's code in Python, and only the last step (`_sre.compile`)
runs in C. `compiled_patterns.bin` holds that code for every pattern the grading modules compile at import, made by
the same interpreter version, so `rx` here hands it straight to the last step (about 0.01 s for all of them).

It never changes what a pattern matches. A pattern the file does not hold (new or changed since it was written), a
file written by another Python (the engine's code differs between versions), and a missing or damaged file all fall
back to `re.compile`; the engine itself validates the code it is given. Rewrite the file after changing a pattern:
`python -m interviewer.grading.write_prefilter` (tests/test_prefilter.py fails until then).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # re's own engine: the step of re.compile that runs in C
import marshal
import re
import sys
import zlib
from pathlib import Path
from typing import Any, Final

FILE: Final = Path(__file__).with_name("compiled_patterns.bin")
VERSION: Final = (sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE)
"""The file is read only if written by a Python with the same engine."""

_Key = tuple[str, int]
ASKED: dict[_Key, bool] = {}
"""Every pattern compiled here and whether the file held it, in order: what the writer stores."""


def _load() -> dict[_Key, tuple[Any, ...]]:
    try:
        version, entries = marshal.loads(zlib.decompress(FILE.read_bytes()))
        if tuple(version) != VERSION:
            return {}
        return {(source, flags): tuple(rest) for source, flags, *rest in entries}
    except (OSError, EOFError, ValueError, TypeError, zlib.error):
        return {}


_STORED: Final = _load()


def rx(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, from the file when it holds the pattern."""
    key = (source, int(flags))
    entry = _STORED.get(key)
    ASKED.setdefault(key, entry is not None)
    if entry is not None:
        try:
            pattern: re.Pattern[str] = _sre.compile(source, *entry)
            return pattern
        except (TypeError, ValueError, RuntimeError, OverflowError):  # not what this engine takes: compile it
            pass
    return re.compile(source, flags)


def code(source: str, flags: int) -> tuple[Any, ...]:
    """What the file stores for a pattern: the arguments `re.compile` gives `_sre.compile` after the pattern."""
    from re import _compiler, _parser  # type: ignore[attr-defined]  # read only when the file is written or checked

    tree = _parser.parse(source, flags)
    groupindex = {name: int(n) for name, n in tree.state.groupdict.items()}
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, n in groupindex.items():
        indexgroup[n] = name
    return (int(flags | tree.state.flags), [int(c) for c in _compiler._code(tree, flags)], tree.state.groups - 1,
            groupindex, tuple(indexgroup))


def write(keys: list[_Key]) -> int:
    """Write the file for these patterns; how many it holds."""
    entries = [(source, flags, *code(source, flags)) for source, flags in keys]
    FILE.write_bytes(zlib.compress(marshal.dumps((VERSION, entries)), 9))
    return len(entries)
