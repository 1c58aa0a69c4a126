"""Reading a review file back, with a large review's journal replayed, into one typed `ReviewDocument`.

`ARTICLE.review.yaml` is YAML written in JSON's flow style: any YAML reader loads
it and `json` reads it fast. A file that cannot be used raises `ReviewError` and
is never touched. Every reader (the session, `report`, the app) goes through
`load_review`, which decodes the file once with `claims.review_document`.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factdesk.base.reading import read_regular_bytes
from factdesk.base.yaml_safe import YamlProblem, load_yaml_text
from factdesk.claims.review_document import (
    LEFT_AS_IT_IS,
    Origins,
    ReviewDocument,
    ReviewError,
    decode_review,
)

__all__ = ["ReviewDocument", "ReviewError", "journal_path_for", "load_review", "read_review_file"]


def journal_path_for(review: Path) -> Path:
    """Where a large review appends its changes between whole writes."""
    return review.with_name(review.name + ".journal")


def read_review_file(path: Path) -> dict[str, Any]:
    """The review at `path` as plain data, checked; raise `ReviewError` (file untouched) if it cannot be used."""
    return _read_checked(path)[0]


def load_review(path: Path) -> ReviewDocument:
    """The review at `path` (its journal replayed), decoded into typed values; `ReviewError` if it cannot be used."""
    return _read_checked(path)[1]


# A report (or read-ahead) can run while an app folds the journal into the file: the file is
# replaced, then the journal removed. Reading the file, then the journal, then checking the file is
# still the same one gives a consistent pair; otherwise read both again.
_READ_ATTEMPTS = 5


def _read_checked(path: Path) -> tuple[dict[str, Any], ReviewDocument]:
    for _attempt in range(_READ_ATTEMPTS):
        before = _identity(path)
        text = _read_text(path)
        document = _parse(path, text)
        journal = journal_path_for(Path(os.path.realpath(path)))  # beside a linked review's target, as it is written
        journal_lines = _replay_journal(journal, _read_journal_bytes(journal), document)
        if _identity(path) == before:
            break
    origins = Origins(text, journal, journal_lines)
    return document, decode_review(path, document, origins)


def _identity(path: Path) -> tuple[int, int, int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_ino, stat.st_dev, stat.st_size, stat.st_mtime_ns)


def _read_text(path: Path) -> str:
    if path.exists() and not path.is_dir() and not path.is_file():  # a FIFO or /dev/zero would be read for ever
        raise ReviewError(path, "the review file is not a regular file (a FIFO, device or socket)")
    try:
        raw = path.read_bytes()
    except IsADirectoryError:
        raise ReviewError(path, "the review file is a folder, not a file") from None
    except OSError as error:
        raise ReviewError(path, f"cannot read the review file: {error.strerror or error}") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ReviewError(path, f"the review file is not UTF-8 text; {LEFT_AS_IT_IS}") from None


def _parse(path: Path, text: str) -> dict[str, Any]:
    # Split on "\n" only: `splitlines` also splits on U+2028, U+0085 and the like inside a JSON string,
    # which would cut the string in two and send a good file to the slower (and stricter) YAML reader.
    body = "\n".join(line for line in text.split("\n") if not line.startswith("#"))
    try:
        try:
            document = json.loads(body, object_pairs_hook=_unique_keys)
        except ValueError:  # not JSON, or a key written twice: the YAML reader names the line
            try:
                document = load_yaml_text(text)
            except YamlProblem as problem:
                message = re.sub(r"\d{40,}", lambda long: f"{long[0][:8]}…({len(long[0]):,} digits)", problem.message)
                raise ReviewError(
                    path, f"the review file is damaged: {message}; {LEFT_AS_IT_IS}", problem.line, problem.column
                ) from None
    except RecursionError:
        raise ReviewError(path, f"the review file nests values too deeply to be a review; {LEFT_AS_IT_IS}") from None
    if not isinstance(document, dict) or not isinstance(document.get("claims"), dict):
        raise ReviewError(path, f"this is not a factdesk review file (no 'claims' mapping); {LEFT_AS_IT_IS}")
    _refuse_lone_surrogates(path, text, document)
    return document


class _DuplicateKey(ValueError):
    """A mapping of the review file writes a key twice."""


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object as a dict, refusing a key written twice.

    `json` keeps the last of two equal keys and drops the first without a word: two sides of a merge
    conflict kept for one claim would lose one reviewer's verdict and note on the next save. The YAML
    reader, which the caller falls back to, refuses the same key with its line and column.
    """
    mapping = dict(pairs)
    if len(mapping) != len(pairs):
        raise _DuplicateKey("a key is written twice")
    return mapping


# A JSON or YAML escape of a UTF-16 surrogate (`\ud83d`, `\U0000d83d`): the only way one gets into a file
# read as UTF-8. Two in a row (high, then low) are one character, which `json` joins; one alone is half
# of a character, which no UTF-8 file can hold: saving it would fail, so it is refused on reading.
_SURROGATE_ESCAPE = re.compile(r"\\(?:u|U0000)([dD][89a-fA-F][0-9a-fA-F]{2})")


def _refuse_lone_surrogates(path: Path, text: str, document: Any, line: int = 0) -> None:
    """Raise a located `ReviewError` if `document` (read from `text`) holds a lone surrogate."""
    if not _SURROGATE_ESCAPE.search(text) or not _holds_surrogate(document):
        return
    at, escape = _lone_surrogate_escape(text)
    message = (
        f"{escape or 'a text'} is half of a character (a lone UTF-16 surrogate, as when an emoji is cut in two), "
        f"which no UTF-8 file can hold: remove it or write the whole character; {LEFT_AS_IT_IS}"
    )
    if not escape:
        raise ReviewError(path, message, line)
    line_start = text.rfind("\n", 0, at) + 1
    raise ReviewError(path, message, line or text.count("\n", 0, at) + 1, at - line_start + 1)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _holds_surrogate(document: Any) -> bool:
    """Whether any text in `document` (a key or a value, at any depth) holds a surrogate code point."""
    waiting = [document]
    while waiting:
        value = waiting.pop()
        if isinstance(value, str):
            if _SURROGATE.search(value):
                return True
        elif isinstance(value, dict):
            waiting.extend(value.keys())
            waiting.extend(value.values())
        elif isinstance(value, list):
            waiting.extend(value)
    return False


def _lone_surrogate_escape(text: str) -> tuple[int, str]:
    """(offset, escape) of the first surrogate escape in `text` that is not half of a pair; (0, "") if none."""
    matches = [m for m in _SURROGATE_ESCAPE.finditer(text) if _unescaped(text, m.start())]
    skip = False
    for number, match in enumerate(matches):
        if skip:
            skip = False
            continue
        high = match.group(1)[1].lower() in "89ab"
        following = matches[number + 1] if number + 1 < len(matches) else None
        if high and following is not None and following.start() == match.end() and following.group(1)[1] in "cdefCDEF":
            skip = True  # a pair: one character
            continue
        return match.start(), match.group()
    return 0, ""


def _unescaped(text: str, at: int) -> bool:
    """Whether the backslash at `at` starts an escape (it is not itself escaped by the one before)."""
    backslashes = 0
    while at - backslashes - 1 >= 0 and text[at - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 0


def _read_journal_bytes(journal: Path) -> bytes | None:
    try:
        return read_regular_bytes(journal)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise ReviewError(journal, f"cannot read the review's journal: {error.strerror or error}") from None


@dataclass(frozen=True, slots=True)
class _JournalLine:
    number: int
    entry: dict[str, Any]


def _replay_journal(journal: Path, data: bytes | None, document: dict[str, Any]) -> dict[str, int]:
    """Apply the changes appended since the file was last written whole (a large review's journal).

    Lines are JSON. The first names the file generation it follows; a journal for another generation
    is stale (already folded in) and ignored. A last line without its newline was cut off by a crash
    and never confirmed: it is ignored. Any other line that is not a journal entry stops the reading
    with its line number, and the journal is left for the user (a skipped line would lose the
    changes after it). Returns the journal line that last set each claim.
    """
    if data is None:
        return {}
    *whole, _unconfirmed = data.split(b"\n")
    lines = [_journal_line(journal, number, line) for number, line in enumerate(whole, start=1)]
    if not lines:
        return {}
    base = lines[0].entry.get("base")
    if set(lines[0].entry) != {"base"} or not isinstance(base, str):
        raise ReviewError(journal, f"the journal must start with its 'base' generation; {LEFT_AS_IT_IS}", 1, 1)
    if base != document.get("generation"):
        _refuse_unfolded(journal, lines[1:], document)
        return {}  # folded in already: a crash after the whole file was written, before the journal went
    claims: dict[str, Any] = document["claims"]
    set_by: dict[str, int] = {}
    for line in lines[1:]:
        entry = line.entry
        if set(entry) == {"c", "e"} and isinstance(entry["c"], str) and entry["c"]:
            claims[entry["c"]] = entry["e"]
            set_by[entry["c"]] = line.number
        elif set(entry) == {"h"}:
            history = document.setdefault("history", [])
            if not isinstance(history, list):
                raise ReviewError(journal, f"the review file's history is not a list; {LEFT_AS_IT_IS}", line.number, 1)
            history.append(entry["h"])
        elif set(entry) == {"cursor"}:
            document["cursor"] = entry["cursor"]
        elif set(entry) == {"reviewers"}:
            document["reviewers"] = entry["reviewers"]  # checked as the header's are
        else:
            raise ReviewError(
                journal,
                f"not a journal entry (expected a claim, a history line, the reviewers or the cursor); {LEFT_AS_IT_IS}",
                line.number,
                1,
            )
    return set_by


def _refuse_unfolded(journal: Path, lines: list[_JournalLine], document: dict[str, Any]) -> None:
    """A journal of another generation whose changes the file's history lacks follows a version of the file that
    was replaced (a `git pull`, a sync tool, a colleague's copy): dropping it, as a stale journal is, lost every
    change marked since the last fold."""
    history = document.get("history")
    known = {json.dumps(entry, sort_keys=True) for entry in history} if isinstance(history, list) else set()
    missing = [line for line in lines if set(line.entry) == {"h"} and json.dumps(line.entry["h"], sort_keys=True)
               not in known]  # fmt: skip
    if missing:
        raise ReviewError(
            journal,
            f"this journal holds {len(missing)} change(s) the review file lacks: it follows another version of "
            "the file (replaced since by git, a sync tool or a copy). Move the journal aside to open the review "
            f"as it is, or put back the version it follows; {LEFT_AS_IT_IS}",
            missing[0].number,
            1,
        )


def _journal_line(journal: Path, number: int, line: bytes) -> _JournalLine:
    try:
        entry = json.loads(line)
    except (ValueError, RecursionError):
        what = "a blank line" if not line.strip() else "a line that is not JSON"
        raise ReviewError(journal, f"{what} in the journal; {LEFT_AS_IT_IS}", number, 1) from None
    if not isinstance(entry, dict):
        raise ReviewError(journal, f"not a journal entry (a JSON mapping); {LEFT_AS_IT_IS}", number, 1)
    _refuse_lone_surrogates(journal, line.decode("utf-8", "replace"), entry, number)
    return _JournalLine(number, entry)
