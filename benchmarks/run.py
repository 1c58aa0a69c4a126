"""factdesk benchmarks: generate deterministic data, time every stage at several sizes, print one table.

    python benchmarks/run.py            # the full run (under ten minutes on 2 cores)
    python benchmarks/run.py --quick    # smallest sizes only (what the test suite runs)

Each stage runs in its own process; its peak memory (max RSS) is its own.
Ratios are against a baseline measured in the same run; absolute times on a
shared machine are noise. The table is also written to benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks import synth  # noqa: E402

STORES = {"1k": (1_000, 1_000, 100), "10k": (10_000, 10_000, 5_000), "50k": (50_000, 50_000, 5_000)}
ARTICLES = {"1k": 1_000, "100k": 100_000, "1M": 1_000_000}
TARGETS = {
    "load": "50k-entry store < 3 s",
    "extract": ">= 200,000 words/s, linear (synthetic news); >= 100,000 words/s on real news (Wikinews repeated)",
    "check": "1,000 claims < 2 s, faster than brute force",
    "app": "first screen < 1.5 s; key to saved p95 < 50 ms",
    "report": "5,000 claims < 1 s per format",
}


def data(folder: Path, quick: bool) -> dict[str, Path]:
    """Write (once) the stores and articles the run needs; returns their paths by name."""
    paths: dict[str, Path] = {}
    names = [person["name"] for person in synth.people(1_000)]
    for label, (people, sources, votes) in STORES.items():
        if quick and label != "1k":
            continue
        store = folder / f"store-{label}"
        if not store.exists():
            synth.write_store(store, people, sources, votes)
        paths[f"store-{label}"] = store
    for label, words in {**ARTICLES, "5k-claims": 36_000}.items():
        if quick and label != "1k":
            continue
        article = folder / f"article-{label}.txt"
        if not article.exists():
            article.write_text(synth.article(words, names), encoding="utf-8")
        paths[f"article-{label}"] = article
    corpus = sorted((HERE.parent.parent / "shared" / "corpus" / "wikinews").glob("GUM_news_*.txt"))
    if corpus:  # real news: the 16 Wikinews articles, 10 times over (about 106k words)
        article = folder / "article-wikinews.txt"
        text = "\n\n".join(path.read_text(encoding="utf-8") for path in corpus)
        article.write_text("\n\n".join([text] * (1 if quick else 10)), encoding="utf-8")
        paths["article-wikinews"] = article
    return paths


def run_stage(*arguments: str) -> dict:
    process = subprocess.Popen(
        [sys.executable, str(HERE / "stage.py"), *arguments], stdout=subprocess.PIPE, text=True, cwd=HERE.parent
    )
    output = process.stdout.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        raise SystemExit(f"stage {arguments} failed")
    result = json.loads(output.strip().splitlines()[-1])
    result["peak_mib"] = usage.ru_maxrss / 1024
    return result


def row(stage: str, size: str, result: dict) -> list[str]:
    seconds = result["seconds"]
    rate = f"{result['items'] / seconds:,.0f} {result['unit']}/s" if seconds else "—"
    base = result.get("baseline_seconds")
    baseline = f"{result.get('baseline', 'baseline')}: {base:.3f} s ({base / seconds:.1f}x)" if base else "—"
    return [stage, size, f"{seconds:.3f} s", rate, baseline, f"{result['peak_mib']:.0f} MiB", result.get("note", "")]


def against_targets(results: dict[tuple[str, str], dict]) -> list[str]:
    """One line per target: met or not, with the figure, and how time grows with size."""

    def met(ok: bool) -> str:
        return "met" if ok else "NOT met"

    def seconds(stage: str, size: str) -> float:
        return results[stage, size]["seconds"]

    lines = []
    load = results["store load, cold", "50k"]
    lines.append(f"load: {met(load['seconds'] < 3)}, {load['items']:,} entries cold in {load['seconds']:.2f} s")
    growth = seconds("store load, cold", "50k") / seconds("store load, cold", "10k")
    entries = load["items"] / results["store load, cold", "10k"]["items"]
    lines.append(f"load growth 10k -> 50k: {entries:.1f}x the entries, {growth:.1f}x the time")
    rates = {
        size: result["items"] / result["seconds"]
        for (stage, size), result in results.items()
        if stage == "extraction" and size.endswith(" words")
    }
    slowest = min(rates, key=rates.__getitem__)
    lines.append(f"extract: {met(rates[slowest] >= 200_000)}, slowest {rates[slowest]:,.0f} words/s ({slowest})")
    growth = seconds("extraction", "1M words") / seconds("extraction", "100k words")
    lines.append(f"extract growth 100k -> 1M words: 10x the words, {growth:.1f}x the time (linear: 10x)")
    real = results.get(("extraction", "Wikinews, real news"))
    if real:
        rate = real["items"] / real["seconds"]
        lines.append(f"extract, real news: {met(rate >= 100_000)}, {rate:,.0f} words/s on the Wikinews corpus repeated")
    check = next(result for (stage, _), result in results.items() if stage == "checking")
    faster = check["seconds"] < check["baseline_seconds"]
    lines.append(f"check: {met(check['seconds'] < 2 and faster)}, {check['seconds']:.2f} s; {check['note']}")
    app = next(result for (stage, _), result in results.items() if stage == "app")
    ok = app["seconds"] < 1.5 and app["p95_seconds"] < 0.05
    lines.append(
        f"app: {met(ok)}, first screen {app['seconds']:.2f} s, key to saved p95 {app['p95_seconds'] * 1000:.0f} ms"
    )
    slowest_report = max(result["seconds"] for (stage, _), result in results.items() if stage == "report")
    lines.append(f"report: {met(slowest_report < 1)}, slowest format {slowest_report:.2f} s")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smallest sizes only, no targets")
    parser.add_argument("--data", type=Path, default=HERE / "data", help="where generated data is kept")
    parser.add_argument("--results", type=Path, default=None, help="write the table here too (default: RESULTS.md)")
    args = parser.parse_args()
    started = time.perf_counter()
    if args.quick:
        os.environ["FACTDESK_BENCH_PRESSES"] = "20"
    args.data.mkdir(parents=True, exist_ok=True)
    paths = data(args.data, args.quick)
    results: dict[tuple[str, str], dict] = {}
    stores = [label for label in STORES if f"store-{label}" in paths]
    for label in stores:
        results["store load, cold", label] = run_stage("load", str(paths[f"store-{label}"]))
    for label in [label for label in ARTICLES if f"article-{label}" in paths]:
        results["extraction", label + " words"] = run_stage("extract", str(paths[f"article-{label}"]))
    if "article-wikinews" in paths:
        results["extraction", "Wikinews, real news"] = run_stage("extract", str(paths["article-wikinews"]))
    big = paths[f"store-{stores[-1]}"]
    article = paths.get("article-5k-claims", paths["article-1k"])
    results["checking", f"1k claims / {stores[-1]} store"] = run_stage("check", str(big), str(article))
    review = args.data / "bench.review.yaml"
    claims = "~5k claims" if "article-5k-claims" in paths else "1k words"
    results["app", f"{claims} / {stores[-1]} store"] = run_stage("app", str(big), str(article), str(review))
    review.unlink(missing_ok=True)
    for report_format in ("md", "html", "json", "csv", "claimreview"):
        results["report", report_format] = run_stage("report", str(big), str(article), str(review), report_format)
    review.unlink(missing_ok=True)
    rows = [row(stage, size, result) for (stage, size), result in results.items()]
    headers = ["stage", "size", "time", "throughput", "baseline, same run (ratio)", "peak memory", "note"]
    table = [headers, ["---"] * len(headers), *rows]
    text = "\n".join("| " + " | ".join(cells) + " |" for cells in table)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    print(text)
    print(f"\n{machine}; total {time.perf_counter() - started:.0f} s")
    if not args.quick:
        verdicts = "\n".join(f"- {line}" for line in against_targets(results))
        print(f"\nAgainst the targets:\n{verdicts}")
        targets = "\n".join(f"- {stage}: {target}" for stage, target in TARGETS.items())
        sizes = "; ".join(
            f"{label} = {people:,} people + {sources:,} sources + {votes:,} votes"
            for label, (people, sources, votes) in STORES.items()
        )
        targets = (
            f"Store sizes: {sizes}. A cold load of more than 4 MiB of store files spreads them over one worker "
            "process per core (here 2); peak memory is the larger of the loading process and its largest worker. "
            "Extraction runs on one core. The app and report rows use a ~36k-word article (~5,600 claims).\n\n"
            f"{targets}"
        )
        results = args.results or HERE / "RESULTS.md"
        results.write_text(
            f"# Benchmark results\n\n`python benchmarks/run.py` on {machine}, "
            f"{time.strftime('%Y-%m-%d')}.\n\n{text}\n\nAgainst the targets:\n\n{verdicts}\n\n"
            f"Targets (issue 6):\n\n{targets}\n",
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
