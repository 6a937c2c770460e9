"""The built wheel runs on its own: installed from a wheel (not editable), the interviewer finds its prompts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from tests import interview_lines as L

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_carries_the_prompts_and_runs_without_the_source_tree(tmp_path: Path) -> None:
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path / "dist")],
                           capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("interviewer-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert {"interviewer/prompts/offline/interviewer.md", "interviewer/prompts/grader/v2.md",
            "interviewer/prompts/offline/coaching.md"} <= set(names)
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    script = tmp_path / "replies.txt"
    script.write_text(L.STORY + "\n---\n" + L.TODAY, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "INTERVIEWER_PROMPTS_DIR"}
    env.update({"PYTHONPATH": str(site), "INTERVIEWER_DATA_DIR": str(tmp_path / "data")})
    where = subprocess.run([sys.executable, "-c", "import interviewer; print(interviewer.__file__)"], capture_output=True,
                           text=True, env=env, cwd=tmp_path, timeout=60)
    assert where.stdout.strip().startswith(str(site)), where.stdout  # the wheel's copy, not the source tree
    chat = subprocess.run([sys.executable, "-m", "interviewer.cli", "chat", "--script", str(script), "--json"],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert chat.returncode == 0, chat.stderr
    assert json.loads(chat.stdout)["scorecard"]["complete"]


def test_a_missing_prompt_folder_is_one_sentence(tmp_path: Path) -> None:
    env = {**os.environ, "INTERVIEWER_PROMPTS_DIR": str(tmp_path / "nowhere"), "INTERVIEWER_DATA_DIR": str(tmp_path / "d")}
    chat = subprocess.run([sys.executable, "-m", "interviewer.cli", "chat", "--script", "-"], input=L.STORY,
                          capture_output=True, text=True, env=env, timeout=120)
    assert chat.returncode == 2 and "INTERVIEWER_PROMPTS_DIR" in chat.stderr and "Traceback" not in chat.stderr
