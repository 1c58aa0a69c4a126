"""The reference store: YAML schema, loading, validation and fuzzy look-up.

This package knows nothing of claims or of the app; `claims` builds on it.
"""

from factdesk.base.errors import FactdeskError, Problem, StoreError
from factdesk.sources.model import Person, Role, Source, Store, Tally, Vote
from factdesk.sources.store import load_store

__all__ = [
    "FactdeskError",
    "Person",
    "Problem",
    "Role",
    "Source",
    "Store",
    "StoreError",
    "Tally",
    "Vote",
    "load_store",
]
