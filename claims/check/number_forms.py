"""Numbers as sources in other languages write them, read the way the article's are.

Spanish, Portuguese, French, German and Italian records write "51,64%" for 51.64% and "54.501.118" for
54,501,118. A comma followed by one or two digits is never an English thousands group (those have three),
and two or more dotted groups of three are never an English decimal, so both are read without guessing a
source's language. The text keeps its length, so the places of its words do not move.
"""

from __future__ import annotations

import re

_DECIMAL_COMMA = re.compile(r"(?<![\d.,])(\d+),(\d{1,2})(?![\d,])")
_DOTTED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d,]|\.\d)")


def english_numbers(text: str) -> str:
    """`text` with decimal commas as points and dotted thousands as commas ("51,64%" -> "51.64%")."""
    if "," not in text and "." not in text:
        return text
    text = _DOTTED_THOUSANDS.sub(lambda found: found[0].replace(".", ","), text)
    return _DECIMAL_COMMA.sub(r"\1.\2", text)
