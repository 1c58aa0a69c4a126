"""The desk's one-line bars: every key in the key bar at any width, the date always in the title bar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from factdesk.sources.model import Origin, Person, Store
from factdesk.tui.desk_keys import DESK_BINDINGS, key_label
from factdesk.tui.store_notes import store_warning
from factdesk.tui.widgets.key_bar import key_line
from factdesk.tui.widgets.title_bar import title_line


@pytest.mark.parametrize("width", [60, 80, 100, 160])
def test_every_shown_key_fits_and_help_is_always_named(width: int):
    line = key_line(DESK_BINDINGS, width).plain
    assert len(line) <= width
    tokens = line.replace("✔", " ").replace("✘", " ").replace("u?", "u ").split()
    assert {key_label(b.key) for b in DESK_BINDINGS if b.show} <= set(tokens)
    assert "? help" in line


def test_a_wide_bar_names_every_key():
    line = key_line(DESK_BINDINGS, 200).plain
    assert "v verified" in line and "x export" in line and "ctrl+p palette" in line


def test_the_date_stays_and_the_title_gives_way():
    line = title_line("A very long headline " * 10, dt.date(2024, 3, 25), "Outlet", None, None, 80).plain
    assert line.startswith("2024-03-25") and line.endswith("…") and len(line) <= 80
    undated = title_line("Short", None, None, None, None, 80).plain
    assert undated.startswith("no date (t sets it)")


def test_an_empty_store_or_one_without_people_is_named():
    assert "is empty" in (store_warning(Store(root=Path("s"))) or "")
    with_people = Store(root=Path("s"), people=[Person("A B", Origin(Path("p.yaml"), 1))])
    assert store_warning(with_people) is None


def test_check_says_so_on_stderr_when_the_store_has_no_people(cli, seed_article: Path, tmp_path: Path):
    (tmp_path / "empty.yaml").write_text("", encoding="utf-8")
    result = cli("check", seed_article, "--sources", tmp_path, "--date", "2024-03-25")
    assert result.status == 0 and "is empty: nothing can be checked" in result.err
