"""Times as a reader reads them: the reviewer's local time, day and minute, with its zone.

The review file keeps UTC ISO times (machine-readable, sortable); editors read
"26 Nov 2026, 10:20 CET".
"""

from __future__ import annotations

import datetime as dt


def readable_time(stamp: str | None) -> str:
    """An ISO time in local time ("26 Nov 2026, 10:20 CET"); text that is no ISO time is returned as it is."""
    if not stamp:
        return ""
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    try:
        local = moment.astimezone()
    except (OverflowError, OSError, ValueError):
        local = moment
    return f"{local.day} {local:%b %Y, %H:%M} {local.tzname() or ''}".rstrip()
