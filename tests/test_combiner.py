"""The learned combiner (grading/combine.py): it weighs the rules' own readings, keeps the rubric's signs, quotes a
sentence the rules picked out for every flag it raises, and the engine works without it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interviewer.grading import RulesGrader, combine
from interviewer.grading.questions import classify_question
from interviewer.grading.text import Reply
from interviewer.rubric import DEFAULT_WPM, FLAG_IDS, spoken_seconds

BLAME = (
    "I ran the quarterly stock count at our warehouse. The count came out eleven thousand pounds short. The night team "
    "had been booking returns straight onto the shelves without scanning them, and the system vendor had changed the "
    "returns screen the week before without telling anyone. Head office wrote it up as my count."
)
OWNED = (
    "I ran the quarterly stock count at our warehouse and I decided to skip the returns cage to finish a day early. The "
    "count came out eleven thousand pounds short, and the gap was all in the cage. That was my call. Now I count the "
    "returns cage first, and I don't sign a count off until its total matches the scans."
)


def read(answer: str, question: str | None = None) -> tuple[list[float], set[str]]:
    reply = Reply(answer)
    sig, flags = RulesGrader().read(reply, question, classify_question(question), spoken_seconds(reply.words, DEFAULT_WPM))
    return combine.features(sig, flags), {f.id for f in flags}


def test_the_shipped_weights_match_the_features_and_keep_the_rubric_signs() -> None:
    data = json.loads(combine.WEIGHTS.read_text(encoding="utf-8"))
    # weights trained on other features would be read against the wrong inputs: the engine then ignores them, so a
    # stale file must fail here rather than switch the combiner off in silence
    assert tuple(data["features"]) == combine.FEATURES
    assert combine._weights(), "no flag kept: retrain with evals/train_combiner.py"
    for flag, model in data["models"].items():
        assert flag in FLAG_IDS and flag not in ("prompt_injection", "oversharing")
        assert len(model["weights"]) == len(combine.FEATURES) and 0 < model["threshold"] < 1
        up, down = combine.SIGNS.get(flag, ((), ()))
        weight = dict(zip(combine.FEATURES, model["weights"], strict=True))
        assert all(weight[n] >= 0 for n in up) and all(weight[n] <= 0 for n in down)
        assert flag in combine.EVIDENCE


def test_features_count_the_readings_the_question_and_the_rules_flags() -> None:
    x, raised = read(BLAME, "What was your part in it?")
    named = dict(zip(combine.FEATURES, x, strict=True))
    assert len(x) == len(combine.FEATURES)
    assert named["asked:ownership"] == 1.0 and named["asked:opening"] == 0.0
    assert all(named[f"rules:{f}"] == (1.0 if f in raised else 0.0) for f in FLAG_IDS)
    assert named["sentences"] > 0 and named["n:strong_ownership"] == 0.0


def test_an_owned_story_and_a_story_of_others_failing_read_apart() -> None:
    model = combine._weights()["blame_shifting"]
    blame = combine.probability(model, read(BLAME)[0])
    owned = combine.probability(model, read(OWNED)[0])
    assert blame >= model["threshold"] > owned
    grade = RulesGrader().grade(BLAME)
    assert "blame_shifting" in grade.flag_ids
    quote = next(f.evidence for f in grade.flags if f.id == "blame_shifting")
    assert quote in BLAME  # a sentence of the reply, as the rules picked it out
    assert "blame_shifting" not in RulesGrader().grade(OWNED).flag_ids


def test_the_combiner_raises_and_drops_only_the_flags_it_was_kept_for(monkeypatch: pytest.MonkeyPatch) -> None:
    never = {"threshold": 0.5, "intercept": -50.0, "weights": [0.0] * len(combine.FEATURES)}
    always = {"threshold": 0.5, "intercept": 50.0, "weights": [0.0] * len(combine.FEATURES)}
    team = "We were part of a big rollout team and we ran into a lot of issues, and the team missed the go-live date."
    monkeypatch.setattr(combine, "_weights", lambda: {"vague_ownership": never})
    assert "vague_ownership" in read(team)[1] and "vague_ownership" not in RulesGrader().grade(team).flag_ids  # dropped
    monkeypatch.setattr(combine, "_weights", lambda: {"blame_shifting": never, "vague_ownership": always})
    grade = RulesGrader().grade(BLAME)
    # blame stands where the reply owns nothing and names others failing: the rubric's definition, not a weighing
    assert "blame_shifting" in grade.flag_ids
    # raised only where a reading gives it a quote: this story has no "we" and no team in it
    assert "vague_ownership" not in grade.flag_ids
    assert "vague_ownership" in RulesGrader().grade(team).flag_ids
    # flags it was not kept for stay the rules'
    assert grade.flag_ids == read(BLAME)[1]


def test_blame_resting_on_others_is_dropped_only_where_the_reply_owns_a_fault(monkeypatch: pytest.MonkeyPatch) -> None:
    never = {"threshold": 0.5, "intercept": -50.0, "weights": [0.0] * len(combine.FEATURES)}
    monkeypatch.setattr(combine, "_weights", lambda: {"blame_shifting": never})
    both = ("The night team had been booking returns without scanning them, and the vendor changed the returns screen "
            "without telling anyone. I also skipped the returns cage to finish the count a day early.")
    assert "blame_shifting" in read(both)[1]
    assert "blame_shifting" not in RulesGrader().grade(both).flag_ids
    assert "blame_shifting" in RulesGrader().grade(BLAME).flag_ids


def test_the_engine_grades_without_the_weights(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(combine, "WEIGHTS", tmp_path / "missing.json")
    combine._weights.cache_clear()
    try:
        assert combine._weights() == {}
        assert RulesGrader().grade(OWNED).tests["honesty"].verdict == "pass"
    finally:
        monkeypatch.undo()
        combine._weights.cache_clear()


def test_weights_for_other_features_are_ignored(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    stale = tmp_path / "stale.json"
    stale.write_text(json.dumps({"features": ["n:blame"], "models": {"blame_shifting": {}}}), encoding="utf-8")
    monkeypatch.setattr(combine, "WEIGHTS", stale)
    combine._weights.cache_clear()
    try:
        assert combine._weights() == {}
    finally:
        monkeypatch.undo()
        combine._weights.cache_clear()


def test_vague_ownership_is_never_raised_over_an_act_of_the_speakers(monkeypatch: pytest.MonkeyPatch) -> None:
    always = {"threshold": 0.5, "intercept": 50.0, "weights": [0.0] * len(combine.FEATURES)}
    monkeypatch.setattr(combine, "_weights", lambda: {"vague_ownership": always})
    team = "We were part of a big rollout team and we ran into a lot of issues, and the team missed the go-live date."
    assert "vague_ownership" in RulesGrader().grade(team).flag_ids
    # the speaker's own act, told in the present as many speakers of other first languages tell the past
    named = ("In our NGO we apply every year to a foundation. The day of the deadline I upload the documents and I "
             "attach the budget from last year. We lose the grant.")
    assert "vague_ownership" not in RulesGrader().grade(named).flag_ids


def test_no_model_weighs_whether_a_reply_carries_an_injection() -> None:
    models = combine._weights()
    assert models
    for model in models.values():
        assert all(w == 0 for name, w in zip(combine.FEATURES, model["weights"], strict=True) if name in combine.SILENT)
