"""The learned flag reader: per-flag logistic regressions over word n-grams, trained on `dev` by
evals/train_learned.py, for the flags where they add to the rules. Pure Python at run time; loaded on first use."""

from __future__ import annotations

import base64
import itertools
import json
import math
import operator
import sys
from array import array
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any, Final

from interviewer.grading.precompiled import rx
from interviewer.rubric import FlagId

WEIGHTS: Final = Path(__file__).with_name("learned_flags.json")
TOKEN: Final = r"(?u)\b\w\w+\b"
"""The tokens the reader counts (scikit-learn's default pattern, so training and reading agree)."""
_TOKEN = rx(TOKEN)


def features_text(question: str | None, answer: str) -> str:
    """What the reader reads: the reply alone. The question is left out on purpose: a reader that learns which
    questions draw which flags ("today" draws hedging) judges the question, not the reply."""
    return answer


@cache
def _weights() -> dict[str, Any]:
    """The kept flags, their models, and the table: a term's row holds its idf, then one coefficient per flag. The
    file stores the terms as one string and the table as little-endian float32 in base64 (decoded in a few ms; a
    JSON object of 20,000 small lists took ~30 ms to parse on every start)."""
    if not WEIGHTS.is_file():
        return {"flags": [], "models": {}, "index": {}, "table": array("f"), "stride": 1}
    data = _read_table(WEIGHTS)
    data["stride"] = stride = 1 + len(data["flags"])
    # one array per column (idf, then each flag's coefficients), so a reply is scored by C-level maps over them
    data["columns"] = [data["table"][c::stride] for c in range(stride)]
    return data


class WeightsError(RuntimeError):
    """A learned weights file of the package exists but cannot be read: grading with part of the engine missing would
    give other verdicts without saying so, so it stops with a sentence that says how to mend it."""

    def __init__(self, path: Path, error: BaseException, trainer: str) -> None:
        super().__init__(f"{path.name} in {path.parent} is damaged ({type(error).__name__}: {error}); reinstall "
                         f"interviewer, or rewrite the file with `python {trainer}`")


def read_weights(path: Path, trainer: str) -> dict[str, Any]:
    """A weights file as JSON; WeightsError if it is not."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        return data
    except (OSError, ValueError) as e:
        raise WeightsError(path, e, trainer) from None


def _read_table(path: Path, trainer: str = "evals/train_learned.py") -> dict[str, Any]:
    """A weights file with its table decoded: `index` maps a term to its row, `table` holds the rows."""
    data = read_weights(path, trainer)
    try:
        table = array("f")
        table.frombytes(base64.b64decode(data.pop("table")))
        if sys.byteorder != "little":
            table.byteswap()
        terms = data.pop("terms").split("\n")
        data["index"], data["table"] = dict(zip(terms, range(len(terms)), strict=True)), table
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise WeightsError(path, e, trainer) from None
    return data


def encode_table(terms: list[str], rows: list[list[float]]) -> dict[str, str]:
    """The file form of the table (evals/train_learned.py): the terms newline-joined, the rows as float32."""
    table = array("f", [x for row in rows for x in row])
    if sys.byteorder != "little":
        table.byteswap()
    return {"terms": "\n".join(terms), "table": base64.b64encode(table.tobytes()).decode("ascii")}


def scores(text: str) -> dict[FlagId, float]:
    """Each kept flag's probability for `text` (tf-idf with sublinear tf, l2-normalised, as trained)."""
    w = _weights()
    if not w["flags"]:
        return {}
    tokens = _TOKEN.findall(text.lower())
    counts = Counter(tokens)
    counts.update(map(" ".join, itertools.pairwise(tokens)))
    index, columns = w["index"], w["columns"]
    rows, tf = [], []
    for t, n in counts.items():
        row = index.get(t)
        if row is not None:
            rows.append(row)
            tf.append(1 + math.log(n))
    values = list(map(operator.mul, map(columns[0].__getitem__, rows), tf))
    norm = math.sqrt(sum(map(operator.mul, values, values))) or 1.0
    out: dict[FlagId, float] = {}
    for k, flag in enumerate(w["flags"], start=1):
        z = w["models"][flag]["intercept"] + sum(map(operator.mul, map(columns[k].__getitem__, rows), values)) / norm
        out[flag] = 1 / (1 + math.exp(-z))
    return out


def raised(question: str | None, answer: str) -> list[FlagId]:
    """The kept flags whose probability reaches their threshold."""
    models = _weights()["models"]
    return [f for f, p in scores(features_text(question, answer)).items() if p >= models[f]["threshold"]]


INJECTION_WEIGHTS: Final = Path(__file__).with_name("learned_injection.json")
DOUBT_WEIGHTS: Final = Path(__file__).with_name("learned_doubt.json")
MIN_INJECTION_WORDS: Final = 4
CHAR_TERM: Final = "#"
"""How a weights file marks a character n-gram among its terms (a word term, `TOKEN`, never starts with "#")."""
_WHITE_SPACES = rx(r"\s\s+")
"""Shorter sentences ("Sure.", "Not really.") carry too few words to read; the rules still screen them."""


@cache
def _injection_weights() -> dict[str, Any]:
    """The injection reader: threshold, doubt level, intercept and the table (a term's row: idf, coefficient), stored
    like the flag reader's (see `_weights`)."""
    return _sentence_reader(INJECTION_WEIGHTS, "evals/train_injection.py")


@cache
def _doubt_weights() -> dict[str, Any]:
    """The doubt reader (evals/train_doubt.py): stored like the injection reader, with its doubt level."""
    return _sentence_reader(DOUBT_WEIGHTS, "evals/train_doubt.py")


def _sentence_reader(path: Path, trainer: str) -> dict[str, Any]:
    if not path.is_file():
        return {"threshold": 1.0, "intercept": -10.0, "index": {}, "table": array("f"), "idf": array("f"),
                "coef": array("f")}
    data = _read_table(path, trainer)
    data["idf"], data["coef"] = data["table"][0::2], data["table"][1::2]
    return data


def injection_probability(sentence: str) -> float:
    """The learned injection reader's probability that a sentence (lowercased, as the screen reads it) speaks to or
    about whoever grades the reply (evals/train_injection.py)."""
    return _probability(_injection_weights(), sentence)


def char_grams(sentence: str, low: int, high: int) -> list[str]:
    """The character n-grams of `low` to `high` letters inside each word, padded with a space at each end: what
    scikit-learn's `char_wb` analyzer reads (a word shorter than n gives itself once, padded)."""
    grams: list[str] = []
    for word in _WHITE_SPACES.sub(" ", sentence).split():
        padded = f" {word} "
        size = len(padded)
        for n in range(low, high + 1):
            if size <= n:
                grams.append(padded)
                break
            grams.extend(padded[i:i + n] for i in range(size - n + 1))
    return grams


def _probability(w: dict[str, Any], sentence: str) -> float:
    tokens = _TOKEN.findall(sentence)
    if len(tokens) < MIN_INJECTION_WORDS:
        return 0.0
    z = float(w["intercept"]) + _part(w, (*tokens, *map(" ".join, itertools.pairwise(tokens))))
    if "chars" in w:  # read side by side with the words, each normalised on its own (evals/train_doubt.py)
        z += _part(w, [CHAR_TERM + g for g in char_grams(sentence, *w["chars"])])
    return 1 / (1 + math.exp(-z))


def _part(w: dict[str, Any], terms: Iterable[str]) -> float:
    """One tf-idf block's share of the logit: its dot with the coefficients over its own l2 norm (sublinear tf)."""
    counts: dict[str, int] = {}
    for t in terms:
        counts[t] = counts.get(t, 0) + 1
    index = w["index"]
    rows, tf = [], []
    for t, n in counts.items():
        row = index.get(t)
        if row is not None:
            rows.append(row)
            tf.append(1.0 if n == 1 else 1 + math.log(n))
    values: list[float] = list(map(operator.mul, map(w["idf"].__getitem__, rows), tf))
    dot: float = sum(map(operator.mul, map(w["coef"].__getitem__, rows), values))
    square: float = sum(map(operator.mul, values, values))
    return dot / (math.sqrt(square) or 1.0)


def long_enough(sentence: str) -> bool:
    """Whether the sentence readers read the sentence at all (MIN_INJECTION_WORDS tokens or more)."""
    return len(_TOKEN.findall(sentence)) >= MIN_INJECTION_WORDS


def injection_suspected(sentence: str) -> bool:
    """Whether the learned injection reader sets the sentence aside."""
    return injection_probability(sentence) >= float(_injection_weights()["threshold"])


def injection_doubted(sentence: str) -> bool:
    """Whether a sentence reads enough like an injection that it is no evidence for a pass (it is still read for flags):
    either reader at its doubt level, the level that, out of fold, 1% of dev story sentences reach. The doubt reader
    (evals/train_doubt.py) learned every sentence of every attempt of the tuning corpora, the story-like ones too, so
    it doubts more of what no rule names; the injection reader learned only what the screen sets aside."""
    if injection_probability(sentence) >= float(_injection_weights().get("doubt", 1.0)):
        return True
    return _probability(_doubt_weights(), sentence) >= float(_doubt_weights().get("doubt", 1.0))
