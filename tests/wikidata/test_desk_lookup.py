"""`w` on the desk: a person the register lacks is looked up, chosen with Enter, imported and checked again."""

from __future__ import annotations

from pathlib import Path

import yaml
from factdesk.tui.screens.help import HelpScreen
from factdesk.tui.screens.review import ReviewScreen
from factdesk.tui.screens.wikidata_lookup import WikidataLookupScreen
from textual.widgets import OptionList, Static

from tests.app_helpers import desk, make_app, workspace


def _without(store: Path, name: str) -> None:
    people = store / "people.yaml"
    data = yaml.safe_load(people.read_text())
    data["people"] = [person for person in data["people"] if person["name"] != name]
    people.write_text(yaml.safe_dump(data, sort_keys=False))


async def _go_to(pilot, screen: ReviewScreen, kind: str, name: str) -> None:
    for _ in range(60):
        record = screen.current()
        fields = record.claim.fields if record else {}
        if record and record.claim.kind.value == kind and name in (fields.get("name"), fields.get("person")):
            return
        await pilot.press("j")
    raise AssertionError(f"no {kind} claim about {name}")


async def _wait_for(pilot, check) -> None:
    for _ in range(500):
        await pilot.pause(0.01)
        if check():
            return
    raise AssertionError("timed out")


async def test_w_looks_up_the_person_and_enter_imports_and_checks_again(tmp_path, seed_dir, api, monkeypatch):
    monkeypatch.setenv("FACTDESK_WIKIDATA_API", api)
    article, store = workspace(tmp_path, seed_dir)
    _without(store, "Ron Dermer")
    async with make_app(article, store, tmp_path / "r.yaml").run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        await _go_to(pilot, screen, "person", "Ron Dermer")
        claim_id = screen.current().claim.id
        assert screen.session.records[claim_id].suggestion.verdict.value == "unsupported"

        await pilot.press("w")
        assert isinstance(pilot.app.screen, WikidataLookupScreen)
        options = pilot.app.screen.query_one(OptionList)
        await _wait_for(pilot, lambda: options.option_count > 0)
        shown = str(options.get_option_at_index(0).prompt)
        assert "Ron Dermer — Israeli diplomat and politician [Q2904131]" in shown
        assert "Minister of Strategic Affairs, Israel (2022-12-29 – present)" in shown

        await pilot.press("enter")
        await _wait_for(pilot, lambda: isinstance(pilot.app.screen, ReviewScreen) and screen.checking is None)
        await _wait_for(pilot, lambda: screen.session.records[claim_id].suggestion is not None)
        assert (store / "wikidata" / "Q2904131.yaml").exists()
        assert screen.session.records[claim_id].suggestion.verdict.value == "verified"


async def test_w_on_a_claim_that_names_nobody_says_so(tmp_path, seed_dir, api, monkeypatch):
    monkeypatch.setenv("FACTDESK_WIKIDATA_API", api)
    article, store = workspace(tmp_path, seed_dir)
    async with make_app(article, store, tmp_path / "r.yaml").run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        for _ in range(60):
            if screen.current().claim.kind.value not in ("person", "role"):
                break
            await pilot.press("j")
        await pilot.press("w")
        assert isinstance(pilot.app.screen, ReviewScreen)
        await pilot.press("question_mark")
        assert isinstance(pilot.app.screen, HelpScreen)
        assert "look the person up on Wikidata; enter imports and checks again" in str(
            pilot.app.screen.query_one(Static).render()
        )
