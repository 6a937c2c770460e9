"""`interviewer chat`: the mock interview in the terminal, interactive or from a script, on the same compiled graph."""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from interviewer.grade_command import InputError, read_text
from interviewer.grading import RulesGrader
from interviewer.interview import InterviewContext, InterviewSession, SessionError, Settings, Store, StoreError
from interviewer.interview.state import Mode, Turn
from interviewer.scorecard_view import render_scorecard

_SEPARATOR = re.compile(r"^[ \t]*---[ \t]*$", re.MULTILINE)
HELP_LINE = "Answer in as many lines as you like; an empty line sends it. /end closes with the scorecard, /quit saves and leaves."


def command_name() -> str:
    """How the user can type this command again: `interviewer` when it is on PATH, else the path they ran."""
    ran = sys.argv[0]
    if Path(ran).name == "interviewer" and shutil.which("interviewer") is None:
        return ran
    return "interviewer"


def script_replies(text: str, source: str) -> list[str]:
    """The candidate's replies in a script: blocks separated by lines holding only `---`."""
    replies = [block.strip() for block in _SEPARATOR.split(text)]
    if not any(replies):
        raise InputError(f"{source} has no replies in it: write each reply, separated by lines holding only ---.")
    return replies


def _as_json(session: InterviewSession) -> dict[str, Any]:
    return {"session_id": session.session_id, "turns": session.turns, "scorecard": session.scorecard}


class Chat:
    """Prints the conversation and feeds replies to an InterviewSession."""

    def __init__(self, session: InterviewSession, console: Console, echo_replies: bool) -> None:
        self.session, self.console, self.echo_replies = session, console, echo_replies

    def show(self, turns: Sequence[Turn]) -> None:
        for t in turns:
            if t["role"] == "interviewer":
                self.console.print(Text.assemble(("\nInterviewer: ", "bold cyan"), t["text"]))
                continue
            if self.echo_replies:
                self.console.print(Text.assemble(("\nYou: ", "bold green"), (t["text"], "")))
            for note in t.get("grade", {}).get("notes", []):
                self.console.print(f"[yellow]Note:[/] {escape(note)}")
        if self.session.closed and self.session.scorecard:
            self.console.print()
            render_scorecard(self.session.scorecard, self.console)
            self.console.print(f"[dim]Session {self.session.session_id}. `interviewer history` shows your progress.[/]")

    def resume_hint(self) -> None:
        self.console.print(f"\n[bold]Saved.[/] Continue with: {command_name()} chat --resume {self.session.session_id}")


def _read_reply(stdin: TextIO, console: Console) -> str | None:
    """One reply from the keyboard: lines until an empty one; None at end of input."""
    console.print(Text("\nYou: ", style="bold green"), end="")
    console.file.flush()
    lines: list[str] = []
    for line in iter(stdin.readline, ""):
        line = line.rstrip("\n")
        if not line.strip():
            return "\n".join(lines)
        lines.append(line)
    return "\n".join(lines) if lines else None


def _interactive(chat: Chat, stdin: TextIO) -> int:
    while not chat.session.closed:
        reply = _read_reply(stdin, chat.console)
        if reply is None or reply.strip() == "/quit":
            chat.resume_hint()
            return 0
        chat.show(chat.session.end() if reply.strip() == "/end" else chat.session.reply(reply))
    return 0


def _scripted(chat: Chat, replies: Iterator[str]) -> None:
    for reply in replies:
        if chat.session.closed:
            break
        chat.show(chat.session.reply(reply))
    if not chat.session.closed:
        chat.show(chat.session.end())


def _settings(args: argparse.Namespace) -> Settings:
    mode: Mode = "drill" if args.drill_target and args.mode is None else (args.mode or "mock")
    if mode == "drill" and not args.drill_target:
        raise InputError("--mode drill needs --drill-target: one of ownership, change, hedging, rescue, length.")
    try:
        return Settings(mode=mode, role=args.role, drill_target=args.drill_target if mode == "drill" else None,
                        max_followups=args.followups, max_attempts=args.attempts)
    except ValueError as e:
        raise InputError(str(e)) from None


def run_chat(args: argparse.Namespace, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    replies = script_replies(read_text(args.script), args.script) if args.script else None
    quiet = args.json
    console = Console(file=sys.stderr if quiet else stdout, quiet=quiet)
    try:
        store = Store()
    except StoreError as e:
        raise InputError(str(e)) from None
    context = InterviewContext(grader=RulesGrader(wpm=args.wpm))
    chat: Chat | None = None
    try:
        if args.resume:
            session = InterviewSession.resume(store, args.resume, context)
            chat = Chat(session, console, echo_replies=replies is not None)
            console.print(f"[dim]Resuming session {session.session_id}.[/]")
            if replies is None and not session.closed:
                console.print(f"[dim]{HELP_LINE}[/]")
            chat.show(session.turns[-1:] if not session.closed else [])
        else:
            session = InterviewSession.start(store, _settings(args), context)
            chat = Chat(session, console, echo_replies=replies is not None)
            console.print(f"[dim]Session {session.session_id} (offline engine; saved after every turn).[/]")
            if replies is None:
                console.print(f"[dim]{HELP_LINE}[/]")
            chat.show(session.turns)
        if replies is not None:
            _scripted(chat, iter(replies))
        elif session.closed:
            console.print("This interview has closed. Start a new one with `interviewer chat`.")
        else:
            _interactive(chat, stdin)
        if args.json:
            stdout.write(json.dumps(_as_json(chat.session), ensure_ascii=False) + "\n")
    except KeyboardInterrupt:
        if chat:
            chat.resume_hint()
        return 130
    except SessionError as e:
        raise InputError(str(e)) from None
    finally:
        store.close()
    return 0
