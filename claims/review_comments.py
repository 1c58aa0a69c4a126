"""Comments written by hand into a review file: found, so the desk never drops them without a word.

A review file is YAML (in JSON's style), and YAML has comments: a reviewer may write "# ask Ben before
this runs" beside a claim. But the desk rewrites the whole file on every change, from what it decoded,
and a comment is not decoded: the first verdict given dropped every comment. So the desk refuses such a
file, naming the comment's line, as it refuses a key it does not know; a report, which writes nothing
back, reads it as it is.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml
from factdesk.claims.review_document import LEFT_AS_IT_IS, ReviewError
from factdesk.claims.review_encoding import HEADER

_MAYBE = re.compile(r"(?:^|[ \t])#", re.MULTILINE)  # where YAML can start a comment; strings are told apart below
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def first_comment(text: str) -> tuple[int, int, str] | None:
    """(line, column, the comment) of the first comment in `text` beyond factdesk's own header; None if none."""
    start = len(HEADER) if text.startswith(HEADER) else 0
    if not _MAYBE.search(text, start):
        return None  # the usual case: no '#' that could start a comment, and no scanning
    whole_line = re.compile(r"^#", re.MULTILINE).search(text, start)
    if whole_line is not None:
        return _comment_in(text, whole_line.start(), len(text))
    try:
        json.loads(text[start:])
        return None  # JSON, as factdesk writes it, has no comments: every '#' is inside a string
    except ValueError:
        pass  # YAML written by hand: its tokens tell a comment from a '#' in a string
    try:
        tokens = yaml.scan(text, Loader=_LOADER)
        end = 0
        for token in tokens:
            found = _comment_in(text, max(end, start), token.start_mark.index)
            if found is not None:
                return found
            end = token.end_mark.index
    except yaml.YAMLError:
        return None  # not YAML the scanner takes (the file was read as JSON): nothing it would call a comment
    return _comment_in(text, max(end, start), len(text))


def _comment_in(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """A comment in the text between two tokens (only blanks, line breaks and comments are there)."""
    position = text.find("#", start, end)
    if position < 0:
        return None
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    comment = text[position : len(text) if line_end < 0 else line_end].strip()
    return text.count("\n", 0, position) + 1, position - line_start + 1, comment


def refuse_comments(path: Path) -> None:
    """Raise a located `ReviewError` if the review file at `path` holds a comment written by hand."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return  # said by the reader, which was asked first
    found = first_comment(text)
    if found is None:
        return
    line, column, comment = found
    shown = comment if len(comment) <= 60 else comment[:59] + "…"
    raise ReviewError(
        path,
        f"a comment written into the review file ({shown!r}); factdesk rewrites the whole file on every change "
        f'and would drop it: move it into a claim\'s "note" or remove it; {LEFT_AS_IT_IS}',
        line,
        column,
    )
