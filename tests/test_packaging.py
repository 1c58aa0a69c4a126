"""factdesk installs as one import name, `factdesk`, with its folders as factdesk.claims/sources/tui."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")  # Python 3.11+

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_folder_is_installed() -> None:
    """A new folder with an __init__.py that pyproject.toml does not list would be missing after install."""
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    on_disk = {
        "factdesk." + ".".join(init.parent.relative_to(ROOT).parts)
        for folder in ("base", "claims", "sources", "tui")
        for init in (ROOT / folder).rglob("__init__.py")
    }
    assert on_disk == listed


def test_only_factdesk_is_a_top_level_import_name(tmp_path: Path) -> None:
    """Away from the checkout, `claims`, `sources` and `tui` are free for PyPI's packages of those names."""
    probe = (
        "import importlib.util, factdesk.base, factdesk.claims, factdesk.sources, factdesk.tui;"
        "print([importlib.util.find_spec(name) is not None for name in ('base', 'claims', 'sources', 'tui')])"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[False, False, False, False]"
