"""The bundled demo: an article with planted errors and a store that catches them (package data).

It is installed once in the user's data folder (~/.local/share/factdesk/demo on Linux), so the demo's
review is reopened next time with every verdict kept; `factdesk demo --fresh` starts it over.
"""

from __future__ import annotations

import os
import shutil
from importlib import resources
from pathlib import Path

from factdesk.base.errors import FactdeskError
from factdesk.base.folders import data_folder
from factdesk.claims.lock import ReviewLock
from factdesk.claims.review_drafts import drafts_files

FILES = ("article.md", "store/people.yaml", "store/unga-es-10-23.yaml")
REVIEW = "article.md.review.yaml"
MARKER = ".factdesk-demo"  # in a folder the demo was installed in


def demo_folder() -> Path:
    return data_folder() / "demo"


def install_demo(target: Path | None = None, fresh: bool = False) -> tuple[Path, Path]:
    """Copy the demo article and store to `target` (the data folder's `demo` by default); keep files already
    there (the review among them) unless `fresh`, which puts the bundled ones back and drops the review."""
    folder = Path(target) if target else demo_folder()
    if target is not None:
        _refuse_a_folder_of_ones_own(folder)
    if fresh and folder.is_dir():
        # A demo open in another terminal keeps its review: refused (ReviewLocked) before anything is removed.
        lock = ReviewLock(folder / REVIEW)
        lock.acquire()
        try:
            for name in (REVIEW, REVIEW + ".journal"):
                (folder / name).unlink(missing_ok=True)
            for drafts in drafts_files(folder / REVIEW):  # a half-typed claim of the old demo is not the new one's
                drafts.unlink(missing_ok=True)
            shutil.rmtree(folder / "store", ignore_errors=True)
            (folder / "article.md").unlink(missing_ok=True)
        finally:
            lock.release()
    (folder / "store").mkdir(parents=True, exist_ok=True)
    (folder / MARKER).touch()
    package = resources.files("factdesk.tui.demo")
    for name in FILES:
        destination = folder / name
        if not destination.exists():
            destination.write_bytes(package.joinpath(name).read_bytes())
    return folder / "article.md", folder / "store"


def _refuse_a_folder_of_ones_own(folder: Path) -> None:
    """`--dir` must name a new or empty folder, or one the demo was installed in: the demo adds its files to
    the folder's `store/` and `--fresh` deletes that `store/` and `article.md`, which in a folder of the
    reviewer's own work are their store and their article."""
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return
    except OSError as error:
        raise FactdeskError(folder, f"cannot keep the demo here: {error.strerror or error}") from None
    if not names or MARKER in names or _holds_the_bundled_article(folder):
        return
    raise FactdeskError(
        folder,
        "holds files that are not the demo's (the demo would add its store files to yours, and --fresh would "
        "delete your store/ and article.md); give --dir a new or empty folder",
    )


def _holds_the_bundled_article(folder: Path) -> bool:
    """A demo folder made before the marker existed: its article is the demo's, as bundled."""
    try:
        return (folder / "article.md").read_bytes() == resources.files("factdesk.tui.demo").joinpath(
            "article.md"
        ).read_bytes()
    except OSError:
        return False
