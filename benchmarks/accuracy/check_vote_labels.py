"""Check the vote-corpus labels: every label's text[start:end] equals its `written`, and its fields are known.

Usage: python benchmarks/accuracy/check_vote_labels.py   (exit 1 if any label is wrong)
"""

from __future__ import annotations

from pathlib import Path

import yaml

FOLDER = Path(__file__).resolve().parent / "votes_corpus"
FIELDS = {"body", "measure", "actor", "position", "outcome", "tally", "written", "start", "end"}
POSITIONS = {"for", "against", "abstain", "veto", "absent"}
OUTCOMES = {"adopted", "rejected", "vetoed", "withdrawn"}


def check(text_path: Path) -> list[str]:
    labels_path = text_path.with_suffix(".yaml")
    if not labels_path.is_file():
        return [f"{text_path.name}: no labels file"]
    text = text_path.read_text(encoding="utf-8")
    problems = []
    for number, label in enumerate((yaml.safe_load(labels_path.read_text(encoding="utf-8")) or {}).get("votes") or []):
        where = f"{labels_path.name} #{number}"
        if set(label) - FIELDS:
            problems.append(f"{where}: unknown fields {sorted(set(label) - FIELDS)}")
        if text[label["start"] : label["end"]] != label["written"]:
            written = text[label["start"] : label["end"]]
            problems.append(f"{where}: text[{label['start']}:{label['end']}] is {written!r}")
        if label.get("position", "for") not in POSITIONS or label.get("outcome", "adopted") not in OUTCOMES:
            problems.append(f"{where}: unknown position or outcome")
        if "position" in label and "actor" not in label:
            problems.append(f"{where}: a position needs its actor")
    return problems


def main() -> int:
    texts = sorted(FOLDER.glob("*.txt"))
    problems = [problem for path in texts for problem in check(path)]
    print(*problems, sep="\n") if problems else print(f"{len(texts)} texts, every label in place")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
