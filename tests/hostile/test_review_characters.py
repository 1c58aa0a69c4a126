"""Any character a reviewer types, pastes or an article holds: the review file factdesk writes opens again.

The file is YAML written in JSON's style. `json.dumps(ensure_ascii=False)` leaves DEL, the C1 controls,
the line and paragraph separators and the non-characters U+FFFE/U+FFFF as they are; a YAML reader
refuses some of them and turns NEL into a space, and `str.splitlines` cuts a JSON string at them.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from factdesk.claims.review import load_review
from hypothesis import given
from hypothesis import strategies as st
from textual.widgets import TextArea

from tests.app_helpers import desk, make_app, workspace
from tests.conftest import run_factdesk

# Every character class that once made factdesk write a file it then refused, or read back changed.
AWKWARD = "\x7f\x80\x85\x92\x9f\u2028\u2029\ufeff\ufffe\uffff"
# The note editor makes NEL and the separators line breaks of its own: those come in with the article.
NOTE = "Netanyahu\x92s office: " + "".join(f"<{c}>" for c in AWKWARD if c not in "\x85\u2028\u2029") + " end"


async def test_a_note_with_any_character_in_an_article_with_line_separators_opens_again(tmp_path: Path, seed_dir: Path):
    text = (seed_dir / "article.txt").read_text(encoding="utf-8")
    text = text.replace("Tzaji Hanegbi and", "Tzaji Hanegbi\u2028and")
    article, store = workspace(tmp_path, seed_dir, text)
    review = tmp_path / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        first = screen.table.current_id
        await pilot.press("v", "up", "n")
        await pilot.pause()
        screen.app.screen.query_one(TextArea).insert(NOTE)  # pasted from a web page
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not screen.session.unsaved
    written = review.read_text(encoding="utf-8")
    assert not any(c in written for c in AWKWARD)  # escaped, every one
    document = load_review(review)  # the real loader
    assert document.claims[first].mark.note == NOTE
    assert yaml.safe_load(written) == json.loads(written.split("\n", 1)[1])  # any YAML tool reads the same
    sentences = [stored.claim.sentence for stored in document.claims.values()]
    assert any("\u2028" in sentence for sentence in sentences)
    result = run_factdesk("report", review, "--format", "json")
    assert result.returncode == 0, result.stderr
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)  # opens again, the note as it was typed
        assert screen.session.records[first].mark.note == NOTE


@given(st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=40))
def test_any_text_is_written_so_that_json_and_yaml_read_it_back(text: str):
    from factdesk.claims.review_encoding import dumps

    written = dumps({"note": text})
    lone_surrogates_replaced = "".join("\ufffd" if 0xD800 <= ord(c) < 0xE000 else c for c in text)
    assert json.loads(written)["note"] == lone_surrogates_replaced
    assert yaml.safe_load(written)["note"] == lone_surrogates_replaced
    assert "\n" not in written and written.encode("utf-8")


async def test_a_reviewer_name_with_a_newline_is_shown_whole_on_the_verdict_line(tmp_path: Path, seed_dir: Path):
    """`--reviewer $'Ana\\nBell'`: the desk's verdict line was cut at the newline ("(Ana"), the time lost below."""
    from factdesk.tui.app import FactdeskApp

    from tests.app_helpers import SEED_DATE

    article, store = workspace(tmp_path, seed_dir)
    app = FactdeskApp(article, store, on=SEED_DATE, review=tmp_path / "r.review.yaml", reviewer="Ana\nBell")
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        await pilot.press("v", "up")  # marking moves on to the next claim: back to the one marked
        await pilot.pause()
        shown = str(screen.query_one("#evidence-body").render())
    assert "(Ana Bell, " in shown, shown
