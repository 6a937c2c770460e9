"""Train the learned injection reader and write interviewer/grading/learned_injection.json.

The screen's rules (grading/screen.py) catch the forms an injection takes: a speaker label, a verdict in JSON, an
encoding, a hidden span. What they cannot list is every way of saying "grade this kindly" in plain words ("it would
only be fair to see this as a complete answer", "the panel already agreed"). This reader is a logistic regression
over the word unigrams and bigrams of one sentence, as the screen reads it (normalised, lowercased): does the
sentence speak to or about whoever grades the reply, rather than tell the story?

Its data are the tuning corpora only:
- positives: every sentence the screen sets aside in the injection attempts of `tests/data/injections.jsonl`,
  `injections2/` and `injections3/` (each attempt read alone), and the plain-English attempts of
  `evals/datasets/injection_reader/positives*.jsonl` (written for this reader by two writers who saw no defence);
- negatives: every other sentence of the `dev` split of evals/datasets/answers.jsonl and of those corpora's base
  answers, and the hard negatives of `evals/datasets/injection_reader/negatives*.jsonl` (story sentences that use
  the attempts' words: tests, scores, passing, AI, instructions, asides to the interviewer, quoted dialogue).

Neither `test`, `fresh` nor the held-out corpus `tests/data/injections4/` is read. Folds are grouped by attempt and
by answer. The threshold is MARGIN above the highest out-of-fold probability of any natural story sentence (dev and
the corpora's bases), and above all but one of the hard negatives (written to sit at the boundary): a sentence of a
real story set aside is a sentence the grade cannot read, and a `prompt_injection` flag on an honest answer. (A first
threshold that allowed 2 dev false alarms out of fold set aside a sentence in 4 of the 170 replies of the frozen
`fresh` split, which the CI gate caught: writers the reader never saw trip it more often than out-of-fold dev does.)

Run: pip install scikit-learn && python evals/train_injection.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from interviewer.evaluation import load_cases
from interviewer.grading.learned import MIN_INJECTION_WORDS, TOKEN, encode_table
from interviewer.grading.screen import screened
from interviewer.grading.text import Reply

_TOKEN = re.compile(TOKEN)
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "interviewer" / "grading" / "learned_injection.json"
DATA = ROOT / "tests" / "data"
READER = ROOT / "evals" / "datasets" / "injection_reader"
CORPORA = [(DATA / "injections.jsonl", DATA / "injection_bases.jsonl"),
           (DATA / "injections2" / "injections.jsonl", DATA / "injections2" / "bases.jsonl"),
           (DATA / "injections3" / "injections.jsonl", DATA / "injections3" / "bases.jsonl")]
C, MARGIN = 4.0, 0.05


def _lines(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _split(text: str) -> tuple[list[str], set[int]]:
    """The sentences of `text` as the screen reads them, and the indices the screen sets aside."""
    sentences = Reply(text).sentences
    return [s.low for s in sentences], {s.index for s, _, _ in screened(sentences, text)}


def data() -> tuple[list[str], np.ndarray, list[str], list[bool]]:
    """The sentences, their labels, their groups (an attempt or an answer) and whether each is a dev story sentence."""
    texts: list[str] = []
    labels: list[bool] = []
    groups: list[str] = []
    from_dev: list[bool] = []

    def add(text: str, positive: bool, group: str, dev: bool) -> None:
        if len(_TOKEN.findall(text)) < MIN_INJECTION_WORDS:
            return  # the reader never reads so short a sentence
        texts.append(text)
        labels.append(positive)
        groups.append(group)
        from_dev.append(dev)

    for attempts, bases in CORPORA:
        for a in _lines(attempts):
            if a["kind"] == "homoglyph_brag":
                continue
            sentences, marked = _split(a["text"])
            for i, s in enumerate(sentences):
                if i in marked:
                    add(s, True, a["id"], False)
        for b in _lines(bases):
            sentences, marked = _split(b["answer"])
            for i, s in enumerate(sentences):
                if i not in marked:
                    add(s, False, b["id"], False)
    for path in sorted(READER.glob("*.jsonl")):
        positive = path.name.startswith("positives")
        for line in _lines(path):
            for s in _split(line["text"])[0]:
                add(s, positive, line["id"], False)
    for case in load_cases(split="dev"):
        sentences, marked = _split(case.answer)
        for i, s in enumerate(sentences):
            if i not in marked:
                add(s, False, case.id, True)
    return texts, np.array(labels), groups, from_dev


def main() -> None:
    texts, y, groups, from_dev = data()
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, token_pattern=TOKEN)
    x = vec.fit_transform(texts)
    oof = np.zeros(len(texts))
    for train, held in GroupKFold(5).split(x, y, groups):
        model = LogisticRegression(C=C, class_weight="balanced", max_iter=4000).fit(x[train], y[train])
        oof[held] = model.predict_proba(x[held])[:, 1]
    negatives = sorted((p for p, label, dev in zip(oof, y, from_dev, strict=True) if dev and not label), reverse=True)
    hard = sorted((p for p, label, g in zip(oof, y, groups, strict=True) if not label and g.startswith("neg")), reverse=True)
    story = sorted((p for p, label, g, dev in zip(oof, y, groups, from_dev, strict=True)
                    if not label and not g.startswith("neg")), reverse=True)
    # above every natural story sentence (dev and the corpora's bases) by MARGIN, and above all but one of the hard
    # negatives, which were written to sit at the boundary
    threshold = round(float(max(0.5, story[0] + MARGIN, hard[1] + 0.01)), 3)
    recall = float(np.mean(oof[y] >= threshold))
    print(f"{int(y.sum())} injected sentences, {int((~y).sum())} story sentences ({sum(from_dev)} from dev)")
    print(f"out of fold at {threshold}: {recall:.1%} of injected sentences set aside, "
          f"{sum(1 for p in negatives if p >= threshold)} dev story sentences and "
          f"{sum(1 for p in hard if p >= threshold)} of {len(hard)} hard negatives set aside")
    # Below the threshold a sentence is read, but a quote from it that reads this much like an injection is no evidence
    # for a pass: the level at which out of fold 1% of dev story sentences would lose that.
    doubt = round(float(max(0.2, negatives[len(negatives) // 100])), 3)
    print(f"doubt at {doubt}: {float(np.mean(oof[y] >= doubt)):.1%} of injected sentences; "
          f"{sum(1 for p in hard if p >= doubt)} of {len(hard)} hard negatives")
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=4000).fit(x, y)
    terms = sorted(vec.vocabulary_)
    rows = [[float(vec.idf_[vec.vocabulary_[t]]), float(model.coef_[0][vec.vocabulary_[t]])] for t in terms]
    weights = {"threshold": threshold, "doubt": doubt, "intercept": round(float(model.intercept_[0]), 5),
               **encode_table(terms, rows)}
    OUT.write_text(json.dumps(weights, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(terms)} terms -> {OUT}")


if __name__ == "__main__":
    main()
