"""What the desk and the command line say about a store that cannot check what an article claims."""

from __future__ import annotations

from factdesk.sources.model import Store


def store_warning(store: Store) -> str | None:
    """What an empty store, or one without people, cannot do; None when it has both."""
    if not store.entry_count:
        return f"the store {store.root} is empty: nothing can be checked"
    if not store.people:
        return f"the store {store.root} has no people: names and titles cannot be checked"
    return None
