"""`interviewer grade`: one answer (report or contract JSON) or a JSONL batch, with clear input errors."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from interviewer.grading import EmptyAnswerError, Grader
from interviewer.grading.questions import QuestionKind
from interviewer.grading.text import is_blank
from interviewer.rubric import EngineName, Grade


class InputError(Exception):
    """Input the user can fix; the message is one sentence that says how."""


MAX_INPUT_BYTES = 64 * 1024 * 1024
"""The most `grade` and `chat --script` read from one file or stdin (64 MiB): a larger input, or an endless one such
as /dev/zero, is refused in one sentence instead of filling memory."""


def _read_bounded(source: str) -> bytes:
    if source == "-":
        return sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    with Path(source).open("rb") as f:
        return f.read(MAX_INPUT_BYTES + 1)


def read_text(source: str) -> str:
    """The UTF-8 text of FILE, or of stdin for `-`, up to MAX_INPUT_BYTES."""
    try:
        data = _read_bounded(source)
    except FileNotFoundError:
        raise InputError(f"{source}: no such file; give the path of a text file with the answer, or - for stdin.") from None
    except IsADirectoryError:
        raise InputError(f"{source} is a folder; give the path of a text file with the answer.") from None
    except OSError as e:
        raise InputError(f"{source}: cannot be read ({e.strerror}).") from None
    if len(data) > MAX_INPUT_BYTES:
        where = "stdin" if source == "-" else source
        raise InputError(f"{where} is larger than {MAX_INPUT_BYTES // 2**20} MiB, the most this reads at once; split it into "
                         "smaller files (a JSONL batch can be split at any line).") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        where = "stdin" if source == "-" else source
        raise InputError(f"{where} is not UTF-8 text (bad byte at offset {e.start}); save it as UTF-8 and try again.") from None


@dataclass(frozen=True)
class WithNotice:
    """A grader whose every grade carries a notice in its notes, so `--json` output says it too ("running offline:
    the model server could not be reached")."""

    inner: Grader
    notice: str

    @property
    def name(self) -> EngineName:
        return self.inner.name

    def grade(self, answer: str, question: str | None = None, *, kind: QuestionKind | None = None) -> Grade:
        graded = self.inner.grade(answer, question, kind=kind)
        return replace(graded, notes=(*graded.notes, self.notice))


def grade_one(grader: Grader, answer: str, question: str | None, as_json: bool, out: TextIO, errors: TextIO) -> int:
    """Print one grade; in JSON mode its notes (non-English, truncation) also go to stderr for a human."""
    try:
        grade = grader.grade(answer, question)
    except EmptyAnswerError as e:
        raise InputError(str(e)) from None
    if as_json:
        out.write(json.dumps(grade.to_dict(), ensure_ascii=False) + "\n")
        for note in grade.notes:
            errors.write(f"note: {note}\n")
    else:
        from rich.console import Console

        from interviewer.report import render

        render(grade, Console(file=out))
    return 0


@dataclass(frozen=True)
class BatchItem:
    """One well-formed JSONL line."""

    line: int
    id: Any
    answer: str
    question: str | None


@dataclass(frozen=True)
class LineError:
    """One malformed JSONL line and what is wrong with it."""

    line: int
    problem: str


def parse_jsonl(text: str) -> Iterator[BatchItem | LineError]:
    """Each non-blank line as an item to grade, or as the error that says why it cannot be graded."""
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw, parse_constant=_no_constant)
        except json.JSONDecodeError as e:
            yield LineError(number, f"not valid JSON ({e.msg} at column {e.colno})")
            continue
        except RecursionError:
            yield LineError(number, "nested too deeply to read")
            continue
        except ValueError as e:  # NaN or Infinity, or an integer longer than Python converts (4,300 digits)
            yield LineError(number, f"not usable JSON ({str(e).split(';')[0].rstrip('.')})")
            continue
        problem = _line_problem(obj) or _unpaired_surrogate(obj)
        if problem:
            yield LineError(number, problem)
        else:
            yield BatchItem(number, obj.get("id"), obj["answer"], obj.get("question"))


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def _unpaired_surrogate(obj: dict[str, Any]) -> str | None:
    """An escape like \\ud800 with no pair decodes to text that cannot be written out as UTF-8."""
    for key in ("id", "answer", "question"):
        value = obj.get(key)
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return f'"{key}" holds an unpaired surrogate escape (like \\ud800), which is not text'
    return None


def _line_problem(obj: Any) -> str | None:
    if not isinstance(obj, dict):
        return 'expected an object like {"id": "a1", "answer": "..."}'
    if not isinstance(obj.get("answer"), str):
        return 'missing "answer" (a string)'
    if is_blank(obj["answer"]):
        return '"answer" is empty (nothing visible in it)'
    if obj.get("question") is not None and not isinstance(obj["question"], str):
        return '"question" must be a string when given'
    return None


PARALLEL_FROM = 200
"""Batches at least this large are graded on every core, in order; smaller ones are not worth a pool."""


def _grade_item(grader: Grader, item: BatchItem) -> str:
    data = grader.grade(item.answer, item.question).to_dict()
    data["id"] = item.id
    return json.dumps(data, ensure_ascii=False)


def _graded_lines(grader: Grader, items: list[BatchItem]) -> Iterator[str]:
    workers = min(os.cpu_count() or 1, 8)
    # A model-backed grader holds a connection and is bound by the server, not the cores: grade it in turn.
    if len(items) < PARALLEL_FROM or workers < 2 or grader.name != "rules":
        yield from (_grade_item(grader, item) for item in items)
        return
    import multiprocessing  # only batches pay for the pool's imports, not every `grade`
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
        yield from pool.map(partial(_grade_item, grader), items, chunksize=32)


def grade_batch(grader: Grader, text: str, out: TextIO, errors: TextIO) -> int:
    """Grade every good line in order; report each bad one by line number and exit 1 if any."""
    items: list[BatchItem] = []
    skipped = 0
    for item in parse_jsonl(text):
        if isinstance(item, LineError):
            skipped += 1
            errors.write(f"line {item.line}: {item.problem}; line skipped.\n")
        else:
            items.append(item)
    graded = 0
    for line in _graded_lines(grader, items):
        out.write(line + "\n")
        graded += 1
    if skipped:
        errors.write(f"{skipped} line(s) skipped, {graded} graded.\n")
        return 1
    if not graded:
        raise InputError('the JSONL input has no lines to grade; write one {"id": ..., "answer": ...} object per line.')
    return 0
