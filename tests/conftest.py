"""Shared test setup: every test gets its own interview data folder, so nothing touches the user's history."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("INTERVIEWER_DATA_DIR", str(folder))
    return folder
