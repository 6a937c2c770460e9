"""A response cache on disk: re-running unchanged work makes no model calls.

The key is the model, the whole request (system prompt included, so the prompt's content is in it), the
parameters, and the repeat index, so N repeats of a case are N different answers, each cached.
"""

from __future__ import annotations

import contextvars
import hashlib
import json
import os
import threading
from pathlib import Path
from typing import Any

repeat_index: contextvars.ContextVar[int] = contextvars.ContextVar("repeat_index", default=0)
"""Which repeat of an eval case is running; part of the cache key."""


class ResponseCache:
    """One JSON file per answer under `folder`, named by the SHA-256 of its key."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.hits = 0
        self.misses = 0
        self._lock = threading.Lock()

    @staticmethod
    def key(model: str, request: dict[str, Any]) -> str:
        blob = json.dumps({"model": model, "request": request, "repeat": repeat_index.get()}, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(blob.encode()).hexdigest()

    def get(self, key: str) -> str | None:
        path = self.folder / key[:2] / f"{key}.json"
        try:
            text = json.loads(path.read_text(encoding="utf-8"))["text"]
        except (OSError, ValueError, KeyError):
            with self._lock:
                self.misses += 1
            return None
        with self._lock:
            self.hits += 1
        return str(text)

    def put(self, key: str, text: str) -> None:
        path = self.folder / key[:2] / f"{key}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.write_text(json.dumps({"text": text}, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
