"""Train the learned combiner on the `dev` split and write interviewer/grading/learned_combiner.json.

For each flag, a logistic regression over what the rules read in a reply (grading/combine.py: the count of each kind
of sentence the rules found, the question answered, the rules' flags) is compared with the rules' own decision. A
flag's model is kept only where it wins twice, on `dev` alone:
- out of fold (5 folds): its F1 beats the rules' by more than MARGIN, at the regularisation and threshold that did
  best out of fold;
- on new writing: trained on the earlier dev rounds with that setting, it reads the latest rounds (LATE, written
  blind after the others) better than the rules do (a tie is no evidence, and the rules stay).
The second test is there because the rules were written against dev one case at a time, so out of fold the rules
look better than they are on writing they never saw, and a model that only matches them there may still read new
writing better (or worse). Neither `test` nor `fresh` is read.

Run: pip install scikit-learn && python evals/train_combiner.py
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from scipy.optimize import minimize
from sklearn.model_selection import StratifiedKFold

from interviewer.evaluation import load_cases
from interviewer.grading import RulesGrader
from interviewer.grading.combine import FEATURES, SIGNS, SILENT, WEIGHTS, features, quotable, stands
from interviewer.grading.questions import classify_question
from interviewer.grading.text import Reply
from interviewer.rubric import DEFAULT_WPM, FLAG_IDS, FlagId, spoken_seconds

LATE = ("dev19-", "dev20-", "dev21-")
"""The latest blind dev rounds: the stand-in for writing the rules never saw."""
MEASURING: tuple[str, ...] = ("dev22-", "dev23-")
"""Rounds written after a training to measure it on arrival, kept out of training until the next one. Stop 22's `dev20-`
measured the combiner trained through `dev19-` (0.922 / 0.837 against 0.908 / 0.818 at the start of the stop) and then
joined training; stop 23's `dev21-` (230 replies) measured the final model of stop 22 on arrival: 0.926 / 0.850, 101 of
113 good answers clean, against 0.919 / 0.841 and 98 with the combiner off. Then it joined training. `dev22-` (160
replies, written blind at the end of stop 23) measured that model on arrival: 0.935 / 0.872, 68 of 74 good answers
clean, against 0.931 / 0.862 and 67 with stop 22's model and 0.929 / 0.858 and 66 with the combiner off; it joins
training at the next retrain. `dev23-` (160 replies, written blind at the start of stop 24) measured the same model on
arrival: 0.910 / 0.837, 52 of 60 good answers clean, against 0.898 / 0.802 and 51 with the combiner off. Stop 24 retrained
with `dev22-` in training (LATE `dev20-` to `dev22-`, `dev23-` measuring) after the flag reader's retrain: it kept blame,
defensive language, rescue and too-small, and gained one flag on `dev23-` (0.921 / 0.872 -> 0.923 / 0.877), but it raised
blame over a cause the reply then owns outright (tests/test_structural_rules.py, outside causes in a list) and lost
one or two flags on `test` and `fresh`, as the stop-23 retrain had; it was not shipped, and the weights stay those of
stop 23."""
MARGIN = 0.005
GRID_C = (0.1, 0.3, 1.0, 3.0)
GRID_T = (0.3, 0.4, 0.5, 0.6, 0.7)
NOT_LEARNED = ("prompt_injection", "oversharing", "humble_brag", "minimizing")
"""The screen decides injections, and a reply past three minutes is a measurement. A strength offered as the
failure is a humble-brag whatever story surrounds it: kept at stop 22, the humble-brag model dropped the rules' flag
on a brag set inside a blame story (tests/test_injection_corpus.py, the look-alike letters that must still read as a
humble-brag), so that flag stays with the rules. Shrinking the damage is said in its own words whoever owns what: kept
at stop 23, the minimising model weighed the speaker's owned faults against the flag (a reading the rubric does not tie
to it), and an injection attempt carrying an owned sentence of its own then dropped the flag and changed the verdict
(tests/test_injection_corpus.py), so that flag stays with the rules too."""


def f1(pred: np.ndarray, gold: np.ndarray) -> float:
    tp, fp, fn = int((pred & gold).sum()), int((pred & ~gold).sum()), int((~pred & gold).sum())
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


class Model:
    """Logistic regression with an L2 penalty (C as in scikit-learn) whose weights keep the signs in SIGNS."""

    def __init__(self, flag: FlagId, c: float) -> None:
        up, down = SIGNS.get(flag, ((), ()))
        self.bounds = [(0.0, 0.0) if n in SILENT else (0.0, None) if n in up else (None, 0.0) if n in down else (None, None)
                       for n in FEATURES]
        self.bounds.append((None, None))  # the intercept
        self.c = c

    def fit(self, x: np.ndarray, y: np.ndarray) -> Model:
        t = y.astype(float)

        def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
            z = x @ w[:-1] + w[-1]
            p = 1 / (1 + np.exp(-z))
            value = float(np.sum(np.logaddexp(0, z) - t * z) + w[:-1] @ w[:-1] / (2 * self.c))
            g = p - t
            return value, np.append(x.T @ g + w[:-1] / self.c, g.sum())

        w = minimize(loss, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B", bounds=self.bounds,
                     options={"maxiter": 5000}).x
        self.coef, self.intercept = w[:-1], float(w[-1])
        return self

    def predict(self, x: np.ndarray) -> np.ndarray:
        return 1 / (1 + np.exp(-(x @ self.coef + self.intercept)))


def applied(said: np.ndarray, rules: np.ndarray, standing: np.ndarray, can_raise: np.ndarray) -> np.ndarray:
    """A model's decisions as the engine applies them (grading/combine.py): a flag it raises needs a reading to
    quote, and a rules flag that stands on a reading of STANDS_ON stays."""
    return (rules & (said | standing)) | (~rules & said & can_raise)


def fit(x: np.ndarray, y: np.ndarray, c: float, flag: FlagId) -> Model:
    return Model(flag, c).fit(x, y)


def main() -> None:
    dev = [c for c in load_cases(split="dev") if not c.id.startswith(MEASURING)]
    grader = RulesGrader()
    rows, raised, signals = [], [], []
    for case in dev:
        reply = Reply(case.answer)
        sig, flags = grader.read(reply, case.question, classify_question(case.question),
                                 spoken_seconds(reply.words, DEFAULT_WPM))
        rows.append(features(sig, flags))
        raised.append({f.id for f in flags})
        signals.append(sig)
    x = np.array(rows)
    late = np.array([c.id.startswith(LATE) for c in dev])
    models = {}
    for flag in FLAG_IDS:
        y = np.array([flag in c.flags for c in dev])
        rules = np.array([flag in r for r in raised])
        # as the engine applies a model (grading/combine.py): a flag it raises needs a reading to quote, and a rules
        # flag on a reading of STANDS_ON stays
        can_raise = np.array([quotable(flag, s) is not None for s in signals])
        standing = rules & np.array([stands(flag, s) for s in signals])

        if flag in NOT_LEARNED or y.sum() < 10:
            continue
        best = (-1.0, 0.0, 0.0)
        for c in GRID_C:
            oof = np.zeros(len(y))
            for train, held in StratifiedKFold(5, shuffle=True, random_state=0).split(x, y):
                oof[held] = fit(x[train], y[train], c, flag).predict(x[held])
            for t in GRID_T:
                best = max(best, (f1(applied(oof >= t, rules, standing, can_raise), y), c, t))
        score, c, t = best
        early = fit(x[~late], y[~late], c, flag)
        on_late = f1(applied(early.predict(x[late]) >= t, rules[late], standing[late], can_raise[late]), y[late])
        kept = score > f1(rules, y) + MARGIN and on_late > f1(rules[late], y[late])
        print(f"{flag:22s} rules {f1(rules, y):.3f} out of fold {score:.3f} (C {c}, threshold {t}); latest rounds: "
              f"rules {f1(rules[late], y[late]):.3f}, model {on_late:.3f}  {'kept' if kept else '-'}")
        if kept:
            model = fit(x, y, c, flag)
            models[flag] = {"threshold": t, "intercept": round(model.intercept, 6),
                            "weights": [round(float(w), 6) for w in model.coef]}
    WEIGHTS.write_text(json.dumps({"features": FEATURES, "models": models}, indent=1) + "\n", encoding="utf-8")
    print(f"{len(models)} flags -> {Path(WEIGHTS).name}: {', '.join(models) or 'none'}")


if __name__ == "__main__":
    main()
