"""The readable grade report in the terminal: tests, flags with quotes, STAR bars, length and score."""

from __future__ import annotations

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from interviewer.rubric import BEATS, FLAG_TITLES, TARGET_SHARES, TEST_TITLES, Grade
from interviewer.terminal import printable_data

_BAND_STYLE = {"ideal": "green", "short": "yellow", "long": "yellow", "thin": "red", "too_long": "red"}
_BAR = 30


def _verdict(verdict: str) -> Text:
    return Text(" PASS ", style="bold black on green") if verdict == "pass" else Text(" FAIL ", style="bold white on red")


def tests_table(grade: Grade) -> Table:
    table = Table(title="The three tests", title_justify="left", expand=True, show_lines=True)
    table.add_column("Test", ratio=2)
    table.add_column("Verdict", justify="center", width=8)
    table.add_column("Why, and the words that decided it", ratio=5)
    for test, result in grade.tests.items():
        why = Text(result.reason + ("" if result.applicable else " (not asked by this question)"))
        for quote in result.evidence:
            why.append(f'\n"{quote}"', style="italic cyan")
        table.add_row(TEST_TITLES[test], _verdict(result.verdict), why)
    return table


def flags_table(grade: Grade) -> Table | Text:
    if not grade.flags:
        return Text("No red flags.", style="green")
    table = Table(title="Red flags", title_justify="left", expand=True)
    table.add_column("Flag", ratio=2, style="bold red")
    table.add_column("The words that triggered it", ratio=5, style="italic")
    for flag in grade.flags:
        table.add_row(FLAG_TITLES[flag.id], escape(f'"{flag.evidence}"'))
    return table


def star_bars(grade: Grade) -> Table:
    table = Table(title="STAR allocation (target 15 / 10 / 50 / 25)", title_justify="left", box=None)
    table.add_column("Beat", width=10)
    table.add_column("Share", justify="right", width=6)
    table.add_column("", width=_BAR + 2)
    table.add_column("Target", justify="right", width=7)
    for beat in BEATS:
        share, target = grade.star[beat].share, TARGET_SHARES[beat]
        filled = round(share * _BAR)
        marker = round(target * _BAR)
        bar = Text()
        for i in range(_BAR):
            char = "█" if i < filled else "·"
            bar.append("|" if i == marker else char, style="yellow" if i == marker else "blue")
        table.add_row(beat, f"{share:.0%}", bar, f"{target:.0%}")
    return table


def summary_line(grade: Grade) -> Text:
    band_style = _BAND_STYLE[grade.length_band]
    line = Text.assemble(
        ("Score ", "bold"), (f"{grade.score}/100", "bold magenta"), "   ",
        (f"{grade.words} words ≈ {grade.spoken_seconds}s spoken ", ""), (f"[{grade.length_band}]", f"bold {band_style}"),
        "   ", (f"engine: {grade.engine}", "dim"),
    )
    if grade.question_kind != "opening":
        line.append(f"   follow-up: {grade.question_kind}", style="dim")
    return line


def render(grade: Grade, console: Console | None = None) -> None:
    """Print the full report of one grade (its quotes made printable: no escape sequence reaches the terminal)."""
    console = console or Console()
    grade = Grade.from_dict(printable_data(grade.to_dict()))
    parts: list[Table | Text] = [summary_line(grade), tests_table(grade), flags_table(grade)]
    if grade.question_kind in ("opening", "real_failure"):
        parts.append(star_bars(grade))
    for note in grade.notes:
        parts.append(Text(f"Note: {note}", style="yellow"))
    for d in grade.disagreements:
        parts.append(Text(f"Engines disagree: {d}", style="dim"))
    title = f"Grade {escape(grade.id)}" if grade.id else "Grade"
    console.print(Panel(Group(*parts), title=title, title_align="left"))
