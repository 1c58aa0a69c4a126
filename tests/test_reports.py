"""Claims reports from a review made through the real path: extract, check, mark, save, report."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from factdesk.claims.desk import prepare_check
from factdesk.claims.model import Verdict
from factdesk.claims.review import ReviewSession

from tests.app_helpers import SEED_DATE, workspace

FIXED = ["--generated", "2026-01-01T00:00:00Z"]


def _by_text(session: ReviewSession, text: str) -> str:
    return next(r.claim.id for r in session.ordered() if r.claim.text == text)


@pytest.fixture
def review(tmp_path: Path, seed_dir: Path) -> Path:
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="Ana Ortiz")
    hanegbi = _by_text(session, "Tzaji Hanegbi")
    session.mark(hanegbi, Verdict.DISPUTED)
    session.set_note(hanegbi, "Register and PMO spell it Tzachi.")
    session.toggle_evidence(hanegbi, "israel-pmo-delegation-2024-03-25")
    session.mark(_by_text(session, "Benjamin Netanyahu"), Verdict.VERIFIED)
    session.mark(_by_text(session, "almost six months"), Verdict.UNSUPPORTED)
    session.mark(_by_text(session, "Ron Dermer"), Verdict.DISPUTED)  # against a 'verified' suggestion
    session.close()
    return session.path


def test_markdown_orders_groups_and_carries_the_evidence(cli, review: Path):
    result = cli("report", review, "--format", "md", *FIXED)
    assert result.status == 0
    text = result.out
    order = [text.index(f"## {title}") for title in ("Disputed (2)", "Unsupported (1)", "Verified (1)", "Not reviewed")]
    assert order == sorted(order)
    assert "| disputed | 2 |" in text and "| verified | 1 |" in text
    hanegbi = text[text.index("### Tzaji Hanegbi") :]
    assert "Register and PMO spell it Tzachi." in hanegbi.split("###")[1]
    assert "Prime Minister's Office statement on the delegation to Washington" in hanegbi.split("###")[1]
    assert "**National Security Advisor Tzaji Hanegbi**" in text  # the claims' words emphasised in the sentence
    dermer = text[text.index("### Ron Dermer") :].split("###")[1]
    assert "Checker suggested:** verified" in dermer  # the reviewer disagreed, so the suggestion is shown
    assert "Ana Ortiz" in text


def test_json_is_versioned_and_complete(cli, review: Path):
    report = json.loads(cli("report", review, "--format", "json", *FIXED).out)
    assert report["schema_version"] == 1
    assert report["summary"]["disputed"] == 2 and report["summary"]["total"] == len(report["claims"])
    assert [c["verdict"] for c in report["claims"][:4]] == ["disputed", "disputed", "unsupported", "verified"]
    assert report["article"]["sha256"] and report["reviewers"] == ["Ana Ortiz"]
    hanegbi = next(c for c in report["claims"] if c["text"] == "Tzaji Hanegbi")
    assert hanegbi["evidence"][0]["publisher"] == "Prime Minister's Office, Israel"


def test_csv_has_a_row_per_claim(cli, review: Path):
    rows = list(csv.DictReader(io.StringIO(cli("report", review, "--format", "csv", *FIXED).out)))
    assert rows[0]["verdict"] == "disputed" and len({row["id"] for row in rows}) == len(rows)


PUBLISHER = ["--publisher", "Desk", "--publisher-url", "https://desk.example", "--url", "https://desk.example/c/1"]


@pytest.fixture
def accepted_review(tmp_path: Path, seed_dir: Path) -> Path:
    """The seed with every suggestion accepted: names, roles, votes, figures and statements all rated."""
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="Ana Ortiz")
    for record in session.ordered():
        session.accept_suggestion(record.claim.id)
    session.close()
    return session.path


def test_claimreview_without_a_publisher_is_refused_saying_how_to_name_one(cli, accepted_review: Path):
    result = cli("report", accepted_review, "--format", "claimreview", *FIXED)
    assert result.status == 2 and result.out == ""
    assert "--publisher NAME" in result.err and "config file" in result.err


def test_claimreview_passes_the_schema_org_vocabulary_and_rates_no_bare_name(cli, accepted_review: Path):
    from tests.schemaorg import problems

    result = cli("report", accepted_review, "--format", "claimreview", *PUBLISHER, *FIXED)
    assert result.status == 0, result.err
    reviews = json.loads(result.out)
    assert reviews and "left out" in result.err
    for review in reviews:
        assert problems(review) == [], problems(review)
        assert review["author"] == {"@type": "Organization", "name": "Desk", "url": "https://desk.example"}
        assert review["url"].startswith("https://desk.example/c/1#")
    rated = {review["claimReviewed"] for review in reviews}
    assert "Tzaji Hanegbi" not in rated and "Benjamin Netanyahu" not in rated  # bare names are not rated
    assert "Tzaji Hanegbi is National Security Advisor" in rated  # the role is
    role = next(r for r in reviews if r["claimReviewed"] == "Tzaji Hanegbi is National Security Advisor")
    assert role["reviewRating"]["ratingValue"] == 1
    assert role["reviewRating"]["alternateName"].startswith("Incorrect: spell it “Tzachi Hanegbi”")
    assert {r["reviewRating"]["alternateName"] for r in reviews} >= {"Correct", "Unproven"}
    assert not any(r["reviewRating"]["alternateName"] == "False" for r in reviews)
    vote = next(r for r in reviews if r["claimReviewed"].startswith("United States abstained"))
    assert vote["itemReviewed"]["@type"] == "Claim" and vote["datePublished"]


def test_the_schema_test_can_fail():
    from tests.schemaorg import problems

    good = {"@type": "Rating", "ratingValue": 1, "alternateName": "Incorrect"}
    assert problems(good) == []
    assert problems({**good, "ratingValue": "1", "rating": 2}) == ["$.rating: not a property of Rating"]
    assert problems({"@type": "ClaimReview", "claimReviewed": "x"})  # no rating, url, author
    assert problems({**good, "author": {"@type": "Rating"}})  # an author is a Person or Organization


def test_config_file_gives_the_publisher_and_the_ratings(cli, accepted_review: Path, tmp_path: Path):
    config = tmp_path / "config.yaml"
    config.write_text(
        "publisher: {name: Config Desk, url: 'https://c.example'}\n"
        "ratings:\n  disputed: {value: 2, name: Misleading}\n",
        encoding="utf-8",
    )
    reviews = json.loads(cli("report", accepted_review, "--format", "claimreview", "--config", config, *FIXED).out)
    assert reviews[0]["author"] == {"@type": "Organization", "name": "Config Desk", "url": "https://c.example"}
    disputed = [r["reviewRating"] for r in reviews if r["reviewRating"]["ratingValue"] == 2]
    assert disputed and all(rating["alternateName"] == "Misleading" for rating in disputed)
    config.write_text("ratings:\n  disputed: {value: 9, name: Wrong}\n", encoding="utf-8")
    result = cli("report", accepted_review, "--format", "claimreview", "--config", config, "--publisher", "D")
    assert result.status == 2 and "config.yaml:2:" in result.err and "1 (worst) to 5 (best)" in result.err


@pytest.mark.parametrize("report_format", ["md", "html", "json", "csv", "claimreview"])
def test_reports_are_byte_identical_run_to_run(cli, review: Path, report_format: str):
    first = cli("report", review, "--format", report_format, *PUBLISHER, *FIXED).out
    assert first and first == cli("report", review, "--format", report_format, *PUBLISHER, *FIXED).out


HOSTILE = (
    'Prime Minister <script>alert(1)</script> Zed Quorra said "=1+1" at </td></tr> and '
    "[bold]x[/bold] [@click=app.quit]y[/] in Washington.\n"
)


@pytest.fixture
def hostile_review(tmp_path: Path, seed_dir: Path) -> Path:
    article, store = workspace(tmp_path, seed_dir, HOSTILE)
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer='=HYPERLINK("x")')
    for record in session.ordered():
        session.mark(record.claim.id, Verdict.DISPUTED)
        session.set_note(record.claim.id, "<img src=x onerror=alert(1)> =cmd|' /C calc'!A0")
    session.close()
    return session.path


def test_hostile_text_is_inert_in_every_format(cli, hostile_review: Path):
    html = cli("report", hostile_review, "--format", "html", *FIXED).out
    assert "<script>" not in html and "<img" not in html and "</td></tr>" not in html
    assert "&lt;script&gt;" in html
    markdown = cli("report", hostile_review, "--format", "md", *FIXED).out
    assert not re.search(r"(?<!\\)<(script|img)", markdown) and "\\<script\\>" in markdown
    rows = list(csv.reader(io.StringIO(cli("report", hostile_review, "--format", "csv", *FIXED).out)))
    for row in rows[1:]:
        assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row), row
    for report_format in ("json", "claimreview"):
        json.loads(cli("report", hostile_review, "--format", report_format, *PUBLISHER, *FIXED).out)  # valid, escaped


def test_html_renders_in_headless_chromium(cli, review: Path, tmp_path: Path):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("Chromium is not installed (Debian package 'chromium'); the HTML render check needs it")
    page = tmp_path / "report.html"
    assert cli("report", review, "--format", "html", "-o", page, *FIXED).status == 0
    shot = tmp_path / "shot.png"
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--screenshot={shot}",
            "--window-size=1000,1400",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert shot.exists() and shot.stat().st_size > 10_000
    # The corrections box (its 2px border in the disputed red, #c0392b) opens the page: its top edge is
    # drawn near the top of the screenshot, under the title, long before the summary and the claims.
    from tests.png import rows_with_colour

    red_rows = rows_with_colour(shot, (0xC0, 0x39, 0x2B), at_least=300)
    assert red_rows and red_rows[0] < 250, red_rows[:5]


def test_report_of_a_missing_review_file_exits_2(cli, tmp_path: Path):
    result = cli("report", tmp_path / "nope.review.yaml")
    assert result.status == 2 and "cannot read the review file" in result.err


def test_markdown_highlights_keep_the_spaces_around_them(cli, review: Path):
    """Rendered by markdown-it, every highlighted claim has its neighbours' spaces ("Advisor Tzaji Hanegbi and")."""
    from markdown_it import MarkdownIt

    html = MarkdownIt().render(cli("report", review, "--format", "md", *FIXED).out)
    highlights = re.findall(r"(.)<strong>([^<]*)</strong>(.)", html)
    in_sentences = [h for h in highlights if h[1] == "National Security Advisor Tzaji Hanegbi"]
    assert in_sentences, "the claim is highlighted in its sentence"
    for before, words, after in highlights:
        if words.endswith(":"):
            continue  # a label such as "Note:"
        assert not before.isalnum() and not after.isalnum(), (before, words, after)
    assert "by <strong>National Security Advisor Tzaji Hanegbi</strong> and" in html


def test_the_reason_is_given_also_when_the_reviewer_agreed(cli, review: Path):
    text = cli("report", review, "--format", "md", *FIXED).out
    netanyahu = text[text.index("### Benjamin Netanyahu") :].split("###")[1]  # verified, as suggested
    assert "**Why:** verified" in netanyahu and "register's spelling" in netanyahu
    html = cli("report", review, "--format", "html", *FIXED).out
    assert "Why: verified" in html


def test_a_corrected_claim_no_longer_counts_as_disputed(cli, tmp_path: Path, seed_dir: Path):
    """After the article is fixed, its old disputed claim is listed apart, not among the disputed, nor published."""
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="Ana Ortiz")
    session.mark(_by_text(session, "Tzaji Hanegbi"), Verdict.DISPUTED)
    session.close()
    article.write_text(article.read_text(encoding="utf-8").replace("Tzaji", "Tzachi"), encoding="utf-8")
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="Ana Ortiz")
    session.close()
    markdown = cli("report", session.path, *FIXED).out
    assert "| disputed | 0 |" in markdown
    assert "## No longer in the article (3)" in markdown  # the name, its role and its sentence
    assert "Tzaji" in markdown.split("## No longer in the article")[1]
    reviews = json.loads(cli("report", session.path, "--format", "claimreview", *PUBLISHER, *FIXED).out)
    assert all("Tzaji" not in json.dumps(review) for review in reviews)


def test_the_report_opens_with_the_corrections_an_editor_must_make(cli, review: Path):
    markdown = cli("report", review, "--format", "md", *FIXED).out
    first_section = markdown.split("\n## ")[1]
    assert first_section.startswith("Corrections (2)")
    assert "**As written:** “Tzaji Hanegbi” *(person)*" in first_section
    assert "**Correction:** spell it “Tzachi Hanegbi” (the register's spelling)" in first_section
    assert "Prime Minister's Office statement on the delegation to Washington" in first_section  # its source
    assert "Register and PMO spell it Tzachi." in first_section  # the reviewer's note
    assert "**As written:** “Ron Dermer”" in first_section
    html = cli("report", review, "--format", "html", *FIXED).out
    assert html.index("<h2>Corrections (2)</h2>") < html.index("<h2>Summary</h2>") < html.index("<h2>Disputed")
    assert "spell it “Tzachi Hanegbi” (the register&#x27;s spelling)" in html


def test_each_sentence_is_quoted_once_with_all_its_claims_marked(cli, review: Path):
    long_sentence = "has canceled a visit to Washington by"
    markdown = cli("report", review, "--format", "md", *FIXED).out
    assert markdown.count(long_sentence) == 1
    quoted = next(line for line in markdown.splitlines() if long_sentence in line)
    for claim in ("the United States abstained", "almost six months", "Israeli Prime Minister Benjamin Netanyahu"):
        assert f"**{claim}**" in quoted  # vote, figure and role claims are marked, not only names
    assert "quoted above" in markdown  # a later claim of that sentence points back to it
    html = cli("report", review, "--format", "html", *FIXED).out
    assert html.count(long_sentence) == 1
    assert '<mark class="disputed">Tzaji Hanegbi</mark>' in html


def test_times_are_local_and_readable(cli, review: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TZ", "Asia/Jerusalem")
    __import__("time").tzset()
    try:
        markdown = cli("report", review, "--format", "md", "--generated", "2026-01-01T00:00:00Z").out
    finally:
        monkeypatch.delenv("TZ")
        __import__("time").tzset()
    assert "**Generated:** 1 Jan 2026, 02:00 IST" in markdown
    assert re.search(r"disputed, by Ana Ortiz, \d{1,2} \w{3} \d{4}, \d\d:\d\d IST", markdown)


def test_claimreview_without_an_address_is_refused(cli, accepted_review: Path):
    result = cli("report", accepted_review, "--format", "claimreview", "--publisher", "Desk", *FIXED)
    assert result.status == 2 and "--url URL" in result.err


@pytest.mark.parametrize(
    ("option", "address"),
    [("--publisher-url", "javascript:alert(1)"), ("--url", "https://a\nb"), ("--publisher-url", "ftp://x y")],
    ids=["javascript", "newline", "space"],
)
def test_claimreview_publishes_only_http_addresses(cli, accepted_review: Path, option: str, address: str):
    """ "Safe to publish": a `javascript:` address, or one with a newline or a space, was written into the
    JSON-LD a page embeds."""
    result = cli("report", accepted_review, "--format", "claimreview", "--publisher", "Desk", option, address, *FIXED)
    assert result.status == 2 and result.out == "" and "http(s) address" in result.err, result.err


def test_a_misspelt_name_and_its_title_are_one_correction(cli, accepted_review: Path):
    markdown = cli("report", accepted_review, "--format", "md", *FIXED).out
    corrections = markdown.split("\n## ")[1]
    assert corrections.startswith("Corrections (2)")  # the sentence, and the name with its title: not three
    assert "**As written:** “National Security Advisor Tzaji Hanegbi” *(role, person)*" in corrections
    assert "**Correction:** spell it “Tzachi Hanegbi”; on 2024-03-25 Tzachi Hanegbi was National Security" in (
        corrections
    )


def test_a_claim_the_store_bears_out_disputed_by_the_reviewer_gets_no_made_up_correction(cli, review: Path):
    """Disputing "Ron Dermer", which the register spells so, gave the correction "spell it “Ron Dermer”", and
    ClaimReview published "Incorrect: spell it “Ron Dermer” …": a correction to what the article already says."""
    markdown = cli("report", review, "--format", "md", *FIXED).out
    dermer = "\n".join(markdown.split("**As written:** “Ron Dermer”")[1].splitlines()[:3])  # its correction
    assert "**Correction:** none from the store, which bears this out as written" in dermer
    assert "spell it" not in dermer


def test_claimreview_publishes_no_made_up_correction_for_a_claim_the_store_bears_out(
    cli, tmp_path: Path, seed_dir: Path
):
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="Ana Ortiz")
    [vote] = [r.claim.id for r in session.ordered() if r.claim.kind.value == "vote" and "abstain" in r.claim.text]
    assert session.records[vote].suggestion.verdict is Verdict.VERIFIED
    session.mark(vote, Verdict.DISPUTED)
    session.close()
    reviews = json.loads(cli("report", session.path, "--format", "claimreview", *PUBLISHER, *FIXED).out)
    [rating] = [r["reviewRating"] for r in reviews]
    assert rating["alternateName"] == "Incorrect"  # was "Incorrect: UN Security Council, 2024-03-25: ..."
