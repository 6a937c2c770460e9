"""A scripted OpenAI-compatible server on loopback: the LLM path is tested through the real `openai` client.

Queue answers with `enqueue()`; when the queue is empty, `default` answers (a plausible judge JSON for
structured requests, a question otherwise). Every request is recorded in `requests`.
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Answer:
    """One scripted answer: `text` (streamed word by word when asked), an HTTP `status`, or a `delay` first; `raw`
    sends that body as-is with HTTP 200 and text/html, as a proxy's error page would."""

    text: str = ""
    status: int = 200
    delay: float = 0.0
    raw: str | None = None
    drip: float = 0.0
    """Seconds between single bytes of the body: a server that trickles its answer."""
    reset: bool = False
    """Send the first half of the answer, then drop the connection (mid-stream for a streamed request)."""


def judge_json(reply: str, verdict: str = "pass", flags: list[dict[str, str]] | None = None) -> str:
    """A judge answer quoting the reply's first sentence as evidence for every test."""
    first = re.split(r"(?<=[.!?])\s", reply.strip(), maxsplit=1)[0]
    test = {"verdict": verdict, "evidence": [first], "reason": "scripted"}
    return json.dumps({"tests": {t: test for t in ("honesty", "learning", "self_awareness")}, "flags": flags or []})


def reply_of(body: dict[str, Any]) -> str:
    text = body["messages"][-1]["content"]
    m = re.search(r"<reply>\n?(.*?)\n?</reply>", text, re.DOTALL)
    return m.group(1) if m else text


def default_answer(body: dict[str, Any]) -> Answer:
    if body.get("response_format"):
        return Answer(judge_json(reply_of(body)))
    return Answer("Thanks for that. What was the decision you made that led to it?")


class ModelServer:
    """Start with `with ModelServer() as server:`; `server.base_url` goes to the openai client."""

    def __init__(self, default: Callable[[dict[str, Any]], Answer] = default_answer, latency: float = 0.0) -> None:
        self.queue: deque[Answer] = deque()
        self.requests: list[dict[str, Any]] = []
        self.default = default
        self.latency = latency
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out in two writes; Nagle would hold the body ~40 ms

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                self._json(200, {"object": "list", "data": [{"id": "scripted", "object": "model", "owned_by": "tests"}]})

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                with server.lock:
                    server.requests.append(body)
                    answer = server.queue.popleft() if server.queue else server.default(body)
                time.sleep(server.latency + answer.delay)
                if answer.raw is not None:
                    self._raw(answer.raw)
                elif answer.status != 200:
                    self._json(answer.status, {"error": {"message": "scripted failure", "type": "server_error", "code": None}})
                elif answer.reset:
                    self._reset(body, answer.text or "Thanks for that. What was the decision you made that led to it?")
                elif answer.drip:
                    self._drip(json.dumps(self._completion(body, answer.text)).encode(), answer.drip)
                elif body.get("stream"):
                    self._stream(body, answer.text)
                else:
                    self._json(200, self._completion(body, answer.text))

            def _completion(self, body: dict[str, Any], text: str) -> dict[str, Any]:
                return {"id": "cmpl-1", "object": "chat.completion", "created": int(time.time()), "model": body.get("model", ""),
                        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
                        "usage": {"prompt_tokens": 1, "completion_tokens": len(text.split()), "total_tokens": 1}}

            def _drip(self, data: bytes, pause: float) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    for i in range(len(data)):
                        self.wfile.write(data[i:i + 1])
                        self.wfile.flush()
                        time.sleep(pause)

            def _reset(self, body: dict[str, Any], text: str) -> None:
                if body.get("stream"):
                    self.send_response(200)
                    self.send_header("Content-Type", "text/event-stream")
                    self.end_headers()
                    half = re.findall(r"\S+\s*", text)[: max(1, len(text.split()) // 2)]
                    for piece in half:
                        chunk = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "",
                                 "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
                        self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                else:
                    data = json.dumps(self._completion(body, text)).encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data[: len(data) // 2])
                self.wfile.flush()
                self.close_connection = True
                with contextlib.suppress(OSError):
                    self.connection.shutdown(socket.SHUT_RDWR)

            def _raw(self, body: str) -> None:
                data = body.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(data)

            def _json(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(data)

            def _stream(self, body: dict[str, Any], text: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                pieces = re.findall(r"\S+\s*", text) or [""]
                try:
                    for piece in pieces:
                        chunk = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": body.get("model", ""),
                                 "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
                        self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    end = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": body.get("model", ""),
                           "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
                    self.wfile.write(f"data: {json.dumps(end)}\n\ndata: [DONE]\n\n".encode())
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def enqueue(self, *answers: Answer | str) -> None:
        with self.lock:
            self.queue.extend(a if isinstance(a, Answer) else Answer(a) for a in answers)

    def __enter__(self) -> ModelServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@contextlib.contextmanager
def serving_the_cli(default: Callable[[dict[str, Any]], Answer], setenv: Callable[[str, str], None]) -> Iterator[ModelServer]:
    """A server the `interviewer` command talks to (through OPENAI_BASE_URL), with no retries: for eval-runner tests."""
    with ModelServer(default=default) as server:
        setenv("OPENAI_BASE_URL", server.base_url)
        setenv("INTERVIEWER_RETRIES", "0")
        yield server
