"""Build the engines an entry point needs from one BackendConfig: offline, an OpenAI-compatible server, or a local GGUF."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from types import TracebackType

from interviewer.grading import Grader, RulesGrader
from interviewer.interview.context import InterviewContext, ModelLog
from interviewer.interview.speaker import OfflineSpeaker
from interviewer.llm.cache import ResponseCache
from interviewer.llm.client import ModelClient, ModelUnavailable
from interviewer.llm.config import BackendConfig, ConfigError
from interviewer.llm.hybrid import HybridGrader
from interviewer.llm.judge import LLMJudge
from interviewer.llm.local import LocalModelServer
from interviewer.llm.speaker import ModelSpeaker
from interviewer.rubric import DEFAULT_WPM


@dataclass
class Engines(AbstractContextManager["Engines"]):
    """The grader and the interview context for one backend, plus what must be closed after."""

    context: InterviewContext
    notice: str | None = None
    """Set when the model could not be used and the offline engine runs instead."""
    client: ModelClient | None = None
    local: LocalModelServer | None = field(default=None, repr=False)

    @property
    def grader(self) -> Grader:
        return self.context.grader

    def close(self) -> None:
        if self.local:
            self.local.close()

    def __exit__(self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def offline(wpm: int = DEFAULT_WPM, notice: str | None = None) -> Engines:
    return Engines(InterviewContext(grader=RulesGrader(wpm=wpm), speaker=OfflineSpeaker()), notice)


def open_engines(config: BackendConfig, wpm: int = DEFAULT_WPM, base_url: str | None = None,
                 cache: ResponseCache | None = None, shared_local: LocalModelServer | None = None) -> Engines:
    """Engines for `config`; raises ConfigError (one sentence) or, with `fallback`, runs offline with a notice.

    `shared_local`: a GGUF server already loaded (the browser app loads the model once for every candidate); these
    engines use it and leave it open when they close."""
    if config.backend == "offline":
        return offline(wpm)
    local: LocalModelServer | None = None
    try:
        if config.backend == "local" and shared_local is not None:
            base_url = shared_local.base_url
            config.token_budget = min(config.token_budget, config.ctx_size)
        elif config.backend == "local":
            local = LocalModelServer(config)
            base_url = local.base_url
            config.token_budget = min(config.token_budget, config.ctx_size)
        elif not (config.api_key or config.base_url or base_url):
            raise ConfigError("OPENAI_API_KEY is not set: export it, point OPENAI_BASE_URL at a compatible server, "
                              "or use --backend offline.")
        client = ModelClient(config, base_url=base_url, cache=cache)
        client.check()
    except (ConfigError, ModelUnavailable) as e:
        if local:
            local.close()
        if config.fallback:
            return offline(wpm, f"{e} Running on the offline engine instead.")
        raise ConfigError(str(e)) from None
    log = ModelLog()
    grader = HybridGrader(RulesGrader(wpm=wpm), LLMJudge(client, config.grader_prompt), log)
    speaker = ModelSpeaker(client, config.interviewer_prompt, log)
    context = InterviewContext(grader=grader, speaker=speaker, log=log, backend=config.backend)
    return Engines(context, None, client, local)
