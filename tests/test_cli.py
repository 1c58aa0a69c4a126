"""The command line as a user meets it: help, output, and exit status 2 (never a traceback) on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import ARTICLES, run_factdesk


def test_help_explains_every_command(cli):
    result = cli("--help")
    assert result.status == 0
    for command in ("extract", "check", "review", "demo", "sources"):
        assert command in result.out
    for command in (
        ["extract"],
        ["check"],
        ["review"],
        ["demo"],
        ["sources"],
        ["sources", "validate"],
        ["sources", "search"],
    ):
        sub = cli(*command, "--help")
        assert sub.status == 0 and "usage: factdesk" in sub.out and len(sub.out.splitlines()) > 4


def test_extract_json_is_the_contract(cli, seed_article: Path):
    result = cli("extract", seed_article, "--format", "json")
    assert result.status == 0
    claims = json.loads(result.out)
    text = seed_article.read_text(encoding="utf-8")
    kinds = {claim["kind"] for claim in claims}
    assert {"person", "role", "vote", "quantity", "statement"} <= kinds
    for claim in claims:
        assert text[claim["start"] : claim["end"]]
        assert claim["sentence"] in text


def test_extract_ids_are_stable_and_survive_an_edit_elsewhere(cli, seed_article: Path, tmp_path: Path):
    first = {c["text"]: c["id"] for c in json.loads(cli("extract", seed_article, "--format", "json").out)}
    again = {c["text"]: c["id"] for c in json.loads(cli("extract", seed_article, "--format", "json").out)}
    assert first == again
    edited = tmp_path / "edited.txt"
    edited.write_text(
        "An added opening paragraph about nothing.\n\n" + seed_article.read_text(encoding="utf-8"), encoding="utf-8"
    )
    after = {c["text"]: c["id"] for c in json.loads(cli("extract", edited, "--format", "json").out)}
    assert first.items() <= after.items()


def test_check_table_shows_the_misspelling(cli, seed_article: Path, seed_store: Path):
    result = cli("check", seed_article, "--sources", seed_store, "--date", "2024-03-25")
    assert result.status == 0
    line = next(line for line in result.out.splitlines() if "Tzaji Hanegbi" in line and "person" in line)
    assert "disputed" in line and "Tzachi Hanegbi" in line
    assert result.out.splitlines()[0].split("\t") == ["id", "kind", "claim", "suggestion", "conf", "reason"]
    assert all(len(row.split("\t")) == 6 for row in result.out.splitlines())  # piped: tab-separated, whole


def test_on_a_narrow_terminal_the_table_fits_and_the_reason_wraps_whole(seed_article: Path, seed_store: Path):
    """At 80 columns no line is wider than the terminal and the spelling correction is there in full."""
    import fcntl
    import os
    import pty
    import re
    import struct
    import subprocess
    import sys
    import termios

    from tests.conftest import ROOT

    watcher, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = {**os.environ, "COLUMNS": "80", "LINES": "24"}
    process = subprocess.Popen(
        [sys.executable, "-c", "from factdesk.tui.cli import entry_point; entry_point()", "check", str(seed_article),
         "--sources", str(seed_store), "--date", "2024-03-25"],
        stdout=terminal, stderr=subprocess.DEVNULL, cwd=ROOT, env=env,
    )  # fmt: skip
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(watcher, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    process.wait(timeout=120)
    os.close(watcher)
    text = re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", shown.decode("utf-8").replace("\r\n", "\n"))
    assert process.returncode == 0
    assert max(len(line) for line in text.splitlines()) <= 80
    assert "“Tzachi" in text and "Hanegbi”" in text and "register spells it" in " ".join(text.split())


def test_sources_validate_exit_status(cli, seed_store: Path, tmp_path: Path):
    clean = cli("sources", "validate", seed_store)
    assert clean.status == 0 and "no problems" in clean.out
    (tmp_path / "bad.yaml").write_text("people:\n  - name: A B\n    titel: x\n", encoding="utf-8")
    dirty = cli("sources", "validate", tmp_path)
    assert dirty.status == 1
    assert f"{tmp_path / 'bad.yaml'}:3:5: unknown key 'titel'" in dirty.out


def test_sources_search_ranks_the_near_miss(cli, seed_store: Path):
    result = cli("sources", "search", seed_store, "Tzaji Hanegbi")
    assert result.status == 0
    first_hit = result.out.splitlines()[1]
    assert "Tzachi Hanegbi" in first_hit and "person" in first_hit


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["extract", "/no/such/article.txt"], "no such file"),
        (["check", "ARTICLE", "--sources", "/no/such/store"], "store directory does not exist"),
        (["check", "ARTICLE", "--sources", "STORE", "--date", "2024-13-40"], "not a date"),
        (["extract", "EMPTY"], "empty"),
        (["extract", "BINARY"], "binary"),
        (["sources", "validate", "/no/such/store"], "does not exist"),
        (["check", "ARTICLE"], "--sources"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_input_exits_2_with_a_message_and_no_traceback(args, needle, seed_article, seed_store, tmp_path):
    (tmp_path / "empty.txt").write_text("  \n\n ", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    names = {
        "ARTICLE": seed_article,
        "STORE": seed_store,
        "EMPTY": tmp_path / "empty.txt",
        "BINARY": tmp_path / "binary.txt",
    }
    result = run_factdesk(*[names.get(arg, arg) for arg in args])
    assert result.returncode == 2, result.stderr
    assert needle in result.stderr
    assert "Traceback" not in result.stderr


def test_check_warns_about_store_problems_but_still_checks(cli, seed_article: Path, seed_store: Path, tmp_path: Path):
    store = tmp_path / "store"
    store.mkdir()
    for path in seed_store.iterdir():
        (store / path.name).write_bytes(path.read_bytes())
    (store / "broken.yaml").write_text("people: [\n", encoding="utf-8")
    result = cli("check", seed_article, "--sources", store, "--date", "2024-03-25", "--format", "json")
    assert result.status == 0 and "1 problem" in result.err
    assert any(c["suggestion"]["verdict"] == "verified" for c in json.loads(result.out))


def test_terminal_escapes_in_an_article_do_not_reach_the_terminal(cli, tmp_path: Path):
    article = tmp_path / "evil.txt"
    article.write_text("Prime Minister \x1b[31mJohn Smithers\x1b[0m said \x1b]0;owned\x07 it.\n", encoding="utf-8")
    result = cli("extract", article)
    assert "\x1b" not in result.out and "\x07" not in result.out
    assert "John Smithers" in result.out


def test_all_test_articles_extract_from_the_cli(cli):
    for path in ARTICLES.iterdir():
        if path.suffix in (".txt", ".md", ".html"):
            assert cli("extract", path).status == 0


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["review", "/no/such/article.txt", "--sources", "STORE"], "no such file"),
        (["review", "ARTICLE", "--sources", "/no/such/store"], "store directory does not exist"),
        (["review", "ARTICLE", "--sources", "STORE", "--review", "BROKEN"], "damaged"),
    ],
)
def test_review_fails_cleanly_before_opening_the_app(args, needle, seed_article, seed_store, tmp_path):
    broken = tmp_path / "broken.review.yaml"
    broken.write_text("claims: [unclosed", encoding="utf-8")
    names = {"ARTICLE": seed_article, "STORE": seed_store, "BROKEN": broken}
    result = run_factdesk(*[names.get(arg, arg) for arg in args])
    assert result.returncode == 2 and needle in result.stderr and "Traceback" not in result.stderr
    assert broken.read_text(encoding="utf-8") == "claims: [unclosed"


def test_progress_goes_to_a_watching_terminal_and_never_into_the_results(seed_article: Path, seed_store: Path):
    """On a terminal, stderr shows a percentage that ends cleared; stdout (the results) stays clean."""
    import os
    import pty
    import subprocess
    import sys

    from tests.conftest import ROOT

    watcher, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-c", "from tui.cli import entry_point; entry_point()", "check", str(seed_article),
         "--sources", str(seed_store), "--date", "2024-03-25"],
        stdout=subprocess.PIPE, stderr=terminal, cwd=ROOT,
    )  # fmt: skip
    os.close(terminal)
    results, _ = process.communicate(timeout=120)
    shown = b""
    while True:
        try:
            chunk = os.read(watcher, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        shown += chunk
    os.close(watcher)
    assert process.returncode == 0
    assert b"Extracting claims \xe2\x80\xa6 100%" in shown and b"Checking against the store \xe2\x80\xa6 100%" in shown
    assert shown.endswith(b"\r\x1b[K")  # the last progress line is cleared
    assert b"Tzaji Hanegbi" in results and b"%" not in results.split(b"\n")[0] and b"\x1b" not in results
    piped = run_factdesk("check", seed_article, "--sources", seed_store, "--date", "2024-03-25")
    assert "Extracting" not in piped.stderr and "Checking" not in piped.stderr  # nothing in a pipe or a log


def test_factdesk_alone_prints_help(cli):
    result = cli()
    assert result.status == 0 and "usage: factdesk" in result.out and "review" in result.out
    assert "error" not in result.err


def test_report_given_the_article_names_the_review_file_it_wants(cli, tmp_path: Path):
    article = tmp_path / "article.txt"
    article.write_text("Some words.", encoding="utf-8")
    result = cli("report", article)
    assert result.status == 2
    assert "this is the article; its review is article.txt.review.yaml" in result.err
    assert "damaged" not in result.err
