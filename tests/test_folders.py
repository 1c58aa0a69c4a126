"""factdesk's own folders come from platformdirs: XDG on Linux, overridable for tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from factdesk.base.folders import config_path, store_cache_folder
from factdesk.sources.cache import StoreCache


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders are Linux's")
def test_the_cache_and_config_follow_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("FACTDESK_CACHE_DIR", raising=False)
    monkeypatch.delenv("FACTDESK_NO_CACHE", raising=False)
    monkeypatch.delenv("FACTDESK_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    cache = StoreCache.default()
    assert cache is not None and cache.folder == tmp_path / "cache" / "factdesk" / "store"
    assert config_path() == tmp_path / "config" / "factdesk" / "config.yaml"


def test_the_environment_overrides_the_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("FACTDESK_CACHE_DIR", str(tmp_path / "here"))
    monkeypatch.setenv("FACTDESK_CONFIG", str(tmp_path / "mine.yaml"))
    assert store_cache_folder() == tmp_path / "here" and config_path() == tmp_path / "mine.yaml"
