"""The accuracy benchmark on a few real articles, so it cannot rot (its figures are not asserted here)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_quick_accuracy_run_prints_every_table(tmp_path: Path) -> None:
    output = tmp_path / "ACCURACY.md"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "accuracy.py"),
            "--quick",
            "--no-baseline",
            "--no-spacy",
            "-o",
            str(output),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    headings = ("### People, wikinews", "### People, wikigold", "### Roles, votes and quantities", "### Votes, real")
    for heading in headings:
        assert heading in result.stdout
    assert "| factdesk (this tree) |" in output.read_text(encoding="utf-8")


def test_every_vote_corpus_label_stands_on_its_words() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "accuracy" / "check_vote_labels.py")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout
    assert "every label in place" in result.stdout
