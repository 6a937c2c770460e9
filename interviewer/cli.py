"""The `interviewer` command line: each subcommand imports only what it needs, so `grade` starts fast."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from interviewer.rubric import DEFAULT_WPM

# The same as interview.drills.DRILL_TARGETS (a test checks), spelled out so the parser does not import langgraph.
DRILL_TARGETS = ("ownership", "change", "hedging", "rescue", "length")

EXAMPLE = "interviewer grade examples/answer.txt"


def _wpm(value: str) -> int:
    try:
        wpm = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of words per minute") from None
    if not 60 <= wpm <= 300:
        raise argparse.ArgumentTypeError("the speaking rate must be between 60 and 300 words per minute")
    return wpm


def _ratio(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number between 0 and 1") from None
    if not 0.0 <= x <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is not between 0 and 1")
    return x


def _age(value: str) -> float:
    """'90d', '12h', '30m', '45s' (or '2w') in seconds."""
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
    number, unit = value[:-1], value[-1:].lower()
    try:
        amount = float(number)
    except ValueError:
        amount = -1.0
    if unit not in units or amount < 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not an age such as 90d, 12h or 30m")
    return amount * units[unit]


def _count(low: int, high: int) -> Callable[[str], int]:
    def parse(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
        if not low <= n <= high:
            raise argparse.ArgumentTypeError(f"{n} is not between {low} and {high}")
        return n

    return parse


def _add_backend_args(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("model backend (default offline: no key, no network)")
    group.add_argument("--backend", choices=("offline", "openai", "local"),
                       help="offline (default), openai (OPENAI_API_KEY / OPENAI_BASE_URL) or local (a GGUF file)")
    group.add_argument("--model", metavar="NAME", help="model name for the server (default gpt-4o-mini; env INTERVIEWER_MODEL)")
    group.add_argument("--model-file", metavar="PATH", help="the GGUF file for --backend local (env INTERVIEWER_MODEL_FILE)")
    group.add_argument("--threads", type=_count(1, 256), metavar="N", help="CPU threads for --backend local")
    group.add_argument("--ctx-size", type=_count(512, 1_048_576), metavar="N", help="context size for --backend local")
    group.add_argument("--token-budget", type=_count(1024, 1_048_576), metavar="N",
                       help="most tokens per model request, prompt plus answer (default 4096)")
    group.add_argument("--fallback", action="store_true", default=None,
                       help="if the model cannot be reached at start, run offline with a notice instead of stopping")


def backend_config(args: argparse.Namespace) -> Any:
    """The BackendConfig these flags ask for; flags win over environment variables."""
    from interviewer.llm.config import BackendConfig

    config = BackendConfig()
    for flag, attr in (("backend", "backend"), ("model", "model"), ("threads", "threads"), ("ctx_size", "ctx_size"),
                       ("token_budget", "token_budget"), ("fallback", "fallback")):
        if getattr(args, flag, None) is not None:
            setattr(config, attr, getattr(args, flag))
    if getattr(args, "model_file", None):
        from pathlib import Path

        config.model_file = Path(args.model_file)
    config.__post_init__()
    return config


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="interviewer",
        description="Practise 'Tell me about a failure': a mock interviewer and a rubric grader with evidence.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    grade = sub.add_parser("grade", help="grade one answer (or a JSONL batch) against the rubric",
                           description="Grade an answer to the failure question against the rubric.")
    grade.add_argument("file", metavar="FILE", help="text file with the answer, or - for stdin")
    grade.add_argument("--question", metavar="TEXT", help="the question the answer replies to (default: the failure question)")
    grade.add_argument("--json", action="store_true", help="print the contract JSON instead of the report")
    grade.add_argument("--jsonl", action="store_true",
                       help='FILE holds one {"id", "answer", "question"?} object per line; print one JSON result per line')
    grade.add_argument("--wpm", type=_wpm, default=DEFAULT_WPM, help="speaking rate for spoken length (default 150)")
    _add_backend_args(grade)

    chat = sub.add_parser("chat", help="the live mock interview in the terminal (offline, no key needed)",
                          description="A mock interview on the failure question: the interviewer asks, probes your gaps, "
                                      "and closes with a scorecard. Saved after every turn.")
    chat.add_argument("--mode", choices=("mock", "drill"), help="mock: the full interview (default); drill: one weakness")
    chat.add_argument("--drill-target", choices=DRILL_TARGETS, help="the weakness a drill practises")
    chat.add_argument("--role", metavar="ROLE", help="the role you are interviewing for, e.g. 'product manager'")
    chat.add_argument("--followups", type=_count(0, 10), default=3, metavar="N", help="follow-up questions at most (default 3)")
    chat.add_argument("--attempts", type=_count(1, 10), default=3, metavar="N", help="tries per drill (default 3)")
    chat.add_argument("--script", metavar="FILE", help="non-interactive: replies separated by lines holding only ---")
    chat.add_argument("--json", action="store_true", help="print the session as JSON (turns with grades, and the scorecard)")
    chat.add_argument("--resume", metavar="SESSION_ID", help="continue an interview where it stopped")
    chat.add_argument("--wpm", type=_wpm, default=DEFAULT_WPM, help="speaking rate for spoken length (default 150)")
    _add_backend_args(chat)

    hist = sub.add_parser("history", help="past interviews, with each test's verdict over time",
                          description="List past interviews, oldest first, with each test's verdict, so progress shows.")
    hist.add_argument("--json", action="store_true", help="print the list as JSON")
    hist.add_argument("--limit", type=_count(1, 10_000), default=50, metavar="N", help="the most recent N (default 50)")
    hist.add_argument("--user", metavar="NAME",
                      help="only this user's interviews (the browser's accounts; the terminal's own are 'local'); "
                           "default: every interview in the database")

    users = sub.add_parser("users", help="password accounts of the browser app when it serves many candidates",
                           description="Manage the accounts that may sign in to the browser app (with CHAINLIT_AUTH_SECRET "
                                       "set). They live in the same database as the interviews (INTERVIEWER_DATABASE_URL).")
    users_sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = users_sub.add_parser("add", help="create an account (asks for the password twice)")
    add.add_argument("username", metavar="NAME")
    add.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")
    add.add_argument("--replace", action="store_true", help="set a new password for an existing account")
    rm = users_sub.add_parser("remove", help="remove an account (its interviews stay)")
    rm.add_argument("username", metavar="NAME")
    ls = users_sub.add_parser("list", help="the accounts, with how many interviews each has")
    ls.add_argument("--json", action="store_true", help="print the list as JSON")

    prune = sub.add_parser("prune", help="shrink or remove interviews untouched for a while",
                           description="LangGraph keeps every checkpoint of every interview. For interviews untouched "
                                       "for the given time, keep only each one's latest checkpoint (transcript, scorecard "
                                       "and resume are all in it), or with --delete remove them whole.")
    prune.add_argument("--older-than", required=True, type=_age, metavar="AGE",
                       help="e.g. 90d, 12h, 30m: interviews last touched longer ago than this")
    prune.add_argument("--delete", action="store_true", help="remove those interviews entirely, with their browser chats")

    ev = sub.add_parser("eval", help="run an eval suite", description="Run an eval suite.")
    ev_sub = ev.add_subparsers(dest="eval_command", metavar="SUITE", required=True)
    g = ev_sub.add_parser("grader", help="score the grader on the labelled answers",
                          description="Score the grader against the labelled dataset.")
    g.add_argument("--dataset", metavar="PATH", help="labelled JSONL (default: evals/datasets/answers.jsonl)")
    g.add_argument("--split", choices=("dev", "test", "fresh", "all"), default="all",
                   help="fresh reads evals/datasets/fresh.jsonl, the frozen held-out split; all is dev + test")
    g.add_argument("--json", action="store_true", help="print the metrics as JSON")
    g.add_argument("--min-test-acc", type=_ratio, metavar="X", help="exit 1 if overall test accuracy is below X")
    g.add_argument("--min-flag-f1", type=_ratio, metavar="Y", help="exit 1 if flag micro-F1 is below Y")
    g.add_argument("--max-flagged-good", type=_ratio, metavar="Z",
                   help="exit 1 if more than this share of good answers has a failed test or a flag")
    r = ev_sub.add_parser("run", help="run a suite file, optionally comparing two prompt versions",
                          description="Run an eval suite (a YAML file in evals/) and write JSON results and an HTML report.")
    r.add_argument("suite", metavar="SUITE", help="a suite file, e.g. evals/grader.yaml or evals/conversation.yaml")
    r.add_argument("--prompts", default="v1", metavar="VERSION", help="the prompt version under test (default v1)")
    r.add_argument("--baseline", metavar="VERSION", help="a version to compare against, case by case")
    r.add_argument("--backend", choices=("offline", "openai", "local"), help="override the suite's backend")
    r.add_argument("--model", metavar="NAME", help="override the suite's model")
    r.add_argument("--repeats", type=_count(1, 100), metavar="N", help="runs per case, to show variance (default: the suite's)")
    r.add_argument("--concurrency", type=_count(1, 64), default=4, metavar="N", help="cases in flight at once (default 4)")
    r.add_argument("--fail-on-regression", action="store_true",
                   help="exit 1 when the version is worse than the baseline beyond the confidence interval")
    r.add_argument("--results", default=str(Path(__file__).resolve().parents[1] / "results"), metavar="DIR",
                   help="where results, reports and the response cache go (default results/)")
    r.add_argument("--no-cache", action="store_true", help="call the model even for work done before")
    r.add_argument("--json", action="store_true", help="print the results as JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        if args.command == "grade":
            return _grade(args)
        if args.command == "chat":
            from interviewer.chat import run_chat

            return run_chat(args)
        if args.command == "history":
            return _history(args)
        if args.command == "users":
            return _users(args)
        if args.command == "prune":
            return _prune(args)
        if args.command == "eval" and args.eval_command == "run":
            from interviewer.evaluation.eval_command import run_from_cli as run_suite_cli

            return int(run_suite_cli(args))
        if args.command == "eval":
            from interviewer.evaluation.grader_suite import run_from_cli

            return run_from_cli(args)
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except Exception as e:
        if not _is_user_error(e):
            raise
        print(f"interviewer: {e}", file=sys.stderr)
        return 2
    parser.error(f"unknown command {args.command}")
    return 2


_USER_ERRORS: frozenset[tuple[str, str]] = frozenset({
    ("interviewer.grade_command", "InputError"), ("interviewer.llm.config", "ConfigError"),
    ("interviewer.evaluation.suites", "SuiteError"), ("interviewer.evaluation.dataset", "DatasetError"),
    ("interviewer.evaluation.conversation", "PersonaError"), ("interviewer.interview.prompts", "PromptError"),
    ("interviewer.grading.learned", "WeightsError"),
})
"""Errors the user can fix, each a sentence that says how. Matched by name, so telling one apart imports nothing:
a mistyped file name is reported as fast as a good grade (importing the model client and the graph to list the
classes took a second)."""


def _is_user_error(error: BaseException) -> bool:
    return any((c.__module__, c.__qualname__) in _USER_ERRORS for c in type(error).__mro__)


def _store() -> Any:
    """The interview database the environment names; a setting or file that is wrong is one sentence (exit 2)."""
    from interviewer.grade_command import InputError
    from interviewer.interview.store import StoreError, open_store

    try:
        return open_store()
    except StoreError as e:
        raise InputError(str(e)) from None


def _history(args: argparse.Namespace) -> int:
    import dataclasses
    import json

    from rich.console import Console

    from interviewer.scorecard_view import render_history

    store = _store()
    owner = None
    if args.user:
        from interviewer.accounts import normalise

        owner = normalise(args.user)
    rows = store.history(args.limit, owner=owner)
    store.close()
    if args.json:
        print(json.dumps([dataclasses.asdict(r) for r in rows], ensure_ascii=False))
    else:
        render_history(rows, Console())
    return 0


def _users(args: argparse.Namespace) -> int:
    import datetime as dt
    import getpass
    import json

    from interviewer import accounts
    from interviewer.grade_command import InputError

    store = _store()
    try:
        if args.users_command == "add":
            if args.password_stdin:
                password = sys.stdin.readline().rstrip("\r\n")
            else:
                password = getpass.getpass(f"Password for {args.username}: ")
                if getpass.getpass("The same again: ") != password:
                    raise InputError("The two passwords differ; nothing was changed.")
            name = accounts.add(store, args.username, password, replace=args.replace)
            print(f"{'Password set for' if args.replace else 'Added'} {name}; sign in at the app's login page.")
        elif args.users_command == "remove":
            accounts.remove(store, args.username)
            print(f"Removed {accounts.normalise(args.username)}; their interviews stay in the database.")
        else:
            rows = accounts.listed(store)
            if args.json:
                print(json.dumps([{"username": a.username, "created_at": a.created_at, "interviews": a.interviews}
                                  for a in rows]))
            elif not rows:
                print("No accounts yet: `interviewer users add NAME` creates one.")
            for a in [] if args.json else rows:
                when = dt.datetime.fromtimestamp(a.created_at).strftime("%Y-%m-%d")
                print(f"{a.username}  (since {when}, {a.interviews} interview{'s' if a.interviews != 1 else ''})")
    except accounts.AccountError as e:
        raise InputError(str(e)) from None
    finally:
        store.close()
    return 0


def _prune(args: argparse.Namespace) -> int:

    store = _store()
    try:
        report = store.prune(args.older_than, delete=args.delete)
    finally:
        store.close()
    done = "removed" if report.deleted else "kept only the latest checkpoint of"
    print(f"{report.interviews} interview{'s' if report.interviews != 1 else ''} untouched for longer than that: {done} "
          f"each. Checkpoints: {report.checkpoints_before} -> {report.checkpoints_after}.")
    return 0


def _grade(args: argparse.Namespace) -> int:
    from interviewer.grade_command import InputError, WithNotice, grade_batch, grade_one, read_text
    from interviewer.grading import RulesGrader

    text = read_text(args.file)
    if not args.jsonl and not text.strip():
        where = "stdin" if args.file == "-" else args.file
        raise InputError(f"{where} has no answer in it: write the reply you would give, then grade it.")
    config = backend_config(args) if args.backend or os.environ.get("INTERVIEWER_BACKEND") else None
    if config is None or config.backend == "offline":
        grader: Any = RulesGrader(wpm=args.wpm)
        return grade_batch(grader, text, sys.stdout, sys.stderr) if args.jsonl else \
            grade_one(grader, text, args.question, args.json, sys.stdout, sys.stderr)
    from interviewer.llm.backend import open_engines

    with open_engines(config, wpm=args.wpm) as engines:
        grader = engines.grader
        if engines.notice:
            print(f"notice: {engines.notice}", file=sys.stderr)
            if args.json or args.jsonl:  # the JSON says it too: a pipeline reading stdout sees it ran offline
                grader = WithNotice(grader, engines.notice)
        if args.jsonl:
            return grade_batch(grader, text, sys.stdout, sys.stderr)
        return grade_one(grader, text, args.question, args.json, sys.stdout, sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
