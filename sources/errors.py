"""The error family now lives in `factdesk.base.errors`; these names stay importable from here."""

from factdesk.base.errors import FactdeskError, Problem, StoreError

__all__ = ["FactdeskError", "Problem", "StoreError"]
