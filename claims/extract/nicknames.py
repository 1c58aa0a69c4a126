"""Nicknames in quotes inside a name: William "Buckshot" May, Harold ‘Junior’ Theriault.

The quotes split the capitalised run in three; read as one name, the nickname stays in it as the article
writes it, and the person is named once (not as "William", "Buckshot" and "May").
"""

from __future__ import annotations

import re

from factdesk.claims.extract.tokens import Token

_OPENS = re.compile(r"[ \u00a0]+([\"“‘])[ \u00a0]?")
_CLOSES = re.compile(r"[ \u00a0]?([\"”’])[ \u00a0]+")
_PAIRS = {'"': '"', "“": "”", "‘": "’"}
_QUOTED = re.compile(r'\s+"[^"]*"(?=\s)')  # the nickname as a name claim writes it
_LONGEST = 2  # "Magic", "Big Ben": a nickname is a word or two


def join_nicknames(runs: list[list[Token]], text: str) -> list[list[Token]]:
    """The runs, with name, quoted nickname, name joined into one run whose nickname is one token."""
    out: list[list[Token]] = []
    at = 0
    while at < len(runs):
        if at + 2 < len(runs):
            joined = _joined(runs[at], runs[at + 1], runs[at + 2], text)
            if joined is not None:
                out.append(joined)
                at += 3
                continue
        out.append(runs[at])
        at += 1
    return out


def is_nickname(token: Token) -> bool:
    return token.text[:1] == '"'


def name_and_plain(rest: list[Token]) -> tuple[list[Token], list[Token]]:
    """The name's words with the nickname inside (none at either end), and without it (for weighing)."""
    while rest and is_nickname(rest[0]):
        rest = rest[1:]
    while rest and is_nickname(rest[-1]):
        rest = rest[:-1]
    return rest, [token for token in rest if not is_nickname(token)]


def _joined(before: list[Token], nickname: list[Token], after: list[Token], text: str) -> list[Token] | None:
    if len(nickname) > _LONGEST or before[-1].possessive or any(token.possessive for token in nickname):
        return None
    opening = _OPENS.fullmatch(text, before[-1].end, nickname[0].start)
    closing = _CLOSES.fullmatch(text, nickname[-1].end, after[0].start)
    if opening is None or closing is None or _PAIRS.get(opening[1], "") != closing[1]:
        return None
    written = " ".join(token.text for token in nickname)
    quoted = Token(f'"{written}"', opening.start(1), closing.end(1))
    return [*before, quoted, *after]


def without_nickname(name: str) -> str:
    """'William "Buckshot" May' -> 'William May': the name a register lists him under."""
    return _QUOTED.sub("", name)
