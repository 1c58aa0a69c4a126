"""The user's config file: who publishes the fact-checks, who reviews, and how verdicts are rated.

```yaml
publisher: {name: The Desk, url: https://desk.example/checks}
reviewer: Ana Ortiz
ratings:                      # verdict -> schema.org rating (ClaimReview)
  disputed: {value: 1, name: Incorrect, reason: true}   # reason: add what is wrong to the name
  unsupported: {value: 3, name: Unproven}
  verified: {value: 5, name: Correct}
```

Options given on the command line win over the file; the file is optional.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factdesk.base.folders import config_path
from factdesk.base.reading import read_regular_bytes
from factdesk.claims.report.claimreview import DEFAULT_RATINGS, Publisher, Rating
from factdesk.sources.errors import FactdeskError
from factdesk.sources.yaml_safe import LocatedDict, YamlProblem, load_yaml_text

KEYS = ("publisher", "reviewer", "ratings")
VERDICTS = ("verified", "disputed", "unsupported")


def default_config_path() -> Path:
    """`$FACTDESK_CONFIG`, or `config.yaml` in the user's config folder (~/.config/factdesk on Linux)."""
    return config_path()


@dataclass(frozen=True)
class DeskConfig:
    publisher_name: str | None = None
    publisher_url: str | None = None
    reviewer: str | None = None
    ratings: dict[str, Rating] = field(default_factory=lambda: dict(DEFAULT_RATINGS))


def _fail(path: Path, where: LocatedDict, key: Any, message: str) -> FactdeskError:
    line, column = where.where(key)
    return FactdeskError(path, message, line, column)


def _ratings(path: Path, given: Any, document: LocatedDict) -> dict[str, Rating]:
    ratings = dict(DEFAULT_RATINGS)
    if not isinstance(given, LocatedDict):
        raise _fail(path, document, "ratings", "'ratings' maps a verdict to {value: 1-5, name: TEXT, reason: BOOL}")
    for verdict, entry in given.items():
        if verdict not in VERDICTS:
            raise _fail(path, given, verdict, f"unknown verdict {verdict!r}; rate one of {', '.join(VERDICTS)}")
        if not isinstance(entry, LocatedDict) or set(entry) - {"value", "name", "reason"}:
            raise _fail(path, given, verdict, "a rating is {value: 1-5, name: TEXT, reason: true|false}")
        if not isinstance(entry.get("reason", False), bool):
            raise _fail(path, given, verdict, "a rating's 'reason' is true or false")
        value, name = entry.get("value"), entry.get("name")
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5 or not name:
            raise _fail(path, given, verdict, "a rating needs a value from 1 (worst) to 5 (best) and a name")
        ratings[verdict] = Rating(value, str(name), bool(entry.get("reason", False)))
    return ratings


def load_config(config: Path | None = None) -> DeskConfig:
    """The config file's settings (`config` must exist if given; the default file may be absent)."""
    path = config or default_config_path()
    if config is None and not path.exists():
        return DeskConfig()
    try:
        document = load_yaml_text(read_regular_bytes(path).decode("utf-8"))
    except FileNotFoundError:
        raise FactdeskError(path, "config file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise FactdeskError(path, f"cannot read the config file: {error}") from None
    except YamlProblem as problem:
        raise FactdeskError(path, problem.message, problem.line, problem.column) from None
    if document is None:
        return DeskConfig()
    if not isinstance(document, LocatedDict):
        raise FactdeskError(path, "the config file is a mapping: publisher, reviewer, ratings", 1, 1)
    for key in document:
        if key not in KEYS:
            raise _fail(path, document, key, f"unknown setting {key!r}; the settings are {', '.join(KEYS)}")
    publisher = document.get("publisher")
    named: dict[str, str] = {}
    if isinstance(publisher, LocatedDict):
        named = {key: str(value) for key, value in publisher.items() if key in ("name", "url") and value}
    elif publisher is not None:
        raise _fail(path, document, "publisher", "the config file needs 'publisher: {name: ..., url: ...}'")
    reviewer = document.get("reviewer")
    if reviewer is not None and (not isinstance(reviewer, str) or not reviewer.strip()):
        raise _fail(path, document, "reviewer", "'reviewer' is one person's name, written as text")  # not a list
    ratings = _ratings(path, document["ratings"], document) if "ratings" in document else dict(DEFAULT_RATINGS)
    return DeskConfig(named.get("name"), named.get("url"), reviewer.strip() if reviewer else None, ratings)


def load_publisher(config: Path | None, name: str | None, url: str | None, page: str | None = None) -> Publisher:
    """Options win; the config file fills what they leave out. No name anywhere: a publisher with none."""
    settings = load_config(config)
    return Publisher(name or settings.publisher_name, url or settings.publisher_url, settings.ratings, page)
