"""The mock interview in the browser: a thin Chainlit adapter over the same compiled interview graph.

Run from the project folder:  chainlit run interviewer/web/app.py
Every interview step goes through InterviewSession (the graph and its SQLite checkpointer); this module only
shows what the graph produced. Chainlit is imported here and nowhere else.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import threading
from collections.abc import Awaitable, Callable
from typing import Any, Final, TypeVar, cast

import chainlit as cl
from chainlit.config import FILES_DIRECTORY
from chainlit.input_widget import Select, Slider, TextInput

from interviewer.interview import DRILL_TARGETS, InterviewSession, SessionError, Settings, Store, StoreError
from interviewer.interview.card import MockCard
from interviewer.interview.state import Turn
from interviewer.llm import BackendConfig, ConfigError, Engines, open_engines
from interviewer.llm.backend import offline
from interviewer.web import render

ROLES: Final = (
    "Software engineer (junior)", "Software engineer (senior)", "Engineering manager", "Product manager",
    "Data scientist / analyst", "UX / product designer", "Sales / account executive", "Customer success manager",
    "Marketing manager", "Operations / supply chain", "Nurse / clinical lead", "Teacher / educator",
    "Finance analyst", "Director / VP", "New graduate / intern",
)
START_MOCK: Final = "Start a full mock interview"
DRILL_PREFIX: Final = "Start a drill: "
HISTORY: Final = "Show my past interviews"
HELP: Final = "Type `/new` for a new interview, `/end` to close this one with a scorecard, `/history` for past interviews."
_lock = threading.Lock()  # one graph step at a time: the SQLite connection is shared by every browser tab
_store: Store | None = None


def store() -> Store:
    global _store
    if _store is None:
        _store = Store()
    return _store


@cl.set_starters
async def starters(user: Any = None, language: Any = None) -> list[cl.Starter]:
    items = [cl.Starter(label="Full mock interview", message=START_MOCK)]
    items += [cl.Starter(label=f"Drill: {t}", message=DRILL_PREFIX + t) for t in DRILL_TARGETS]
    items.append(cl.Starter(label="Past interviews", message=HISTORY))
    return items


Handler = TypeVar("Handler", bound=Callable[..., Awaitable[Any]])


def _kept_private(handler: Handler) -> Handler:
    """A damaged or foreign interview file is told to the visitor in one sentence that never shows the server's
    paths (the full message, with the file's location, is in the server's log)."""

    @functools.wraps(handler)
    async def wrapped(*args: Any, **kwargs: Any) -> Any:
        try:
            return await handler(*args, **kwargs)
        except StoreError as e:
            logging.getLogger("interviewer").error("%s", e)
            await cl.Message(content=render.text(e.public), author="Coach").send()
            return None

    return cast(Handler, wrapped)


@cl.on_chat_start
@_kept_private
async def on_chat_start() -> None:
    settings = await cl.ChatSettings([
        Select(id="mode", label="Mode", values=["mock", "drill"], initial_value="mock"),
        Select(id="drill_target", label="Drill target", values=list(DRILL_TARGETS), initial_value="ownership"),
        Select(id="role", label="Your role and level", values=list(ROLES), initial_value=ROLES[0]),
        Slider(id="wpm", label="Speaking rate (words per minute)", initial=150, min=100, max=200, step=5),
        Select(id="backend", label="Backend", values=["offline", "openai", "local"], initial_value="offline"),
        TextInput(id="model", label="Model name (openai backend)", initial=""),
        TextInput(id="model_file", label="GGUF file (local backend)", initial=""),
    ]).send()
    cl.user_session.set("settings", settings)
    unfinished = [r for r in store().history(200) if not r.closed]
    if unfinished:
        latest = max(unfinished, key=lambda r: r.updated_at)
        await _continue(latest.session_id, note=f"Continuing your unfinished interview ({latest.session_id}). {HELP}")


@cl.on_settings_update
async def on_settings_update(settings: dict[str, Any]) -> None:
    cl.user_session.set("settings", settings)
    await cl.Message(content=f"Settings saved; they apply to your next interview. {HELP}", author="Coach").send()


@cl.on_message
@_kept_private
async def on_message(message: cl.Message) -> None:
    content = message.content or ""
    command = content.strip()
    if command in ("/new", START_MOCK):
        await _start(mode="mock")
    elif command.startswith(DRILL_PREFIX) and command.removeprefix(DRILL_PREFIX) in DRILL_TARGETS:
        await _start(mode="drill", target=command.removeprefix(DRILL_PREFIX))
    elif command in ("/history", HISTORY):
        await _history()
    elif command == "/end":
        session = _active()
        if session is None:
            await cl.Message(content=f"There is no interview running. {HELP}", author="Coach").send()
        else:
            running = session
            await _step(lambda on_event: running.end())
            await _scorecard(running)
    else:
        session = _active() or await _start(mode=None)
        if session is not None and not session.closed:
            await _step(lambda on_event: session.reply(content, on_event=on_event))
            if session.closed:
                await _scorecard(session)


@cl.action_callback("open_session")
@_kept_private
async def open_session(action: cl.Action) -> None:
    await _continue(str(action.payload["id"]), note=f"Interview {action.payload['id']}.")


def _active() -> InterviewSession | None:
    session = cl.user_session.get("session")
    return session if isinstance(session, InterviewSession) and not session.closed else None


def _engines(settings: dict[str, Any]) -> Engines:
    """The backend the settings ask for; in the browser an unreachable model always falls back to offline."""
    config = BackendConfig(fallback=True)
    config.backend = settings.get("backend") or "offline"
    config.model = settings.get("model") or config.model
    if settings.get("model_file"):
        from pathlib import Path

        config.model_file = Path(settings["model_file"]).expanduser()
    wpm = int(settings.get("wpm", 150))
    try:
        config.__post_init__()
        return open_engines(config, wpm=wpm)
    except ConfigError as e:
        return offline(wpm, f"{e} Running on the offline engine instead.")


async def _start(mode: str | None, target: str | None = None) -> InterviewSession | None:
    settings: dict[str, Any] = cl.user_session.get("settings") or {}
    mode = mode or settings.get("mode") or "mock"
    target = target or (settings.get("drill_target") if mode == "drill" else None)
    engines = await asyncio.to_thread(_engines, settings)
    if engines.notice:
        await cl.Message(content=f"⚠️ {render.text(engines.notice)}", author="Coach").send()
    cl.user_session.set("engines", engines)
    setup = Settings(mode="drill" if mode == "drill" else "mock", role=settings.get("role"), drill_target=target)
    session_id = cl.context.session.thread_id.replace("-", "")[:12]
    if store().known(session_id):  # a second interview in the same browser thread
        from interviewer.interview.session import new_session_id

        session_id = new_session_id()
    holder: dict[str, InterviewSession] = {}

    def begin(on_event: Callable[[dict[str, Any]], None]) -> list[Turn]:
        holder["s"] = InterviewSession.start(store(), setup, engines.context, session_id=session_id, on_event=on_event)
        return holder["s"].turns

    await _step(begin)
    session = holder.get("s")
    cl.user_session.set("session", session)
    return session


async def _continue(session_id: str, note: str) -> None:
    settings: dict[str, Any] = cl.user_session.get("settings") or {}
    engines = await asyncio.to_thread(_engines, settings)
    try:
        session = InterviewSession.resume(store(), session_id, engines.context)
    except SessionError as e:
        await cl.Message(content=render.text(str(e)), author="Coach").send()
        return
    cl.user_session.set("session", session)
    cl.user_session.set("engines", engines)
    await cl.Message(content=note, author="Coach").send()
    for t in session.turns:
        if t["role"] == "interviewer":
            await cl.Message(content=render.text(t["text"]), author="Interviewer").send()
        else:
            await cl.Message(content=render.text(t["text"]), author="You", type="user_message").send()
    if session.closed and session.scorecard:
        await _scorecard(session)


async def _history() -> None:
    rows = list(reversed(store().history(30)))
    if not rows:
        await cl.Message(content=f"No interviews yet. {HELP}", author="Coach").send()
        return
    lines = ["| when | session | mode | tests | score | status |", "|---|---|---|---|---|---|"]
    import datetime as dt

    for r in rows:
        tests = " ".join(f"{t[0].upper()}:{v}" for t, v in r.summary.get("tests", {}).items()) or "-"
        mode = f"drill: {r.drill_target}" if r.mode == "drill" else "mock"
        when = dt.datetime.fromtimestamp(r.started_at).strftime("%Y-%m-%d %H:%M")
        lines.append(f"| {when} | {r.session_id} | {mode} | {tests} | {r.summary.get('score', '-')} | "
                     f"{'closed' if r.closed else 'open'} |")
    actions = [cl.Action(name="open_session", payload={"id": r.session_id}, label=f"Open {r.session_id}") for r in rows[:10]]
    await cl.Message(content="\n".join(lines), author="Coach", actions=actions).send()


async def _step(run: Callable[[Callable[[dict[str, Any]], None]], list[Turn]]) -> None:
    """Run one graph step in a worker thread, showing the grade and streaming the interviewer as they arrive."""
    loop = asyncio.get_running_loop()
    events: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

    def on_event(event: dict[str, Any]) -> None:
        loop.call_soon_threadsafe(events.put_nowait, event)

    def locked() -> list[Turn]:
        with _lock:
            return run(on_event)

    worker = asyncio.ensure_future(asyncio.to_thread(locked))
    shown: list[str] = []
    streaming: cl.Message | None = None
    while True:
        getter = asyncio.ensure_future(events.get())
        done, _ = await asyncio.wait({getter, worker}, return_when=asyncio.FIRST_COMPLETED)
        if getter not in done:
            getter.cancel()
            if events.empty():
                break
            continue
        event = getter.result()
        if event.get("event") == "graded":
            grade = event["turn"]["grade"]
            name = render.grade_summary(grade)
            if event["turn"].get("parts", 1) > 1:
                name += " (your messages read together as one answer)"
            step = cl.Step(name=name, type="tool", default_open=False, show_input=False)
            step.output = render.grade_step(grade)
            await step.send()  # one message to the browser, not a start and an end
        elif event.get("event") == "token":
            if streaming is None:
                streaming = cl.Message(content="", author="Interviewer")
            await streaming.stream_token(event["text"])
        elif event.get("event") == "replace":
            if streaming is None:
                await cl.Message(content=render.text(event["text"]), author="Interviewer").send()
            else:
                streaming.content = render.text(event["text"])  # the checked turn replaces the raw stream
                await streaming.update()
            shown.append(event["text"])
            streaming = None
    try:
        new_turns = worker.result()
    except SessionError as e:
        await cl.Message(content=render.text(str(e)), author="Coach").send()
        return
    for t in new_turns:
        if t["role"] == "interviewer":
            if t["text"] in shown:
                shown.remove(t["text"])
            else:
                await cl.Message(content=render.text(t["text"]), author="Interviewer").send()
            for note in t.get("notes", []):
                await cl.Message(content=f"*{render.text(note)}*", author="Coach").send()


async def _scorecard(session: InterviewSession) -> None:
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

