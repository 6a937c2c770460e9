"""Which model backs the interview: one kw-only setting object, filled from flags, then environment, then defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, Literal, get_args

Backend = Literal["offline", "openai", "local"]
BACKENDS: Final[tuple[Backend, ...]] = get_args(Backend)
DEFAULT_OPENAI_MODEL: Final = "gpt-4o-mini"


class ConfigError(ValueError):
    """A setting the user can fix; the message is one sentence that says how."""


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    return value if value not in (None, "") else default


def _env_int(name: str, default: int) -> int:
    return int(_env_number(name, default, int))


def _env_float(name: str, default: float) -> float:
    return _env_number(name, default, float)


def _env_number(name: str, default: float, kind: type[int] | type[float]) -> float:
    raw = _env(name)
    if raw is None:
        return default
    try:
        return kind(raw)
    except ValueError:
        what = "a whole number" if kind is int else "a number"
        raise ConfigError(f"{name}={raw!r} is not {what}.") from None


@dataclass(kw_only=True)
class BackendConfig:
    """Every setting of the model path. Each field falls back to an environment variable, then a default."""

    backend: Backend = field(default_factory=lambda: _env("INTERVIEWER_BACKEND", "offline"))  # type: ignore[arg-type, return-value]
    """`offline` (rules engine and phrase bank), `openai` (any OpenAI-compatible server) or `local` (a GGUF file)."""
    model: str | None = field(default_factory=lambda: _env("INTERVIEWER_MODEL"))
    """The model name sent to the server; default gpt-4o-mini for openai, the file name for local."""
    api_key: str | None = field(default_factory=lambda: _env("OPENAI_API_KEY"))
    base_url: str | None = field(default_factory=lambda: _env("OPENAI_BASE_URL"))
    """Any OpenAI-compatible server: Ollama (http://localhost:11434/v1), vLLM, LM Studio, llama.cpp."""
    model_file: Path | None = field(default_factory=lambda: Path(p) if (p := _env("INTERVIEWER_MODEL_FILE")) else None)
    threads: int = field(default_factory=lambda: _env_int("INTERVIEWER_THREADS", max(1, (os.cpu_count() or 2))))
    ctx_size: int = field(default_factory=lambda: _env_int("INTERVIEWER_CTX_SIZE", 4096))
    token_budget: int = field(default_factory=lambda: _env_int("INTERVIEWER_TOKEN_BUDGET", 4096))
    """Most tokens one request may use: prompt plus the longest answer it asks for."""
    timeout: float = field(default_factory=lambda: _env_float("INTERVIEWER_TIMEOUT", 60.0))
    """Seconds of wall time one model call may take, connect to the last byte of the answer, before it is abandoned
    (then retried)."""
    retries: int = field(default_factory=lambda: _env_int("INTERVIEWER_RETRIES", 2))
    backoff: float = field(default_factory=lambda: _env_float("INTERVIEWER_BACKOFF", 1.0))
    """Seconds before the first retry; doubles each time."""
    breaker: int = field(default_factory=lambda: _env_int("INTERVIEWER_BREAKER", 2))
    """Model calls in a row that may fail (after their retries) before the rest of the interview runs offline."""
    fallback: bool = field(default_factory=lambda: _env("INTERVIEWER_FALLBACK", "0") in ("1", "true", "yes"))
    """When the model cannot be reached at start, run offline (with a notice) instead of stopping."""
    interviewer_prompt: str = field(default_factory=lambda: _env("INTERVIEWER_PROMPT_VERSION", "v1") or "v1")
    grader_prompt: str = field(default_factory=lambda: _env("INTERVIEWER_GRADER_PROMPT_VERSION", "v1") or "v1")

    def __post_init__(self) -> None:
        if self.backend not in BACKENDS:
            raise ConfigError(f"Unknown backend {self.backend!r}: use one of {', '.join(BACKENDS)}.")
        if self.token_budget < 1024:
            raise ConfigError("The token budget must be at least 1024 tokens per request (the prompts alone need ~600).")
        if self.retries < 0 or self.timeout <= 0 or self.backoff < 0:
            raise ConfigError("Retries and backoff must not be negative, and the timeout must be positive.")
        if self.breaker < 1:
            raise ConfigError("INTERVIEWER_BREAKER must be at least 1 (model calls in a row that may fail).")

    @property
    def model_name(self) -> str:
        if self.model:
            return self.model
        if self.backend == "local" and self.model_file:
            return self.model_file.stem
        return DEFAULT_OPENAI_MODEL
