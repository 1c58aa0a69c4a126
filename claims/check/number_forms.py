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


# Scale words of those languages, and the English word for each: "R$ 44,636 bilhões", "54,6 mil millones de
# pesos", "2,42 milliards d'euros", "4,3 Mrd. Euro"
_ENGLISH_SCALE = {
    "bilhões": "billion", "bilhão": "billion", "milhões": "million", "milhão": "million",
    "mil millones": "billion", "millones": "million", "millón": "million",
    "milliards": "billion", "milliard": "billion", "milliarden": "billion", "milliarde": "billion", "mrd.": "billion",
    "mrd": "billion", "millionen": "million", "mio.": "million", "miliardi": "billion", "miliardo": "billion",
    "milioni": "million", "milione": "million",
}  # fmt: skip
_SCALED = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s+"
    r"(?P<scale>mil\s+millones|bilh(?:ões|ão)|milh(?:ões|ão)|millones|millón|milliards?|milliarden?|mrd\.|mrd"
    r"|millionen|mio\.|miliard[io]|milion[ie])(?![\w])(?:\s+(?:de|di|d['’])\s*)?(?P<dollars>d[óo]lares\b)?",
    re.IGNORECASE,
)


def english_scales(text: str) -> str:
    """`text` with amounts written with another language's scale word as English writes them: "R$ 44,636 bilhões"
    -> "R$ 44.636 billion ", "54,6 bilhões de reais" -> "54.6 billion reais" (before such a word, a comma is
    always a decimal one). The text may change its length."""
    if not _SCALED.search(text):
        return text

    def written_in_english(found: re.Match[str]) -> str:
        whole = found[1].replace(".", ",")
        decimals = f".{found[2]}" if found[2] else ""
        dollars = "dollars" if found["dollars"] else ""  # "44.000 millones de dólares"
        return f"{whole}{decimals} {_ENGLISH_SCALE[' '.join(found['scale'].lower().split())]} {dollars}"

    return _SCALED.sub(written_in_english, text)
