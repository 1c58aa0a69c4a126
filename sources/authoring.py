"""Add a source to a store from the app: a new file of its own, never an edit of a person's file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml
from factdesk.base.errors import FactdeskError
from factdesk.base.files import write_atomically
from factdesk.sources.cache import StoreCache
from factdesk.sources.entries import ID_PATTERN
from factdesk.sources.model import Origin, Source, SourceType, Store
from factdesk.sources.store import read_file, written_since_read

ADDED_FOLDER = "added"


class SourceFormError(FactdeskError):
    """What the reviewer typed cannot become a source; the message says which field and why."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(field, message)
        self.field = field
        self.message = message


def new_source(
    store: Store,
    *,
    source_id: str,
    title: str,
    publisher: str,
    excerpt: str,
    url: str = "",
    date: str = "",
    source_type: str = "",
) -> Source:
    """Validate a source typed by a reviewer against the store (id free, date real); raise `SourceFormError`."""
    source_id, title, publisher = source_id.strip(), title.strip(), publisher.strip()
    if not ID_PATTERN.match(source_id):
        raise SourceFormError("id", "use lower-case letters, digits, '.', '_' or '-' (e.g. reuters-2024-03-25)")
    if source_id in store.sources:
        raise SourceFormError("id", f"{source_id!r} is already used in {store.sources[source_id].origin}")
    if not title:
        raise SourceFormError("title", "a source needs a title")
    if not publisher:
        raise SourceFormError("publisher", "a source needs a publisher")
    day = None
    if date.strip():
        try:
            day = dt.date.fromisoformat(date.strip())
        except ValueError:
            raise SourceFormError("date", f"{date.strip()!r} is not a date written YYYY-MM-DD") from None
    kind = None
    if source_type.strip():
        try:
            kind = SourceType(source_type.strip())
        except ValueError:
            raise SourceFormError("type", "type is primary, secondary or reference") from None
    excerpts = tuple(part.strip() for part in excerpt.split("\n\n") if part.strip())
    path = store.root / ADDED_FOLDER / f"{source_id}.yaml"
    return Source(source_id, title, publisher, excerpts, Origin(path, 2), url.strip() or None, day, kind)


def save_source(store: Store, source: Source) -> Path:
    """Write `source` to `<store>/added/<id>.yaml` (refusing to overwrite) and add it to `store`."""
    entry: dict[str, Any] = {"id": source.id, "title": source.title, "publisher": source.publisher}
    if source.url:
        entry["url"] = source.url
    if source.date:
        entry["date"] = source.date.isoformat()
    if source.type:
        entry["type"] = source.type.value
    if source.retrieved:
        entry["retrieved"] = source.retrieved.isoformat()
    if source.revision:
        entry["revision"] = source.revision
    if source.sha256:
        entry["sha256"] = source.sha256
    entry["excerpts"] = list(source.excerpts)
    text = "# Added with factdesk.\n" + yaml.dump(
        {"sources": [entry]}, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), sort_keys=False, allow_unicode=True
    )
    path = source.origin.path
    if not store.root.is_dir():
        # Moved or removed since it was read (a branch checked out, a sync tool): a store begun again in its
        # place would hold only this source, and the store put back would meet it in its way.
        raise SourceFormError(
            "id",
            f"the store folder {store.root} is gone (moved or removed since it was read); put it back, then save "
            "again (nothing typed here is lost)",
        )
    taken = _taken_since_read(store, source.id)
    if taken is not None:
        raise SourceFormError(
            "id", f"{source.id!r} is already used in {taken}, written since the store was read; choose another id"
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise SourceFormError("id", f"cannot create {path.parent}: {error.strerror or error}") from None
    write_atomically(path, text.encode("utf-8"), exclusive=True)
    store.sources[source.id] = source
    store.files.append(path)
    store.stamps[path] = StoreCache.stamp(path)
    return path


def _taken_since_read(store: Store, source_id: str) -> Origin | None:
    """Where `source_id` is used by a file written into the store by another hand since it was read.

    The id was checked against the store as read when the desk opened. A colleague's file giving the same
    id meanwhile won it on every later load: the source added here was dropped as a duplicate, and the
    claim linked to it cited the other document.
    """
    for path in written_since_read(store):
        for source in read_file(path).sources:
            if source.id == source_id:
                return source.origin
    return None
