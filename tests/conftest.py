"""Shared test setup: every test gets its own interview data folder, so nothing touches the user's history."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser

    from tests.test_web import App


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("INTERVIEWER_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """One real PostgreSQL server (Debian's package) for the whole run, started as an unprivileged user."""
    from tests.services import postgres

    with postgres() as url:
        yield url


_databases = itertools.count()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty interview database on each engine: a SQLite file, and a new database on the PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'interviews.sqlite'}"
    from tests.services import new_database

    return new_database(request.getfixturevalue("postgres_server"), f"t{os.getpid()}_{next(_databases)}")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's chromium, driven by playwright (its own browser download is not reachable here)."""
    from playwright.sync_api import sync_playwright

    from tests.test_web import CHROMIUM, FLAGS

    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: .ci/run installs it (apt-get install chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    """`chainlit run interviewer/web/app.py` on a free port with its own interview folder: a first visit."""
    from tests.test_web import App

    a = App(tmp_path / "data")
    a.start()
    yield a
    a.stop()
