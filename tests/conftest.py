"""Shared fixtures: the seed article and store from ../shared/seed, test articles, and a CLI runner."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from factdesk.tui.cli import main
from hypothesis import settings

# CI explores the same examples on every run (a red CI must mean a change broke something);
# a developer's run explores new ones and keeps failures in .hypothesis/.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed"
ARTICLES = Path(__file__).resolve().parent / "articles"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    if not (SEED / "article.txt").exists():
        pytest.fail(f"the seed is missing: expected {SEED} (shared/ beside the repository)")
    return SEED


@pytest.fixture(scope="session")
def seed_article(seed_dir: Path) -> Path:
    return seed_dir / "article.txt"


@pytest.fixture(scope="session")
def seed_store(seed_dir: Path) -> Path:
    return seed_dir / "store"


@dataclass
class CliResult:
    status: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):
    """Run `factdesk ARGS...` in-process and return its exit status and output."""

    def run(*args: str | Path) -> CliResult:
        try:
            status = main([str(arg) for arg in args])
        except SystemExit as exit_:  # argparse usage errors and --help
            status = int(exit_.code or 0)
        captured = capsys.readouterr()
        return CliResult(status, captured.out, captured.err)

    return run


def run_factdesk(
    *args: str | Path, cwd: Path | None = None, stdout: int | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run the real console entry point in a subprocess (for exit codes and tracebacks).

    Standard input is empty: a command that wrongly opened the app would end rather than wait for keys.
    """
    return subprocess.run(
        [sys.executable, "-c", "from factdesk.tui.cli import entry_point; entry_point()", *map(str, args)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE if stdout is None else stdout,
        stderr=subprocess.PIPE,
        text=True,
        cwd=cwd,
        timeout=timeout,
    )


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every async test runs under anyio (Textual's own choice), on asyncio."""
    for item in items:
        if getattr(item, "obj", None) is not None and __import__("inspect").iscoroutinefunction(item.obj):
            item.add_marker(pytest.mark.anyio)


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never read or write the user's cache, config or data folder (~/.cache/factdesk, ~/.config/factdesk,
    ~/.local/share/factdesk: the desk looks there for drafts and whole reviews it could not save beside a review)."""
    monkeypatch.setenv("FACTDESK_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("FACTDESK_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.setenv("FACTDESK_CONFIG", str(tmp_path_factory.mktemp("config") / "absent.yaml"))
