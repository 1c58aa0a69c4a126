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


def held_out(data: list[tuple[str, list[str], int]], folds: int = 5) -> list[tuple[str, float]]:
    """(document, probability, label) predictions, each made by a model that never saw its document."""
    documents = sorted({name for name, _, _ in data})
    predictions = []
    for fold in range(folds):
        test = set(documents[fold::folds])
        model = NameModel(fit([row for row in data if row[0] not in test]))
        predictions += [(model.probability(names), label) for name, names, label in data if name in test]
    return predictions


def choose_threshold(predictions: list[tuple[float, int]]) -> tuple[float, float, float]:
    """The threshold with the best F1 among those whose precision is at least 0.9 (false people cost trust)."""
    best = (0.5, 0.0, 0.0)
    best_f1 = -1.0
    positives = sum(label for _, label in predictions)
    for step in range(5, 96):
        threshold = step / 100
        taken = [label for probability, label in predictions if probability >= threshold]
        if not taken:
            continue
        precision = sum(taken) / len(taken)
        recall = sum(taken) / positives
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0
        if precision >= 0.9 and f1 > best_f1:
            best, best_f1 = (threshold, precision, recall), f1
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    data = examples(wikigold())
    positives = sum(label for _, _, label in data)
    print(f"{len(data)} candidate runs from wikigold, {positives} of them names")
    threshold, precision, recall = choose_threshold(held_out(data))
    print(f"5-fold held out, per run: threshold {threshold:.2f}, precision {precision:.3f}, recall {recall:.3f}")
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
