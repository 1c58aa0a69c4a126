"""Argument types shared by the subcommands."""

from __future__ import annotations

import argparse
import datetime as dt

from factdesk.claims.dates import CHECKABLE_RANGE, checkable


def iso_date(text: str) -> dt.date:
    """An argparse type: a date written YYYY-MM-DD, or a usage error that says so."""
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None
    if not checkable(day):
        raise argparse.ArgumentTypeError(f"{text} is outside the dates factdesk can check ({CHECKABLE_RANGE})")
    return day


def iso_time(text: str) -> str:
    """An argparse type: a time written as ISO 8601 ("2026-01-01T00:00:00Z", or a day), kept as written."""
    try:
        dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time written ISO 8601 (2026-01-01T00:00:00Z)") from None
    return text
