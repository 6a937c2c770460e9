"""The closing scorecard and the interview history in the terminal (rich)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from rich.console import Console, Group, RenderableType
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from interviewer.interview.card import Card, DrillCard, MockCard, card_from_dict
from interviewer.interview.store import PastInterview
from interviewer.report import _verdict
from interviewer.rubric import BEATS, FLAG_TITLES, TEST_IDS, TEST_TITLES
from interviewer.terminal import printable_data

_BAR = 30
_MARK = {"pass": Text("✓", style="bold green"), "fail": Text("✗", style="bold red")}


def _star(card: MockCard) -> Table:
    table = Table(title="STAR allocation of your story (target 15 / 10 / 50 / 25)", title_justify="left", box=None)
    for name, width in (("Beat", 10), ("Share", 6), ("", _BAR + 2), ("Target", 7)):
        table.add_column(name, width=width, justify="right" if name in ("Share", "Target") else "left")
    for beat in BEATS:
        share, target = card.star[beat].share, card.star[beat].target
        bar = Text()
        for i in range(_BAR):
            marker = i == round(target * _BAR)
            bar.append("|" if marker else "█" if i < round(share * _BAR) else "·", style="yellow" if marker else "blue")
        table.add_row(beat, f"{share:.0%}", bar, f"{target:.0%}")
    return table


def _tests(card: MockCard) -> Table:
    table = Table(title="The three tests, over the whole conversation", title_justify="left", expand=True, show_lines=True)
    table.add_column("Test", ratio=2)
    table.add_column("Verdict", justify="center", width=8)
    table.add_column("The words that decided it", ratio=5)
    for t in TEST_IDS:
        r = card.tests[t]
        why = Text(r.reason)
        for quote in r.evidence:
            why.append(f'\n"{quote}"', style="italic cyan")
        why.append(f"\n(your reply {r.reply})" + (f" {r.note}" if r.note else ""), style="dim")
        table.add_row(TEST_TITLES[t], _verdict(r.verdict), why)
    return table


def _flags(card: MockCard) -> RenderableType:
    if not card.flags:
        return Text("No red flags in any reply.", style="green")
    table = Table(title="Red flags", title_justify="left", expand=True)
    table.add_column("Flag", ratio=2, style="bold red")
    table.add_column("Your words", ratio=5, style="italic")
    table.add_column("Reply", width=6, justify="right")
    for f in card.flags:
        table.add_row(FLAG_TITLES[f.id], escape(f'"{f.evidence}"'), str(f.reply))
    return table


def _coaching(card: MockCard) -> RenderableType:
    lines = Text()
    for n, action in enumerate(card.coaching, 1):
        lines.append(f"{n}. {action.title}\n", style="bold")
        lines.append(f"   {action.how}\n")
    lines.rstrip()
    return Panel(lines, title="Two things to work on", title_align="left", border_style="magenta")


def _outline(card: MockCard) -> RenderableType:
    lines = Text()
    for step in card.outline:
        lines.append(f"{step.label}: ", style="bold")
        lines.append(step.text + "\n", style="italic cyan" if step.yours else "yellow")
    lines.rstrip()
    return Panel(lines, title="A stronger version of your story, from your own words", title_align="left")


def render_scorecard(stored: Card | dict[str, Any], console: Console) -> None:
    """Print the closing scorecard of a mock interview or a drill."""
    # the card quotes the candidate: no escape sequence of theirs reaches the terminal
    card = card_from_dict(printable_data(stored if isinstance(stored, dict) else stored.to_dict()))
    if isinstance(card, DrillCard):
        render_drill(card, console)
        return
    if not card.complete:
        console.print(Panel(Text(card.message or "Nothing to score yet."), title="Scorecard"))
        return
    band = card.length_band
    head = Text.assemble(
        ("Score ", "bold"), (f"{card.score}/100", "bold magenta"),
        f"   {card.replies} replies, {card.followups} follow-ups",
        f"   story: {card.words} words ≈ {card.spoken_seconds} s ",
        (f"[{band}]", "bold green" if band == "ideal" else "bold yellow"), " (ideal 90-110 s)",
    )
    parts: list[RenderableType] = [head, _tests(card), _flags(card), _star(card), _coaching(card), _outline(card)]
    tokens = card.tokens
    if tokens.calls:
        parts.append(Text(f"Model use: {tokens.total:,} tokens ({tokens.prompt:,} prompt, {tokens.completion:,} "
                          f"answer) in {tokens.calls} calls.", style="dim"))
    console.print(Panel(Group(*parts), title="Scorecard", title_align="left"))


def render_drill(card: DrillCard, console: Console) -> None:
    table = Table(title=escape(card.title), title_justify="left", expand=True)
    table.add_column("Attempt", width=8, justify="right")
    table.add_column("Result", width=8, justify="center")
    table.add_column("What it showed", ratio=5)
    for a in card.attempts:
        table.add_row(str(a.attempt), _verdict("pass" if a.passed else "fail"), escape(a.summary))
    verdict = "Passed" if card.passed else "Not passed yet: try the drill again later"
    console.print(Panel(Group(table, Text(verdict, style="bold green" if card.passed else "bold yellow")),
                        title="Drill progress", title_align="left"))


def render_history(rows: Sequence[PastInterview], console: Console) -> None:
    """Past interviews, oldest first, with each test's verdict so progress shows."""
    if not rows:
        console.print("No interviews yet. Start one with `interviewer chat`.")
        return
    table = Table(title="Your interviews (oldest first)", title_justify="left")
    for name in ("When", "Session", "Mode", "Role", "H", "L", "S", "Score", "Status"):
        table.add_column(name, justify="center" if len(name) == 1 or name == "Score" else "left",
                         no_wrap=name in ("When", "Session"))
    for r in rows:
        when = dt.datetime.fromtimestamp(r.started_at).strftime("%m-%d %H:%M")
        tests = r.summary.get("tests", {})
        marks = [_MARK.get(tests.get(t, ""), Text("-", style="dim")) for t in TEST_IDS]
        if r.mode == "drill":
            marks = [Text("-", style="dim")] * 3
            mode = f"drill: {r.drill_target}" + (" ✓" if r.summary.get("passed") else "")
        else:
            mode = "mock"
        status = "closed" if r.closed else "open"
        score = str(r.summary.get("score", "-"))
        table.add_row(when, r.session_id, mode, escape(r.role or "-"), *marks, score, status)
    console.print(table)
    console.print("[dim]H honesty, L learning, S self-awareness.[/]")
    if open_ := [r.session_id for r in rows if not r.closed]:
        console.print(f"[dim]Continue an open one with: interviewer chat --resume {open_[-1]}[/]")
    mocks = [r for r in rows if r.mode == "mock" and r.summary.get("tests")]
    if len(mocks) > 1:
        trend = Text("Over time: ")
        for t in TEST_IDS:
            trend.append(f"{t} ")
            for r in mocks:
                trend.append_text(_MARK[r.summary["tests"][t]])
            trend.append("   ")
        console.print(trend)
