"""Model backends: an OpenAI-compatible client with budgets and retries, the LLM judge, the hybrid grader, a model voice."""

from interviewer.llm.backend import Engines, open_engines
from interviewer.llm.config import BACKENDS, Backend, BackendConfig, ConfigError

__all__ = ["BACKENDS", "Backend", "BackendConfig", "ConfigError", "Engines", "open_engines"]
