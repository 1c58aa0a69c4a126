"""Who publishes the fact-check (for ClaimReview): from options, else a config file, else a default."""

from __future__ import annotations

import os
from pathlib import Path

from factdesk.claims.report.claimreview import Publisher
from factdesk.sources.errors import FactdeskError
from factdesk.sources.yaml_safe import LocatedDict, YamlProblem, load_yaml_text


def default_config_path() -> Path:
    """`$FACTDESK_CONFIG`, or `$XDG_CONFIG_HOME/factdesk/config.yaml` (~/.config by default)."""
    if os.environ.get("FACTDESK_CONFIG"):
        return Path(os.environ["FACTDESK_CONFIG"])
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "factdesk" / "config.yaml"


def load_publisher(config: Path | None, name: str | None, url: str | None) -> Publisher:
    """Options win; a config file `publisher: {name: ..., url: ...}` fills what they leave out."""
    path = config or default_config_path()
    from_file: dict[str, str] = {}
    if config is not None or path.exists():
        try:
            document = load_yaml_text(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise FactdeskError(path, "config file not found") from None
        except (OSError, UnicodeDecodeError) as error:
            raise FactdeskError(path, f"cannot read the config file: {error}") from None
        except YamlProblem as problem:
            raise FactdeskError(path, problem.message, problem.line, problem.column) from None
        publisher = document.get("publisher") if isinstance(document, LocatedDict) else None
        if isinstance(publisher, LocatedDict):
            from_file = {key: str(value) for key, value in publisher.items() if key in ("name", "url") and value}
        elif document is not None:
            raise FactdeskError(path, "the config file needs 'publisher: {name: ..., url: ...}'", 1, 1)
    return Publisher(name or from_file.get("name") or "factdesk", url or from_file.get("url"))
