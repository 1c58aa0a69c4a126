"""An article in UTF-8 with one stray byte (a Windows-1252 apostrophe pasted in from an old email, a
no-break space from a Latin-1 tool).

The whole file was read as Windows-1252: every other accented letter and curly quote became two or three
letters of mojibake ("Gallantâ€™s"), the claims around them got other ids, and once the editor fixed the
byte and the reviewer opened the article again, the verdicts given to those claims were orphaned.
"""

from __future__ import annotations

from pathlib import Path

from tests.app_helpers import desk, make_app, saved, workspace


def _with_a_stray_byte(seed_dir: Path) -> bytes:
    text = (seed_dir / "article.txt").read_bytes()
    return text.replace(b"two of his closest", b"two of his\xa0closest", 1)  # Latin-1's no-break space


async def test_a_stray_byte_is_read_alone_and_verdicts_stay_on_their_claims_once_it_is_fixed(
    tmp_path: Path, seed_dir: Path
):
    article, store = workspace(tmp_path, seed_dir)
    article.write_bytes(_with_a_stray_byte(seed_dir))
    review = tmp_path / "article.txt.review.yaml"
    async with make_app(article, store).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        shown = screen.session.checked.article.text
        total = len(screen.session.ordered())
        for _ in range(total):
            await pilot.press("v")
        await pilot.pause()
    assert "Gallant’s visit" in shown and "â€" not in shown  # the article's own quotes, as written
    assert "his\xa0closest" in shown  # the stray byte read as the character it stands for
    marked = saved(review)
    assert [entry["verdict"] for entry in marked.values()].count("verified") == total

    article.write_bytes((seed_dir / "article.txt").read_bytes())  # the editor fixes the byte
    async with make_app(article, store).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        records = screen.session.ordered()
        orphaned = [record.claim.text for record in records if record.orphaned]
        verified = [record for record in records if record.mark.verdict.value == "verified"]
    assert orphaned == []
    assert len(verified) == total


def test_a_windows_1252_article_is_still_read_as_windows_1252(tmp_path: Path):
    from factdesk.claims.article import read_article

    path = tmp_path / "old.txt"
    path.write_bytes("Le ministre José Ramos a dit « non » à Genève.".encode("cp1252"))
    article = read_article(path)
    assert "José Ramos" in article.text and "Genève" in article.text and article.encoding == "windows-1252"
