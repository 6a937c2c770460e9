"""`interviewer chat`: the mock interview in the terminal, interactive or from a script, on the same compiled graph."""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from interviewer.cli import backend_config
from interviewer.grade_command import InputError, read_text
from interviewer.grading.text import is_blank
from interviewer.interview import InterviewSession, SessionError, Settings, StoreError, open_store
from interviewer.interview.session import new_session_id
from interviewer.interview.state import Mode, Turn
from interviewer.llm.backend import open_engines
from interviewer.scorecard_view import render_scorecard
from interviewer.terminal import printable

_SEPARATOR = re.compile(r"^[ \t]*---[ \t]*$", re.MULTILINE)
HELP_LINE = "Answer in as many lines as you like; an empty line sends it. /end closes with the scorecard, /quit saves and leaves."
"""How to answer when the replies come from a pipe or a file (no terminal to edit in)."""
TTY_HELP_LINE = ("Enter sends your reply. A pasted answer stays one reply, paragraphs and all; Alt+Enter (or Esc, then Enter) "
                 "starts a new line. /end closes with the scorecard, /quit saves and leaves.")
"""How to answer at a terminal, where the line editor takes a multi-paragraph paste as one reply."""


def command_name() -> str:
    """How the user can type this command again: `interviewer` when it is on PATH, else the path they ran."""
    ran = sys.argv[0]
    if Path(ran).name == "interviewer" and shutil.which("interviewer") is None:
        return ran
    return "interviewer"


def script_replies(text: str, source: str) -> list[str]:
    """The candidate's replies in a script: blocks separated by lines holding only `---`."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # a script saved on Windows (CRLF) or an old Mac (CR)
    replies = [block.strip() for block in _SEPARATOR.split(text)]
    if all(is_blank(r) for r in replies):
        raise InputError(f"{source} has no replies in it: write each reply, separated by lines holding only ---.")
    return replies


def _as_json(session: InterviewSession, notice: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"session_id": session.session_id, "turns": session.turns, "scorecard": session.scorecard}
    if notice:
        data["notice"] = notice  # e.g. "running offline": a pipeline reading --json sees it, not only a person
    return data


class Streamer:
    """Prints the interviewer's words as a model writes them."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.partial = ""
        self.done: list[str] = []

    def __call__(self, event: dict[str, Any]) -> None:
        if event.get("event") == "token":
            if not self.partial:
                self.console.print(Text("\nInterviewer: ", style="bold cyan"), end="")
            self.partial += event["text"]
            self.console.print(printable(event["text"]), end="", markup=False, highlight=False)
            self.console.file.flush()
        elif event.get("event") == "replace":
            final = event["text"]
            if not self.partial:
                self.console.print(Text.assemble(("\nInterviewer: ", "bold cyan"), printable(final)))
            elif " ".join(self.partial.split()) != final:
                self.console.print(Text(f"\n  (as asked: {printable(final)})", style="dim"))
            else:
                self.console.print()
            self.partial = ""
            self.done.append(final)


class Chat:
    """Prints the conversation and feeds replies to an InterviewSession."""

    def __init__(self, session: InterviewSession, console: Console, echo_replies: bool, streamer: Streamer | None = None) -> None:
        self.session, self.console, self.echo_replies, self.streamer = session, console, echo_replies, streamer

    def reply(self, text: str) -> list[Turn]:
        if self.echo_replies:  # a scripted reply is shown before the interviewer answers it
            self.console.print(Text.assemble(("\nYou: ", "bold green"), (printable(text), "")))
        return self.session.reply(text, on_event=self.streamer)

    def show(self, turns: Sequence[Turn]) -> None:
        for t in turns:
            if t["role"] == "interviewer":
                if self.streamer and t["text"] in self.streamer.done:
                    self.streamer.done.remove(t["text"])
                else:
                    self.console.print(Text.assemble(("\nInterviewer: ", "bold cyan"), printable(t["text"])))
                for note in t.get("notes", []):
                    self.console.print(f"[yellow]Note:[/] {escape(printable(note))}")
                continue
            if t.get("parts", 1) > 1:
                self.console.print(f"[dim](Read together with your previous {t['parts'] - 1} message(s) as one answer.)[/]")
            for note in t.get("grade", {}).get("notes", []):
                self.console.print(f"[yellow]Note:[/] {escape(printable(note))}")
        if self.session.closed and self.session.scorecard:
            self.console.print()
            render_scorecard(self.session.scorecard, self.console)
            self.console.print(f"[dim]Session {self.session.session_id}. `interviewer history` shows your progress.[/]")

    def resume_hint(self) -> None:
        self.console.print(f"\n[bold]Saved.[/] Continue with: {command_name()} chat --resume {self.session.session_id}")


def _read_reply(stdin: TextIO, console: Console) -> str | None:
    """One reply from a pipe or a file: lines until an empty one; None at end of input."""
    console.print(Text("\nYou: ", style="bold green"), end="")
    console.file.flush()
    lines: list[str] = []
    for line in iter(stdin.readline, ""):
        line = line.rstrip("\n")
        if not line.strip():
            return "\n".join(lines)
        lines.append(line)
    return "\n".join(lines) if lines else None


def terminal_reader(console: Console, pt_input: Any = None, pt_output: Any = None) -> Callable[[], str | None]:
    """Replies typed at a terminal, through a line editor: Enter sends; a paste (bracketed paste) keeps its newlines
    and blank lines as one reply; Alt+Enter, or Esc then Enter, starts a new line. None at end of input (Ctrl-D)."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.formatted_text import FormattedText
    from prompt_toolkit.key_binding import KeyBindings
    from prompt_toolkit.key_binding.key_processor import KeyPressEvent

    keys = KeyBindings()

    @keys.add("enter")
    def _send(event: KeyPressEvent) -> None:
        event.current_buffer.validate_and_handle()

    @keys.add("escape", "enter")
    def _new_line(event: KeyPressEvent) -> None:
        event.current_buffer.insert_text("\n")

    session: PromptSession[str] = PromptSession(multiline=True, key_bindings=keys, input=pt_input, output=pt_output)

    def read() -> str | None:
        console.print()
        try:
            return session.prompt(FormattedText([("bold ansigreen", "You: ")]), prompt_continuation="     ")
        except EOFError:
            return None

    return read


def _interactive(chat: Chat, read: Callable[[], str | None]) -> int:
    while not chat.session.closed:
        reply = read()
        if reply is None or reply.strip() == "/quit":
            chat.resume_hint()
            return 0
        chat.show(chat.session.end() if reply.strip() == "/end" else chat.reply(reply))
    return 0


def _scripted(chat: Chat, replies: Iterator[str]) -> None:
    for reply in replies:
        if chat.session.closed:
            break
        chat.show(chat.reply(reply))
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
    at_terminal = stdin is None and sys.stdin.isatty() and sys.stdout.isatty()
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    replies = script_replies(read_text(args.script), args.script) if args.script else None
    quiet = args.json
    console = Console(file=sys.stderr if quiet else stdout, quiet=quiet)
    settings = None if args.resume else _settings(args)
    try:
        store = open_store()
    except StoreError as e:
        raise InputError(str(e)) from None
    engines = open_engines(backend_config(args), wpm=args.wpm)
    if engines.notice:
        console.print(f"[yellow]Notice:[/] {escape(engines.notice)}")
    context = engines.context
    streamer = Streamer(console) if context.backend != "offline" and not quiet else None
    model = engines.client.model if engines.client else ""
    engine_name = "offline engine" if context.backend == "offline" else f"{context.backend} backend, model {model}"
    chat: Chat | None = None
    try:
        if args.resume:
            session = InterviewSession.resume(store, args.resume, context)
            chat = Chat(session, console, echo_replies=replies is not None, streamer=streamer)
            console.print(f"[dim]Resuming session {session.session_id} ({escape(engine_name)}).[/]")
            if replies is None and not session.closed:
                console.print(f"[dim]{TTY_HELP_LINE if at_terminal else HELP_LINE}[/]")
            chat.show(session.turns[-1:] if not session.closed else [])
        else:
            assert settings is not None
            session_id = new_session_id()
            console.print(f"[dim]Session {session_id} ({escape(engine_name)}; saved after every turn).[/]")
            if replies is None:
                console.print(f"[dim]{TTY_HELP_LINE if at_terminal else HELP_LINE}[/]")
            session = InterviewSession.start(store, settings, context, session_id=session_id, on_event=streamer)
            chat = Chat(session, console, echo_replies=replies is not None, streamer=streamer)
            chat.show(session.turns)
        if replies is not None:
            _scripted(chat, iter(replies))
        elif session.closed:
            console.print("This interview has closed. Start a new one with `interviewer chat`.")
        else:
            piped = stdin
            _interactive(chat, terminal_reader(console) if at_terminal else lambda: _read_reply(piped, console))
        if args.json:
            stdout.write(json.dumps(_as_json(chat.session, engines.notice), ensure_ascii=False) + "\n")
    except KeyboardInterrupt:
        if chat:
            chat.resume_hint()
        return 130
    except (SessionError, StoreError) as e:
        raise InputError(str(e)) from None
    finally:
        store.close()
        engines.close()
    return 0
