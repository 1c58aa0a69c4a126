"""Check the accuracy-benchmark labels: every label's text[start:end] must equal its `written`.

Usage: python benchmarks/accuracy/check_labels.py [labels/STEM.yaml ...]
With no arguments it checks every labels/*.yaml. Exit 1 if any label is wrong.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus/wikinews")
KINDS = ("roles", "votes", "quantities")


def check(path: Path) -> list[str]:
    problems: list[str] = []
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        return [f"{path.name}: not a mapping"]
    for key in data:
        if key not in ("article", "date", *KINDS):
            problems.append(f"{path.name}: unknown key {key!r}")
    article = CORPUS / str(data.get("article", ""))
    if not article.is_file():
        return [*problems, f"{path.name}: article {article} not found"]
    text = article.read_text(encoding="utf-8")
    for kind in KINDS:
        items = data.get(kind)
        if items is None:
            problems.append(f"{path.name}: missing {kind!r} (write {kind}: [] if none)")
            continue
        for i, item in enumerate(items):
            where = f"{path.name}: {kind}[{i}]"
            if not isinstance(item, dict) or not all(k in item for k in ("written", "start", "end")):
                problems.append(f"{where}: needs written, start and end")
                continue
            start, end, written = item["start"], item["end"], str(item["written"])
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
                problems.append(f"{where}: bad offsets {start}..{end}")
            elif text[start:end] != written:
                problems.append(f"{where}: text[{start}:{end}] is {text[start:end]!r}, not {written!r}")
    return problems


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted((HERE / "labels").glob("*.yaml"))
    problems: list[str] = []
    counts = 0
    for path in paths:
        found = check(path)
        problems += found
        counts += 1
    for problem in problems:
        print(problem)
    print(f"{counts} label file(s), {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
