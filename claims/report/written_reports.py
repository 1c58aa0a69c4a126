"""What factdesk last wrote to each report file, so that `report -o` never replaces one edited since.

A report looks like a report after an editor has annotated it by hand, so the way a file begins cannot
tell; the bytes can. Each report written is remembered by its path and SHA-256 in factdesk's data folder
(`reports.json`). A file whose bytes are no longer what was written there was changed by someone, and one
not in the record (a colleague's report, one written on another machine) cannot be vouched for: neither is
replaced without `--force`.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
from pathlib import Path

from factdesk.base.files import WriteError
from factdesk.base.folders import data_folder
from factdesk.sources.files import write_atomically

_RECORD = "reports.json"
_KEPT = 2000  # reports remembered; the oldest are forgotten


def _record_path() -> Path:
    return data_folder() / _RECORD


def _read() -> dict[str, str]:
    try:
        found = json.loads(_record_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def _key(path: Path) -> str:
    return os.path.realpath(path)


def remember_report(path: Path, data: bytes) -> None:
    """Remember that these bytes were just written to `path` as a report (under a lock: reports written at once
    by two processes are both remembered)."""
    try:
        _record_path().parent.mkdir(parents=True, exist_ok=True)
        with open(_record_path().with_name(_RECORD + ".lock"), "a+b") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            record = _read()
            record.pop(_key(path), None)
            record[_key(path)] = hashlib.sha256(data).hexdigest()
            kept = dict(list(record.items())[-_KEPT:])
            write_atomically(_record_path(), json.dumps(kept, indent=0).encode("utf-8"))
    except (OSError, ValueError, WriteError):
        pass  # the record is a help: a report is written whether or not it can be remembered


def written_here_as_is(path: Path) -> bool:
    """Whether the file at `path` holds the very bytes factdesk last wrote there as a report, on this account.

    A report nobody here recorded (a colleague's, one from another machine, one whose record was lost) may
    have been annotated since: it cannot be vouched for, so it is not replaced unasked."""
    written = _read().get(_key(path))
    if written is None:
        return False
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() == written
    except OSError:
        return False
