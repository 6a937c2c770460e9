"""Tokens per turn and per interview in LLM mode, against the scripted loopback server, and the budget check.

Every request the server receives is re-counted with tiktoken (prompt + the answer length it asks for) and
compared with the budget. Replies include a 50 KB paste, so trimming and clipping are exercised.

Run: python bench/tokens.py   (prints per-turn and per-interview tokens; "budget never exceeded" must hold)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from interviewer.interview import InterviewSession, Settings, Store
from interviewer.llm import BackendConfig, open_engines
from interviewer.llm.tokens import count_messages
from tests import interview_lines as L
from tests.model_server import ModelServer

INTERVIEWS = {
    "4-reply interview": [L.EXCUSE_LED, L.OWNERSHIP, L.GENERIC, L.TODAY],
    "4 replies, one a 50 KB paste": [L.STORY, "I pasted my notes. " * 2600, L.HEDGING, L.TODAY],
}


def run(budget: int, name: str, replies: list[str]) -> bool:
    with ModelServer() as server, tempfile.TemporaryDirectory() as folder:
        config = BackendConfig(backend="openai", base_url=server.base_url, token_budget=budget, retries=0)
        engines = open_engines(config)
        session = InterviewSession.start(Store(Path(folder) / "t.sqlite"), Settings(), engines.context)
        for reply in replies:
            if not session.closed:
                session.reply(reply)
        if not session.closed:
            session.end()
        print(f"\n{name}, budget {budget} tokens per request")
        print(f"  {'turn':>4}  {'who':<11} {'prompt':>7} {'answer':>7} {'calls':>5}")
        for n, t in enumerate(session.turns, 1):
            tok = t.get("tokens", {})
            print(f"  {n:>4}  {t['role']:<11} {tok.get('prompt', 0):>7} {tok.get('completion', 0):>7} {tok.get('calls', 0):>5}")
        total = session.scorecard["tokens"] if session.scorecard else {}
        print(f"  interview: {total.get('prompt', 0)} prompt + {total.get('completion', 0)} answer = "
              f"{total.get('total', 0)} tokens in {total.get('calls', 0)} calls")
        sizes = [count_messages(r["messages"]) + int(r["max_tokens"]) for r in server.requests]
        ok = max(sizes) <= budget
        print(f"  largest request: {max(sizes)} of {budget} tokens -> {'budget never exceeded' if ok else 'BUDGET EXCEEDED'}")
        return ok


def main() -> None:
    ok = all(run(budget, name, replies) for budget in (4096, 1500) for name, replies in INTERVIEWS.items())
    print("\nbudget never exceeded in any request" if ok else "\nA REQUEST EXCEEDED ITS BUDGET")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
