"""Write claims/extract/data/given_names_faker.txt and surnames_faker.txt: names of many cultures.

Run by hand (`python benchmarks/make_world_names.py`, with `faker` installed); the lists are
package data, so factdesk needs nothing at run time. The source is Faker (MIT licence, Copyright
(c) 2012 Daniele Faraglia), whose person providers hold the first and last names of some eighty
locales. The U.S. Census lists beside them know English-speaking names well and many others
hardly at all ("Axel", "Nacer", "Farouk"): news names people of every country.

Kept: names of every locale but the American ones (the Census's), written in Latin letters (the
press romanises the rest), of two letters or more, that are not common English words (the
model's common-word signal must stay: "Said", "Can" and "Per" are names in Arabic, Turkish and
Norwegian, and words in English), not titles (nameparser's list: "Imam", "Maj"), and not already
in the Census lists.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import faker  # type: ignore[import-not-found]
import faker.providers.person as person_providers  # type: ignore[import-not-found]

DATA = Path(__file__).resolve().parents[1] / "claims" / "extract" / "data"
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'’-]+$")


def _read(name: str) -> set[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def _names(provider: type, kind: str) -> set[str]:
    """Every name in the provider's attributes for `kind` ("first_names", "last_names"), any gender."""
    out: set[str] = set()
    for attribute in dir(provider):
        if attribute.startswith("_") or kind not in attribute or "romanized" in attribute:
            continue
        value = getattr(provider, attribute)
        for name in value.keys() if isinstance(value, dict) else value if isinstance(value, list | tuple) else ():
            if isinstance(name, str) and _LATIN.match(name):
                out.add(name.lower())
    return out


def main() -> None:
    from nameparser.config import CONSTANTS  # type: ignore[import-untyped]

    common = _read("common_words.txt") | set(CONSTANTS.titles)  # "Imam", "Maj.": an office, not a name
    given_known = _read("given_names.txt") | _read("given_names_world.txt")
    surnames_known = _read("surnames.txt")
    given: set[str] = set()
    family: set[str] = set()
    for module in pkgutil.iter_modules(person_providers.__path__):
        if module.name in ("en", "en_US"):
            continue  # American names: the Census lists have them, and Faker's adds words ("Treasure", "Denver")
        provider = importlib.import_module(f"{person_providers.__name__}.{module.name}").Provider
        given |= _names(provider, "first_names")
        family |= _names(provider, "last_names")
    header = (
        "# {what} of many cultures, from the person providers of Faker {version} (MIT licence, Copyright (c)\n"
        "# 2012 Daniele Faraglia): every locale but American English, Latin letters, no common English\n"
        "# word or title, none of the U.S. Census lists. Made by benchmarks/make_world_names.py. One\n"
        "# lower-case name a line; the name model weighs it as one feature among many, not as a gate.\n"
    )
    for file_name, what, names, known in (
        ("given_names_faker.txt", "Given names", given, given_known),
        ("surnames_faker.txt", "Surnames", family, surnames_known),
    ):
        kept = sorted(names - common - known)
        text = header.format(what=what, version=faker.VERSION) + "".join(f"{name}\n" for name in kept)
        (DATA / file_name).write_text(text, encoding="utf-8")
        print(f"{len(kept)} names written to {DATA / file_name}")


if __name__ == "__main__":
    main()
