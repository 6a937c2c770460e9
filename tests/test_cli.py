"""The `interviewer grade` command: the report, the contract JSON, JSONL batches, and every bad-input case."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from interviewer.cli import main
from tests.test_flags import CHANGE, OWNED

GOOD = OWNED + CHANGE


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "interviewer.cli", *args], input=stdin, capture_output=True, timeout=60,
        env={**os.environ, "COLUMNS": "120"},
    )


@pytest.fixture
def answer_file(tmp_path: Path) -> Path:
    path = tmp_path / "answer.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_report_shows_tests_flags_star_and_score(answer_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["grade", str(answer_file)]) == 0
    out = capsys.readouterr().out
    for text in ("Honesty", "Learning", "Self-awareness", "PASS", "STAR allocation", "Score", "No red flags"):
        assert text in out


def test_json_output_is_the_contract(answer_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["grade", "--json", str(answer_file)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["engine"] == "rules" and set(data["tests"]) == {"honesty", "learning", "self_awareness"}


def test_question_option_grades_in_context(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    reply = tmp_path / "r.txt"
    reply.write_text("I'd call the client that afternoon and ask for a written scope before I agree to any date.")
    assert main(["grade", "--json", "--question", "If that came up today, what would you do?", str(reply)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["question_kind"] == "today" and data["tests"]["learning"]["verdict"] == "pass"


def test_stdin_dash() -> None:
    proc = run_cli("grade", "--json", "-", stdin=GOOD.encode())
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["words"] > 50


@pytest.mark.parametrize("content", [b"", b"   \n\t  \n"])
def test_empty_answer_is_one_clear_sentence_and_exit_2(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    proc = run_cli("grade", str(path))
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert "no answer" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_empty_stdin_exit_2() -> None:
    proc = run_cli("grade", "--json", "-", stdin=b"")
    assert proc.returncode == 2 and b"stdin has no answer" in proc.stderr


def test_non_utf8_input_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("I own the caf\xe9 failure".encode("latin-1"))
    proc = run_cli("grade", str(path))
    assert proc.returncode == 2
    assert b"not UTF-8" in proc.stderr and b"Traceback" not in proc.stderr


def test_missing_file_is_a_clear_error() -> None:
    proc = run_cli("grade", "/no/such/answer.txt")
    assert proc.returncode == 2 and b"no such file" in proc.stderr and b"Traceback" not in proc.stderr


def test_jsonl_batch_in_order_with_ids(tmp_path: Path) -> None:
    lines = [{"id": f"a{i}", "answer": GOOD} for i in range(3)]
    lines.insert(1, {"id": "f1", "answer": "Sure, I'd do it the same way, hard to say.", "question": "What would you do today?"})
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    proc = run_cli("grade", "--jsonl", str(path))
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == ["a0", "f1", "a1", "a2"]
    assert out[1]["question_kind"] == "today"


def test_large_batch_is_graded_in_parallel_in_order(tmp_path: Path) -> None:
    from interviewer.grade_command import PARALLEL_FROM

    hedge = "I'd say it was hard to say, really."
    lines = [json.dumps({"id": i, "answer": GOOD if i % 2 else hedge}) for i in range(PARALLEL_FROM + 50)]
    lines.insert(7, "{broken")
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join(lines) + "\n")
    proc = run_cli("grade", "--jsonl", str(path))
    assert proc.returncode == 1 and b"line 8:" in proc.stderr
    out = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == list(range(PARALLEL_FROM + 50))
    assert all(("hedging" in {f["id"] for f in o["flags"]}) == (o["id"] % 2 == 0) for o in out)


def test_malformed_jsonl_lines_are_named_and_the_rest_graded(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps({"id": "ok1", "answer": GOOD}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "no-answer"}) + "\n"
        + json.dumps({"id": "blank", "answer": "  "}) + "\n"
        + "\n"
        + json.dumps({"id": "ok2", "answer": GOOD}) + "\n"
    )
    proc = run_cli("grade", "--jsonl", str(path))
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert "line 2:" in err and "line 3:" in err and "line 4:" in err and "Traceback" not in err
    assert [json.loads(x)["id"] for x in proc.stdout.decode().splitlines()] == ["ok1", "ok2"]


def test_jsonl_lines_that_json_accepts_but_cannot_be_graded_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps({"id": "ok1", "answer": GOOD}) + "\n"
        + '{"id": "deep", "answer": ' + "[" * 100_000 + "]" * 100_000 + "}\n"
        + '{"id": "surrogate", "answer": "I failed \\ud800 there"}\n'
        + '{"id": ' + "9" * 5000 + ', "answer": "x"}\n'
        + '{"id": NaN, "answer": "I missed the deadline"}\n'
        + json.dumps({"id": "ok2", "answer": GOOD}) + "\n"
    )
    proc = run_cli("grade", "--jsonl", str(path))
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert all(f"line {n}:" in err for n in (2, 3, 4, 5)) and "Traceback" not in err
    lines = proc.stdout.decode().splitlines()
    assert [json.loads(x)["id"] for x in lines] == ["ok1", "ok2"]  # every output line is valid JSON


def test_an_endless_input_is_refused_in_one_sentence() -> None:
    proc = run_cli("grade", "/dev/zero")
    assert proc.returncode == 2 and b"larger than 64 MiB" in proc.stderr and b"Traceback" not in proc.stderr


def test_empty_jsonl_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n")
    proc = run_cli("grade", "--jsonl", str(path))
    assert proc.returncode == 2 and b"no lines to grade" in proc.stderr and b"Traceback" not in proc.stderr


def test_huge_answer_is_graded_quickly_with_a_truncation_note(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    text = (GOOD + " ") * (200_000 // len(GOOD) + 1)
    path.write_text(text)
    assert len(text.encode()) >= 200_000
    started = time.perf_counter()
    proc = run_cli("grade", "--json", str(path))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["length_band"] == "too_long" and any("first 60,000 characters" in n for n in data["notes"])
    assert time.perf_counter() - started < 10  # generous: behaviour, not a benchmark (bench/grader.py measures)


def test_non_english_answer_gets_a_note(tmp_path: Path) -> None:
    path = tmp_path / "es.txt"
    path.write_text(
        "Hace dos años decidí lanzar el producto sin pruebas de carga porque teníamos prisa, y el sistema falló durante "
        "seis horas. Ahora siempre hago una prueba de carga antes de cada lanzamiento.", encoding="utf-8")
    proc = run_cli("grade", "--json", str(path))
    assert proc.returncode == 0
    assert any("English" in n for n in json.loads(proc.stdout)["notes"])
    assert b"English" in proc.stderr


def test_english_answer_gets_no_language_note(answer_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["grade", "--json", str(answer_file)])
    assert json.loads(capsys.readouterr().out)["notes"] == []


def test_bad_wpm_is_a_usage_error(answer_file: Path) -> None:
    proc = run_cli("grade", "--wpm", "0", str(answer_file))
    assert proc.returncode == 2 and b"between 60 and 300" in proc.stderr


def test_grader_path_imports_no_heavy_framework(answer_file: Path) -> None:
    code = (
        f"import sys; from interviewer.cli import main; main(['grade','--json',{str(answer_file)!r}]); "
        "bad=[m for m in ('langgraph','openai','chainlit','tiktoken') if m in sys.modules]; "
        "sys.stderr.write('HEAVY:'+','.join(bad))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert proc.stderr.decode().strip().endswith("HEAVY:"), proc.stderr
