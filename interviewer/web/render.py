"""What the browser shows, as Markdown and SVG: the grader step, the scorecard, the STAR chart and the export.

No Chainlit here, so every view is unit-tested. Candidate words are escaped: they are shown as text, never as
Markdown or HTML.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Sequence
from typing import Any, Final

from interviewer.interview.card import Card, DrillCard, MockCard, card_from_dict
from interviewer.interview.state import Turn
from interviewer.rubric import BEATS, FLAG_TITLES, TEST_IDS, TEST_TITLES

_MD_SPECIAL: Final = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~])")
MAX_QUOTE: Final = 300


def text(words: str) -> str:
    """Candidate or model words, safe inside Markdown: HTML escaped, Markdown punctuation backslashed."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(words, quote=False)).replace("\n", " ")


def quote(words: str) -> str:
    clipped = words if len(words) <= MAX_QUOTE else words[:MAX_QUOTE].rstrip() + " …"
    return f"“{text(clipped)}”"


def _mark(verdict: str) -> str:
    return "**PASS**" if verdict == "pass" else "**FAIL**"


def grade_step(grade: dict[str, Any]) -> str:
    """The collapsible grader step after each reply: the three tests with their deciding quotes, and the flags."""
    lines = []
    for t in TEST_IDS:
        r = grade["tests"][t]
        asked = "" if r.get("applicable", True) else " (not asked by this question)"
        lines.append(f"**{TEST_TITLES[t]}**: {_mark(r['verdict'])}{asked}  \n{text(r['reason'])}")
        lines += [f"> {quote(q)}" for q in r["evidence"]]
        lines.append("")
    if grade["flags"]:
        lines.append("**Red flags**")
        lines += [f"- {FLAG_TITLES[f['id']]}: {quote(f['evidence'])}" for f in grade["flags"]]
    else:
        lines.append("No red flags.")
    lines.append(f"\n{grade['words']} words ≈ {grade['spoken_seconds']} s spoken · engine: {grade['engine']}")
    lines += [f"\n*Note: {text(n)}*" for n in grade.get("notes", [])]
    lines += [f"\n*Engines disagree: {text(d)}*" for d in grade.get("disagreements", [])]
    return "\n".join(lines)


def grade_summary(grade: dict[str, Any]) -> str:
    """One line for the step's title: the three verdicts and the number of flags."""
    marks = " · ".join(f"{t.replace('_', '-')} {grade['tests'][t]['verdict'].upper()}" for t in TEST_IDS)
    flags = len(grade["flags"])
    return f"Grader: {marks} · {flags} red flag{'' if flags == 1 else 's'}"


def star_svg(stored: MockCard | dict[str, Any]) -> str:
    """A bar chart of the story's STAR shares against the 15/10/50/25 target, as a standalone SVG."""
    card = _typed(stored)
    assert isinstance(card, MockCard) and card.complete
    width, row, left, bar = 520, 34, 90, 380
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{row * 4 + 40}" font-family="sans-serif" '
             'font-size="13"><rect width="100%" height="100%" fill="white"/>']
    for i, b in enumerate(BEATS):
        y = 10 + i * row
        share, target = card.star[b].share, card.star[b].target
        parts.append(f'<text x="8" y="{y + 17}">{b}</text>')
        parts.append(f'<rect x="{left}" y="{y + 4}" width="{bar}" height="18" fill="#eef"/>')
        parts.append(f'<rect x="{left}" y="{y + 4}" width="{bar * share:.0f}" height="18" fill="#4a6cd4"/>')
        parts.append(f'<line x1="{left + bar * target:.0f}" x2="{left + bar * target:.0f}" y1="{y}" y2="{y + 26}" '
                     'stroke="#e08a00" stroke-width="3"/>')
        parts.append(f'<text x="{left + bar + 8}" y="{y + 17}">{share:.0%}</text>')
    parts.append(f'<text x="8" y="{row * 4 + 30}" fill="#555">bars: your story · orange marks: target 15 / 10 / 50 / 25</text>')
    parts.append("</svg>")
    return "".join(parts)


def _typed(stored: Card | dict[str, Any]) -> Card:
    return card_from_dict(stored) if isinstance(stored, dict) else stored


def scorecard_md(stored: Card | dict[str, Any]) -> str:
    """The closing scorecard as Markdown (the chart is attached separately)."""
    card = _typed(stored)
    if isinstance(card, DrillCard):
        rows = [f"| {a.attempt} | {_mark('pass' if a.passed else 'fail')} | {text(a.summary)} |" for a in card.attempts]
        outcome = "Passed." if card.passed else "Not passed yet: try this drill again later."
        return "\n".join([f"## Drill progress: {text(card.title)}", "", "| attempt | result | what it showed |",
                          "|---|---|---|", *rows, "", f"**{outcome}**"])
    if not card.complete:
        return f"## Scorecard\n\n{text(card.message or 'Nothing to score yet.')}"
    out = [f"## Scorecard: {card.score}/100", "",
           f"{card.replies} replies · {card.followups} follow-ups · story {card.words} words ≈ "
           f"{card.spoken_seconds} s spoken · length band **{card.length_band.replace('_', ' ')}** (ideal 90-110 s)", "",
           "### The three tests"]
    for t in TEST_IDS:
        r = card.tests[t]
        out.append(f"**{TEST_TITLES[t]}**: {_mark(r.verdict)} (reply {r.reply}) {text(r.note)}")
        out += [f"> {quote(q)}" for q in r.evidence]
        out.append("")
    out.append("### Red flags")
    out += [f"- {FLAG_TITLES[f.id]} (reply {f.reply}): {quote(f.evidence)}" for f in card.flags] or ["None."]
    out += ["", "### STAR allocation of your story", "", "| beat | yours | target |", "|---|---|---|"]
    out += [f"| {b} | {card.star[b].share:.0%} | {card.star[b].target:.0%} |" for b in BEATS]
    out += ["", "### Two things to work on"]
    out += [f"{n}. **{text(a.title)}**: {text(a.how)}" for n, a in enumerate(card.coaching, 1)]
    out += ["", "### A stronger version of your story, from your own words"]
    out += [f"- *{s.label}*: {text(s.text) if s.yours else '**' + text(s.text) + '**'}" for s in card.outline]
    if card.tokens.calls:
        out.append(f"\n*Model use: {card.tokens.total:,} tokens in {card.tokens.calls} calls.*")
    return "\n".join(out)


def export_md(session_id: str, turns: Sequence[Turn], card: Card | dict[str, Any] | None) -> str:
    """Transcript and scorecard as one Markdown file to download."""
    when = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    out = [f"# Mock interview {session_id}", "", f"Exported {when}.", "", "## Transcript", ""]
    for t in turns:
        who = "Interviewer" if t["role"] == "interviewer" else "You"
        out.append(f"**{who}:** {text(t['text'])}")
        if "grade" in t:
            out.append(f"\n*{grade_summary(t['grade'])}*")
        out.append("")
    if card:
        out += [scorecard_md(card), ""]
    return "\n".join(out)
