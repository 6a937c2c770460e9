"""Token counts with tiktoken, offline: the encoding files ship in this package, so nothing is downloaded.

The two files in `tiktoken_cache/` are tiktoken's own cache entries (named by the SHA-1 of their download
address) for cl100k_base and o200k_base, taken from litellm's wheel. Each is checked against its SHA-256 before
use. Models tiktoken does not know (local GGUF models, most Ollama tags) are counted with o200k_base: an
estimate, so budgets keep a margin.

Loading o200k_base is the costliest thing a model-backed run does once (~0.45 s: parsing 200k ranks, then
tiktoken building its tables). So the files are parsed here with a fast path that tiktoken's generic loader
cannot take (the pinned hash fixes the content, ranks included), and the model client starts the load in the
background once its first requests are on the wire (see `outbox`). A request whose UTF-8 size already proves
it fits the budget (`bytes_bound`) goes out without waiting for the load; its tokens are counted when the
answer is back. `tests/test_llm.py` checks that each encoding built here is identical to tiktoken's own.
"""

from __future__ import annotations

import binascii
import hashlib
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, TypedDict

import tiktoken

from interviewer.llm import outbox

CACHE_DIR: Final = Path(__file__).with_name("tiktoken_cache")
DEFAULT_ENCODING: Final = "o200k_base"
PER_MESSAGE: Final = 4
"""Each chat message costs its role and separators on top of its content (OpenAI's counting guide)."""
PER_REPLY: Final = 3


@dataclass(frozen=True)
class Spec:
    """What tiktoken_ext.openai_public says of one encoding; a test holds these equal to it."""

    file: str
    """tiktoken's cache name for the download address (its SHA-1)."""
    sha256: str
    pat_str: str
    special_tokens: dict[str, int]


_O200K_PATTERN = "|".join([
    r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
    r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
    r"""\p{N}{1,3}""",
    r""" ?[^\s\p{L}\p{N}]+[\r\n/]*""",
    r"""\s*[\r\n]+""",
    r"""\s+(?!\S)""",
    r"""\s+""",
])
SPECS: Final[dict[str, Spec]] = {
    "cl100k_base": Spec(
        "9b5ad71b2ce5302211f9c61530b329a4922fc6a4",
        "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
        r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+"""
        r"""|\s++$|\s*[\r\n]|\s+(?!\S)|\s""",
        {"<|endoftext|>": 100257, "<|fim_prefix|>": 100258, "<|fim_middle|>": 100259, "<|fim_suffix|>": 100260,
         "<|endofprompt|>": 100276},
    ),
    "o200k_base": Spec(
        "fb374d419588a4632f3f557e76b4b70aebbca790",
        "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
        _O200K_PATTERN,
        {"<|endoftext|>": 199999, "<|endofprompt|>": 200018},
    ),
}
SHIPPED: Final = tuple(SPECS)
_loaded: dict[str, tiktoken.Encoding] = {}
_preloading: set[str] = set()
_lock = threading.Lock()


class Message(TypedDict):
    role: str
    content: str


def mergeable_ranks(name: str) -> dict[bytes, int]:
    """The ranks of a shipped encoding, from its file, after checking the file's SHA-256.

    Each line is `<base64 token> <rank>`, and in both pinned files the ranks are 0, 1, 2, ... in line order (a
    test checks it against tiktoken's own parser), so the ranks are the line numbers and only the tokens are
    decoded: about three times faster than tiktoken's line-by-line loader.
    """
    spec = SPECS[name]
    path = CACHE_DIR / spec.file
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != spec.sha256:
        raise RuntimeError(f"The tokenizer file {path} is damaged (its SHA-256 does not match); reinstall the package.")
    fields = data.split()
    return dict(zip(map(binascii.a2b_base64, fields[0::2]), range(len(fields) // 2), strict=True))


def _load(name: str) -> tiktoken.Encoding:
    spec = SPECS[name]
    return tiktoken.Encoding(name, pat_str=spec.pat_str, mergeable_ranks=mergeable_ranks(name),
                             special_tokens=spec.special_tokens)


def encoding(name: str = DEFAULT_ENCODING) -> tiktoken.Encoding:
    """A shipped encoding, loaded once per process from this package's files with no network access."""
    if name not in SPECS:
        raise ValueError(f"Only {', '.join(SHIPPED)} ship with the package; {name} would need a download.")
    enc = _loaded.get(name)
    if enc is None:
        # The load holds the interpreter ~0.3 s in one piece: requests other threads are preparing go out first.
        outbox.step_aside(timeout=1.0, quiet=0.02)
        with _lock:  # one load, however many threads ask at once
            enc = _loaded.get(name)
            if enc is None:
                enc = _loaded[name] = _load(name)
    return enc


def encoding_name(model: str) -> str:
    """The encoding of an OpenAI model, or o200k_base as an estimate for any other model."""
    try:
        name = tiktoken.encoding_name_for_model(model)
    except KeyError:
        return DEFAULT_ENCODING
    return name if name in SPECS else DEFAULT_ENCODING


def encoding_for(model: str) -> tiktoken.Encoding:
    return encoding(encoding_name(model))


def preload(model: str = "") -> None:
    """Start loading the model's encoding in the background (once), so the first count does not wait the whole load."""
    name = encoding_name(model)
    if name in _loaded or name in _preloading:
        return
    with _lock:
        if name in _loaded or name in _preloading:
            return
        _preloading.add(name)
    threading.Thread(target=encoding, args=(name,), name=f"load-{name}", daemon=True).start()


def count_text(text: str, model: str = "") -> int:
    return len(encoding_for(model).encode(text, disallowed_special=()))


def count_messages(messages: Sequence[Message], model: str = "") -> int:
    """Prompt tokens of a chat request."""
    enc = encoding_for(model)
    return sum(PER_MESSAGE + len(enc.encode(m["content"], disallowed_special=())) for m in messages) + PER_REPLY


def bytes_bound(messages: Sequence[Message]) -> int:
    """An upper bound on `count_messages` that needs no tokenizer: every token stands for at least one byte."""
    return sum(PER_MESSAGE + _utf8_len(m["content"]) for m in messages) + PER_REPLY


def fits(messages: Sequence[Message], limit: int, model: str = "") -> bool:
    """Whether the request's prompt is at most `limit` tokens; exact, and counted only when the bound cannot tell."""
    return bytes_bound(messages) <= limit or count_messages(messages, model) <= limit


def _utf8_len(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def clip_to_tokens(text: str, limit: int, model: str = "") -> str:
    """The longest prefix of `text` that fits in `limit` tokens."""
    if _utf8_len(text) <= limit:
        return text
    enc = encoding_for(model)
    ids = enc.encode(text, disallowed_special=())
    return text if len(ids) <= limit else enc.decode(ids[: max(0, limit)])
