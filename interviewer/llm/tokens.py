"""Token counts with tiktoken, offline: the encoding files ship in this package, so nothing is downloaded.

The two files in `tiktoken_cache/` are tiktoken's own cache entries (named by the SHA-1 of their download
address) for cl100k_base and o200k_base, taken from litellm's wheel. tiktoken checks each against its expected
SHA-256 before use. Models tiktoken does not know (local GGUF models, most Ollama tags) are counted with
o200k_base: an estimate, so budgets keep a margin.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Final, TypedDict

import tiktoken

CACHE_DIR: Final = Path(__file__).with_name("tiktoken_cache")
SHIPPED: Final = ("cl100k_base", "o200k_base")
DEFAULT_ENCODING: Final = "o200k_base"
PER_MESSAGE: Final = 4
"""Each chat message costs its role and separators on top of its content (OpenAI's counting guide)."""
PER_REPLY: Final = 3
_lock = threading.Lock()


class Message(TypedDict):
    role: str
    content: str


@cache
def encoding(name: str = DEFAULT_ENCODING) -> tiktoken.Encoding:
    """A shipped encoding, loaded from this package's cache folder with no network access."""
    if name not in SHIPPED:
        raise ValueError(f"Only {', '.join(SHIPPED)} ship with the package; {name} would need a download.")
    with _lock:
        before = os.environ.get("TIKTOKEN_CACHE_DIR")
        os.environ["TIKTOKEN_CACHE_DIR"] = str(CACHE_DIR)
        try:
            return tiktoken.get_encoding(name)
        finally:
            if before is None:
                del os.environ["TIKTOKEN_CACHE_DIR"]
            else:
                os.environ["TIKTOKEN_CACHE_DIR"] = before


def encoding_for(model: str) -> tiktoken.Encoding:
    """The encoding of an OpenAI model, or o200k_base as an estimate for any other model."""
    try:
        name = tiktoken.encoding_name_for_model(model)
    except KeyError:
        name = DEFAULT_ENCODING
    return encoding(name if name in SHIPPED else DEFAULT_ENCODING)


def count_text(text: str, model: str = "") -> int:
    return len(encoding_for(model).encode(text, disallowed_special=()))


def count_messages(messages: Sequence[Message], model: str = "") -> int:
    """Prompt tokens of a chat request."""
    enc = encoding_for(model)
    return sum(PER_MESSAGE + len(enc.encode(m["content"], disallowed_special=())) for m in messages) + PER_REPLY


def clip_to_tokens(text: str, limit: int, model: str = "") -> str:
    """The longest prefix of `text` that fits in `limit` tokens."""
    enc = encoding_for(model)
    ids = enc.encode(text, disallowed_special=())
    return text if len(ids) <= limit else enc.decode(ids[: max(0, limit)])
