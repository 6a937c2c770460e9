"""Text from candidates and models made safe to print in a terminal.

A reply can hold raw escape sequences (clear the screen, set the window title, move the cursor); printed as-is they
would act on the user's terminal. Every word that did not come from this program is passed through `printable`
(or a whole grade or scorecard through `printable_data`) before the terminal views show it.
"""

from __future__ import annotations

import re
from typing import Any, Final, TypeVar

T = TypeVar("T")

# C0 controls except tab and newline, DEL, and the C1 controls (which include the 8-bit CSI, \x9b).
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# A whole escape sequence: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), or ESC and one character.
_ESCAPE: Final = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]|\x9b[0-?]*[ -/]*[@-~]")


def printable(text: str) -> str:
    """`text` with escape sequences removed whole and any other control character dropped (tabs and newlines stay)."""
    return _CONTROL.sub("", _ESCAPE.sub("", text))


def printable_data(data: T) -> T:
    """Every string inside nested dicts, lists and tuples made printable (for a grade's or a card's `to_dict()`)."""
    value: Any = data
    if isinstance(value, str):
        return printable(value)  # type: ignore[return-value]
    if isinstance(value, dict):
        return {k: printable_data(v) for k, v in value.items()}  # type: ignore[return-value]
    if isinstance(value, list):
        return [printable_data(v) for v in value]  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(printable_data(v) for v in value)  # type: ignore[return-value]
    return data
