"""The grader's patterns, compiled from a file written beforehand, so that starting it does not parse them again.

Starting `interviewer grade` spent about 0.35 s compiling the ~250 phrase patterns of the grading modules: `re`
parses each pattern and turns its parse tree into the engine's code in Python, and only the last step (`_sre.compile`)
runs in C. `compiled_patterns.bin` holds that code for every pattern the grading modules compile at import, made by
the same interpreter version, so `rx` here hands it straight to the last step (about 0.01 s for all of them).

The code also tells the engine which characters a match can start with, where `re` works out none itself (see
`first_characters`): the engine then skips in C to the next such character instead of trying a match at every position.
That saves about a tenth of a grade's time (`python bench/grader.py`).

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
    """What the file stores for a pattern: the arguments `re.compile` gives `_sre.compile` after the pattern, with the
    characters a match can start with (`first_characters`) where `re` finds none itself."""
    from re import _compiler, _parser  # type: ignore[attr-defined]  # read only when the file is written or checked

    tree = _parser.parse(source, flags)
    groupindex = {name: int(n) for name, n in tree.state.groupdict.items()}
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, n in groupindex.items():
        indexgroup[n] = name
    own = _compiler._get_charset_prefix

    def charset_prefix(pattern: Any, flags: int) -> list[tuple[Any, Any]] | None:
        found = own(pattern, flags)
        return found if found is not None else first_characters(pattern.data, flags)

    _compiler._get_charset_prefix = charset_prefix
    try:
        compiled = _compiler._code(tree, flags)
    finally:
        _compiler._get_charset_prefix = own
    return (int(flags | tree.state.flags), [int(c) for c in compiled], tree.state.groups - 1, groupindex,
            tuple(indexgroup))


def first_characters(items: Any, flags: int) -> list[tuple[Any, Any]] | None:
    """The characters every match of the parsed sequence `items` starts with, as a character set of `re`'s parse
    tree, or None when they are not known (a match may be empty, start with any character, or the case is ignored).

    `re` finds them itself only when the pattern opens with a literal, a class or an alternation of literals. Most of the
    grader's patterns open with a zero-width test ("\\b", a look-behind) before an alternation of words, so the engine
    tries a whole match at every position of a sentence. Given the set, it skips in C to the next position holding one
    of these characters, the way it does for a pattern that opens with a class. A match found is the same, since every
    match starts with one of them."""
    import re._constants as sre  # type: ignore[import-not-found]

    if flags & re.IGNORECASE:
        return None
    found, may_be_empty = _first(items, sre)
    return found if found and not may_be_empty else None


def _first(items: Any, sre: Any) -> tuple[list[tuple[Any, Any]] | None, bool]:
    """The first characters of the non-empty matches of a sequence (None: unknown), and whether it may match empty."""
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # zero-width: the character after it starts the match
            continue
        if op is sre.LITERAL:
            return [*out, (op, av)], False
        if op is sre.IN:
            if any(o not in (sre.LITERAL, sre.RANGE, sre.CATEGORY) for o, _ in av):  # a negated class: any character
                return None, False
            return [*out, *av], False
        if op is sre.SUBPATTERN:
            if av[1] or av[2]:  # flags changed inside the group
                return None, False
            inner: list[tuple[list[tuple[Any, Any]] | None, bool]] = [_first(av[3], sre)]
        elif op is sre.BRANCH:
            inner = [_first(branch, sre) for branch in av[1]]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            found, empty = _first(av[2], sre)
            inner = [(found, empty or av[0] == 0)]
        elif op is sre.ATOMIC_GROUP:
            inner = [_first(av, sre)]
        else:  # any character, a group reference, a negated literal: not known
            return None, False
        if any(found is None for found, _ in inner):
            return None, False
        for found, _ in inner:
            out.extend(found or ())
        if not any(empty for _, empty in inner):
            return out, False
    return out, True


def write(keys: list[_Key]) -> int:
    """Write the file for these patterns; how many it holds."""
    entries = [(source, flags, *code(source, flags)) for source, flags in keys]
    FILE.write_bytes(zlib.compress(marshal.dumps((VERSION, entries)), 9))
    return len(entries)
