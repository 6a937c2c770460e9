"""A socket-level Chainlit 2.12 client: talks to a running Chainlit server the way the browser does, without one.

The handshake, read from chainlit/socket.py, server.py, auth/ and the frontend bundle (react-client):

1. HTTP, with one cookie jar for everything (so a load balancer's stickiness cookie is kept and sent back):
   GET /auth/config tells which sign-in is on: {"requireLogin", "headerAuth", "passwordAuth", "oauthProviders"}.
   Header sign-in is POST /auth/header (the app's header_auth_callback reads the request's headers); password
   sign-in is POST /login with the form fields username and password. Both answer {"success": true} and set the
   JWT in the `access_token` cookie (httponly; split into access_token_0, _1, ... when longer than 3000 bytes).
   The browser then POSTs /set-session-cookie {"session_id"} (a stickiness hint for proxies) before connecting.
2. Socket.IO (Engine.IO v4) at path /ws/socket.io, polling first then upgraded to websocket, as socket.io-client
   does. The `auth` payload is {clientType: "webapp", sessionId: <uuid4 chosen by the client>, threadId: "" or a
   thread to resume, userEnv: JSON string of the user env ("{}"), chatProfile: "" or URL-encoded name}. The server
   reads the sign-in token only from the handshake's Cookie header; without one when login is required it refuses
   the connection with "authentication failed" (or "authorization failed" for somebody else's thread or session).
3. On the socket's connect the client emits "connection_successful". The server emits task_end, clear_ask and
   clear_call_fn, then either resumes the thread (first_interaction {"interaction": "resume"}, then on_chat_resume
   inside task_start/task_end, then "resume_thread" with the thread and its steps) or runs on_chat_start as a
   background task: task_start, new_message/update_message of a "run" step named on_chat_start, whatever the app
   sends (here: "chat_settings" with the settings widgets), task_end. A sessionId the server still holds (a
   socket-level reconnect to the same instance) restores that session and runs nothing.
4. A user message is "client_message" {message: {threadId: "", id: <uuid4, checked by the server>, name: <user
   identifier or "User">, type: "user_message", output: <text>, createdAt: ISO time, metadata: {}}, fileReferences:
   []}. The server does not echo it. It answers: task_start; first_interaction {"interaction", "thread_id"} on the
   first message of a thread; new_message of a "run" step "on_message" whose parentId is the message's id;
   then the app's steps -- here the grader, one new_message of type "tool", then the interviewer's message: either
   one new_message (author in "name", text in "output"), or stream_start (the step with the first token as
   "output", streaming true) + stream_token {id, token, isSequence, isInput}... + update_message (the checked text,
   streaming false); update_message of the "on_message" run step; task_end (always, from a `finally`).
   Chat settings are "chat_settings_change" with the full values dict (acknowledged once on_settings_update ran).

Turn complete: `send()` waits for the task_end that follows the task_start the server emits for this message --
the server's own end of the handler, sent whether the app succeeded or failed, after every message of the turn.
The turn's interviewer question is the last message with author "Interviewer" received in between, and its time
is when its text became final (a non-streamed new_message, or the update_message ending a stream). One message is
handled at a time; Chainlit runs each client_message as its own task, so a second send() before the first turn
ended would interleave, and this client refuses it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal
from urllib.parse import quote

import aiohttp
import socketio  # type: ignore[import-untyped]

SOCKET_PATH = "/ws/socket.io"
SignIn = Literal["auto", "none", "header", "password"]
INTERVIEWER = "Interviewer"


class ChainlitError(RuntimeError):
    """The server refused, disconnected, or answered something this client cannot follow."""


class ChainlitTimeout(ChainlitError, TimeoutError):
    """Something the client waited for did not come in time; the message says what, and what came instead."""


class ChainlitRefused(ChainlitError):
    """The server refused the socket: no valid sign-in token, or somebody else's thread or session."""


class SignInError(ChainlitError):
    """The sign-in the server asks for failed or is one this client does not do (OAuth)."""


@dataclass
class ChatMessage:
    """One step the browser would show: a message (assistant or user), the grader's tool step, a run step."""

    id: str
    author: str
    """The step's `name`: the message author ("Interviewer", "Coach", ...), or the tool step's title."""
    type: str
    """"assistant_message", "user_message", "tool", "run", ..."""
    content: str
    """The step's `output`: the text, tokens included while it streams."""
    thread_id: str | None
    parent_id: str | None
    streaming: bool
    received_at: float
    """time.monotonic() when it first arrived."""
    completed_at: float | None
    """time.monotonic() when its text became final (None while it streams)."""
    raw: dict[str, Any] = field(repr=False)
    own: bool = False
    """Sent by this client (the server does not echo user messages; the client records them as the browser does)."""

    @classmethod
    def of(cls, step: Mapping[str, Any], now: float) -> ChatMessage:
        streaming = bool(step.get("streaming"))
        return cls(id=str(step.get("id")), author=str(step.get("name") or ""), type=str(step.get("type") or ""),
                   content=str(step.get("output") or ""), thread_id=step.get("threadId"), parent_id=step.get("parentId"),
                   streaming=streaming, received_at=now, completed_at=None if streaming else now, raw=dict(step))


@dataclass
class Turn:
    """What one `send()` brought back."""

    text: str
    message_id: str
    sent_at: float
    ended_at: float
    """time.monotonic() of the turn's task_end."""
    messages: list[ChatMessage]
    """Every message and tool step that arrived during the turn, in order (run steps left out)."""

    @property
    def grader(self) -> list[ChatMessage]:
        return [m for m in self.messages if m.type == "tool"]

    @property
    def interviewer(self) -> list[ChatMessage]:
        return [m for m in self.messages if m.author == INTERVIEWER]

    @property
    def question(self) -> ChatMessage | None:
        """The interviewer's last message of the turn (its next question), if any."""
        found = self.interviewer
        return found[-1] if found else None

    @property
    def latency(self) -> float:
        """Seconds from sending to the interviewer's next message being final (to task_end if none came)."""
        q = self.question
        done = q.completed_at if q is not None and q.completed_at is not None else self.ended_at
        return done - self.sent_at


@dataclass
class Event:
    at: float
    name: str
    data: Any


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class ChainlitClient:
    """One browser tab's worth of Chainlit, over the socket.

        async with ChainlitClient("http://127.0.0.1:8000") as c:   # signs in if the server asks, then connects
            await c.start("Full mock interview")                    # clicks a starter
            turn = await c.send("Two years ago I ...")              # waits for the end of the turn
            turn.grader, turn.question, turn.latency, c.messages

    `sign_in`: "auto" reads /auth/config and does header sign-in when it is on, password sign-in when it is on and
    `username` is given; "none", "header" (with `headers`) and "password" (with `username`/`password`) force one.
    `timeout` bounds every wait (HTTP, connect, a turn) unless a call is given its own.
    """

    def __init__(self, base_url: str, *, sign_in: SignIn = "auto", headers: Mapping[str, str] | None = None,
                 username: str | None = None, password: str | None = None, timeout: float = 30.0,
                 transports: Sequence[str] | None = None, user_env: Mapping[str, str] | None = None,
                 chat_profile: str | None = None, name: str = "") -> None:
        self.base_url = base_url.rstrip("/")
        self.sign_in_mode: SignIn = sign_in
        self.auth_headers = dict(headers or {})
        self.username = username
        self.password = password
        self.timeout = timeout
        self.transports = list(transports) if transports else None
        self.user_env = dict(user_env or {})
        self.chat_profile = chat_profile
        self.name = name or base_url
        """A label for error messages (a candidate's name in the load bench)."""
        self.session_id = str(uuid.uuid4())
        self.thread_id: str | None = None
        self.user: dict[str, Any] | None = None
        self.mode = "none"
        """The sign-in used last: "none", "header" or "password"."""
        self.messages: list[ChatMessage] = []
        """Every message and tool step received (and the user's own messages, as the browser shows them), in order
        of first arrival; run steps are in `steps` only. Streams and updates change the entry in place."""
        self.steps: dict[str, ChatMessage] = {}
        self.events: list[Event] = []
        """Every socket event received, in order, with its payload (for debugging and custom waits)."""
        self.settings_widgets: list[dict[str, Any]] = []
        self.settings: dict[str, Any] = {}
        """The chat settings' current values, as the browser's settings panel holds them."""
        self.resumed_thread: dict[str, Any] | None = None
        self.connect_error: Any = None
        self._http: aiohttp.ClientSession | None = None
        self._sio: Any = None
        self._tick = asyncio.Event()
        self._connected = False
        self._busy = False

    # -- HTTP ----------------------------------------------------------------------------------------------

    def _session(self) -> aiohttp.ClientSession:
        if self._http is None or self._http.closed:
            # unsafe=True: keep cookies from IP-address hosts (127.0.0.1), which aiohttp drops by default
            self._http = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True),
                                               timeout=aiohttp.ClientTimeout(total=self.timeout))
        return self._http

    async def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        url = self.base_url + path
        try:
            async with self._session().request(method, url, **kwargs) as r:
                body = await r.text()
                if r.status >= 400:
                    raise ChainlitError(f"{self.name}: {method} {url} answered HTTP {r.status}: {body[:300]}")
                return json.loads(body) if body and r.content_type == "application/json" else body
        except TimeoutError:
            raise ChainlitTimeout(f"{self.name}: {method} {url} did not answer within {self.timeout:g} s") from None
        except aiohttp.ClientError as e:
            raise ChainlitError(f"{self.name}: {method} {url} failed: {type(e).__name__}: {e}") from None

    async def auth_config(self) -> dict[str, Any]:
        """GET /auth/config: which sign-in the server has on."""
        return dict(await self._request("GET", "/auth/config"))

    async def project_settings(self) -> dict[str, Any]:
        """GET /project/settings (starters, features, dataPersistence, threadResumable); signed in if needed."""
        return dict(await self._request("GET", "/project/settings", params={"language": "en-US"}))

    async def starters(self) -> list[dict[str, Any]]:
        return list((await self.project_settings()).get("starters") or [])

    def cookies(self) -> dict[str, str]:
        return {c.key: c.value for c in self._session().cookie_jar}

    def signed_in(self) -> bool:
        return any(k == "access_token" or k.startswith("access_token_") for k in self.cookies())

    async def sign_in(self) -> str:
        """Sign in as the server asks (see the class's `sign_in`); returns the mode used. Idempotent."""
        mode = self.sign_in_mode
        if mode == "auto":
            cfg = await self.auth_config()
            if not cfg.get("requireLogin"):
                mode = "none"
            elif cfg.get("headerAuth"):
                mode = "header"
            elif cfg.get("passwordAuth") and self.username is not None:
                mode = "password"
            else:
                raise SignInError(f"{self.name}: the server asks for a sign-in this client does not do: {cfg}")
        if mode == "header":
            try:
                await self._request("POST", "/auth/header", headers=self.auth_headers, json={})
            except ChainlitError as e:
                raise SignInError(f"header sign-in failed: {e}") from None
        elif mode == "password":
            if self.username is None or self.password is None:
                raise SignInError(f"{self.name}: password sign-in needs a username and a password")
            try:
                await self._request("POST", "/login", data={"username": self.username, "password": self.password})
            except ChainlitError as e:
                raise SignInError(f"password sign-in failed: {e}") from None
        if mode != "none":
            if not self.signed_in():
                raise SignInError(f"{self.name}: {mode} sign-in answered but set no access_token cookie "
                                  f"(cookies: {sorted(self.cookies())})")
            self.user = dict(await self._request("GET", "/user"))
        return mode

    # -- the socket ---------------------------------------------------------------------------------------

    def _on_event(self, event: str, *args: Any) -> None:
        """Every server event, synchronously and in arrival order (python-socketio dispatches them as tasks in
        order; nothing here awaits, so the order holds)."""
        now = time.monotonic()
        data: Any = args[0] if args else None
        self.events.append(Event(now, event, data))
        if event in ("new_message", "stream_start", "update_message", "stream_token", "delete_message",
                     "first_interaction", "resume_thread") and not isinstance(data, dict):
            self._tick.set()
            return
        if event in ("new_message", "stream_start"):
            self._add_step(data, now)
        elif event == "update_message":
            step = self.steps.get(str(data.get("id")))
            if step is None:
                self._add_step(data, now)
            else:
                step.content = str(data.get("output") or "")
                step.author = str(data.get("name") or step.author)
                step.raw = dict(data)
                step.streaming = bool(data.get("streaming"))
                if not step.streaming:
                    step.completed_at = now
        elif event == "stream_token":
            step = self.steps.get(str(data.get("id")))
            if step is not None:
                step.content = data["token"] if data.get("isSequence") else step.content + str(data.get("token", ""))
        elif event == "delete_message":
            gone = self.steps.pop(str(data.get("id")), None)
            if gone is not None and gone in self.messages:
                self.messages.remove(gone)
        elif event == "first_interaction":
            self.thread_id = data.get("thread_id") or self.thread_id
        elif event == "resume_thread":
            self.resumed_thread = data
            self.thread_id = data.get("id") or self.thread_id
            for step in data.get("steps") or []:
                if str(step.get("id")) not in self.steps:
                    self._add_step(step, now)
        elif event == "chat_settings":
            self.settings_widgets = list(data or [])
            values = {w["id"]: w.get("initial") for w in self.settings_widgets if "id" in w}
            self.settings = {**values, **self.settings} if self.settings else values
        elif event == "task_start":
            self._busy = True
        elif event == "task_end":
            self._busy = False
        self._tick.set()

    def _add_step(self, data: Mapping[str, Any], now: float) -> None:
        step_id = str(data.get("id"))
        known = self.steps.get(step_id)
        if known is not None:  # Message.send() after a stream: the same id again, now final
            known.content = str(data.get("output") or "")
            known.streaming = bool(data.get("streaming"))
            known.raw = dict(data)
            if not known.streaming:
                known.completed_at = now
            return
        msg = ChatMessage.of(data, now)
        self.steps[step_id] = msg
        if msg.thread_id and not self.thread_id:
            self.thread_id = msg.thread_id
        if msg.type != "run":
            self.messages.append(msg)

    def _on_connect_error(self, data: Any = None) -> None:
        self.connect_error = data
        self._tick.set()

    def _on_disconnect(self, *reason: Any) -> None:
        self._connected = False
        self.events.append(Event(time.monotonic(), "disconnect", reason[0] if reason else None))
        self._tick.set()

    async def _wait(self, done: Callable[[], bool], what: str, timeout: float | None) -> None:
        """Until `done()` holds; raises ChainlitTimeout (what was awaited, the last events seen) or ChainlitError
        when the socket drops first."""
        limit = self.timeout if timeout is None else timeout
        end = time.monotonic() + limit
        while not done():
            if not self._connected:
                raise ChainlitError(f"{self.name}: disconnected while waiting for {what}; last events: {self._tail()}")
            left = end - time.monotonic()
            if left <= 0:
                raise ChainlitTimeout(f"{self.name}: no {what} within {limit:g} s; last events: {self._tail()}")
            self._tick.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._tick.wait(), left)

    def _tail(self, n: int = 8) -> str:
        return ", ".join(e.name for e in self.events[-n:]) or "none"

    def _auth(self) -> dict[str, Any]:
        return {"clientType": "webapp", "sessionId": self.session_id, "threadId": self.thread_id or "",
                "userEnv": json.dumps(self.user_env),
                "chatProfile": quote(self.chat_profile) if self.chat_profile else ""}

    async def connect(self, thread_id: str | None = None, *, timeout: float | None = None,
                      start_grace: float = 0.5) -> None:
        """Sign in if needed, open the socket, say connection_successful, and wait until the server is idle: the
        thread resumed, or on_chat_start finished (its task_end). `thread_id` asks to resume that thread (the
        server needs a data layer and on_chat_resume for that; else it starts a new chat under that id).
        `start_grace`: how long to wait for on_chat_start's task_start after the connection_successful ack before
        concluding nothing runs (a restored session)."""
        if self._connected:
            raise ChainlitError(f"{self.name}: already connected")
        limit = self.timeout if timeout is None else timeout
        if thread_id is not None:
            self.thread_id = thread_id
        fresh = False
        if not self.signed_in():
            self.mode = await self.sign_in()
            fresh = True
        try:
            await self._open(limit)
        except ChainlitRefused:
            if fresh or self.mode == "none":
                raise
            # a token the server does not take (another instance with another secret, an expired one): sign in
            # again, as the browser's login page would, and try once more
            self.mode = await self.sign_in()
            await self._open(limit)
        self._connected = True
        mark = len(self.events)
        try:
            await self._sio.call("connection_successful", timeout=limit)
        except socketio.exceptions.TimeoutError:
            raise ChainlitTimeout(f"{self.name}: connection_successful not acknowledged within {limit:g} s") from None
        if self._find("resume_thread", mark) is not None:
            return  # the handler awaited on_chat_resume and sent the thread before acknowledging
        try:
            await self._wait(lambda: self._find("task_start", mark) is not None, "task_start of on_chat_start", start_grace)
        except ChainlitTimeout:
            return  # nothing runs: a session the server restored
        begin = self._find("task_start", mark)
        assert begin is not None
        await self._wait(lambda: self._find("task_end", begin) is not None, "end of on_chat_start (task_end)", limit)

    async def _open(self, limit: float) -> None:
        with contextlib.suppress(ChainlitError):  # the browser ignores a failure here too
            await self._request("POST", "/set-session-cookie", json={"session_id": self.session_id})
        sio = socketio.AsyncClient(reconnection=False, http_session=self._session(), handle_sigint=False,
                                   request_timeout=limit)
        sio.on("*", self._on_event)
        sio.on("connect_error", self._on_connect_error)
        sio.on("disconnect", self._on_disconnect)
        self._sio = sio
        self.connect_error = None
        self.resumed_thread = None
        try:
            await asyncio.wait_for(
                sio.connect(self.base_url, socketio_path=SOCKET_PATH, auth=self._auth(), transports=self.transports,
                            wait_timeout=limit), limit + 1)
        except TimeoutError:
            raise ChainlitTimeout(f"{self.name}: the socket to {self.base_url} did not connect within {limit:g} s") from None
        except socketio.exceptions.ConnectionError as e:
            why = self.connect_error.get("message") if isinstance(self.connect_error, dict) else self.connect_error
            # Chainlit raises the builtin ConnectionRefusedError, so its reason ("authentication failed",
            # "authorization failed") stays in the server's log and the client gets python-socketio's generic one
            raise ChainlitRefused(f"{self.name}: the server at {self.base_url} refused the socket ({why or e}): no "
                                  "valid sign-in cookie, or the thread or session belongs to another user") from None

    def _find(self, name: str, start: int) -> int | None:
        """Index of the first event called `name` at or after `start`."""
        return next((i for i in range(start, len(self.events)) if self.events[i].name == name), None)

    async def send(self, text: str, *, timeout: float | None = None, author: str | None = None) -> Turn:
        """Send a user message as the chat box does and wait for the end of the turn (see the module's doc)."""
        if not self._connected:
            raise ChainlitError(f"{self.name}: not connected")
        if self._busy:
            raise ChainlitError(f"{self.name}: the server is still busy with the previous task")
        limit = self.timeout if timeout is None else timeout
        name = author or (str(self.user.get("identifier")) if self.user else "User")
        message = {"threadId": "", "id": str(uuid.uuid4()), "name": name, "type": "user_message", "output": text,
                   "createdAt": _now_iso(), "metadata": {}}
        own = ChatMessage.of(message, time.monotonic())
        own.own = True
        self.steps[own.id] = own
        self.messages.append(own)
        first = len(self.messages)
        mark = len(self.events)
        sent_at = time.monotonic()
        await self._sio.emit("client_message", {"message": message, "fileReferences": []})
        self._busy = True

        await self._wait(lambda: self._find("task_start", mark) is not None, "task_start for the message", limit)
        begin = self._find("task_start", mark)
        assert begin is not None
        left = limit - (time.monotonic() - sent_at)
        await self._wait(lambda: self._find("task_end", begin) is not None, "end of the turn (task_end)", max(left, 0.001))
        end = self._find("task_end", begin)
        assert end is not None
        ended_at = self.events[end].at
        for m in self.messages[first:]:  # a stream never closed by an update is as final as it gets
            if m.completed_at is None:
                m.completed_at = ended_at
        return Turn(text=text, message_id=own.id, sent_at=sent_at, ended_at=ended_at, messages=self.messages[first:])

    async def start(self, label: str = "Full mock interview", **kwargs: Any) -> Turn:
        """Click the starter with this label: send its message."""
        found = [s for s in await self.starters() if s.get("label") == label]
        if not found:
            raise ChainlitError(f"{self.name}: no starter labelled {label!r}")
        return await self.send(str(found[0]["message"]), **kwargs)

    async def update_settings(self, values: Mapping[str, Any], *, timeout: float | None = None) -> None:
        """Submit the settings panel with these values changed (the rest as they are); returns once the app's
        on_settings_update has run (the server acknowledges the event then)."""
        limit = self.timeout if timeout is None else timeout
        self.settings = {**self.settings, **values}
        try:
            await self._sio.call("chat_settings_change", self.settings, timeout=limit)
        except socketio.exceptions.TimeoutError:
            raise ChainlitTimeout(f"{self.name}: chat_settings_change not acknowledged within {limit:g} s") from None

    async def disconnect(self) -> None:
        """Drop the socket (keep the cookies and the thread id)."""
        sio, self._sio = self._sio, None
        if sio is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(sio.disconnect(), 5)
        self._connected = False
        self._busy = False

    async def reconnect(self, base_url: str | None = None, *, thread_id: str | None = None, new_session: bool = False,
                        timeout: float | None = None) -> None:
        """Reconnect, to another instance if `base_url` is given, resuming the same chat thread (for failover).

        By default the session id is kept, as socket.io-client's own reconnection does (the server restores the
        session if it still holds it; another instance creates it afresh with the thread id); `new_session=True`
        is a page reload at /thread/<id> instead. Signs in again only if the jar holds no token."""
        await self.disconnect()
        if base_url is not None:
            self.base_url = base_url.rstrip("/")
        if new_session:
            self.session_id = str(uuid.uuid4())
        await self.connect(thread_id or self.thread_id, timeout=timeout)

    async def close(self) -> None:
        await self.disconnect()
        if self._http is not None and not self._http.closed:
            await self._http.close()
        self._http = None

    async def __aenter__(self) -> ChainlitClient:
        await self.connect()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def connected(self) -> bool:
        return self._connected

    def transcript(self) -> list[tuple[str, str]]:
        """(author, content) of every message and tool step, in order."""
        return [(m.author, m.content) for m in self.messages]
