"""The mock interview in the browser: a thin Chainlit adapter over the same compiled interview graph.

Run from the project folder:  chainlit run interviewer/web/app.py
Every interview step goes through InterviewSession (the graph and its checkpointer); this module only shows what the
graph produced. Chainlit is imported here, in datalayer.py and assets.py (which keeps the page from naming other
hosts), nowhere else.

Each chat is one interview and belongs to one user (serving.py says who that is). Chainlit's data layer
(datalayer.py) keeps the chats in the interview database, so a reload, a reconnect or another app instance reopens
a chat with its own interview. Steps of different interviews run side by side; two steps of one interview never do.
The steps themselves run in a worker process (steps.py): this process keeps the sockets and the chat history.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import gc
import logging
import os
import threading
import weakref
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Final, TypeVar, cast

import chainlit as cl
from chainlit.config import FILES_DIRECTORY
from chainlit.data import get_data_layer
from chainlit.input_widget import InputWidget, Select, Slider
from chainlit.types import ThreadDict
from starlette.datastructures import Headers

import interviewer.web.assets  # noqa: F401  (the page names no other host)
from interviewer import accounts
from interviewer.interview import DRILL_TARGETS, SessionError, Settings, StoreError
from interviewer.interview.card import MockCard
from interviewer.interview.migrations import LOCAL_USER
from interviewer.interview.store import InterviewStore, open_store
from interviewer.web import render
from interviewer.web.datalayer import InterviewDataLayer
from interviewer.web.serving import SECRET_ENV, Serving, local_secret
from interviewer.web.steps import Event, Outcome, Step, StepPool, settle

ROLES: Final = (
    "Software engineer (junior)", "Software engineer (senior)", "Engineering manager", "Product manager",
    "Data scientist / analyst", "UX / product designer", "Sales / account executive", "Customer success manager",
    "Marketing manager", "Operations / supply chain", "Nurse / clinical lead", "Teacher / educator",
    "Finance analyst", "Director / VP", "New graduate / intern",
)
START_MOCK: Final = "Start a full mock interview"
DRILL_PREFIX: Final = "Start a drill: "
HISTORY: Final = "Show my past interviews"
HELP: Final = ("Type `/end` to close this interview with a scorecard, `/history` for your past interviews; "
               "**New Chat** (top left) starts another interview.")
ONE_PER_CHAT: Final = ("This chat holds one interview. To start another, open a **New Chat** (top left); "
                       "your past interviews stay in the history on the left and under `/history`.")
log = logging.getLogger("interviewer")

SERVING = Serving.from_env()  # refuses a setup that would expose interviews, before anything is served
if not SERVING.accounts:
    # The local mode signs its one user in with a header callback, which needs a signing secret: one is kept in the
    # data folder. With no login screen, this is what lets Chainlit keep chat history and resume chats.
    os.environ[SECRET_ENV] = local_secret()
if warning := SERVING.warning():
    log.warning("%s", warning.upper())

_store: InterviewStore | None = None
_store_guard = threading.Lock()


def store() -> InterviewStore:
    global _store
    with _store_guard:
        if _store is None:
            _store = open_store()
        return _store


# Who is who -------------------------------------------------------------------------------------------------------
if SERVING.accounts:
    @cl.password_auth_callback
    async def password_sign_in(username: str, password: str) -> cl.User | None:
        name = await in_worker(accounts.verify, store(), username, password)
        return cl.User(identifier=name, metadata={"provider": "password"}) if name else None

    if SERVING.header:
        header_name = SERVING.header

        @cl.header_auth_callback
        async def proxy_sign_in(headers: Headers) -> cl.User | None:
            value = headers.get(header_name, "").strip()
            return cl.User(identifier=accounts.normalise(value), metadata={"provider": "header"}) if value else None

    from chainlit.oauth_providers import get_configured_oauth_providers

    if get_configured_oauth_providers():
        @cl.oauth_callback
        async def oauth_sign_in(provider_id: str, token: str, raw_user_data: dict[str, str], default_user: cl.User,
                                id_token: str | None = None) -> cl.User | None:
            # The provider's name goes into the identity, so an OAuth login never shares a password account's chats.
            return cl.User(identifier=f"{provider_id}:{accounts.normalise(default_user.identifier)}",
                           metadata={"provider": provider_id})
else:
    @cl.header_auth_callback
    async def local_sign_in(headers: Headers) -> cl.User | None:
        return cl.User(identifier=LOCAL_USER, metadata={"provider": "local"})


@cl.data_layer
def data_layer() -> InterviewDataLayer:
    return InterviewDataLayer(store)


def _owner() -> str:
    user = cl.user_session.get("user")
    return str(getattr(user, "identifier", None) or LOCAL_USER)


# One step of one interview at a time, many interviews at once ------------------------------------------------------
WORKERS: Final = int(os.environ.get("INTERVIEWER_WORKERS") or 64)
_workers = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="interview")
"""The database calls of this process run here (and the graph steps, with INTERVIEWER_STEP_PROCESSES=0), not in
asyncio's default pool (cpu + 4 threads: on a two-core server six candidates waiting on a model would hold every
thread, and Chainlit's own file writes queue behind them). INTERVIEWER_WORKERS caps them."""
STEPS = StepPool.from_env(store, _workers)

Result = TypeVar("Result")


async def in_worker(work: Callable[..., Result], *args: Any) -> Result:
    return await asyncio.get_running_loop().run_in_executor(_workers, functools.partial(work, *args))


_locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()


def interview_lock(session_id: str) -> asyncio.Lock:
    """The lock of one interview: held for a graph step, so two tabs on one chat take turns while other interviews
    run (a model call blocks only its own candidate). An asyncio lock: a step waiting for it holds no thread.
    Dropped when no step holds it."""
    found = _locks.get(session_id)
    if found is None:
        found = _locks[session_id] = asyncio.Lock()
    return found


# Chainlit hooks ---------------------------------------------------------------------------------------------------
@cl.on_app_startup
async def startup() -> None:
    """Start the step workers before the first visitor, then take what is loaded by now out of the garbage
    collector's full passes (steps.settle)."""
    try:
        if STEPS.processes:
            await STEPS.start()
            gc.collect()
            gc.freeze()
        else:
            await in_worker(settle)
    except (StoreError, SessionError) as e:  # a damaged or unreachable database: each visitor is told, in a sentence
        log.error("the step workers did not start: %s", e)


@cl.on_app_shutdown
async def shutdown() -> None:
    STEPS.stop()


@cl.set_starters
async def starters(user: Any = None, language: Any = None) -> list[cl.Starter]:
    items = [cl.Starter(label="Full mock interview", message=START_MOCK)]
    items += [cl.Starter(label=f"Drill: {t}", message=DRILL_PREFIX + t) for t in DRILL_TARGETS]
    items.append(cl.Starter(label="Past interviews", message=HISTORY))
    return items


Handler = TypeVar("Handler", bound=Callable[..., Awaitable[Any]])


def _kept_private(handler: Handler) -> Handler:
    """A damaged or unreachable database is told to the visitor in one sentence that never shows the server's
    paths or addresses (the full message is in the server's log)."""

    @functools.wraps(handler)
    async def wrapped(*args: Any, **kwargs: Any) -> Any:
        try:
            return await handler(*args, **kwargs)
        except StoreError as e:
            log.error("%s", e)
            await cl.Message(content=render.text(e.public), author="Coach").send()
            return None

    return cast(Handler, wrapped)


def _widgets(chosen: dict[str, Any]) -> list[InputWidget]:
    """The settings a visitor may change: how the interview runs. The backend and any model file are the server's."""
    widgets: list[InputWidget] = [
        Select(id="mode", label="Mode", values=["mock", "drill"], initial_value=chosen.get("mode") or "mock"),
        Select(id="drill_target", label="Drill target", values=list(DRILL_TARGETS),
               initial_value=chosen.get("drill_target") or "ownership"),
        Select(id="role", label="Your role and level", values=list(ROLES), initial_value=chosen.get("role") or ROLES[0]),
        Slider(id="wpm", label="Speaking rate (words per minute)", initial=int(chosen.get("wpm") or 150), min=100,
               max=200, step=5),
    ]
    if len(SERVING.models) > 1:
        widgets.append(Select(id="model", label="Model", values=list(SERVING.models),
                              initial_value=chosen.get("model") or SERVING.models[0]))
    return widgets


@cl.on_chat_start
@_kept_private
async def on_chat_start() -> None:
    settings = await cl.ChatSettings(_widgets({})).send()
    cl.user_session.set("settings", settings)
    if warning := SERVING.warning():
        await cl.Message(content=f"⚠️ {warning}", author="Coach").send()


@cl.on_chat_resume
@_kept_private
async def on_chat_resume(thread: ThreadDict) -> None:
    """A reload, a reconnect or another instance reopening this chat: Chainlit shows its saved messages, grader
    steps and scorecard; this picks its interview up where it stopped, with the settings it was started with."""
    metadata = thread.get("metadata") or {}
    chosen = metadata.get("interview_settings") or {}
    settings = await cl.ChatSettings(_widgets(chosen)).send()
    cl.user_session.set("settings", {**settings, **chosen})
    await _reopen(thread["id"])


async def _reopen(thread_id: str) -> Outcome | None:
    row = await in_worker(store().by_thread, thread_id)
    if row is None or row.owner != _owner():
        return None
    try:
        session = await STEPS.run(Step(op="open", session_id=row.session_id, engine=_engine()), lambda event: None)
    except SessionError:
        return None
    cl.user_session.set("session", session)
    return session


@cl.on_settings_update
async def on_settings_update(settings: dict[str, Any]) -> None:
    cl.user_session.set("settings", settings)
    await cl.Message(content="Settings saved; they apply to the next interview you start (in a New Chat).",
                     author="Coach").send()


@cl.on_message
@_kept_private
async def on_message(message: cl.Message) -> None:
    content = message.content or ""
    command = content.strip()
    if command in ("/history", HISTORY):
        await _history()
        return
    session = _current() or await _reopen(cl.context.session.thread_id)
    if command in ("/new", START_MOCK) or (command.startswith(DRILL_PREFIX) and
                                           command.removeprefix(DRILL_PREFIX) in DRILL_TARGETS):
        if session is not None:
            await cl.Message(content=ONE_PER_CHAT, author="Coach").send()
        elif command.startswith(DRILL_PREFIX):
            await _start(mode="drill", target=command.removeprefix(DRILL_PREFIX))
        else:
            await _start(mode="mock")
    elif command == "/end":
        if session is None or session.closed:
            await cl.Message(content=f"There is no interview running in this chat. {HELP}", author="Coach").send()
        else:
            ended = await _step(Step(op="end", session_id=session.session_id, engine=_engine()))
            if ended is not None:
                await _scorecard(ended)
    elif session is not None and session.closed:
        await cl.Message(content=f"This interview has closed. {ONE_PER_CHAT}", author="Coach").send()
    else:
        session = session or await _start(mode=None)
        if session is not None and not session.closed:
            answered = await _step(Step(op="reply", session_id=session.session_id, engine=_engine(), text=content))
            if answered is not None and answered.closed:
                await _scorecard(answered)


@cl.action_callback("open_session")
@_kept_private
async def open_session(action: cl.Action) -> None:
    """Where one of your interviews lives: its chat, or the terminal that holds it. Someone else's id, crafted into
    the request, reads exactly like an unknown one."""
    session_id = str(action.payload.get("id", ""))
    row = await in_worker(store().get, session_id)
    if row is None or row.owner != _owner():
        await cl.Message(content="No interview of yours has that id; `/history` lists them.", author="Coach").send()
    elif row.thread_id:
        await cl.Message(content=f"That interview is its own chat: [open it](/thread/{row.thread_id}).",
                         author="Coach").send()
    else:
        await cl.Message(content=f"That interview was held in the terminal: `interviewer chat --resume {session_id}` "
                                 "continues it there.", author="Coach").send()


def _current() -> Outcome | None:
    session = cl.user_session.get("session")
    return session if isinstance(session, Outcome) else None


def _engine() -> dict[str, Any]:
    """How this visitor's interview is answered: the speaking rate, and a model only if the server offers it (the
    backend and any model file are the server's)."""
    settings: dict[str, Any] = cl.user_session.get("settings") or {}
    model = settings.get("model")
    return {"wpm": int(settings.get("wpm") or 150), "model": model if model in SERVING.models else None}


async def _start(mode: str | None, target: str | None = None) -> Outcome | None:
    settings: dict[str, Any] = cl.user_session.get("settings") or {}
    mode = mode or settings.get("mode") or "mock"
    target = target or (settings.get("drill_target") if mode == "drill" else None)
    setup = Settings(mode="drill" if mode == "drill" else "mock", role=settings.get("role"), drill_target=target)
    thread_id = cl.context.session.thread_id
    session_id = thread_id.replace("-", "")[:12]
    if await in_worker(store().known, session_id):  # an id from the terminal that happens to match
        from interviewer.interview.session import new_session_id

        session_id = new_session_id()
    chosen = {k: settings.get(k) for k in ("mode", "drill_target", "role", "wpm", "model") if settings.get(k) is not None}
    layer = get_data_layer()
    if layer is not None:  # the chat remembers its settings even if this server dies before the visitor leaves
        # ... and is named for what it is in the list of chats (Chainlit would name it after the first message,
        # so every interview started from a starter read "Start a full mock interview").
        title = f"Drill: {target}" if setup.mode == "drill" else "Mock interview"
        if setup.role:
            title += f" ({setup.role})"
        await layer.update_thread(thread_id, name=title, metadata={"interview_settings": chosen})
    return await _step(Step(op="start", session_id=session_id, engine=_engine(), setup=setup, owner=_owner(),
                            thread_id=thread_id))


def _marks(summary: dict[str, Any]) -> str:
    if "passed" in summary:
        return f"drill {'passed' if summary['passed'] else 'not passed yet'} ({summary.get('attempts', 0)} tries)"
    tests = summary.get("tests") or {}
    if not tests:
        return "not graded yet"
    return " · ".join(f"{t.replace('_', '-')} {'✓' if v == 'pass' else '✗'}" for t, v in tests.items())


async def _history() -> None:
    rows = list(reversed(await in_worker(store().history, 30, _owner())))
    if not rows:
        await cl.Message(content="No interviews yet: answer the question to start one.", author="Coach").send()
        return
    lines = ["| when | mode | tests | score | status | |", "|---|---|---|---|---|---|"]
    for r in rows:
        mode = f"drill: {r.drill_target}" if r.mode == "drill" else "mock"
        when = dt.datetime.fromtimestamp(r.started_at).strftime("%Y-%m-%d %H:%M")
        link = f"[open](/thread/{r.thread_id})" if r.thread_id else f"terminal: `interviewer chat --resume {r.session_id}`"
        lines.append(f"| {when} | {mode} | {_marks(r.summary)} | {r.summary.get('score', '-')} | "
                     f"{'closed' if r.closed else 'open'} | {link} |")
    await cl.Message(content="\n".join(lines), author="Coach").send()


async def _step(step: Step) -> Outcome | None:
    """Run one graph step (steps.py), showing the grade and streaming the interviewer as they arrive. Returns where
    the interview stands after it, or None when the step failed (the visitor was told why)."""
    events: asyncio.Queue[Event] = asyncio.Queue()
    async with interview_lock(step.session_id):
        outcome = await _stream(step, events)
    if outcome is not None:
        cl.user_session.set("session", outcome)
    return outcome


async def _stream(step: Step, events: asyncio.Queue[Event]) -> Outcome | None:
    worker = asyncio.ensure_future(STEPS.run(step, events.put_nowait))
    shown: list[str] = []
    streaming: cl.Message | None = None
    held: Event | None = None
    while True:
        if held is not None:
            event, held = held, None
        else:
            getter = asyncio.ensure_future(events.get())
            done, _ = await asyncio.wait({getter, worker}, return_when=asyncio.FIRST_COMPLETED)
            if getter not in done:
                getter.cancel()
                if events.empty():
                    break
                continue
            event = getter.result()
        if event.get("event") == "notice":
            await cl.Message(content=f"⚠️ {render.text(event['text'])}", author="Coach").send()
        elif event.get("event") == "graded":
            grade = event["turn"]["grade"]
            name = render.grade_summary(grade)
            if event["turn"].get("parts", 1) > 1:
                name += " (your messages read together as one answer)"
            parent = cl.context.current_step  # under the same run as the messages, so a reopened chat keeps the order
            step_shown = cl.Step(name=name, type="tool", default_open=False, show_input=False,
                                 parent_id=parent.id if parent else None)
            step_shown.output = render.grade_step(grade)
            await step_shown.send()  # one message to the browser, not a start and an end
        elif event.get("event") == "token":
            if streaming is None:
                streaming = cl.Message(content="", author="Interviewer")
            text, held = _coalesce(event["text"], events)  # held: the event after the run of tokens, next
            await streaming.stream_token(text)
        elif event.get("event") == "replace":
            if streaming is None:
                await cl.Message(content=render.text(event["text"]), author="Interviewer").send()
            else:
                streaming.content = render.text(event["text"])  # the checked turn replaces the raw stream
                await streaming.update()
            shown.append(event["text"])
            streaming = None
    try:
        outcome = worker.result()
    except SessionError as e:
        await cl.Message(content=render.text(str(e)), author="Coach").send()
        return None
    for t in outcome.new_turns:
        if t["role"] == "interviewer":
            if t["text"] in shown:
                shown.remove(t["text"])
            else:
                await cl.Message(content=render.text(t["text"]), author="Interviewer").send()
            for note in t.get("notes", []):
                await cl.Message(content=f"*{render.text(note)}*", author="Coach").send()
    return outcome


def _coalesce(text: str, events: asyncio.Queue[Event]) -> tuple[str, Event | None]:
    """The token, with the tokens queued behind it: one message to the browser instead of one per word. Alone on
    the server, the queue is empty between tokens and streaming is word by word; with many candidates, each socket
    message costs the one event loop every candidate shares, and a backlog goes out in one piece. Returns the
    first non-token event met, if any, for the caller to handle next."""
    parts = [text]
    while not events.empty():
        nxt = events.get_nowait()
        if nxt.get("event") != "token":
            return "".join(parts), nxt
        parts.append(nxt["text"])
    return "".join(parts), None


async def _scorecard(session: Outcome) -> None:
    FILES_DIRECTORY.mkdir(parents=True, exist_ok=True)  # Chainlit removes it when a server on this folder stops
    card = session.card
    if card is None:
        return
    elements: list[Any] = []
    if isinstance(card, MockCard) and card.complete:
        elements.append(cl.Image(name="STAR allocation", content=render.star_svg(card).encode(), mime="image/svg+xml",
                                 display="inline"))
    export = render.export_md(session.session_id, session.turns, card)
    elements.append(cl.File(name=f"interview-{session.session_id}.md", content=export.encode(), mime="text/markdown",
                            display="inline"))
    await cl.Message(content=render.scorecard_md(card), author="Scorecard", elements=elements).send()
