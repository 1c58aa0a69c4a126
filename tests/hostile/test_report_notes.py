"""A note as the reviewer wrote it, line by line and character by character, in the Markdown and HTML reports.

A note is often a list: the calls made, one a line. The Markdown report joined every line into one run-on
paragraph, and the HTML report let the browser do the same; an entity written in a note (`&amp;`, `&lt;b&gt;`,
quoted from a page's source) was turned by any Markdown viewer into the character it names. The editor
reading the report got a different note from the one the reviewer wrote. JSON and CSV kept it all.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from factdesk.claims.desk import prepare_check
from factdesk.claims.model import Verdict
from factdesk.claims.review import ReviewSession
from markdown_it import MarkdownIt

from tests.app_helpers import SEED_DATE, workspace
from tests.conftest import run_factdesk

NOTE = (
    "Calls made:\n"
    "- PMO: no answer\n"
    "+ Embassy:\tconfirmed\r\n"
    "1. Dermer's office, 10:20\n"
    "\n"
    "AT&amp;T quoted as &lt;b&gt;; [bold]not bold[/bold] <script>alert(1)</script> # not a heading"
)
LINES = [" ".join(line.split()) for line in NOTE.splitlines() if line.strip()]


class _Shown(HTMLParser):
    """The text a browser shows for an HTML page: a line break for <br> and at block ends; an element of class
    `note` keeps its lines when the page's style says `.note` is `white-space: pre-wrap`."""

    def __init__(self, notes_keep_lines: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.notes_keep_lines, self.parts, self.skipping, self.open = notes_keep_lines, [], 0, []

    def handle_starttag(self, tag: str, attrs) -> None:
        self.skipping += tag in ("style", "script")
        if tag != "br":
            self.open.append("note" in (dict(attrs).get("class") or "").split())
        if tag in ("br", "p", "li", "div", "h1", "h2", "h3", "section"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self.skipping -= tag in ("style", "script")
        if self.open:
            self.open.pop()
        if tag in ("p", "li"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.notes_keep_lines and any(self.open):
            self.parts.append(data)
        else:
            self.parts.append(" ".join(data.split()) + (" " if data[-1:].isspace() else ""))

    def lines(self) -> list[str]:
        return [" ".join(line.split()) for line in "".join(self.parts).splitlines()]


def _shown_lines(html: str) -> list[str]:
    shown = _Shown(bool(re.search(r"\.note[^{]*\{[^}]*white-space:\s*pre-wrap", html)))
    shown.feed(html)
    return shown.lines()


def _review(tmp_path: Path, seed_dir: Path) -> Path:
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), review, reviewer="ana")
    claim_id = session.ordered()[0].claim.id
    session.mark(claim_id, Verdict.DISPUTED)  # in the corrections too
    session.set_note(claim_id, NOTE)
    session.close()
    return review


def _note_shown(lines: list[str]) -> list[str]:
    """The lines shown after the note's first line (which `lines` starts with), as many as the note has (a blank
    line between two of them may be shown or not)."""
    return [line for line in lines[1:] if line][: len(LINES) - 1]


def test_a_note_keeps_its_lines_and_characters_in_the_markdown_report(tmp_path: Path, seed_dir: Path):
    review = _review(tmp_path, seed_dir)
    done = run_factdesk("report", review, "--format", "md", "-o", tmp_path / "r.md")
    assert done.returncode == 0, done.stderr
    shown = _shown_lines(MarkdownIt("commonmark").render((tmp_path / "r.md").read_text(encoding="utf-8")))
    starts = [number for number, line in enumerate(shown) if line.endswith(LINES[0])]
    assert len(starts) == 2, shown
    for start in starts:
        assert _note_shown(shown[start:]) == LINES[1:]  # in the corrections, and with the claim


def test_a_note_keeps_its_lines_and_characters_in_the_html_report(tmp_path: Path, seed_dir: Path):
    review = _review(tmp_path, seed_dir)
    done = run_factdesk("report", review, "--format", "html", "-o", tmp_path / "r.html")
    assert done.returncode == 0, done.stderr
    shown = _shown_lines((tmp_path / "r.html").read_text(encoding="utf-8"))
    starts = [number for number, line in enumerate(shown) if line.endswith(LINES[0])]
    assert len(starts) == 2, shown  # in the corrections, and with the claim
    for start in starts:
        assert _note_shown(shown[start:]) == LINES[1:]


def test_a_note_with_a_closing_script_tag_stays_inside_the_published_claimreview(tmp_path: Path, seed_dir: Path):
    """ClaimReview JSON-LD is published inside `<script type="application/ld+json">`: a `</script>` in a note
    ended that element where the page was built, cutting the rating off and running the rest as the page's
    own markup. Written as `\\u003c` it is the same JSON value, and no page can read it as a tag."""
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), review, reviewer="ana")
    note = "Ask the desk </script><script>alert(1)</script> & <!-- that -->"
    claim_id = next(record.claim.id for record in session.ordered() if record.claim.kind.value == "statement")
    session.mark(claim_id, Verdict.VERIFIED)
    session.set_note(claim_id, note)
    session.close()
    out = tmp_path / "claims.jsonld"
    done = run_factdesk(
        "report", review, "--format", "claimreview", "--publisher", "Desk", "--url", "https://desk.example/c", "-o", out
    )
    assert done.returncode == 0, done.stderr
    published = out.read_text(encoding="utf-8")
    page = f'<script type="application/ld+json">{published}</script>'
    assert page.lower().count("</script") == 1 and "<!--" not in published
    assert note in {review.get("reviewBody") for review in json.loads(published)}


def test_a_note_with_terminal_escapes_prints_none_of_them_in_a_report_and_json_keeps_it(tmp_path: Path, seed_dir: Path):
    """`factdesk report` prints to the terminal by default: an escape sequence in a note (pasted from a
    terminal, written by another tool) set the window's title, cleared the screen over the report, or hid
    what followed it. Markdown, HTML and CSV leave every escape and control character out; JSON keeps the
    note exactly, escaped."""
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), review, reviewer="ana")
    claim_id = session.ordered()[0].claim.id
    note = "called the PMO\x1b]0;pwned\x07\x1b[2J\x1b[8mhidden\x1b[0m\x07 then the embassy"
    session.set_note(claim_id, note)
    session.close()
    for report_format in ("md", "html", "csv"):
        printed = run_factdesk("report", review, "--format", report_format)
        assert printed.returncode == 0, printed.stderr
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", printed.stdout), report_format
        assert "called the PMO" in printed.stdout and "then the embassy" in printed.stdout, report_format
    printed = run_factdesk("report", review, "--format", "json")
    assert [claim["note"] for claim in json.loads(printed.stdout)["claims"] if claim["id"] == claim_id] == [note]
