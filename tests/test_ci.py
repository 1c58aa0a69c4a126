"""CI runs the README's test command word for word, ruff included, and then mypy."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_the_readme_test_command_and_mypy() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"Install and run the tests:\s+```sh\n(.+?)\n```", readme, re.DOTALL)
    assert command is not None
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert command.group(1) in ci and "ruff check" in command.group(1)
    assert ".ci/mypy" in ci
    mypy = (ROOT / ".ci" / "mypy").read_text(encoding="utf-8")
    assert all(f"-p factdesk.{package}" in mypy for package in ("base", "claims", "sources", "tui"))
