"""Train the person-name model shipped in claims/extract/data/name_model.json.

    python benchmarks/train_name_model.py            # train on wikigold, write the model, print held-out figures

The candidates are exactly the capitalised runs the extractor would ask the model about (titles
and sentence words peeled off, organisations and places already ruled out), read from the
wikigold corpus (145 Wikipedia openings, people marked by hand; CC BY 4.0, Balasuriya, Ringland,
Nothman, Murphy and Curran 2009). A run is a name when it lies inside a labelled person and ends
where the person's name ends. The model is a logistic regression fitted by stochastic gradient
descent with L2 regularisation: small, fast, and readable as a table of weights. The Wikinews
corpus is never trained on: it stays unseen, for benchmarks/accuracy.py.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from factdesk.claims.extract.lexicon import default_lexicon  # noqa: E402
from factdesk.claims.extract.name_model import MODEL_FILE, NameModel, RunContext, features  # noqa: E402
from factdesk.claims.extract.people import PeopleFinder  # noqa: E402
from factdesk.claims.sentences import split_sentences  # noqa: E402

from benchmarks.corpora import LabelledText, wikigold  # noqa: E402

FALSE_COST = 2.0  # a person claimed wrongly costs a reviewer's trust twice what a person missed costs
# Held-out scores this close are a tie: half a standard error of recall over wikigold's 528 people
# (sqrt(0.76 * 0.24 / 528) = 0.019). The score is flat over a wide band of thresholds, and the best of a
# flat band moves with any change to the candidates; the lowest tied threshold finds more people.
TIE = 0.01
OUTPUT = HERE.parent / "claims" / "extract" / "data" / MODEL_FILE


class _Recorder(NameModel):
    """A model that says no to every run and remembers what it was asked."""

    def __init__(self) -> None:
        super().__init__({}, 1.0)
        object.__setattr__(self, "asked", [])

    def weigh(self, run: RunContext) -> float:
        self.asked.append(run)  # type: ignore[attr-defined]
        return 0.0


def examples(documents: list[LabelledText]) -> list[tuple[str, list[str], int]]:
    """(document, features, 1 if a person's name else 0) for every run the extractor would weigh."""
    out = []
    for document in documents:
        recorder = _Recorder()
        PeopleFinder(default_lexicon(), recorder).find(document.text, split_sentences(document.text))
        for run in recorder.asked:  # type: ignore[attr-defined]
            is_person = any(start <= run.start and run.end == end for start, end in document.person_spans)
            out.append((document.name, features(run), int(is_person)))
    return out


def fit(
    data: list[tuple[str, list[str], int]], epochs: int = 30, rate: float = 0.2, l2: float = 1e-4, seed: int = 7
) -> dict[str, float]:
    """Logistic regression by SGD; features seen fewer than twice are left out (they would only memorise)."""
    counts = Counter(name for _, names, _ in data for name in set(names))
    kept = [([name for name in names if counts[name] >= 2], label) for _, names, label in data]
    weights: dict[str, float] = {}
    order = list(range(len(kept)))
    generator = random.Random(seed)
    for epoch in range(epochs):
        generator.shuffle(order)
        step = rate / (1 + epoch)
        for index in order:
            names, label = kept[index]
            total = sum(weights.get(name, 0.0) for name in names)
            predicted = 1 / (1 + math.exp(-max(-30, min(30, total))))
            gradient = predicted - label
            for name in names:
                weight = weights.get(name, 0.0)
                weights[name] = weight - step * (gradient + l2 * weight)
    return {name: round(weight, 4) for name, weight in weights.items() if abs(weight) >= 0.005}


def choose_threshold_by_article(
    documents: list[LabelledText], data: list[tuple[str, list[str], int]], folds: int = 5
) -> tuple[float, float, float]:
    """The lowest threshold whose recall less FALSE_COST times the false rate, in held-out articles and
    averaged with the neighbouring thresholds', ties with the best (within TIE).

    Each fold's articles are read by a model trained without them, exactly as the extractor reads an
    article (a name believed once is believed everywhere; lists), and scored as the benchmark scores.
    """
    from benchmarks.accuracy import score_people

    names = sorted(document.name for document in documents)
    thresholds = [step / 100 for step in range(30, 86, 5)]
    found: dict[float, dict[str, list[dict]]] = {threshold: {} for threshold in thresholds}
    for fold in range(folds):
        held = set(names[fold::folds])
        weights = fit([row for row in data if row[0] not in held])
        for threshold in thresholds:
            finder = PeopleFinder(default_lexicon(), NameModel(weights, threshold))
            for document in documents:
                if document.name in held:
                    people = finder.find(document.text, split_sentences(document.text)).names
                    found[threshold][document.name] = [
                        {"kind": "person", "text": p.name, "fields": {"name": p.name}} for p in people
                    ]
    scored = []
    for threshold in thresholds:
        score = score_people(documents, found[threshold])
        print(f"  threshold {threshold:.2f}: recall {score.recall:.3f}, false {score.false_rate:.3f}")
        if threshold == 0.6 and os.environ.get("SHOW_FALSE"):
            print("\n".join(score.false_examples or []))
        scored.append((score.recall - FALSE_COST * score.false_rate, threshold, score.recall, score.false_rate))
    # each threshold's score is averaged with its neighbours': one threshold's spike is noise, not a peak
    smoothed = [
        (sum(row[0] for row in scored[max(0, at - 1) : at + 2]) / len(scored[max(0, at - 1) : at + 2]), *row[1:])
        for at, row in enumerate(scored)
    ]
    best = max(score for score, *_ in smoothed)
    _, threshold, recall, false_rate = min((row for row in smoothed if row[0] >= best - TIE), key=lambda row: row[1])
    return threshold, recall, false_rate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    documents = wikigold()
    data = examples(documents)
    positives = sum(label for _, _, label in data)
    print(f"{len(data)} candidate runs from wikigold, {positives} of them names")
    threshold, recall, false_rate = choose_threshold_by_article(documents, data)
    print(f"5-fold held out, per article: threshold {threshold:.2f}, people found {recall:.3f}, false {false_rate:.3f}")
    weights = fit(data)
    args.output.write_text(
        json.dumps(
            {
                "about": "Person-name model for factdesk (claims/extract/name_model.py), trained by "
                "benchmarks/train_name_model.py on wikigold (CC BY 4.0; Balasuriya et al. 2009).",
                "threshold": threshold,
                "weights": dict(sorted(weights.items())),
            },
            indent=0,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(weights)} weights written to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
