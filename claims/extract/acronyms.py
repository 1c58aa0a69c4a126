"""Short forms an article defines: "the Superior Electoral Court (TSE)", "the KPU" afterwards.

News spells a body out once, with its short form in brackets, then uses the short form. The short form
of a translated name does not follow the English words' initials ("TSE" for the Superior Electoral Court,
"KPU" for the General Elections Commission), so only the article's own definition says what it stands
for; a register gives the name, and a title checked against it needs the name the article means.
"""

from __future__ import annotations

import re

_SHORT = re.compile(r"\((?P<short>[A-Z][A-Z0-9&]{1,7})\)")
# the capitalised words right before "(TSE)", with the small words and commas a name joins them by ("National
# Union of Rail, Maritime and Transport Workers (RMT)")
_NAME_BEFORE = re.compile(
    r"(?P<name>(?:[A-Z][\w'’&-]*(?:,\s+(?=[A-Z])|\s+(?:(?:of|for|and|on|the|de|du|des|del|la|le|di)\s+){0,2})){0,7}"
    r"[A-Z][\w&-]*)\s+$"
)
_REACH = 160  # characters before the brackets a name may take
_POSSESSIVE = re.compile(r"^.*['’]s\s+")  # "European Union's Copernicus ...": the owner is not the name


def defined_short_forms(text: str) -> dict[str, str]:
    """Each short form the text defines, with the name it stands for (the first definition wins)."""
    found: dict[str, str] = {}
    for short in _SHORT.finditer(text):  # the brackets first: a name is looked for only where one may end
        match = _NAME_BEFORE.search(text, max(0, short.start() - _REACH), short.start())
        name = _POSSESSIVE.sub("", match["name"]) if match else ""
        if "," in name and not initials_in_order(short["short"], name):
            name = name.rsplit(",", 1)[1].strip()  # "In Brasilia, Superior Electoral Court (TSE)": the last part
        if len(name.split()) >= 2:
            found.setdefault(short["short"], name)
    return found


def initials_in_order(short: str, name: str) -> bool:
    """Whether the short form's letters are the name's initials, in order, some skipped ("RMT" in "National
    Union of Rail, Maritime and Transport Workers")."""
    initials = iter(word[0] for word in name.replace(",", " ").split() if word[:1].isupper())
    return all(letter in initials for letter in short if letter.isalpha())
