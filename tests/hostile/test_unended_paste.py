"""A bracketed paste whose end marker never comes: keys work again after a second of silence.

`ESC [200~hello` with no `ESC [201~` (a dropped end marker, a hung clipboard tool, bytes `cat`'d into the
wrong pane) put Textual's parser in paste mode for good: every key after it, ctrl+q and ctrl+c
included, was taken for pasted text, and the desk looked frozen until killed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from factdesk.tui import paste_guard
from factdesk.tui.app import FactdeskApp, run_review
from factdesk.tui.paste_guard import PasteEndingParser
from textual import events
from textual._xterm_parser import XTermParser

from tests.app_helpers import workspace


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    now = [1000.0]
    monkeypatch.setattr(paste_guard.time, "monotonic", lambda: now[0])
    return now


def test_a_paste_left_open_is_ended_after_a_second_of_silence(clock: list[float]):
    parser = PasteEndingParser()
    assert list(parser.feed("\x1b[200~hello")) == []
    assert list(parser.feed("v")) == []  # typed while the paste is open: part of it, for now
    clock[0] += 0.5
    assert list(parser.tick()) == []  # a pause inside a paste is not its end yet
    clock[0] += paste_guard.PASTE_IDLE
    assert [(type(e), getattr(e, "text", None)) for e in parser.tick()] == [(events.Paste, "hellov")]
    assert [getattr(e, "key", None) for e in parser.feed("v")] == ["v"]  # keys are keys again


def test_a_paste_that_ends_is_left_as_it_is(clock: list[float]):
    parser = PasteEndingParser()
    assert [getattr(e, "text", None) for e in parser.feed("\x1b[200~one\x1b[201~")] == ["one"]
    clock[0] += 5
    assert list(parser.tick()) == []
    assert [getattr(e, "key", None) for e in parser.feed("q")] == ["q"]


def test_an_end_marker_split_across_two_reads_still_ends_the_paste(clock: list[float]):
    parser = PasteEndingParser()
    list(parser.feed("\x1b[200~split"))
    list(parser.feed("\x1b[20"))
    assert [getattr(e, "text", None) for e in parser.feed("1~")] == ["split"]
    clock[0] += 5
    assert list(parser.tick()) == []  # nothing left open to end


def test_the_desk_reads_input_with_the_guarded_parser(tmp_path: Path, seed_dir: Path, monkeypatch: pytest.MonkeyPatch):
    from textual.drivers import linux_driver

    monkeypatch.setattr(linux_driver, "XTermParser", XTermParser)
    used: list[type] = []
    monkeypatch.setattr(FactdeskApp, "run", lambda app: used.append(linux_driver.XTermParser))
    article, store = workspace(tmp_path, seed_dir)
    run_review(article, store, None, tmp_path / "r.review.yaml", "ana")
    assert used == [PasteEndingParser]
