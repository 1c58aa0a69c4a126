"""One benchmark stage at one size, run in its own process so its peak memory is its own.

Prints one JSON object: {"seconds", "baseline_seconds", "items", "unit", "note"}.
Called by benchmarks/run.py; not meant to be run by hand.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import yaml
from rapidfuzz import fuzz, process


def timed(function, *args):
    started = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - started, result


def stage_load(store: Path) -> dict:
    from factdesk.sources.store import load_store

    def baseline() -> int:
        count = 0
        for path in sorted(store.glob("*.yaml")):
            document = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
            count += sum(len(v) for v in document.values())
        return count

    base_seconds, _ = timed(baseline)
    with tempfile.TemporaryDirectory() as cache:  # a cache of its own: the first load is cold
        os.environ["FACTDESK_CACHE_DIR"] = cache
        seconds, loaded = timed(load_store, store)
        warm_seconds, _ = timed(load_store, store)
    return {
        "seconds": seconds,
        "baseline_seconds": base_seconds,
        "baseline": "PyYAML SafeLoader, no validation",
        "items": loaded.entry_count,
        "unit": "entries",
        "note": f"second load (cache) {warm_seconds:.3f} s; {len(loaded.problems)} problems",
    }


def stage_extract(article: Path) -> dict:
    from factdesk.claims.dates import DATE_PATTERN
    from factdesk.claims.extract import extract_claims
    from factdesk.claims.extract.lexicon import Lexicon
    from factdesk.claims.extract.quantities import _QUANTITY
    from factdesk.claims.extract.votes.tallies import TALLIES as _TALLIES

    text = article.read_text(encoding="utf-8")
    words = len(text.split())
    titles = re.compile(rf"\b(?:{Lexicon().title_pattern()})\s+[A-Z]\w+\s+[A-Z]\w+")
    names = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")

    def baseline() -> int:  # the same kinds of pattern, as a plain loop of re searches
        return sum(
            1
            for pattern in (titles, names, _QUANTITY, DATE_PATTERN, *(tally for tally, _ in _TALLIES))
            for _ in pattern.finditer(text)
        )

    base_seconds, _ = timed(baseline)
    first_seconds, _ = timed(extract_claims, text)  # includes compiling the patterns, once per process
    runs = max(1, math.ceil(0.5 / max(first_seconds, 1e-3)))  # a short article is timed over several runs
    seconds, claims = timed(lambda: [extract_claims(text) for _ in range(runs)][-1])
    seconds /= runs
    return {
        "seconds": seconds,
        "baseline_seconds": base_seconds,
        "baseline": "plain regex loop, same patterns",
        "items": words,
        "unit": "words",
        "note": f"{len(claims)} claims; mean of {runs} run(s); first run in the process {first_seconds:.3f} s",
    }


def stage_check(store: Path, article: Path) -> dict:
    from factdesk.claims.check import check_claims
    from factdesk.claims.desk import lexicon_for
    from factdesk.claims.extract import extract_claims
    from factdesk.sources.index import StoreIndex
    from factdesk.sources.store import load_store
    from factdesk.sources.text import fold

    index = StoreIndex(load_store(store))
    claims = extract_claims(article.read_text(encoding="utf-8"), lexicon_for(index.store))[:1000]
    index_seconds = 0.0
    seconds, _ = timed(check_claims, claims, index, None)
    register = [fold(spelling) for person in index.store.people for spelling in person.spellings]
    excerpts = [excerpt for source in index.store.sources.values() for excerpt in source.excerpts]
    people = [claim.fields["name"] for claim in claims if claim.kind.value == "person"]

    def brute() -> list:
        name_scores = process.cdist([fold(n) for n in people], register, scorer=fuzz.token_sort_ratio, workers=1)
        process.cdist([c.sentence for c in claims], excerpts, scorer=fuzz.token_set_ratio, workers=1)
        return name_scores

    base_seconds, name_scores = timed(brute)
    agree = 0
    for row, name in zip(name_scores, people, strict=True):
        best = float(row.max()) if len(row) else 0.0
        found = index.find_person(name, limit=1)
        agree += (found[0].score if found else 0.0) >= best - 1e-6 or best < 70
    share = f"{agree}/{len(people)} person claims have the brute-force best score"
    return {
        "seconds": seconds + index_seconds,
        "baseline_seconds": base_seconds,
        "baseline": "brute-force rapidfuzz cdist",
        "items": len(claims),
        "unit": "claims",
        "note": share,
    }


def stage_app(store: Path, article: Path, review: Path) -> dict:
    from factdesk.tui.app import FactdeskApp
    from factdesk.tui.screens.review import ReviewScreen
    from factdesk.tui.widgets.claims_table import ClaimsTable

    review.unlink(missing_ok=True)

    journal = review.with_name(review.name + ".journal")

    def stamp() -> tuple[int, int]:
        """The review file's and its journal's mtimes: a large review saves by appending to the journal."""
        return tuple(path.stat().st_mtime_ns if path.exists() else 0 for path in (review, journal))

    def saved_after(before: tuple[int, int], deadline: float) -> float | None:
        """Poll from another thread: the moment either file changes (the app's loop is busy)."""
        while time.perf_counter() < deadline:
            try:
                if stamp() != before:
                    return time.perf_counter()
            except FileNotFoundError:
                pass
            time.sleep(0.0002)
        return None

    async def session() -> tuple[float, float, list[float], int]:
        app = FactdeskApp(article, store, review=review, reviewer="bench")
        started = time.perf_counter()
        async with app.run_test(size=(160, 45)) as pilot:
            while not (isinstance(app.screen, ReviewScreen) and app.screen.shown_at):
                await asyncio.sleep(0.002)
            first_screen = app.screen.shown_at - started
            while app.screen.checking is not None:  # then wait for every suggestion, and time that too
                await asyncio.sleep(0.01)
            checked = time.perf_counter() - started
            rows = app.screen.query_one(ClaimsTable).row_count
            latencies = []
            loop = asyncio.get_running_loop()
            for number in range(int(os.environ.get("FACTDESK_BENCH_PRESSES", "200"))):
                before = stamp()
                watcher = loop.run_in_executor(None, saved_after, before, time.perf_counter() + 5)
                pressed = time.perf_counter()
                await pilot.press("vdu"[number % 3])
                saved = await watcher
                latencies.append((saved or time.perf_counter()) - pressed)
        return first_screen, checked, latencies, rows

    first_screen, checked, latencies, rows = asyncio.run(session())
    p95 = statistics.quantiles(latencies, n=20)[-1]
    note = (
        f"time is to the first frame; all suggestions in {checked:.1f} s; key to saved file: "
        f"p50 {statistics.median(latencies) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms"
    )
    return {
        "seconds": first_screen,
        "baseline_seconds": None,
        "items": rows,
        "unit": "claims",
        "note": note,
        "p95_seconds": p95,
    }


def stage_report(store: Path, article: Path, review: Path, report_format: str) -> dict:
    from factdesk.claims.desk import prepare_check
    from factdesk.claims.model import Verdict
    from factdesk.claims.report import render_report
    from factdesk.claims.review import ReviewSession

    if not review.exists():
        session = ReviewSession.open(prepare_check(article, store), review, "bench")
        session.mark_many(
            {
                record.claim.id: list(Verdict)[number % 3]
                for number, record in enumerate(session.ordered())
                if number % 4
            }
        )
        session.close()
    from factdesk.claims.review import read_review_file
    from factdesk.sources.store import load_store

    document = read_review_file(review)
    loaded = load_store(store)
    from factdesk.claims.report import Publisher

    publisher = Publisher("bench", "https://bench.example")  # ClaimReview names who publishes it
    seconds, (text, _skipped) = timed(
        lambda: render_report(document, report_format, store=loaded, generated="x", publisher=publisher)
    )
    return {
        "seconds": seconds,
        "baseline_seconds": None,
        "items": len(document["claims"]),
        "unit": "claims",
        "note": f"{len(text) // 1024} KiB",
    }


if __name__ == "__main__":
    from factdesk.base.collector import collect_rarely

    collect_rarely()  # as `factdesk`'s entry point does before any work (baselines run under it too)
    name, *arguments = sys.argv[1:]
    paths = [Path(argument) for argument in arguments]
    stages = {"load": stage_load, "extract": stage_extract, "check": stage_check, "app": stage_app}
    if name == "report":
        result = stage_report(paths[0], paths[1], paths[2], arguments[3])
    else:
        result = stages[name](*paths)
    print(json.dumps(result))
