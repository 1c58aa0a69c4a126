"""Score factdesk on articles it has never seen, with errors planted by hand.

A set is a folder of article folders, each holding `article.txt` (true facts), `date.txt`,
`store.yaml` (the true facts with their sources) and `plants.yaml` (errors to plant one at a time:
`kind`, `find` — text that occurs once in the article —, `replace`, `right`). Such sets are written by
testers who have not read the code, and are kept out of the repository until they have been measured,
so that the first run is a measure of news in general rather than of rules fitted to them.

Each plant makes one variant of the article; it is CAUGHT when a claim over the planted words is
`disputed` for a reason the untouched article does not already give. Claims disputed on the untouched
article are false alarms (the store is true).

    python benchmarks/unseen.py SET [SET ...] [--misses FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import ModuleType

import yaml
from factdesk.claims.model import Verdict


def _planting_module() -> ModuleType:
    """benchmarks/accuracy/planting.py, by path: its folder shares its name with benchmarks/accuracy.py."""
    path = Path(__file__).resolve().parent / "accuracy" / "planting.py"
    spec = importlib.util.spec_from_file_location("planting", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["planting"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


Checker = _planting_module().Checker


def score_article(folder: Path, misses: list[str]) -> tuple[Counter[str], Counter[str], int, int]:
    """(planted per kind, caught per kind, disputed untouched claims, untouched claims) for one article."""
    text = (folder / "article.txt").read_text(encoding="utf-8")
    on = dt.date.fromisoformat((folder / "date.txt").read_text(encoding="utf-8").strip())
    plants = yaml.safe_load((folder / "plants.yaml").read_text(encoding="utf-8")) or []
    with tempfile.TemporaryDirectory() as store:  # the store is store.yaml alone, not plants.yaml beside it
        shutil.copy(folder / "store.yaml", store)
        checker = Checker.for_store(Path(store))
    untouched = checker.check(text, on)
    standing = {(c.kind, s.reason) for c, s in untouched if s.verdict is Verdict.DISPUTED}
    for claim, suggestion in untouched:
        if suggestion.verdict is Verdict.DISPUTED:
            misses.append(f"ALARM {folder.name}: {claim.kind.value} {claim.text!r}: {suggestion.reason}")
    planted: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    for plant in plants:
        kind, find, replace = str(plant["kind"]), str(plant["find"]), str(plant["replace"])
        if text.count(find) != 1:
            misses.append(f"SKIPPED {folder.name}: {find!r} occurs {text.count(find)} times")
            continue
        start = text.index(find)
        variant = text[:start] + replace + text[start + len(find) :]
        end = start + len(replace)
        planted[kind] += 1
        over = [(c, s) for c, s in checker.check(variant, on) if c.start < end and start < c.end]
        if any(s.verdict is Verdict.DISPUTED and (c.kind, s.reason) not in standing for c, s in over):
            caught[kind] += 1
            continue
        seen = "; ".join(f"{c.kind.value} {c.text!r} {s.verdict.value}: {s.reason}" for c, s in over) or "no claim"
        misses.append(f"MISS {folder.name} {kind}: {find!r} -> {replace!r} (right {plant.get('right')!r}) | {seen}")
    disputed = sum(s.verdict is Verdict.DISPUTED for _, s in untouched)
    return planted, caught, disputed, len(untouched)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--misses", type=Path, help="write every miss and false alarm to this file")
    args = parser.parse_args()
    misses: list[str] = []
    totals = [Counter[str](), Counter[str](), 0, 0]
    print("| set | caught / planted | disputed untouched / claims |")
    print("| --- | --- | --- |")
    for folder in args.sets:
        planted, caught, disputed, claims = Counter[str](), Counter[str](), 0, 0
        for article in sorted(p.parent for p in folder.glob("*/plants.yaml")):
            p, c, d, n = score_article(article, misses)
            planted, caught, disputed, claims = planted + p, caught + c, disputed + d, claims + n
        print(f"| {folder.name} | {sum(caught.values())}/{sum(planted.values())} | {disputed}/{claims} |")
        totals = [totals[0] + planted, totals[1] + caught, totals[2] + disputed, totals[3] + claims]
    planted, caught = totals[0], totals[1]
    print(f"| all | {sum(caught.values())}/{sum(planted.values())} | {totals[2]}/{totals[3]} |\n")
    print("| kind | caught / planted |\n| --- | --- |")
    for kind in sorted(planted):
        print(f"| {kind} | {caught[kind]}/{planted[kind]} |")
    if args.misses:
        args.misses.write_text("\n".join(misses) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
