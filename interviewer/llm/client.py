"""One model call through the `openai` client, with a token budget, retries with backoff, and output checks."""

from __future__ import annotations

import functools
import importlib
import json
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import openai

from interviewer.llm import outbox
from interviewer.llm.cache import ResponseCache
from interviewer.llm.config import BackendConfig
from interviewer.llm.tokens import Message, bytes_bound, count_messages, count_text, preload

T = TypeVar("T")

# The HTTP library under the openai client (httpx, or its fork httpx2 in openai 3): a broken connection while the
# body is read surfaces as its own TransportError, not as an openai error.
_HTTP: Any = importlib.import_module(openai.DefaultHttpxClient.__mro__[1].__module__.split(".")[0])
_TRANSPORT_ERRORS: tuple[type[BaseException], ...] = (_HTTP.TransportError,)


class ModelUnavailable(RuntimeError):
    """The model could not give a usable answer; the message says why in one sentence."""

    def __init__(self, message: str, prompt_tokens: int = 0, completion_tokens: int = 0, quiet: bool = False) -> None:
        super().__init__(message)
        self.prompt_tokens = prompt_tokens
        """Tokens the failed attempts still spent, so the turn's record is complete."""
        self.completion_tokens = completion_tokens
        self.quiet = quiet
        """True once the circuit breaker is open: the model is not asked at all, and the one note that said so has
        already been given, so the caller falls back without another."""


class InvalidOutput(ValueError):
    """The model answered, but not in the shape asked for (junk, broken JSON, a schema violation)."""


class TooSlow(InvalidOutput):
    """The whole answer did not arrive within the call's deadline (a server that trickles, or stalls mid-answer)."""


@dataclass(frozen=True, slots=True)
class Usage:
    """What one successful call cost."""

    prompt_tokens: int
    completion_tokens: int
    attempts: int

    def to_dict(self) -> dict[str, int]:
        return {"prompt": self.prompt_tokens, "completion": self.completion_tokens, "attempts": self.attempts}


_RETRYABLE = (openai.APITimeoutError, openai.APIConnectionError, openai.RateLimitError, openai.InternalServerError,
              InvalidOutput)


def _describe(error: BaseException) -> str:
    if isinstance(error, openai.APITimeoutError):
        return "the request timed out"
    if isinstance(error, openai.APIConnectionError):
        return "the server could not be reached"
    if isinstance(error, openai.APIStatusError):
        return f"the server answered HTTP {error.status_code}"
    if isinstance(error, TooSlow):
        return str(error)
    if isinstance(error, InvalidOutput):
        return f"the answer was not usable ({error})"
    return str(error)


def _sse_event(line: bytes) -> tuple[str, bool]:
    """One server-sent event line of a streamed chat completion ("data: {...}"): its text, and whether it ends the
    answer (a finish reason, or "data: [DONE]")."""
    line = line.strip()
    if not line.startswith(b"data:"):
        return "", False
    payload = line[5:].strip()
    if payload == b"[DONE]":
        return "", True
    if not payload:
        return "", False
    chunk = json.loads(payload)
    if "error" in chunk:
        raise InvalidOutput(f"the server reported an error mid-answer: {str(chunk['error'])[:200]}")
    choices = chunk.get("choices") or []
    if not choices:
        return "", False
    text = str((choices[0].get("delta") or {}).get("content") or "")
    return text, choices[0].get("finish_reason") is not None


_http_client: Any = None
_http_guard = threading.Lock()


def shared_http_client() -> Any:
    """One HTTP client (connection pool) for every model client of the process. Each interview has its own
    ModelClient (its breaker and token counts are its own), but a new HTTP client loads the system's CA store into a
    fresh TLS context, tens of milliseconds of CPU per interview: with fifty candidates starting, that alone held the
    interpreter for seconds. The request hook tells the outbox when a request is on its way."""
    global _http_client
    with _http_guard:
        if _http_client is None:
            _http_client = openai.DefaultHttpxClient(event_hooks={"request": [outbox.on_request]})
        return _http_client


class ModelClient:
    """Calls one chat model. Every request is counted with tiktoken and must fit the budget."""

    def __init__(self, config: BackendConfig, base_url: str | None = None,
                 sleep: Callable[[float], None] = time.sleep, cache: ResponseCache | None = None) -> None:
        self.config = config
        self.model = config.model_name
        self.sleep = sleep
        self.cache = cache
        """Evals pass one, so unchanged work is answered from disk."""
        self.requests = 0
        """Model calls actually sent (cache hits excluded)."""
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self._lock = threading.Lock()
        self.failures = 0
        """Calls in a row that gave no usable answer after their retries; at `config.breaker` the breaker opens."""
        self.broken = False
        """Open breaker: the model is not asked again by this client (one interview); the next interview tries it."""
        # The client's own retries are off: this class retries, so junk answers and HTTP faults share one policy.
        # The request hook tells the outbox when a request is on its way.
        self.client = openai.OpenAI(api_key=config.api_key or "not-needed", base_url=base_url or config.base_url,
                                    timeout=config.timeout, max_retries=0,
                                    http_client=shared_http_client())

    def check(self) -> None:
        """Fail fast, in one sentence, when the server is unreachable or refuses the key."""
        try:
            self.client.models.list(timeout=min(10.0, self.config.timeout))
        except openai.AuthenticationError:
            raise ModelUnavailable("The server refused the API key: check OPENAI_API_KEY.") from None
        except openai.NotFoundError:
            return  # some compatible servers have no /models; the first real call will tell
        except openai.APIError as e:
            where = self.client.base_url
            raise ModelUnavailable(f"The model server at {where} cannot be used: {_describe(e)}.") from None

    def complete(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int,
        parse: Callable[[str], T],
        schema: dict[str, Any] | None = None,
        on_text: Callable[[str], None] | None = None,
    ) -> tuple[T, Usage]:
        """Ask once, retrying faults with exponential backoff; `parse` raises InvalidOutput to reject an answer."""
        with outbox.sending():  # pending until the HTTP client sends it (or the answer came from the cache)
            return self._complete(messages, max_tokens, parse, schema, on_text)

    def _complete(self, messages: Sequence[Message], max_tokens: int, parse: Callable[[str], T],
                  schema: dict[str, Any] | None, on_text: Callable[[str], None] | None) -> tuple[T, Usage]:
        prompt_tokens = functools.cache(lambda: count_messages(messages, self.model))  # counted once, when first needed
        # A request its UTF-8 size shows to fit goes out at once; it is counted when the answer is back.
        budget = self.config.token_budget
        if bytes_bound(messages) + max_tokens > budget and prompt_tokens() + max_tokens > budget:
            raise ValueError(f"request of {prompt_tokens()}+{max_tokens} tokens exceeds the budget of {budget}")
        key = None
        if self.cache is not None:
            key = self.cache.key(self.model, {"messages": list(messages), "max_tokens": max_tokens, "schema": schema,
                                              "temperature": 0.2})
            cached = self.cache.get(key)
            if cached is not None:
                try:
                    return parse(cached), Usage(0, 0, 0)
                except InvalidOutput:
                    pass
        if self.broken:
            raise ModelUnavailable("the model is off for the rest of this interview", quiet=True)
        preload(self.model)  # in the background, once the requests being prepared are sent
        last: BaseException | None = None
        spent = 0
        for attempt in range(self.config.retries + 1):
            if attempt:
                self.sleep(self.config.backoff * 2 ** (attempt - 1))
            text = ""
            with self._lock:
                self.requests += 1
            try:
                text = self._call(list(messages), max_tokens, schema, on_text)
                value = parse(text)
            except _RETRYABLE as e:
                last = e
                spent += count_text(text, self.model) if text else 0
                continue
            except openai.APIStatusError as e:
                if e.status_code >= 500:
                    last = e
                    continue
                raise ModelUnavailable(f"The model server refused the request: {_describe(e)}.") from None
            finally:  # every attempt that was sent is paid for, answered or not
                sent, answered = prompt_tokens(), count_text(text, self.model) if text else 0
                with self._lock:
                    self.prompt_tokens += sent
                    self.completion_tokens += answered
            if key is not None and self.cache is not None:
                self.cache.put(key, text)
            with self._lock:
                self.failures = 0
            return value, Usage(prompt_tokens() * (attempt + 1), spent + count_text(text, self.model), attempt + 1)
        assert last is not None
        tries = self.config.retries + 1
        message = f"The model gave no usable answer after {tries} tries: {_describe(last)}."
        with self._lock:
            self.failures += 1
            if self.failures >= self.config.breaker and not self.broken:
                self.broken = True
                message += (f" It failed {self.failures} calls in a row, so the rest of this interview runs offline; "
                            "the model is tried again at the next interview.")
        raise ModelUnavailable(message, prompt_tokens() * tries, spent)

    def _call(self, messages: list[Message], max_tokens: int, schema: dict[str, Any] | None,
              on_text: Callable[[str], None] | None) -> str:
        """One request. An answer that is not a chat completion at all (a proxy's HTML error page sent with HTTP 200,
        a truncated body, JSON of another shape) is a server fault like a 500: retried, then the offline fallback."""
        try:
            return self._request(messages, max_tokens, schema, on_text)
        except (json.JSONDecodeError, openai.APIResponseValidationError, AttributeError, TypeError, IndexError, KeyError) as e:
            raise InvalidOutput(f"the server's answer was not a chat completion ({type(e).__name__})") from None
        except _TRANSPORT_ERRORS as e:  # the connection reset or closed mid-answer, after the headers came
            raise InvalidOutput(f"the connection broke mid-answer ({type(e).__name__})") from None

    def _request(self, messages: list[Message], max_tokens: int, schema: dict[str, Any] | None,
                 on_text: Callable[[str], None] | None) -> str:
        """Send the request and read the whole answer within `config.timeout` seconds of wall time, however the
        server paces its bytes: connect, first token and the rest all count (the HTTP client's own timeout only
        bounds each read, which a server sending one byte a second never trips)."""
        deadline = time.monotonic() + self.config.timeout
        extra: dict[str, Any] = {}
        if schema is not None:
            extra["response_format"] = {"type": "json_schema", "json_schema": {"name": "grade", "strict": True, "schema": schema}}

        def in_time() -> None:
            if time.monotonic() > deadline:
                raise TooSlow(f"the whole answer did not arrive within {self.config.timeout:g} s")

        stream = on_text is not None
        parts: list[str] = []
        body = bytearray()
        finished = False
        with self.client.chat.completions.with_streaming_response.create(
            model=self.model, messages=messages, max_tokens=max_tokens, temperature=0.2, stream=stream,  # type: ignore[arg-type]
            **extra,
        ) as response:
            for piece in response.iter_bytes():
                in_time()  # between the bytes as they arrive, not between whole events: a trickle is caught too
                body += piece
                if stream:
                    *lines, rest = bytes(body).split(b"\n")
                    body = bytearray(rest)
                    for line in lines:
                        delta, done = _sse_event(line)
                        finished = finished or done
                        if delta:
                            parts.append(delta)
                            assert on_text is not None
                            on_text(delta)
        if stream:
            delta, done = _sse_event(bytes(body))
            parts.append(delta)
            if not (finished or done):
                raise InvalidOutput("the answer was cut off before its end (the connection closed mid-stream)")
            return "".join(parts)
        return str(json.loads(bytes(body))["choices"][0]["message"]["content"] or "")
