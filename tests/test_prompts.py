"""The phrase banks under prompts/: every key the interviewer needs, rendered, and asking what it should."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from interviewer.grading import classify_question
from interviewer.interview.drills import DRILL_TARGETS, SPECS, DrillTarget
from interviewer.interview.probes import GRADER_KIND, PROBES
from interviewer.interview.prompts import PhraseBank, PromptError, fields, load_bank, render
from interviewer.interview.speaker import OFFLINE_BANK
from tests.test_interview import REVEALING

BANK = load_bank(OFFLINE_BANK)
COACHING = load_bank("offline/coaching")
QUESTIONS = ["open", "probe.no_failure", "probe.cost.plain", *(f"probe.{p}" for p in PROBES),
             *(f"drill.{t}" for t in DRILL_TARGETS)]
VALUES = {"role": "site reliability engineer", "quote": "the deadline was missed", "share": "20%", "seconds": "140",
          "band": "too long"}


@pytest.mark.parametrize("key", QUESTIONS)
def test_each_question_has_several_phrasings_that_each_ask_one_thing(key: str) -> None:
    options = BANK.options(key)
    assert len(options) >= (2 if key.startswith("drill.") else 4)
    assert len(set(options)) == len(options)
    for text in options:
        asks = text.count("?") + (1 if re.match(r"(?:Tell me|Think of)\b", text) and "?" not in text else 0)
        assert asks == 1, text
        assert not REVEALING.search(text), text


@pytest.mark.parametrize("probe", PROBES)
def test_probe_phrasings_read_as_their_probe_to_the_grader(probe: str) -> None:
    for text in [*BANK.options(f"probe.{probe}"), *(BANK.options("probe.cost.plain") if probe == "cost" else ())]:
        assert classify_question(text) == GRADER_KIND.get(probe, probe), text


def test_what_it_cost_is_asked_after_a_win_only_where_one_was_told() -> None:
    from interviewer.interview.speaker import Cue, OfflineSpeaker
    from interviewer.interview.state import Turn

    def asked(flags: list[str]) -> str:
        turn: Turn = {"role": "candidate", "text": "...", "grade": {"flags": [{"id": f, "evidence": "..."} for f in flags]}}
        return OfflineSpeaker().speak(Cue(act="probe", probe="cost", seed="s:1", transcript=(turn,)))

    assert any(text in asked([]) for text in BANK.options("probe.cost.plain"))
    assert any(text in asked(["rescue_narrative"]) for text in BANK.options("probe.cost"))


@pytest.mark.parametrize("target", DRILL_TARGETS)
def test_drill_prompts_read_as_the_question_their_reply_is_graded_for(target: DrillTarget) -> None:
    for text in BANK.options(f"drill.{target}"):
        assert classify_question(text) == SPECS[target].kind, text
    assert BANK.options(f"drill.tip.{target}")


def test_openings_read_as_the_failure_question() -> None:
    for text in BANK.options("open"):
        assert classify_question(text) == "opening", text


def test_every_phrasing_renders_and_only_role_is_a_variable() -> None:
    for key, options in BANK.entries.items():
        for text in options:
            assert fields(text) <= ({"role"} if key == "intro.role" else set()), (key, text)
            assert render(text, **VALUES)
            if key != "close" and not key.startswith("drill.") and key != "intro.role":
                assert not REVEALING.search(text), text


def test_every_coaching_action_renders() -> None:
    keys = {k.rsplit(".", 1)[0] for k in COACHING.entries}
    for key in keys:
        if f"{key}.title" in COACHING.entries:
            assert len(COACHING.options(f"{key}.title")) == 1
        for text in COACHING.options(f"{key}.how"):
            out = render(text, **VALUES)
            assert "{" not in out


def test_a_missing_variable_or_key_fails_loudly(tmp_path: Path) -> None:
    with pytest.raises(PromptError, match="role"):
        render("For the {role} job.")
    with pytest.raises(PromptError, match="no phrasings"):
        BANK.options("probe.nonexistent")
    with pytest.raises(PromptError, match="missing"):
        load_bank("nowhere", tmp_path)
    with pytest.raises(PromptError, match="twice"):
        PhraseBank.parse("x", "## a\n- one\n## a\n- two\n")


def test_the_parser_reads_headings_items_and_continuations() -> None:
    bank = PhraseBank.parse("x", "intro text\n- ignored\n## a\n- one\n  more\n- two\n## empty\n")
    assert bank.entries == {"a": ("one more", "two")}


MODEL_PROMPTS = sorted((Path(__file__).parents[1] / "prompts").glob("*/v*.md"))


@pytest.mark.parametrize("path", MODEL_PROMPTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_versioned_model_prompt_renders_with_exactly_its_variables(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    expected = {"interviewer": {"role_line"}, "grader": {"kind_line"}}[path.parent.name]
    assert fields(text) == expected
    assert "{" not in render(text, **dict.fromkeys(expected, "x"))
