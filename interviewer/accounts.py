"""Password accounts for the browser app when it serves many candidates (`CHAINLIT_AUTH_SECRET` set).

Passwords are hashed with Argon2id (argon2-cffi, its recommended parameters); the hash carries its own salt and
parameters, so a stronger default later re-hashes on the next sign-in. Names are what a person types at the
sign-in form, so they are trimmed and compared without regard to case.
"""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass
from typing import Final

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from interviewer.interview.migrations import LOCAL_USER
from interviewer.interview.store import InterviewStore

MIN_PASSWORD: Final = 8
_hasher = PasswordHasher()
_DUMMY = _hasher.hash("a password nobody has")  # verified against when the name is unknown: same time either way


class AccountError(ValueError):
    """A name or password the operator can fix; one sentence that says how."""


@dataclass(frozen=True, slots=True)
class Account:
    username: str
    created_at: float
    interviews: int


def normalise(username: str) -> str:
    return unicodedata.normalize("NFKC", username).strip().casefold()


def _valid_name(username: str) -> str:
    name = normalise(username)
    if not 1 <= len(name) <= 64 or any(c.isspace() or not c.isprintable() for c in name):
        raise AccountError("A user name is 1 to 64 printable characters with no spaces (an e-mail address works).")
    if name == LOCAL_USER:
        raise AccountError(f"{LOCAL_USER!r} is the name of the local single-person mode; choose another name.")
    return name


def add(store: InterviewStore, username: str, password: str, replace: bool = False) -> str:
    """Create the account (or, with `replace`, set a new password); returns the stored name."""
    name = _valid_name(username)
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"A password needs at least {MIN_PASSWORD} characters.")
    hashed = _hasher.hash(password)
    exists = bool(store.query("SELECT 1 FROM accounts WHERE username = ?", (name,)))
    if exists and not replace:
        raise AccountError(f"The user {name!r} exists already; add --replace to set a new password.")
    if exists:
        store.execute("UPDATE accounts SET password_hash = ? WHERE username = ?", (hashed, name))
    else:
        store.execute("INSERT INTO accounts (username, password_hash, created_at) VALUES (?, ?, ?)",
                      (name, hashed, time.time()))
    return name


def remove(store: InterviewStore, username: str) -> None:
    """Remove the account: its owner can no longer sign in with a password. Their interviews stay in the database."""
    name = normalise(username)
    if not store.query("SELECT 1 FROM accounts WHERE username = ?", (name,)):
        raise AccountError(f"There is no user {name!r}; `interviewer users list` shows them.")
    store.execute("DELETE FROM accounts WHERE username = ?", (name,))


def listed(store: InterviewStore) -> list[Account]:
    rows = store.query(
        "SELECT a.username, a.created_at, (SELECT count(*) FROM interviews i WHERE i.owner = a.username) "
        "FROM accounts a ORDER BY a.username")
    return [Account(str(r[0]), float(r[1]), int(r[2])) for r in rows]


def verify(store: InterviewStore, username: str, password: str) -> str | None:
    """The account's name if the password is right, else None; an unknown name costs the same time as a wrong
    password, so a sign-in form does not tell which names exist."""
    name = normalise(username)
    rows = store.query("SELECT password_hash FROM accounts WHERE username = ?", (name,))
    stored = str(rows[0][0]) if rows else _DUMMY
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    if not rows:
        return None
    if _hasher.check_needs_rehash(stored):
        store.execute("UPDATE accounts SET password_hash = ? WHERE username = ?", (_hasher.hash(password), name))
    return name
