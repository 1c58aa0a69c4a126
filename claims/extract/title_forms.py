"""A title as one spelling, however the press writes it: "Lt. Gov." is the Lieutenant Governor, "defense
minister" the Defense Minister, "Justices" (before two names) each a Justice."""

from __future__ import annotations

import re

from factdesk.claims.extract.name_model import is_role_noun, is_title_word

_SMALL_WORDS = {"of", "for", "and", "the", "to", "on", "in"}
# styles a name may carry after the title before it ("Foreign Minister Sheikh Abdullah", "Minister Dame X")
_STYLES_AFTER = frozenset("prince princess sheikh sheikha sir dame lord lady".split())

_ABBREVIATED = {
    "sens.": "Senator",
    "reps.": "Representative",
    "govs.": "Governor",
    "sen.": "Senator",
    "rep.": "Representative",
    "gov.": "Governor",
    "gen.": "General",
    "lt. gen.": "Lieutenant General",
    "col.": "Colonel",
}
# The press's short forms of the words of a longer title: "Lt. Gov." is the Lieutenant Governor
_ABBREVIATED_WORDS = {
    "lt.": "Lieutenant",
    "dep.": "Deputy",
    "asst.": "Assistant",
    "gov.": "Governor",
    "gen.": "General",
    "sen.": "Senator",
    "rep.": "Representative",
}


_NOT_THE_OFFICE = frozenset("another fellow".split())


def normalize_title(written: str) -> str:
    """'defense  minister' -> 'Defense Minister'; 'minister of strategic affairs' -> 'Minister of Strategic Affairs'."""
    words = written.split()
    while len(words) > 1 and words[0].lower() in _NOT_THE_OFFICE:
        words = words[1:]  # "X, another National Party senator": which one of them, not the office
    if words and re.fullmatch(r"[a-z]{5,}\.", words[-1]):  # "the country's prime minister.": the sentence's point
        words[-1] = words[-1][:-1]
    if " ".join(words).lower() in _ABBREVIATED:
        return _ABBREVIATED[" ".join(words).lower()]
    if len(words) > 1:
        words = [_ABBREVIATED_WORDS.get(word.lower(), word) for word in words]
    while len(words) > 1 and words[-1].lower() in _STYLES_AFTER and words[-2].lower() != "crown":
        words = words[:-1]  # "Energy Minister Prince Abdulaziz": the prince's style is no part of the office
    plural_head = not {"of", "to", "for"} & {word.lower() for word in words}  # not "Ambassador to the United States"
    if plural_head and len(words[-1]) > 2 and words[-1].lower().endswith("s") and not words[-1].lower().endswith("ss"):
        singular = words[-1][:-1]
        if is_title_word(singular) or is_role_noun(singular) or (len(singular) > 1 and singular.isupper()):
            words = [*words[:-1], singular]  # "Justices Thomas and Alito": each is a Justice
    normalized = []
    for index, word in enumerate(words):
        if index and word.lower() in _SMALL_WORDS:
            normalized.append(word.lower())
        elif word.isupper():
            normalized.append(word)
        else:
            normalized.append(word[:1].upper() + word[1:])
    return " ".join(normalized)
