"""`collection_paused` now lives in `factdesk.base.batch`; the name stays importable from here."""

from factdesk.base.batch import collection_paused

__all__ = ["collection_paused"]
