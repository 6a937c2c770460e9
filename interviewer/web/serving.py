"""How the browser app is served: who signs in, where it may listen, which models a visitor may pick.

All of it is server configuration, read from the environment at start; nothing a visitor sends changes it.

- Local (no `CHAINLIT_AUTH_SECRET`): the single-person tool of `make run`. Every visitor is the one local user, with
  no login screen (a header sign-in that always answers "local", under a secret kept in the data folder, so the
  browser's chat history and resume work). It listens on 127.0.0.1 only, unless `INTERVIEWER_ALLOW_SHARED=1` says
  otherwise, and then it warns that everyone who reaches it shares one identity.
- Accounts (`CHAINLIT_AUTH_SECRET` set): everyone signs in. Password accounts (`interviewer users add`), a trusted
  reverse proxy's header (`INTERVIEWER_AUTH_HEADER`, e.g. X-Forwarded-User, which the proxy must set itself and never
  pass through from the client), and Chainlit's OAuth providers (their own `OAUTH_*` variables).
"""

from __future__ import annotations

import ipaddress
import logging
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from interviewer.interview.store import data_dir

SECRET_ENV: Final = "CHAINLIT_AUTH_SECRET"
HEADER_ENV: Final = "INTERVIEWER_AUTH_HEADER"
SHARED_ENV: Final = "INTERVIEWER_ALLOW_SHARED"
MODELS_ENV: Final = "INTERVIEWER_MODELS"
SECRET_FILE: Final = "web-secret"

log = logging.getLogger("interviewer")


class ServingError(SystemExit):
    """A serving setup that would expose interviews; the message says how to fix it. Stops the server at start."""


def is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Serving:
    accounts: bool
    """False: the local single-person mode."""
    header: str | None = None
    """The request header a trusted proxy puts the signed-in user's name in (accounts mode only)."""
    host: str = "127.0.0.1"
    shared_local: bool = False
    """Local mode on a non-loopback address, allowed explicitly: one identity for everyone."""
    models: tuple[str, ...] = field(default_factory=tuple)
    """The models a visitor may choose between (the first is the default); empty: the server's one model."""

    @classmethod
    def from_env(cls) -> Serving:
        host = os.environ.get("CHAINLIT_HOST", "127.0.0.1")
        accounts = bool(os.environ.get(SECRET_ENV, "").strip())
        shared = os.environ.get(SHARED_ENV, "").strip().lower() in ("1", "true", "yes")
        models = tuple(m.strip() for m in os.environ.get(MODELS_ENV, "").split(",") if m.strip())
        header = os.environ.get(HEADER_ENV, "").strip() or None
        if not accounts and not is_loopback(host) and not shared:
            raise ServingError(
                f"interviewer: refusing to listen on {host} with no sign-in: anyone who can reach it would read and "
                f"continue everyone's interviews. Set {SECRET_ENV} (`chainlit create-secret`) and add accounts with "
                f"`interviewer users add NAME`, or set {SHARED_ENV}=1 to serve one shared identity on purpose.")
        if header and not accounts:
            raise ServingError(f"interviewer: {HEADER_ENV} needs {SECRET_ENV} set (it is a sign-in method).")
        return cls(accounts=accounts, header=header, host=host, shared_local=shared and not accounts, models=models)

    def warning(self) -> str | None:
        if self.shared_local:
            return (f"This server listens on {self.host} with no sign-in ({SHARED_ENV}=1): everyone who can reach it "
                    "shares one identity and can read and continue every interview here.")
        return None


def local_secret(folder: Path | None = None) -> str:
    """The local mode's signing secret: made once, kept (owner-only) in the data folder, so a restart keeps the
    browser signed in to its own chats."""
    path = (folder or data_dir()) / SECRET_FILE
    try:
        return path.read_text().strip() or _new_secret(path)
    except FileNotFoundError:
        return _new_secret(path)


def _new_secret(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(value)
    return value
