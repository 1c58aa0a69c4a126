"""Helpers for driving the real app with Pilot: a copied workspace and waiting for the desk to open."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from factdesk.claims.review import read_review_file
from factdesk.tui.app import FactdeskApp
from factdesk.tui.screens.review import ReviewScreen
from textual.pilot import Pilot

SEED_DATE = dt.date(2024, 3, 25)


def workspace(tmp_path: Path, seed_dir: Path, article_text: str | None = None) -> tuple[Path, Path]:
    """A private copy of the seed article (or `article_text`) and store, so tests can write beside them."""
    article = tmp_path / "article.txt"
    if article_text is None:
        shutil.copy(seed_dir / "article.txt", article)
    else:
        article.write_text(article_text, encoding="utf-8")
    store = tmp_path / "store"
    shutil.copytree(seed_dir / "store", store)
    return article, store


def make_app(article: Path, store: Path, review: Path | None = None) -> FactdeskApp:
    return FactdeskApp(article, store, on=SEED_DATE, review=review, reviewer="tester")


async def desk(pilot: Pilot) -> ReviewScreen:
    """Wait until the review screen is open and the checker has filled in every suggestion."""
    for _ in range(1000):
        await pilot.pause(0.01)
        screen = pilot.app.screen
        if isinstance(screen, ReviewScreen) and screen.checking is None:
            await pilot.pause()
            return screen
    raise AssertionError("the review desk did not open")


def saved(review: Path) -> dict:
    """The claims as they are on disk, read the way a user's tools would."""
    return read_review_file(review)["claims"]


async def type_text(pilot: Pilot, text: str) -> None:
    """Type `text` key by key, as a reviewer does, each key handled before the next."""
    for character in text:
        await pilot.press(character if character != " " else "space")


def burst(pilot: Pilot, *keys: str) -> None:
    """Send keys all at once, as a terminal delivers a paste, `tmux send-keys` or keys typed over a slow link.

    `pilot.press` waits for the app to settle after every key; this puts every key in the app's queue
    before any is handled. A key is a character or a Textual key name ("ctrl+s", "escape", "enter").
    """
    from textual import events
    from textual.keys import _character_to_key

    for key in keys:
        for part in [key] if len(key) > 1 else list(key):
            name = _character_to_key(part) if len(part) == 1 and not part.isalnum() else part
            pilot.app.post_message(events.Key(name, part if len(part) == 1 else None))
