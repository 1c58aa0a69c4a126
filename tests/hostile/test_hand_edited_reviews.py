"""Hand-edited review files and journals: every wrong value is a located one-line message, exit 2, file untouched."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from factdesk.claims import review_file as review_module
from factdesk.claims import review_reading
from factdesk.claims.desk import prepare_check
from factdesk.claims.model import Verdict
from factdesk.claims.review import ReviewSession, journal_path_for

from tests.app_helpers import workspace
from tests.conftest import run_factdesk

SEED_DATE = dt.date(2024, 3, 25)


@pytest.fixture
def made(tmp_path: Path, seed_dir: Path) -> tuple[Path, Path, Path, list[str]]:
    """(article, store, review, claim ids): a review written by factdesk with two verdicts."""
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="ana")
    ids = [record.claim.id for record in session.ordered()]
    session.mark(ids[0], Verdict.VERIFIED)
    session.mark(ids[1], Verdict.DISPUTED)
    session.close()
    return article, store, session.path, ids


def _edit_first_claim(review: Path, claim_id: str, change) -> None:
    """Rewrite the claim's line as a person would in an editor: the rest of the file stays as it was."""
    lines = review.read_text(encoding="utf-8").split("\n")
    for number, line in enumerate(lines):
        key = f"  {json.dumps(claim_id)}: "
        if line.startswith(key):
            entry = json.loads(line[len(key) :].rstrip(","))
            entry = change(entry)
            lines[number] = key + json.dumps(entry) + ("," if line.endswith(",") else "")
            break
    review.write_text("\n".join(lines), encoding="utf-8")


def _set(key: str, value):
    def change(entry: dict) -> dict:
        entry[key] = value
        return entry

    return change


BAD_CLAIMS = [
    ("verdict-capitalised", _set("verdict", "Verified"), "'verdict' is \"Verified\"; it must be one of verified"),
    ("verdict-null", _set("verdict", None), "'verdict' is null"),
    ("verdict-number", _set("verdict", 1), "'verdict' is 1"),
    ("entry-not-a-mapping", lambda entry: 5, "the entry must be a mapping, not 5"),
    ("suggestion-text", _set("suggestion", "x"), "'suggestion' must be a mapping, not \"x\""),
    ("start-text", _set("start", "abc"), "'start' must be a character offset"),
    ("evidence-mapping", _set("evidence", [{}]), "'evidence' item 1 must be a store id"),
    (
        "suggestion-confidence-nan",
        _set("suggestion", {"verdict": "verified", "confidence": float("nan"), "reason": "r", "evidence": []}),
        "the suggestion's 'confidence' must be a number from 0 to 100, not NaN",
    ),
    (
        "suggestion-confidence-infinite",
        _set("suggestion", {"verdict": "verified", "confidence": float("inf"), "reason": "r", "evidence": []}),
        "the suggestion's 'confidence' must be a number from 0 to 100, not Infinity",
    ),
    (
        "suggestion-confidence-huge",
        _set("suggestion", {"verdict": "verified", "confidence": 10**300, "reason": "r", "evidence": []}),
        "the suggestion's 'confidence' must be a number from 0 to 100",
    ),
    (
        "suggestion-confidence-negative",
        _set("suggestion", {"verdict": "verified", "confidence": -500, "reason": "r", "evidence": []}),
        "the suggestion's 'confidence' must be a number from 0 to 100, not -500",
    ),
    (
        "suggestion-score-infinite",
        _set(
            "suggestion",
            {
                "verdict": "verified",
                "confidence": 9,
                "reason": "r",
                "evidence": [{"store_id": "s", "kind": "source", "quote": "q", "score": float("-inf")}],
            },
        ),
        "'score' must be a number, not -Infinity",
    ),
    (
        "suggestion-evidence-without-id",
        _set("suggestion", {"verdict": "verified", "confidence": 80, "reason": "r", "evidence": [{"quote": "q"}]}),
        "the suggestion's evidence 1 has no 'store_id'",
    ),
]


@pytest.mark.parametrize(("name", "change", "needle"), BAD_CLAIMS, ids=[case[0] for case in BAD_CLAIMS])
@pytest.mark.parametrize("command", ["report", "review"])
def test_a_wrong_value_in_a_claim_names_the_file_line_and_claim(cli, made, name, change, needle, command):
    article, store, review, ids = made
    _edit_first_claim(review, ids[0], change)
    before = review.read_bytes()
    line = next(n for n, text in enumerate(before.decode().split("\n"), start=1) if json.dumps(ids[0]) in text)
    if command == "report":
        result = cli("report", review)
        status, err = result.status, result.err
    else:  # the real program: a file that wrongly got through would open the app, not hang the test
        process = run_factdesk("review", article, "--sources", store, "--review", review, timeout=60)
        status, err = process.returncode, process.stderr
    assert status == 2, err
    message = err.strip()
    assert "\n" not in message and message.startswith("factdesk: error: ")
    assert f"{review}:{line}:" in message and f"claim {ids[0]!r}" in message and needle in message
    assert review.read_bytes() == before


@pytest.mark.parametrize(("value", "shown"), [('"1"', '"1"'), ("null", "null")])
def test_a_wrong_format_number_is_named(cli, made, value: str, shown: str):
    _article, _store, review, _ids = made
    text = review.read_text(encoding="utf-8").replace('"factdesk_review": 1', f'"factdesk_review": {value}')
    review.write_text(text, encoding="utf-8")
    result = cli("report", review)
    assert result.status == 2
    assert f"{review}:3:2: 'factdesk_review' must be the format number 1, not {shown}" in result.err


def test_a_value_nested_100000_deep_is_refused(cli, tmp_path: Path):
    review = tmp_path / "deep.review.yaml"
    review.write_text('{"claims": {"a": ' + "[" * 100_000 + "]" * 100_000 + "}}", encoding="utf-8")
    result = cli("report", review)
    assert result.status == 2 and "nests values too deeply" in result.err and str(review) in result.err


# The journal of a large review


@pytest.fixture
def journaled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(review_module, "JOURNAL_ABOVE", 0)  # every review counts as large
    monkeypatch.setattr(review_module, "COMPACT_EVERY", 1000)


def _journal_session(tmp_path: Path, seed_dir: Path) -> tuple[ReviewSession, list[str]]:
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="j")
    ids = [record.claim.id for record in session.ordered()]
    session.mark(ids[0], Verdict.VERIFIED)  # written whole
    session.mark(ids[1], Verdict.DISPUTED)  # journal line 2 (after the base), 3 history, 4 cursor
    session.file.release()  # the app was killed: the journal stays
    return session, ids


@pytest.mark.parametrize(
    ("bad", "needle"),
    [
        (b"null", "not a journal entry"),
        (b"5", "not a journal entry"),
        (b'{"c": "x"}', "not a journal entry"),
        (b"", "a blank line in the journal"),
        (b"garbage", "a line that is not JSON"),
    ],
)
def test_a_bad_journal_line_stops_reading_with_its_line_and_the_journal_is_kept(
    cli, tmp_path: Path, seed_dir: Path, journaled: None, bad: bytes, needle: str
):
    session, _ids = _journal_session(tmp_path, seed_dir)
    journal = journal_path_for(session.path)
    lines = journal.read_bytes().split(b"\n")
    lines.insert(2, bad)  # a bad line with confirmed changes after it
    journal.write_bytes(b"\n".join(lines))
    before = journal.read_bytes(), session.path.read_bytes()
    result = cli("report", session.path)
    assert result.status == 2 and f"{journal}:3:1: {needle}" in result.err
    process = run_factdesk("review", session.checked.article.path, "--sources", session.checked.store.root)
    assert process.returncode == 2 and f"{journal}:3:1: {needle}" in process.stderr
    assert (journal.read_bytes(), session.path.read_bytes()) == before


def test_a_wrong_claim_in_the_journal_is_named_at_its_journal_line(cli, tmp_path: Path, seed_dir: Path, journaled):
    session, ids = _journal_session(tmp_path, seed_dir)
    journal = journal_path_for(session.path)
    with open(journal, "ab") as stream:
        stream.write(json.dumps({"c": ids[2], "e": {"verdict": "Verified"}}).encode() + b"\n")
    result = cli("report", session.path)
    assert result.status == 2 and f"{journal}:5:1: claim {ids[2]!r}: 'verdict' is \"Verified\"" in result.err


def test_a_journal_without_its_review_file_is_never_deleted(cli, tmp_path: Path, seed_dir: Path, journaled: None):
    session, _ids = _journal_session(tmp_path, seed_dir)
    journal = journal_path_for(session.path)
    session.path.unlink()  # the review file is gone; the journal holds the only copy of a verdict
    kept = journal.read_bytes()
    process = run_factdesk("review", session.checked.article.path, "--sources", session.checked.store.root)
    assert process.returncode == 2 and f"{journal}: this journal of changes has no review file" in process.stderr
    with pytest.raises(review_module.ReviewError, match="no review file"):
        ReviewSession.open(session.checked, session.path, "j")
    assert journal.read_bytes() == kept and not session.path.exists()


def test_a_report_during_a_fold_reads_every_verdict(
    cli, tmp_path: Path, seed_dir: Path, journaled: None, monkeypatch: pytest.MonkeyPatch
):
    """The app folds the journal (file replaced, journal removed) between the report's two reads."""
    session, ids = _journal_session(tmp_path, seed_dir)
    again = ReviewSession.open(session.checked, session.path, "j")
    read_journal = review_reading._read_journal_bytes
    folded = []

    def fold_first(journal: Path) -> bytes | None:
        if not folded:
            folded.append(True)
            again.close()  # the whole file is written with the journal folded in, and the journal removed
        return read_journal(journal)

    monkeypatch.setattr(review_reading, "_read_journal_bytes", fold_first)
    result = cli("report", session.path, "--format", "json")
    assert folded and result.status == 0, result.err
    verdicts = {claim["id"]: claim["verdict"] for claim in json.loads(result.out)["claims"]}
    assert verdicts[ids[0]] == "verified" and verdicts[ids[1]] == "disputed"


# Half of a character: a lone UTF-16 surrogate written as a JSON escape


def _note_written_as(review: Path, claim_id: str, escaped_note: str) -> tuple[int, int]:
    """Give the claim a note written as JSON escapes, as by hand; returns the (line, column) of the note."""
    _edit_first_claim(review, claim_id, _set("note", "PLACEHOLDER"))
    text = review.read_text(encoding="utf-8").replace('"PLACEHOLDER"', f'"{escaped_note}"')
    review.write_text(text, encoding="utf-8")
    at = text.index(escaped_note)
    return text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)


@pytest.mark.parametrize("command", ["report", "review"])
def test_a_lone_surrogate_is_refused_at_its_line_and_column(cli, made, command):
    article, store, review, ids = made
    line, column = _note_written_as(review, ids[0], "caf\\ud83d")
    before = review.read_bytes()
    if command == "report":
        result = cli("report", review)
        status, err = result.status, result.err
    else:
        process = run_factdesk("review", article, "--sources", store, "--review", review, timeout=60)
        status, err = process.returncode, process.stderr
    assert status == 2, err
    assert "Traceback" not in err
    assert f"{review}:{line}:{column + 3}: \\ud83d is half of a character" in err
    assert review.read_bytes() == before


def test_a_whole_character_written_as_two_escapes_is_read(cli, made):
    _article, _store, review, ids = made
    _note_written_as(review, ids[0], "caf\\ud83d\\ude00 and a backslash \\\\ud83d")
    result = cli("report", review, "--format", "json")
    assert result.status == 0, result.err
    notes = {claim["id"]: claim["note"] for claim in json.loads(result.out)["claims"]}
    assert notes[ids[0]] == "caf\U0001f600 and a backslash \\ud83d"


def test_a_lone_surrogate_in_the_journal_is_named_at_its_journal_line(cli, tmp_path: Path, seed_dir: Path, journaled):
    session, ids = _journal_session(tmp_path, seed_dir)
    journal = journal_path_for(session.path)
    with open(journal, "ab") as stream:
        stream.write(b'{"c": "' + ids[2].encode() + b'", "e": {"verdict": "verified", "note": "\\udc00"}}\n')
    result = cli("report", session.path)
    assert result.status == 2 and f"{journal}:5:" in result.err and "\\udc00 is half of a character" in result.err


# A mistyped or unknown key: refused, never read as absent and then dropped on the next save


def _add_key_to_claim(review: Path, claim_id: str, key: str) -> None:
    _edit_first_claim(review, claim_id, _set(key, "Spoke to the PMO spokesman 14:05, on record"))


def _add_top_key(review: Path, claim_id: str, key: str) -> None:
    text = review.read_text(encoding="utf-8").replace(' "claims": {', f' "{key}": "mine",\n "claims": {{', 1)
    review.write_text(text, encoding="utf-8")


def _add_key_to_suggestion(review: Path, claim_id: str, key: str) -> None:
    def change(entry: dict) -> dict:
        entry["suggestion"] = {"verdict": "verified", "confidence": 80, "reason": "r", "evidence": [], key: 1}
        return entry

    _edit_first_claim(review, claim_id, change)


UNKNOWN_KEYS = [
    ("claim-notes", _add_key_to_claim, "notes", "in the claim (did you mean 'note'?)"),
    ("claim-unknown", _add_key_to_claim, "checked_by", "in the claim (the keys here are kind, text"),
    ("top-level", _add_top_key, "reviewer_notes", "in the review file (did you mean 'reviewers'?)"),
    ("suggestion", _add_key_to_suggestion, "confidense", "in the suggestion (did you mean 'confidence'?)"),
]


@pytest.mark.parametrize(("name", "edit", "key", "needle"), UNKNOWN_KEYS, ids=[case[0] for case in UNKNOWN_KEYS])
@pytest.mark.parametrize("command", ["report", "review"])
def test_an_unknown_key_is_refused_at_its_line_and_column(cli, made, name, edit, key, needle, command):
    article, store, review, ids = made
    edit(review, ids[0], key)
    before = review.read_bytes()
    text = before.decode("utf-8")
    at = text.index(f'"{key}":')
    line, column = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
    if command == "report":
        result = cli("report", review)
        status, err = result.status, result.err
    else:
        process = run_factdesk("review", article, "--sources", store, "--review", review, timeout=60)
        status, err = process.returncode, process.stderr
    assert status == 2, err
    assert f"{review}:{line}:{column}: " in err and f'unknown key "{key}" {needle}' in err
    assert "would drop it on the next save" in err
    assert review.read_bytes() == before


@pytest.mark.parametrize("written", ["2024-02-30", "yesterday", "25/03/2024"])
def test_a_hand_edited_article_date_that_is_no_day_is_refused_not_dropped(cli, made, written: str):
    """ "date": "2024-02-30" opened as "no date" (titles checked without their terms, while the report printed
    the bad date), and "yesterday" was rewritten to null on the next save."""
    _article, _store, review, _ids = made
    text = review.read_text(encoding="utf-8")
    assert '"date": "2024-03-25"' in text
    review.write_text(text.replace('"date": "2024-03-25"', f'"date": "{written}"'), encoding="utf-8")
    before = review.read_bytes()
    result = cli("report", review)
    assert result.status == 2 and f"the article's 'date' must be a day written YYYY-MM-DD, not {written!r}" in (
        result.err
    )
    assert review.read_bytes() == before


def test_a_number_of_thousands_of_digits_is_named_short(cli, tmp_path: Path, seed_dir: Path):
    """A 5,000-digit offset made a 5 KB error message quoting every digit."""
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="ana")
    session.mark(session.ordered()[0].claim.id, Verdict.VERIFIED)
    session.close()
    text = session.path.read_text(encoding="utf-8")
    session.path.write_text(re.sub(r'"start": \d+', '"start": ' + "9" * 5000, text, count=1), encoding="utf-8")
    result = cli("report", session.path)
    assert result.status == 2 and len(result.err) < 600 and "5,000 digits" in result.err, result.err[:300]
