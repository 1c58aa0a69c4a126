"""factdesk installs as one import name, `factdesk`, with its folders as factdesk.claims/sources/tui."""

from __future__ import annotations

import os
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


# Stand-ins for PyPI's packages of those names, laid out as they install: `claims/` (claims 0.3.0, a
# permissions library), `sources.py` (sources 1.1.0, a single module) and `tui/` (tui 1.1.1, which is
# Python 2 code that imports on no Python 3, with or without factdesk). Checked by hand in a fresh venv
# with the real ones: `pip install ./factdesk claims sources tui`, then both sides import and run.
STAND_INS = {
    "claims/__init__.py": "WHO = 'PyPI claims'\n",
    "claims/model.py": "raise ImportError('factdesk reached PyPI claims')\n",
    "sources.py": "WHO = 'PyPI sources'\n",
    "tui/__init__.py": "WHO = 'PyPI tui'\n",
    "tui/app.py": "raise ImportError('factdesk reached PyPI tui')\n",
}


def test_factdesk_beside_pypis_claims_sources_and_tui_leaves_all_importable(tmp_path: Path, seed_dir: Path):
    site = tmp_path / "site"
    for name, text in STAND_INS.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(text, encoding="utf-8")
    environment = {**os.environ, "PYTHONPATH": str(site)}  # first on the path, ahead of site-packages
    probe = (
        "import claims, sources, tui, factdesk.claims.desk, factdesk.sources.store, factdesk.tui.app;"
        "print(claims.WHO, '|', sources.WHO, '|', tui.WHO)"
    )
    imported = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, env=environment, capture_output=True, text=True
    )
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip() == "PyPI claims | PyPI sources | PyPI tui"
    checked = subprocess.run(
        [sys.executable, "-c", "from factdesk.tui.cli import entry_point; entry_point()", "check",
         str(seed_dir / "article.txt"), "--sources", str(seed_dir / "store"), "--format", "json"],
        cwd=tmp_path, env=environment, capture_output=True, text=True,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stderr
    assert '"suggestion"' in checked.stdout
