"""An article that is one long paragraph (a transcript, text pasted from a PDF): the desk keeps up.

Each move of the cursor redraws the claim's highlight, and the article view redrew the whole line the claim
is in: a 146 KB paragraph made every key wait a second (4.5 s at 584 KB). A very long line is now shown a
sentence to a line; a space becomes a line break, so every offset, highlight and selection is the article's.
"""

from __future__ import annotations

from pathlib import Path

from factdesk.tui.widgets.article_view import ArticleView

from tests.app_helpers import desk, make_app, workspace


async def test_a_long_paragraph_is_shown_a_sentence_to_a_line_with_the_article_s_offsets(
    tmp_path: Path, seed_dir: Path
):
    body = (seed_dir / "article.txt").read_text(encoding="utf-8").split("\n\n", 1)[1].replace("\n", " ")
    text = "A long article\n\n" + " ".join([body] * 6) + "\n"
    assert len(text) > 6_000
    article, store = workspace(tmp_path, seed_dir, text)
    async with make_app(article, store, tmp_path / "r.yaml").run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        view = screen.query_one(ArticleView)
        assert view.document.line_count > 20  # sentences on lines of their own, not one line of the paragraph
        assert len(view.text) == len(text) and view.text.replace("\n", " ") == text.replace("\n", " ")
        for record in screen.session.ordered()[5:12]:
            claim = record.claim
            screen.table.go_to(claim.id)
            await pilot.pause()
            start, end, words = view.selected_span()
            assert (start, end) == (claim.start, claim.end) and words == text[claim.start : claim.end]
