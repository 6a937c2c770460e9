"""The grade JSON matches the contract of shared/RUBRIC.md section 5, and round-trips."""

from __future__ import annotations

import json

import jsonschema
import pytest

from interviewer.grading import RulesGrader
from interviewer.rubric import BEATS, FLAG_IDS, LENGTH_BANDS, TEST_IDS, Grade, length_band, spoken_seconds
from tests.test_flags import NEGATIVE, POSITIVE

TEST_RESULT = {
    "type": "object",
    "required": ["verdict", "evidence", "reason"],
    "properties": {
        "verdict": {"enum": ["pass", "fail"]},
        "evidence": {"type": "array", "items": {"type": "string"}},
        "reason": {"type": "string"},
    },
}
SCHEMA = {
    "type": "object",
    "required": ["id", "engine", "tests", "flags", "star", "words", "spoken_seconds", "length_band", "score"],
    "properties": {
        "id": {"type": ["string", "null", "integer"]},
        "engine": {"enum": ["rules", "llm", "hybrid"]},
        "tests": {"type": "object", "required": list(TEST_IDS), "additionalProperties": False,
                  "properties": {t: TEST_RESULT for t in TEST_IDS}},
        "flags": {"type": "array", "items": {"type": "object", "required": ["id", "evidence"], "properties": {
            "id": {"enum": list(FLAG_IDS)}, "evidence": {"type": "string"}}}},
        "star": {"type": "object", "required": list(BEATS), "additionalProperties": False, "properties": {
            b: {"type": "object", "required": ["present", "share"], "properties": {
                "present": {"type": "boolean"}, "share": {"type": "number", "minimum": 0, "maximum": 1}}}
            for b in BEATS}},
        "words": {"type": "integer", "minimum": 0},
        "spoken_seconds": {"type": "integer", "minimum": 0},
        "length_band": {"enum": list(LENGTH_BANDS)},
        "score": {"type": "integer", "minimum": 0, "maximum": 100},
    },
}


@pytest.mark.parametrize("answer", list(POSITIVE.values()) + list(NEGATIVE.values()))
def test_grade_json_matches_contract_and_quotes_are_substrings(answer: str) -> None:
    data = json.loads(json.dumps(RulesGrader().grade(answer).to_dict()))
    jsonschema.validate(data, SCHEMA)
    for result in data["tests"].values():
        assert all(q in answer for q in result["evidence"])
    assert all(f["evidence"] in answer for f in data["flags"])
    shares = sum(b["share"] for b in data["star"].values())
    assert shares == pytest.approx(1.0, abs=0.02)


def test_grade_round_trips_through_its_json() -> None:
    grade = RulesGrader().grade(POSITIVE["rescue_narrative"])
    assert Grade.from_dict(json.loads(json.dumps(grade.to_dict()))) == grade


@pytest.mark.parametrize(
    ("seconds", "band"),
    [(0, "thin"), (74, "thin"), (75, "short"), (89, "short"), (90, "ideal"), (110, "ideal"), (111, "long"),
     (120, "long"), (121, "too_long")],
)
def test_length_bands_follow_the_rubric(seconds: int, band: str) -> None:
    assert length_band(seconds) == band


def test_spoken_seconds_uses_the_rate() -> None:
    assert spoken_seconds(150) == 60
    assert spoken_seconds(150, wpm=100) == 90
    with pytest.raises(ValueError):
        spoken_seconds(10, wpm=0)
