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


def one_letter_dropped(word: str) -> set[str]:
    """`word` and each spelling of it with one letter dropped ("maurer" -> "marer", "murer", ...); a word of
    three letters or fewer is only itself (one letter off, it is another word).

    Two spellings one typo apart (a letter changed, dropped, doubled, or two letters swapped) always
    share one of these: the symmetric-deletion trick of spelling correctors. Index and look-up must
    both use this, so they agree on which words get keys."""
    if len(word) < 4:
        return {word}
    return {word, *(word[:at] + word[at + 1 :] for at in range(len(word)))}


def one_typo_away(word: str, alphabet: str) -> set[str]:
    """Every spelling one typo from `word`: a letter dropped, added, changed, or two letters swapped.

    Norvig's spelling-corrector step, used to find register words a misspelt name may mean by plain
    look-ups (a few hundred per word) instead of filing every register word under its variants."""
    splits = [(word[:at], word[at:]) for at in range(len(word) + 1)]
    dropped = {left + right[1:] for left, right in splits if right}
    swapped = {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    changed = {left + letter + right[1:] for left, right in splits if right for letter in alphabet}
    added = {left + letter + right for left, right in splits for letter in alphabet}
    return dropped | swapped | changed | added


def content_words(text: str) -> list[str]:
    """Folded words that carry meaning: no stop words, no single letters."""
    return [word for word in words(text) if word not in STOPWORDS and len(word) > 1]
