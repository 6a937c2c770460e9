"""Model requests go out before heavy local work.

On CPython one thread runs Python at a time. Loading the tokenizer holds the interpreter for ~0.3 s in one
piece, and the rules engine for ~10 ms a reply. Done while requests are still being built, that work delays
them; done once they are on the wire, it hides inside the model's answer time. The outbox counts requests that
are being prepared and not yet sent (the HTTP client's request hook marks them sent), and `wait_until_sent`
lets heavy work wait for the count to reach zero, with a timeout so it never waits long.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

_cond = threading.Condition()
_pending = 0
_drained = 0
"""How many times the count has come back to zero: a waiter needs one such moment, not a lasting zero."""


class Release:
    """Marks one expected request as sent; calling it again does nothing."""

    __slots__ = ("_done",)

    def __init__(self) -> None:
        self._done = False

    @property
    def done(self) -> bool:
        return self._done

    def __call__(self) -> None:
        global _pending, _drained
        with _cond:
            if self._done:
                return
            self._done = True
            _pending -= 1
            if _pending == 0:
                _drained += 1
            _cond.notify_all()  # a waiter for this one request, or for the count to drain


_current: ContextVar[Release | None] = ContextVar("outbox_current", default=None)


def expect() -> Release:
    """Count one request about to be prepared (call the result when it is sent, or will not be)."""
    global _pending
    with _cond:
        _pending += 1
    return Release()


@contextmanager
def sending(release: Release | None = None) -> Iterator[None]:
    """Around preparing and sending a request: it counts as pending until the HTTP client sends it, or until the
    block ends. A request already expected in this context (by a caller that counted it) is not counted twice."""
    release = release or _current.get() or expect()
    token = _current.set(release)
    try:
        yield
    finally:
        _current.reset(token)
        release()


def on_request(_request: Any) -> None:
    """The HTTP client's request hook: the request of this context is on its way."""
    if (release := _current.get()) is not None:
        release()


def pending() -> int:
    with _cond:
        return _pending


def wait_for(release: Release, timeout: float) -> bool:
    """Wait until this one request is on the wire (or `timeout` seconds); True when it went.

    What a reply's own heavy work waits for: waiting for every thread's requests (`wait_until_sent`) is right for
    one person, but with many interviews at once some request is always being prepared, so each reply waited the
    whole timeout."""
    with _cond:
        return _cond.wait_for(lambda: release.done, timeout)


def wait_until_sent(timeout: float, quiet: float = 0.0) -> bool:
    """Wait until no request is waiting to go out (or `timeout` seconds); True when that moment came.

    With `quiet`, the moment must last that long: requests of threads that are only starting (a pool's first
    burst) get counted before the caller goes on.
    """
    deadline = time.monotonic() + timeout
    while True:
        if not _drained_before(deadline):
            return False
        if quiet <= 0:
            return True
        time.sleep(quiet)
        with _cond:
            if _pending == 0:
                return True


def _drained_before(deadline: float) -> bool:
    """Whether the count is zero, or comes back to zero, before `deadline`."""
    with _cond:
        epoch = _drained
        return _cond.wait_for(lambda: _pending == 0 or _drained != epoch, max(0.0, deadline - time.monotonic()))


def step_aside(timeout: float, quiet: float = 0.0) -> None:
    """This thread has heavy work to do before its own request can go: it stops counting as pending, and waits
    for the requests of other threads to go out first."""
    if (release := _current.get()) is not None:
        release()
    wait_until_sent(timeout, quiet)
