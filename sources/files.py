"""Atomic writes now live in `factdesk.base.files`; these names stay importable from here."""

from factdesk.base.files import WriteError, write_atomically

__all__ = ["WriteError", "write_atomically"]
