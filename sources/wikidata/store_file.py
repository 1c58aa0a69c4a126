"""`STORE/wikidata/Q123.yaml`: one imported person and the item they came from, written atomically.

The file is factdesk's, not the reviewer's: it starts with `MARK`, and a file at
that path without it (written by hand) is never overwritten. Importing again
replaces the file in one step and reports what changed in words a reviewer
reads ("new office …", "end date now known …").
"""

from __future__ import annotations

import datetime as dt
import urllib.parse
from pathlib import Path
from typing import Any

import yaml
from factdesk.base.errors import FactdeskError
from factdesk.base.files import write_atomically
from factdesk.sources.model import Person, Role
from factdesk.sources.reader import read_file
from factdesk.sources.wikidata.entities import ImportedPerson

FOLDER = "wikidata"
MARK = "# Imported from Wikidata by `factdesk sources import wikidata`."
_HEADER = MARK + " Importing again replaces this file:\n# put corrections in a file of your own.\n"
_Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class NotOurs(FactdeskError):
    """The file an import would write exists and was not written by an import."""


def path_for(store: Path, qid: str) -> Path:
    return store / FOLDER / f"{qid}.yaml"


def source_id(qid: str) -> str:
    return f"wikidata-{qid.lower()}"


def item_url(api: str, qid: str) -> str:
    """The item's page on the Wikibase behind `api`: https://www.wikidata.org/wiki/Q123."""
    parts = urllib.parse.urlsplit(api)
    path = parts.path.removesuffix("api.php").removesuffix("/w/").rstrip("/")
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, f"{path}/wiki/{qid}", "", ""))


def render(person: ImportedPerson, url: str, retrieved: dt.date) -> str:
    """The YAML text of the file: a `sources` entry for the item and the `people` entry citing it."""
    cited = source_id(person.qid)
    source: dict[str, Any] = {
        "id": cited,
        # The name alone: the title is searched like an excerpt, and a description would "support" statements.
        "title": f"{person.name} ({person.qid}) on Wikidata",
        "publisher": "Wikidata",
        "url": url,
        "type": "reference",
        "retrieved": retrieved.isoformat(),
        "revision": person.revision,
    }
    entry: dict[str, Any] = {"name": person.name}
    if person.description:
        entry["disambiguation"] = f"{person.description} ({person.qid})"
    if person.aliases:
        entry["aliases"] = list(person.aliases)
    roles = []
    for office in person.offices:
        role: dict[str, Any] = {"title": office.title}
        if office.org:
            role["org"] = office.org
        if office.start:
            role["from"] = office.start
        if office.until:
            role["until"] = office.until
        role["source"] = cited
        roles.append(role)
    if roles:
        entry["roles"] = roles
    body = yaml.dump(
        {"sources": [source], "people": [entry]}, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120
    )
    return _HEADER + body


def read_previous(path: Path) -> Person | None:
    """The person an earlier import wrote at `path` (None if there is none); refuse a hand-written file."""
    try:
        head = path.read_bytes()[: len(MARK)]
    except FileNotFoundError:
        return None
    except OSError as error:
        raise NotOurs(path, f"cannot read: {error.strerror or error}") from None
    if head != MARK.encode("utf-8"):
        raise NotOurs(path, "was not written by an import (no import header); not overwritten")
    result = read_file(path)
    return result.people[0] if result.people else None


def write(path: Path, text: str) -> None:
    """Replace the file in one step (temp file, fsync, rename)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise NotOurs(path.parent, f"cannot create the folder: {error.strerror or error}") from None
    write_atomically(path, text.encode("utf-8"))


def changes(previous: Person | None, person: ImportedPerson) -> list[str]:
    """What an import changes, for the reviewer: new offices, end dates now known, spellings, the name."""
    if previous is None:
        return []
    found: list[str] = []
    if previous.name != person.name:
        found.append(f"name: {previous.name} → {person.name}")
    added = [alias for alias in person.aliases if alias not in previous.aliases]
    if added:
        found.append(f"new spellings: {', '.join(added)}")
    dropped = [alias for alias in previous.aliases if alias not in person.aliases]
    if dropped:
        found.append(f"spellings no longer listed: {', '.join(dropped)}")
    old = {_key(role): role for role in previous.roles}
    matched: set[tuple[str, str | None, str | None, str | None]] = set()
    for office in person.offices:
        key = (office.title, office.org, office.start, office.until)
        if key in old:
            matched.add(key)
            continue
        earlier = next(
            (k for k in old if k[:3] == key[:3] and k not in matched),
            None,
        )
        if earlier is not None:
            matched.add(earlier)
            if earlier[3] is None:
                found.append(f"end date now known: {office.title} until {office.until}")
            else:
                found.append(f"term changed: {office.describe()} (was until {earlier[3] or 'present'})")
        else:
            found.append(f"new office: {office.describe()}")
    for key, role in old.items():
        if key not in matched:
            found.append(f"office no longer listed: {role.describe()}")
    return found


def _key(role: Role) -> tuple[str, str | None, str | None, str | None]:
    return (role.title, role.org, role.start_text, role.end_text)
