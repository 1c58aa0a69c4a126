"""Vote claims scored on real public-domain text: benchmarks/accuracy/votes_corpus/ (its README says where each
text comes from). A label is found when a vote claim overlaps its words and, where the label gives them, says the
same position, outcome and tally."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

FOLDER = Path(__file__).resolve().parent / "accuracy" / "votes_corpus"


@dataclass(frozen=True)
class VoteDocument:
    name: str
    text: str
    labels: list[dict]


def documents(folder: Path = FOLDER) -> list[VoteDocument]:
    """Every text in the corpus with its labels, in name order."""
    found = []
    for path in sorted(folder.glob("*.txt")):
        labels = yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8")) or {}
        found.append(VoteDocument(path.stem, path.read_text(encoding="utf-8"), list(labels.get("votes") or [])))
    return found


def _surname(name: str) -> str:
    words = name.replace(",", " ").split()
    return words[-1].casefold() if words else ""


def matches(label: dict, claim: dict) -> bool:
    """Whether a vote claim is the labelled vote: over its words, with the same position, outcome and tally."""
    if claim["kind"] != "vote" or not (claim["start"] < label["end"] and label["start"] < claim["end"]):
        return False
    fields = claim["fields"]
    if "position" in label:
        if fields.get("position") != label["position"] or _surname(fields.get("actor", "")) != _surname(label["actor"]):
            return False
    if "outcome" in label and fields.get("outcome") != label["outcome"]:
        return False
    tally = label.get("tally")
    claimed = fields.get("tally") or {}
    return not tally or all(claimed.get(key) == value for key, value in tally.items())


@dataclass
class VoteScore:
    labelled: dict[str, int] = field(default_factory=lambda: {"position": 0, "outcome": 0})
    found: dict[str, int] = field(default_factory=lambda: {"position": 0, "outcome": 0})
    claims: int = 0
    unlabelled: int = 0  # vote claims over no labelled vote
    missed: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        labelled = sum(self.labelled.values())
        return sum(self.found.values()) / labelled if labelled else 0.0


def score(docs: Iterable[VoteDocument], claims: dict[str, list[dict]]) -> VoteScore:
    result = VoteScore()
    for document in docs:
        votes = [claim for claim in claims.get(document.name, []) if claim["kind"] == "vote"]
        for label in document.labels:
            kind = "position" if "position" in label else "outcome"
            result.labelled[kind] += 1
            if any(matches(label, claim) for claim in votes):
                result.found[kind] += 1
            else:
                said = label.get("position") or label.get("outcome")
                result.missed.append(f"{document.name}: {label['written']!r} {said}")
        result.claims += len(votes)
        result.unlabelled += sum(
            not any(claim["start"] < label["end"] and label["start"] < claim["end"] for label in document.labels)
            for claim in votes
        )
    return result


def table(rows: Iterable[tuple[str, VoteScore]]) -> list[str]:
    lines = [
        "### Votes, real text (benchmarks/accuracy/votes_corpus/: FOMC statements, Supreme Court syllabi, "
        "congress.gov actions, National Archives)",
        "",
        "Found = a vote claim over the labelled words with the same position (a named member's vote), or the same "
        "outcome and tally (a body's decision); vote claims over no label are counted too.",
        "",
        "| extractor | members' positions found | outcomes/tallies found | all found | recall | vote claims "
        "| over no label |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label, s in rows:
        total_found, total = sum(s.found.values()), sum(s.labelled.values())
        lines.append(
            f"| {label} | {s.found['position']}/{s.labelled['position']} "
            f"| {s.found['outcome']}/{s.labelled['outcome']} "
            f"| {total_found}/{total} | {s.recall:.2f} | {s.claims} | {s.unlabelled} |"
        )
    return [*lines, ""]
