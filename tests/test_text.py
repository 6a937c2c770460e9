"""Sentence splitting keeps exact offsets, so every evidence quote is a substring of the reply."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.grading import RulesGrader
from interviewer.grading.text import Reply, split_sentences
from tests.test_flags import NEGATIVE, POSITIVE

FRAGMENTS = list(POSITIVE.values()) + list(NEGATIVE.values()) + [
    "“Quoted” text — with dashes’ and curly quotes.", "e.g. an abbreviation. Then more!", "\n\n- a bullet\n- another",
    "$1.5M was lost.", "Ünïcödé wörds here?",
]


@given(st.text(max_size=400))
@settings(max_examples=200, deadline=None)
def test_sentences_are_exact_slices(text: str) -> None:
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text and s.text.strip() == s.text and s.text


@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=5), st.sampled_from([" ", "\n", "  ", "\n\n"]))
@settings(max_examples=150, deadline=None)
def test_every_quote_is_an_exact_substring(parts: list[str], sep: str) -> None:
    answer = sep.join(parts)
    grade = RulesGrader().grade(answer)
    for result in grade.tests.values():
        assert all(q and q in answer for q in result.evidence)
    assert all(f.evidence and f.evidence in answer for f in grade.flags)


def test_a_line_without_a_full_stop_stays_apart_when_the_lines_after_it_are_set_aside() -> None:
    # Found by the property above: a story told three times over (its repeats are set aside as stuffing), a bullet
    # line, then a set-aside line and a sentence. The reply read without the set-aside lines joined the bullet to the
    # sentence after it, and quoted the join as evidence.
    story = ("I owned the vendor migration for our billing team. I decided to cut the parallel run from four weeks to "
             "one because I wanted to hit the quarter-end date, and {}. Invoices went out with the wrong tax code for "
             "300 customers. I told my director the same morning and rebuilt the run myself.")
    answer = " ".join([story.format("I was wrong to") + " I learned the importance of communication.",
                       story.format("I was wrong to"), "\n\n- a bullet\n- another", "Ünïcödé wörds here?",
                       story.format("in my defense, the old system was a mess")])
    grade = RulesGrader().grade(answer)
    quotes = [q for result in grade.tests.values() for q in result.evidence] + [f.evidence for f in grade.flags]
    assert quotes and all(q in answer for q in quotes)


def test_abbreviations_and_decimals_do_not_split() -> None:
    texts = [s.text for s in split_sentences("We lost $1.5M, e.g. two deals. Then I told my manager.")]
    assert texts == ["We lost $1.5M, e.g. two deals.", "Then I told my manager."]


def test_language_check() -> None:
    assert Reply(POSITIVE["hedging"]).looks_english
    assert not Reply("Ich habe die Migration ohne Lasttest freigegeben und das war mein Fehler.").looks_english
    assert not Reply("我在上线前没有做压力测试，这是我的错误。").looks_english


def test_a_reply_of_only_invisible_characters_or_control_bytes_is_empty() -> None:
    import pytest

    from interviewer.grading import EmptyAnswerError

    for text in ["\u200b\u200d\u2060\ufeff", "\x00" * 10, " \t\n\u202e "]:
        with pytest.raises(EmptyAnswerError):
            RulesGrader().grade(text)
