"""Text from articles, stores, notes and names made safe for the terminal before it is drawn.

Rich's `Text` drops a few control codes but passes ESC through, so a store
entry with "\\e[2J" or an OSC title sequence would reach the terminal. Every
untrusted string the app shows goes through `printable` (escape sequences and
control characters removed) and is then wrapped in `Text`, never parsed as markup.
"""

from __future__ import annotations

from factdesk.claims.article import clean_text


def printable(text: object) -> str:
    """`text` without terminal escape sequences or control characters (newlines and tabs kept)."""
    return clean_text(str(text))


def flat(text: object) -> str:
    """`printable` text on one line: every run of whitespace, newlines included, becomes one space."""
    return " ".join(printable(text).split())
