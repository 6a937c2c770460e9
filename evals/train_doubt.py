"""Train the doubt reader and write interviewer/grading/learned_doubt.json.

The hybrid grader lets no pass rest on a quote that reads like a word to the grader (llm/hybrid.py,
`Screen.supports`), and the screen lets a fragment beside a set-aside sentence go with it when it reads so. The
injection reader (evals/train_injection.py) learned only the sentences the screen's rules already set aside, so it
doubts what they name and little else: an attempt told as part of the story ("my director said it was the most honest
post-mortem she had read", "the form cut off the part about the checklist I introduced") was never among its
positives. This reader learns every sentence of every attempt the tuning corpora hold, whatever the screen makes of
it, since each was written to steer the grade.

It is a logistic regression over one sentence, lowercased as the screen reads it, like the injection reader, but
it reads two things side by side, each tf-idf weighted and normalised on its own: the word unigrams and bigrams, and
the character 2- to 4-grams inside words (CHARS; `learned.char_grams`). The characters carry what the words miss
on a writer the reader never saw: the stems of a word family ("evaluat-", "assess-", "grad-") in any inflection,
spellings and word-joins of its own, and the look of another script. Measured before the change, with a reader
trained without injections23-32 and the attempts of those ten corpora the screen had missed on arrival (185): words
alone doubted 160 of them at the 1% level, words and characters 170 (and 175 against 170 at 2%), at the same share
of dev story sentences. It reads:
- positives: every sentence of four words or more of every attempt in `tests/data/injections*.jsonl` and
  `tests/data/injections*/injections.jsonl` (each attempt read alone), the held-out corpus `injections4/` excepted,
  and the attempts of `evals/datasets/injection_reader/positives*.jsonl`;
- negatives: every sentence of those corpora's base answers, of the `dev` replies not labelled `prompt_injection`,
  and the hard negatives of `evals/datasets/injection_reader/negatives*.jsonl`.

Neither `test`, `fresh` nor the held-out corpus is read. Folds are grouped by attempt and by answer. Its one level is
the doubt: the out-of-fold probability that 1% of dev story sentences reach (a quote from those is no evidence for a
pass, and the hybrid keeps the engine's verdict for that test). On its own it sets nothing aside.

`--by-corpus` also reports, for each corpus, the share of its attempts' sentences doubted by a reader trained without
that corpus (at that reader's own doubt level): what the reader does on a writer it never saw.

Run: pip install scikit-learn && python evals/train_doubt.py [--by-corpus]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from interviewer.evaluation import load_cases
from interviewer.grading.learned import CHAR_TERM, MIN_INJECTION_WORDS, TOKEN, char_grams, encode_table
from interviewer.grading.text import Reply

_TOKEN = re.compile(TOKEN)
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "interviewer" / "grading" / "learned_doubt.json"
DATA = ROOT / "tests" / "data"
READER = ROOT / "evals" / "datasets" / "injection_reader"
HELD_OUT = "injections4"
C = 4.0
DOUBTED_STORY_SHARE = 0.01
CHARS = (2, 4)


def _lines(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


WITHOUT: set[str] = set()


def corpora() -> list[tuple[str, Path, Path]]:
    """The tuning corpora: (name, attempts, bases), the held-out one and any left out by --without excepted."""
    found = [("injections", DATA / "injections.jsonl", DATA / "injection_bases.jsonl")]
    for folder in sorted(DATA.glob("injections*/"), key=lambda p: int(p.name.removeprefix("injections") or 0)):
        if folder.name not in {HELD_OUT, *WITHOUT} and (folder / "injections.jsonl").is_file():
            found.append((folder.name, folder / "injections.jsonl", folder / "bases.jsonl"))
    return found


class Data:
    def __init__(self) -> None:
        self.texts: list[str] = []
        self.labels: list[bool] = []
        self.groups: list[str] = []
        self.dev: list[bool] = []
        self.corpus: list[str] = []

    def add(self, text: str, positive: bool, group: str, *, dev: bool = False, corpus: str = "") -> None:
        if len(_TOKEN.findall(text)) < MIN_INJECTION_WORDS:
            return  # the reader never reads so short a sentence
        self.texts.append(text)
        self.labels.append(positive)
        self.groups.append(group)
        self.dev.append(dev)
        self.corpus.append(corpus)


def data() -> Data:
    d = Data()
    for name, attempts, bases in corpora():
        for a in _lines(attempts):
            if a["kind"] == "homoglyph_brag":  # an evasion of the humble-brag rules, not an attempt to steer
                continue
            for s in Reply(a["text"]).sentences:
                d.add(s.low, True, a["id"], corpus=name)
        for b in _lines(bases):
            for s in Reply(b["answer"]).sentences:
                d.add(s.low, False, b["id"], corpus=name)
    for path in sorted(READER.glob("*.jsonl")):
        positive = path.name.startswith("positives")
        for line in _lines(path):
            for s in Reply(line["text"]).sentences:
                d.add(s.low, positive, line["id"])
    for case in load_cases(split="dev"):
        if "prompt_injection" in case.flags:
            continue
        for s in Reply(case.answer).sentences:
            d.add(s.low, False, case.id, dev=True)
    return d


def _model() -> LogisticRegression:
    return LogisticRegression(C=C, class_weight="balanced", max_iter=4000)


class Vectoriser:
    """Words and characters side by side, each l2-normalised on its own (what `learned._probability` computes)."""

    def __init__(self) -> None:
        self.words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, token_pattern=TOKEN)
        self.chars = TfidfVectorizer(analyzer=lambda s: char_grams(s, *CHARS), min_df=3, sublinear_tf=True)

    def fit_transform(self, texts: list[str]) -> csr_matrix:
        return hstack([self.words.fit_transform(texts), self.chars.fit_transform(texts)]).tocsr()

    def transform(self, texts: list[str]) -> csr_matrix:
        return hstack([self.words.transform(texts), self.chars.transform(texts)]).tocsr()

    def terms(self) -> list[tuple[str, int, float]]:
        """(the term as the weights file names it, its column, its idf)."""
        offset = len(self.words.vocabulary_)
        return ([(t, i, float(self.words.idf_[i])) for t, i in self.words.vocabulary_.items()]
                + [(CHAR_TERM + t, offset + i, float(self.chars.idf_[i])) for t, i in self.chars.vocabulary_.items()])


def _doubt(texts: list[str], y: np.ndarray, groups: list[str], dev: np.ndarray) -> tuple[Vectoriser, float, np.ndarray]:
    """The vectoriser, the doubt level (1% of dev story sentences out of fold) and the out-of-fold probabilities."""
    vec = Vectoriser()
    x = vec.fit_transform(texts)
    oof = np.zeros(len(texts))
    for train, held in GroupKFold(5).split(x, y, groups):
        oof[held] = _model().fit(x[train], y[train]).predict_proba(x[held])[:, 1]
    story = np.sort(oof[dev & ~y])[::-1]
    return vec, round(float(max(0.2, story[int(len(story) * DOUBTED_STORY_SHARE)])), 3), oof


def by_corpus(d: Data) -> None:
    """Each corpus's attempts read by a reader trained without that corpus."""
    y, dev, corpus = np.array(d.labels), np.array(d.dev), np.array(d.corpus)
    for name, _, _ in corpora():
        keep = corpus != name
        texts = [t for t, k in zip(d.texts, keep, strict=True) if k]
        groups = [g for g, k in zip(d.groups, keep, strict=True) if k]
        vec, doubt, _ = _doubt(texts, y[keep], groups, dev[keep])
        model = _model().fit(vec.transform(texts), y[keep])
        mine = [t for t, c, label in zip(d.texts, corpus, y, strict=True) if c == name and label]
        share = float(np.mean(model.predict_proba(vec.transform(mine))[:, 1] >= doubt))
        print(f"  {name}: {share:.1%} of {len(mine)} attempt sentences doubted by a reader that never saw them")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--by-corpus", action="store_true", help="also read each corpus with a reader trained without it")
    parser.add_argument("--without", action="append", default=[], metavar="FOLDER",
                        help="leave a corpus out (e.g. injections16), to measure the reader on it afterwards")
    args = parser.parse_args()
    WITHOUT.update(args.without)
    d = data()
    y, dev = np.array(d.labels), np.array(d.dev)
    vec, doubt, oof = _doubt(d.texts, y, d.groups, dev)
    hard = np.array([g.startswith("neg") and not label for g, label in zip(d.groups, y, strict=True)])
    print(f"{int(y.sum())} attempt sentences, {int((~y).sum())} story sentences ({int(dev.sum())} from dev)")
    print(f"doubt at {doubt}: out of fold {float(np.mean(oof[y] >= doubt)):.1%} of attempt sentences, "
          f"{float(np.mean(oof[dev & ~y] >= doubt)):.1%} of dev story sentences, "
          f"{int(np.sum(oof[hard] >= doubt))} of {int(hard.sum())} hard negatives")
    if args.by_corpus:
        by_corpus(d)
    model = _model().fit(vec.transform(d.texts), y)
    found = sorted(vec.terms())
    terms = [t for t, _, _ in found]
    rows = [[idf, float(model.coef_[0][column])] for _, column, idf in found]
    weights = {"doubt": doubt, "intercept": round(float(model.intercept_[0]), 5), "chars": list(CHARS),
               **encode_table(terms, rows)}
    OUT.write_text(json.dumps(weights, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(terms)} terms -> {OUT}")


if __name__ == "__main__":
    main()
