"""Key-to-saved latency while the checker is still filling in suggestions (run by hand).

    python benchmarks/typing_while_checking.py ARTICLE STORE [PRESSES]

Opens the real app (Pilot), waits for the first frame, then presses v/d/u while
the background checker runs and prints how long each verdict took to reach the
review file. `benchmarks/run.py` measures key-to-saved after checking; this is
the harder case, where the checker's thread competes with the desk.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factdesk.tui.app import FactdeskApp
from factdesk.tui.screens.review import ReviewScreen


def main(article: Path, store: Path, presses: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        review = Path(folder) / "bench.review.yaml"
        journal = review.with_name(review.name + ".journal")
        latencies = asyncio.run(_session(article, store, review, journal, presses))
    if not latencies:
        print("checking finished before the first key press; try a larger article or store")
        return
    print(f"{len(latencies)} verdicts while checking: p50 {statistics.median(latencies) * 1000:.0f} ms, "
          f"max {max(latencies) * 1000:.0f} ms")  # fmt: skip


def _stamp(*paths: Path) -> tuple[int, ...]:
    return tuple(path.stat().st_mtime_ns if path.exists() else 0 for path in paths)


def _saved_after(paths: tuple[Path, Path], before: tuple[int, ...], deadline: float) -> float:
    while time.perf_counter() < deadline and _stamp(*paths) == before:
        time.sleep(0.0002)
    return time.perf_counter()


async def _session(article: Path, store: Path, review: Path, journal: Path, presses: int) -> list[float]:
    app = FactdeskApp(article, store, review=review, reviewer="bench")
    latencies: list[float] = []
    loop = asyncio.get_running_loop()
    async with app.run_test(size=(160, 45)) as pilot:
        while not (isinstance(app.screen, ReviewScreen) and app.screen.shown_at):
            await asyncio.sleep(0.01)
        for number in range(presses):
            if app.screen.checking is None:
                break
            before = _stamp(review, journal)
            watcher = loop.run_in_executor(None, _saved_after, (review, journal), before, time.perf_counter() + 30)
            pressed = time.perf_counter()
            await pilot.press("vdu"[number % 3])  # returns when the app is idle: up to 2 s while checking
            latencies.append(await watcher - pressed)
        app.exit()
    return latencies


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 50)
