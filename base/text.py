"""Text normalisation shared by the index and the checker: fold case, accents and typography."""

from __future__ import annotations

import re
import unicodedata

_TYPOGRAPHY = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u202f": " ",
        "\u2009": " ",
        "\u00ad": None,  # soft hyphen
        "\u200b": None,  # zero-width space
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2013": "-",
        "\u2014": "-",
    }
)
_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")

STOPWORDS = frozenset(
    """a an the and or but of to in on at by for with from as is was were be been being are
    that this these those it its his her their our your my he she they we you i not no
    has have had do does did will would can could should may might must shall than then
    there here which who whom whose what when where why how all any both each few more most
    other some such only own same so too very just over under after before about into
    also said says over against between during while up down out off again further once""".split()
)


def plain(text: str) -> str:
    """Typography folded to ASCII look-alikes and whitespace collapsed; case kept."""
    return " ".join(text.translate(_TYPOGRAPHY).split())  # split() and re's \s agree on every character


def fold(text: str) -> str:
    """The form names and words are compared in: no case, no accents, plain punctuation."""
    if text.isascii():  # the common case, without the per-character accent stripping
        return " ".join(text.split()).lower()  # five times faster than a regex substitution
    decomposed = unicodedata.normalize("NFKD", plain(text).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The folded words of `text`, in order."""
    return _WORD.findall(fold(text))


def content_words(text: str) -> list[str]:
    """Folded words that carry meaning: no stop words, no single letters."""
    return [word for word in words(text) if word not in STOPWORDS and len(word) > 1]
