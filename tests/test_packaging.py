"""The built wheel runs on its own: installed from a wheel (not editable), the interviewer finds its prompts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from tests import interview_lines as L
from tests.no_network import BLOCK

ROOT = Path(__file__).resolve().parents[1]


NO_NETWORK = BLOCK + """
from interviewer.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_wheel_installs_in_a_fresh_environment_and_runs_with_no_network(tmp_path: Path) -> None:
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path / "dist")],
                           capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("interviewer-*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    assert {"interviewer/prompts/offline/interviewer.md", "interviewer/prompts/grader/v2.md",
            "interviewer/prompts/offline/coaching.md"} <= shipped
    # every data file of the package (the learned weights the grader reads, tiktoken's files): a file left out is not
    # an error at run time, the grade is silently another engine's (the combiner's weights were missing from the wheel)
    data = {p.relative_to(ROOT).as_posix() for p in (ROOT / "interviewer").rglob("*")
            if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts}
    assert data and data <= shipped, sorted(data - shipped)
    # A fresh environment outside the checkout, the wheel installed into it with its dependencies from the registry
    # (not editable, nothing shared with the project's environment).
    env_dir = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(env_dir)], check=True, timeout=300)
    python = env_dir / "bin" / "python"
    installed = subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], capture_output=True, text=True,
                               timeout=1200, cwd=tmp_path)
    assert installed.returncode == 0, installed.stderr[-2000:]
    own = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                         capture_output=True, text=True, check=True).stdout.strip()
    env = {k: v for k, v in os.environ.items() if k not in ("INTERVIEWER_PROMPTS_DIR", "PYTHONPATH")}
    env["INTERVIEWER_DATA_DIR"] = str(tmp_path / "data")
    where = subprocess.run([str(python), "-c", "import interviewer; print(interviewer.__file__)"], capture_output=True,
                           text=True, env=env, cwd=tmp_path, timeout=60)
    assert where.stdout.strip().startswith(own), where.stdout  # the wheel's copy, not the source tree
    script = tmp_path / "replies.txt"
    script.write_text(L.STORY + "\n---\n" + L.TODAY, encoding="utf-8")
    chat = subprocess.run([str(python), "-c", NO_NETWORK, "chat", "--script", str(script), "--json"],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert chat.returncode == 0, chat.stderr
    assert json.loads(chat.stdout)["scorecard"]["complete"]
    graded = subprocess.run([str(python), "-c", NO_NETWORK, "grade", "--json", "-"], input=L.STORY, capture_output=True,
                            text=True, env=env, cwd=tmp_path, timeout=120)
    assert graded.returncode == 0, graded.stderr
    assert json.loads(graded.stdout)["engine"] == "rules"


def test_a_missing_prompt_folder_is_one_sentence(tmp_path: Path) -> None:
    env = {**os.environ, "INTERVIEWER_PROMPTS_DIR": str(tmp_path / "nowhere"), "INTERVIEWER_DATA_DIR": str(tmp_path / "d")}
    chat = subprocess.run([sys.executable, "-m", "interviewer.cli", "chat", "--script", "-"], input=L.STORY,
                          capture_output=True, text=True, env=env, timeout=120)
    assert chat.returncode == 2 and "INTERVIEWER_PROMPTS_DIR" in chat.stderr and "Traceback" not in chat.stderr
