"""Real, openly licensed text with people labelled, read from ../shared/corpus/ for the accuracy benchmark.

- Wikinews (16 articles of the GUM corpus; texts CC BY 2.5, labels derived from GUM's CC BY 4.0
  annotations, see corpus/wikinews/README.md and LICENSE.md): every named person with the
  forms written for them.
- wikigold (145 Wikipedia openings, CC BY 4.0; Balasuriya, Ringland, Nothman, Murphy and Curran
  2009): tokens tagged I-PER, I-ORG, I-LOC, I-MISC. Consecutive I-PER tokens are one name; the
  other tags are names that must not be taken for people.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@dataclass
class LabelledText:
    """One document and the names labelled in it."""

    name: str
    text: str
    persons: list[str]  # each distinct person once, in its fullest written form
    forms: dict[str, set[str]]  # person -> every form written for them (the name itself included)
    allowed: set[str] = field(default_factory=set)  # names that may be claimed without being counted false
    not_persons: list[str] = field(default_factory=list)  # organisations, places, other names (wikigold)
    person_spans: list[tuple[int, int]] = field(default_factory=list)  # every labelled occurrence of a person


def wikinews(folder: Path = CORPUS / "wikinews") -> list[LabelledText]:
    """The Wikinews articles, as their README describes them."""
    documents = []
    for text_path in sorted(folder.glob("GUM_news_*.txt")):
        labels = json.loads(text_path.with_suffix(".people.json").read_text(encoding="utf-8"))
        forms: dict[str, set[str]] = {person: {person} for person in labels["persons"]}
        for written, person in labels.get("mentions", {}).items():
            forms[person].add(written)
        for span in labels.get("spans", []):
            forms[span["name"]].add(span["written"])
        documents.append(
            LabelledText(
                name=text_path.stem.removeprefix("GUM_news_"),
                text=text_path.read_text(encoding="utf-8"),
                persons=list(labels["persons"]),
                forms=forms,
                allowed=set(labels.get("other_persons", [])),
                person_spans=[(span["start"], span["end"]) for span in labels.get("spans", [])],
            )
        )
    return documents


_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "'s", "'", "n't", "%", "'re", "'ve", "'ll", "'d", "'m"}
_NO_SPACE_AFTER = {"(", "[", "$"}


def wikigold(path: Path = CORPUS / "wikigold" / "wikigold.conll.txt") -> list[LabelledText]:
    """The wikigold articles, detokenised into running text (offsets are into the text built here)."""
    documents: list[LabelledText] = []
    sentences: list[list[tuple[str, str]]] = []
    sentence: list[tuple[str, str]] = []

    def close_document() -> None:
        if sentence:
            sentences.append(list(sentence))
            sentence.clear()
        if sentences:
            documents.append(_wikigold_document(f"wikigold-{len(documents) + 1:03d}", sentences))
            sentences.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            close_document()
        elif not line.strip():
            if sentence:
                sentences.append(list(sentence))
                sentence.clear()
        else:
            token, _, tag = line.rpartition(" ")
            sentence.append((token, tag))
    close_document()
    return documents


def _wikigold_document(name: str, sentences: list[list[tuple[str, str]]]) -> LabelledText:
    text = ""
    runs: dict[str, list[str]] = {"PER": [], "ORG": [], "LOC": [], "MISC": []}
    spans: list[tuple[int, int]] = []  # where each person's name stands in the text built here
    for sentence in sentences:
        if text:
            text += "\n"
        current_tag: str | None = None
        current_start = 0
        current: list[str] = []
        for token, tag in [*sentence, ("", "O")]:
            kind = tag[2:] if tag[:2] in ("I-", "B-") else None
            if kind != current_tag or tag.startswith("B-"):
                if current_tag and current:
                    runs[current_tag].append(_join(current))
                    if current_tag == "PER":
                        spans.append((current_start, len(text)))
                current_tag, current = kind, []
            if not token:
                continue
            if text and not text.endswith("\n") and token not in _NO_SPACE_BEFORE and text[-1] not in _NO_SPACE_AFTER:
                text += " "
            if kind and not current:
                current_start = len(text)
            text += token
            if kind:
                current.append(token)
    people = list(dict.fromkeys(runs["PER"]))
    # A run that is a word-for-word part of a longer run is a mention of that person ("Obama" of "Barack Obama").
    persons = [one for one in people if not any(one != other and _part_of(one, other) for other in people)]
    forms = {person: {person} for person in persons}
    for one in people:
        for person in persons:
            if one != person and _part_of(one, person):
                forms[person].add(one)
    not_persons = list(dict.fromkeys(runs["ORG"] + runs["LOC"] + runs["MISC"]))
    return LabelledText(name, text, persons, forms, not_persons=not_persons, person_spans=spans)


def _join(tokens: list[str]) -> str:
    out = ""
    for token in tokens:
        if out and token not in _NO_SPACE_BEFORE and out[-1] not in _NO_SPACE_AFTER:
            out += " "
        out += token
    return out


def _part_of(short: str, long: str) -> bool:
    words, whole = short.split(), long.split()
    return any(whole[at : at + len(words)] == words for at in range(len(whole) - len(words) + 1))
