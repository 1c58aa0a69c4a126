"""Store files that are empty, too large, or hostile; and the store changing while the desk is open."""

from __future__ import annotations

from pathlib import Path

import pytest
from factdesk.sources import reader as reader_module
from factdesk.sources.store import load_store
from factdesk.tui.widgets.evidence_panel import EvidencePanel

from tests.app_helpers import desk, make_app, workspace


def test_an_oversized_file_is_refused_and_the_rest_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(reader_module, "MAX_FILE_BYTES", 1000)  # stands in for the 64 MiB limit
    (tmp_path / "big.yaml").write_text("people:\n" + "  - {name: A B}\n" * 200, encoding="utf-8")
    (tmp_path / "small.yaml").write_text("people:\n  - {name: C D}\n", encoding="utf-8")
    store = load_store(tmp_path)
    assert [p.name for p in store.people] == ["C D"]
    assert "the limit is 64 MiB" in store.problems[0].message


def test_a_scalar_file_is_a_located_problem(tmp_path: Path):
    (tmp_path / "s.yaml").write_text("just a sentence\n", encoding="utf-8")
    (problem,) = load_store(tmp_path).problems
    assert (problem.line, problem.column) == (1, 1) and "must be a mapping" in problem.message


def test_the_cache_is_never_stale(tmp_path: Path):
    store_dir = tmp_path / "store"
    store_dir.mkdir()
    path = store_dir / "p.yaml"
    path.write_text("people:\n  - {name: A B}\n", encoding="utf-8")
    assert [p.name for p in load_store(store_dir).people] == ["A B"]
    path.write_text("people:\n  - {name: A C}\n", encoding="utf-8")  # same size: mtime and inode decide
    assert [p.name for p in load_store(store_dir).people] == ["A C"]
    path.write_text("people:\n  - {name: A C}\n  - {name: E F}\n", encoding="utf-8")
    assert [p.name for p in load_store(store_dir).people] == ["A C", "E F"]


async def test_store_text_is_shown_literally_in_the_evidence_panel(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    people = store / "people.yaml"
    people.write_text(
        people.read_text().replace("name: Tzachi Hanegbi", 'name: "Tzachi Hanegbi [@click=app.quit]"'), encoding="utf-8"
    )
    async with make_app(article, store, tmp_path / "r.yaml").run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        claim = next(r.claim.id for r in screen.session.ordered() if r.claim.text == "Tzaji Hanegbi")
        screen.table.go_to(claim)
        await pilot.pause()
        shown = str(screen.query_one(EvidencePanel).query_one("#evidence-body").render())
        assert "[@click=app.quit]" in shown
        await pilot.click(EvidencePanel)
        assert pilot.app.is_running


async def test_ctrl_r_reloads_an_edited_store_and_never_writes_it(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    async with make_app(article, store, tmp_path / "r.yaml").run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        claim = next(r.claim.id for r in screen.session.ordered() if r.claim.text == "Tzaji Hanegbi")
        assert screen.session.records[claim].suggestion.verdict.value == "disputed"
        people = store / "people.yaml"
        people.write_text(
            people.read_text().replace("aliases: [Tzahi Hanegbi]", "aliases: [Tzaji Hanegbi]"), encoding="utf-8"
        )
        edited = people.read_bytes()
        await pilot.press("ctrl+r")
        await desk(pilot)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.session.records[claim].suggestion.verdict.value == "verified"  # now an accepted spelling
        await pilot.press("v", "d")
    assert people.read_bytes() == edited


async def test_ctrl_r_on_a_store_that_is_gone_says_so_and_stops_saying_it_is_checking(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    async with make_app(article, store, tmp_path / "r.yaml").run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        store.rename(tmp_path / "store-moved")
        await pilot.press("ctrl+r")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert any("store directory does not exist" in note.message for note in pilot.app._notifications)
        assert screen.checking is None  # the suggestions on screen are the last store's, and nothing is running
        assert "checking against the store" not in str(screen.query_one("#status-bar").render())


async def test_escape_sequences_in_the_store_never_reach_the_terminal(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    (store / "evil.yaml").write_text(
        'sources:\n  - id: evil\n    title: "Evil \\e[2J\\e]0;owned\\a title"\n    publisher: "P\\e[31m"\n'
        '    excerpts: ["Tzachi Hanegbi \\e[5m National Security Advisor delegation Washington"]\n',
        encoding="utf-8",
    )
    async with make_app(article, store, tmp_path / "r.yaml").run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        claim = next(r.claim.id for r in screen.session.ordered() if r.claim.text == "Tzaji Hanegbi")
        screen.session.toggle_evidence(claim, "evil")
        screen.table.go_to(claim)
        await pilot.pause()
        panel = screen.query_one(EvidencePanel)
        body = panel.query_one("#evidence-body")
        drawn = "".join(segment.text for line in body.render_lines(body.region.reset_offset) for segment in line)
        assert "Evil" in drawn and "\x1b" not in drawn and "\x07" not in drawn


def test_a_large_file_is_read_in_memory_bounded_by_its_entries(tmp_path: Path):
    """Entries are validated as the parser reaches them, so no whole-file YAML tree is ever built.

    Building the tree first peaked at 75 times the file's size (a 59 MB file took 3 GB); streaming
    peaks at about 8 times, most of it the entries themselves, which the store keeps anyway.
    """
    import tracemalloc

    path = tmp_path / "people.yaml"
    entry = (
        "  - name: Person Number{n}\n    aliases: [P{n}, Q{n}]\n"
        "    roles:\n      - {{title: Minister, org: Kenya, from: 2020-01-01}}\n"
    )
    path.write_text("people:\n" + "".join(entry.format(n=n) for n in range(4000)), encoding="utf-8")
    tracemalloc.start()
    try:
        result = reader_module.read_file(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(result.people) == 4000 and result.problems == []
    assert peak < 12 * path.stat().st_size
