"""The browser's views without a browser: escaping, the grader step, the scorecard, the chart and the export."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from interviewer.interview import InterviewSession, Settings, Store
from interviewer.web import render
from tests import interview_lines as L


def closed_session(tmp_path: Path) -> InterviewSession:
    session = InterviewSession.start(Store(tmp_path / "r.sqlite"), Settings(), session_id="render")
    for reply in (L.EXCUSE_LED, L.OWNERSHIP, L.GENERIC, L.TODAY):
        session.reply(reply)
    return session


def test_candidate_words_are_text_not_markup() -> None:
    out = render.text('<script>alert(1)</script> **bold** [link](http://x) `code`')
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "\\*\\*bold\\*\\*" in out and "\\[link\\]" in out and "\\`code\\`" in out


def test_grade_step_shows_every_test_and_flag_with_quotes(tmp_path: Path) -> None:
    grade = closed_session(tmp_path).turns[1]["grade"]
    step = render.grade_step(grade)
    for title in ("Honesty", "Learning", "Self-awareness", "Red flags", "Defensive language"):
        assert title in step
    assert render.grade_summary(grade).startswith("Grader: honesty FAIL")


def test_scorecard_chart_and_export(tmp_path: Path) -> None:
    session = closed_session(tmp_path)
    card = session.scorecard
    assert card is not None
    md = render.scorecard_md(card)
    for title in ("Scorecard:", "The three tests", "Red flags", "STAR allocation", "Two things to work on", "stronger version"):
        assert title in md
    svg = ET.fromstring(render.star_svg(card))
    assert svg.tag.endswith("svg") and len([e for e in svg if e.tag.endswith("rect")]) == 9
    export = render.export_md("render", session.turns, card)
    assert export.startswith("# Mock interview render") and export.count("**Interviewer:**") == 5
    long_quote = render.quote("x" * 1000)
    assert len(long_quote) < 400 and long_quote.endswith("…”")


def test_drill_and_incomplete_cards_render() -> None:
    drill = {"mode": "drill", "title": "Ownership", "passed": False,
             "attempts": [{"attempt": 1, "passed": False, "summary": "honesty not shown"}]}
    assert "Not passed yet" in render.scorecard_md(drill)
    assert "Nothing" in render.scorecard_md({"mode": "mock", "complete": False, "message": "Nothing to score yet."})
