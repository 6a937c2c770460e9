"""One interview, driven turn by turn: the thin API the terminal chat, the browser and the evals all use."""

from __future__ import annotations

import threading
import uuid
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from langgraph.types import Command

from interviewer.interview.card import Card, card_from_dict
from interviewer.interview.context import InterviewContext
from interviewer.interview.drills import DEFAULT_ATTEMPTS, DRILL_TARGETS
from interviewer.interview.graph import compile_interview
from interviewer.interview.migrations import LOCAL_USER
from interviewer.interview.state import InterviewState, Mode, Turn
from interviewer.interview.store import InterviewStore, StoreError

DEFAULT_FOLLOWUPS = 3


def new_session_id() -> str:
    return uuid.uuid4().hex[:10]


_graphs: weakref.WeakKeyDictionary[InterviewStore, Any] = weakref.WeakKeyDictionary()
_graphs_guard = threading.Lock()


def _compiled(store: InterviewStore) -> Any:
    """The interview graph on this store's checkpointer, compiled once: a compiled graph keeps no run's state (each
    call names its interview in its config), and compiling took ~10 ms of interpreter time per interview opened."""
    with _graphs_guard:
        graph = _graphs.get(store)
        if graph is None:
            graph = _graphs[store] = compile_interview(store.saver)
        return graph


class SessionError(LookupError):
    """An unknown session id, or a reply to an interview that has closed."""


@dataclass(frozen=True, kw_only=True)
class Settings:
    """How an interview is set up; kept in its state, so a resumed interview keeps them."""

    mode: Mode = "mock"
    role: str | None = None
    drill_target: str | None = None
    max_followups: int = DEFAULT_FOLLOWUPS
    max_attempts: int = DEFAULT_ATTEMPTS

    def __post_init__(self) -> None:
        if self.mode == "drill" and self.drill_target not in DRILL_TARGETS:
            raise ValueError(f"A drill needs a target: one of {', '.join(DRILL_TARGETS)}.")
        if not 0 <= self.max_followups <= 10:
            raise ValueError("The number of follow-ups must be between 0 and 10.")
        if not 1 <= self.max_attempts <= 10:
            raise ValueError("The number of drill attempts must be between 1 and 10.")


class InterviewSession:
    """A running interview: `reply()` feeds one candidate message through the graph and returns the new turns."""

    def __init__(self, store: InterviewStore, session_id: str, context: InterviewContext | None = None,
                 owner: str = LOCAL_USER, thread_id: str | None = None) -> None:
        self.store = store
        self.session_id = session_id
        self.owner = owner
        self.thread_id = thread_id
        """Set when the interview starts; the history row keeps them (who may see it, which browser chat it is)."""
        self._last: InterviewState | None = None
        self.context = context or InterviewContext()
        self.graph = _compiled(store)
        self.config: Any = {"configurable": {"thread_id": session_id}}

    @classmethod
    def start(cls, store: InterviewStore, settings: Settings, context: InterviewContext | None = None,
              session_id: str | None = None, on_event: Callable[[dict[str, Any]], None] | None = None,
              owner: str = LOCAL_USER, thread_id: str | None = None) -> InterviewSession:
        session = cls(store, session_id or new_session_id(), context, owner=owner, thread_id=thread_id)
        first: InterviewState = {
            "session_id": session.session_id, "mode": settings.mode, "role": settings.role,
            "drill_target": settings.drill_target, "max_followups": settings.max_followups,
            "max_attempts": settings.max_attempts,
        }
        session._run(first, on_event)
        return session

    @classmethod
    def resume(cls, store: InterviewStore, session_id: str, context: InterviewContext | None = None) -> InterviewSession:
        row = store.get(session_id)
        session = cls(store, session_id, context, owner=row.owner if row else LOCAL_USER,
                      thread_id=row.thread_id if row else None)
        if not session.values:
            raise SessionError(f"No interview has the id {session_id!r}; `interviewer history` lists them.")
        return session

    @property
    def values(self) -> InterviewState:
        unreadable: tuple[type[BaseException], ...] = (ValueError, TypeError, KeyError, AttributeError, IndexError,
                                                       *self.store.errors)
        try:
            return cast(InterviewState, self.graph.get_state(self.config).values)
        except unreadable as e:
            # the saved checkpoint itself is unreadable (overwritten or truncated blobs): name it, keep the file
            raise StoreError(
                f"The saved interview {self.session_id} in {self.store.where} cannot be read back ({type(e).__name__}: "
                f"{str(e)[:120]}); start a new one with `interviewer chat`. The file was left as it is.",
                f"The saved interview {self.session_id} cannot be read back; start a new one.",
            ) from None

    def _state(self) -> InterviewState:
        """The state as this session last wrote or read it: the properties below are read after every step (the
        browser asks for the turns, whether it closed, the card), and each fresh read rebuilds the state from its
        checkpoint. A step always starts from a fresh read, so a stale copy can never be written back."""
        if self._last is None:
            self._last = self.values
        return self._last

    @property
    def turns(self) -> list[Turn]:
        return list(self._state().get("turns", []))

    @property
    def closed(self) -> bool:
        return bool(self._state().get("closed"))

    @property
    def scorecard(self) -> dict[str, Any] | None:
        return self._state().get("scorecard")

    @property
    def card(self) -> Card | None:
        """The closing scorecard, typed (card.py); `scorecard` is the same as plain JSON."""
        stored = self._state().get("scorecard")
        return card_from_dict(stored) if stored else None

    @property
    def question(self) -> str:
        return self._state().get("question", "")

    def reply(self, text: str, on_event: Callable[[dict[str, Any]], None] | None = None) -> list[Turn]:
        """Send one candidate reply; returns the turns it produced (the graded reply, then the interviewer's).

        `on_event` receives the interviewer's words as a model streams them: `{"event": "token", "text"}`,
        then `{"event": "replace", "text"}` with the final, checked turn.
        """
        return self._run(Command(resume=text), on_event)

    def end(self) -> list[Turn]:
        """Close the interview now, with a scorecard of the replies so far."""
        return self._run(Command(resume={"end": True}))

    def _run(self, command: Any, on_event: Callable[[dict[str, Any]], None] | None = None) -> list[Turn]:
        starting = not isinstance(command, Command)
        current = {} if starting else self.values  # one checkpoint read, not one per property
        before = len(current.get("turns", []))
        if current.get("closed"):
            raise SessionError("This interview has closed; start a new one with `interviewer chat`.")
        # "exit" durability writes one checkpoint per run: a run is one turn, and it ends at the next question.
        try:
            # The run's own last "values" chunk is the state it leaves (what the checkpoint holds): reading the
            # checkpoint back rebuilt it from storage, a few milliseconds of interpreter time per turn.
            last: InterviewState | None = None
            for mode, chunk in self.graph.stream(command, self.config, context=self.context, durability="exit",
                                                 stream_mode=["custom", "values"]):
                if mode == "values":  # (the chunk at an interrupt also names it; the state does not hold that)
                    last = cast(InterviewState, {k: v for k, v in chunk.items() if k != "__interrupt__"})
                elif on_event is not None:
                    on_event(chunk)
            values = self._last = last if last is not None else self.values
            self.store.record(dict(values), owner=self.owner, thread_id=self.thread_id)
        except self.store.errors as e:  # the database went bad under a running interview (a disk fault, another writer)
            raise self.store.failed(str(e)) from None
        turns = list(values.get("turns", []))
        # A continuation rewrites the tail (the merged answer replaces the fragment and the probe after it):
        # return from the first turn that differs from what was there before.
        old = current.get("turns", [])
        first = next((i for i, (a, b) in enumerate(zip(old, turns, strict=False)) if a != b), min(before, len(turns)))
        return turns[first:]
