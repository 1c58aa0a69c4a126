"""The bundled demo: an article with planted errors and a store that catches them (package data).

It is installed once in the user's data folder (~/.local/share/factdesk/demo on Linux), so the demo's
review is reopened next time with every verdict kept; `factdesk demo --fresh` starts it over.
"""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

from factdesk.base.folders import data_folder
from factdesk.claims.lock import ReviewLock

FILES = ("article.md", "store/people.yaml", "store/unga-es-10-23.yaml")
REVIEW = "article.md.review.yaml"


def demo_folder() -> Path:
    return data_folder() / "demo"


def install_demo(target: Path | None = None, fresh: bool = False) -> tuple[Path, Path]:
    """Copy the demo article and store to `target` (the data folder's `demo` by default); keep files already
    there (the review among them) unless `fresh`, which puts the bundled ones back and drops the review."""
    folder = Path(target) if target else demo_folder()
    if fresh and folder.is_dir():
        # A demo open in another terminal keeps its review: refused (ReviewLocked) before anything is removed.
        lock = ReviewLock(folder / REVIEW)
        lock.acquire()
        try:
            for name in (REVIEW, REVIEW + ".journal"):
                (folder / name).unlink(missing_ok=True)
            shutil.rmtree(folder / "store", ignore_errors=True)
            (folder / "article.md").unlink(missing_ok=True)
        finally:
            lock.release()
    (folder / "store").mkdir(parents=True, exist_ok=True)
    package = resources.files("factdesk.tui.demo")
    for name in FILES:
        destination = folder / name
        if not destination.exists():
            destination.write_bytes(package.joinpath(name).read_bytes())
    return folder / "article.md", folder / "store"
