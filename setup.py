"""Only the build step that pyproject.toml cannot say: ship prompts/ inside the wheel, as interviewer/prompts/.

The prompt files stay at the project's top level, where they are edited and versioned (prompts/grader/v2.md); a
built wheel carries a copy, so an installed `interviewer` (pip install ., not editable) finds its words with no
source tree around it. interviewer/interview/prompts.py looks for $INTERVIEWER_PROMPTS_DIR, then that copy, then
the source tree.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

PROMPTS = Path(__file__).resolve().parent / "prompts"


class BuildWithPrompts(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "interviewer" / "prompts"
        shutil.copytree(PROMPTS, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("*~", ".*"))


setup(cmdclass={"build_py": BuildWithPrompts})
