"""Where factdesk keeps its own files: the user's config and cache folders, as platformdirs finds them.

On Linux these follow XDG (`$XDG_CONFIG_HOME/factdesk`, `$XDG_CACHE_HOME/factdesk`,
~/.config and ~/.cache by default); on macOS and Windows, each platform's own
places. `$FACTDESK_CONFIG` and `$FACTDESK_CACHE_DIR` override them (tests use these
to keep the user's own files out).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "factdesk"


def config_path() -> Path:
    """The config file: `$FACTDESK_CONFIG`, else `config.yaml` in the user's config folder."""
    chosen = os.environ.get("FACTDESK_CONFIG")
    return Path(chosen) if chosen else platformdirs.user_config_path(APP, appauthor=False) / "config.yaml"


def store_cache_folder() -> Path:
    """Where validated store files are cached: `$FACTDESK_CACHE_DIR`, else `store` in the user's cache folder."""
    chosen = os.environ.get("FACTDESK_CACHE_DIR")
    return Path(chosen) if chosen else platformdirs.user_cache_path(APP, appauthor=False) / "store"


def web_cache_folder() -> Path:
    """Where answers fetched from the web (Wikidata, pages) are kept: `web` beside the store cache."""
    chosen = os.environ.get("FACTDESK_CACHE_DIR")
    return (Path(chosen) if chosen else platformdirs.user_cache_path(APP, appauthor=False)) / "web"
