"""The bundled demo: an article with planted errors and a store that catches them (package data)."""

from __future__ import annotations

import tempfile
from importlib import resources
from pathlib import Path


def install_demo(target: Path | None = None) -> tuple[Path, Path]:
    """Copy the demo article and store to `target` (a new temporary folder by default); keep existing files."""
    folder = Path(target) if target else Path(tempfile.mkdtemp(prefix="factdesk-demo-"))
    (folder / "store").mkdir(parents=True, exist_ok=True)
    package = resources.files("factdesk.tui.demo")
    for name, destination in (
        ("article.md", folder / "article.md"),
        ("store/people.yaml", folder / "store" / "people.yaml"),
        ("store/unga-es-10-23.yaml", folder / "store" / "unga-es-10-23.yaml"),
    ):
        if not destination.exists():
            destination.write_bytes(package.joinpath(name).read_bytes())
    return folder / "article.md", folder / "store"
