"""Wikibase entity JSON read into the register's terms: a person, their spellings and their offices.

- A human is an item with P31 (instance of) = Q5.
- Offices are P39 (position held) statements, deprecated ones left out. The title
  is the position's label; `org` is the label of the position's P1001 (applies to
  jurisdiction), else its P17 (country), and a label ending in " of ORG" (or
  " of the ORG") loses that ending: "Prime Minister of Israel" -> title "Prime
  Minister", org "Israel". A lower-case label ("member of the Knesset") gets a capital.
- `from`/`until` are the P580/P582 qualifiers at their precision: day (11) as
  YYYY-MM-DD, month (10) as YYYY-MM, year (9) as YYYY; anything vaguer is not a
  date anyone can check and is left open. An office whose end is "unknown value"
  has ended at a time nobody recorded: it is left out (written open, it would say
  "still holds it") and named in the import's notes.
- Spellings: the label in the chosen language (else `mul`, else English), and as
  aliases every other label and alias, in any language, that is a plausible
  spelling of the name in Latin script: only Latin letters, spaces, hyphens,
  apostrophes and full stops (no digits, brackets or commas, which mark
  descriptions rather than names); at least two words when the name has two
  (a bare "Bibi" would match any Bibi); and not the name again once case and
  accents are folded. Other scripts are left out: the checker compares Latin spellings.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from factdesk.base.text import fold

HUMAN = "Q5"
MOST_ALIASES = 25
_TIME = re.compile(r"\+(\d{4})-(\d{2})-(\d{2})T")
_NAME_MARKS = frozenset(" -'’.")

Entity = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Office:
    """One P39 statement: a title, where it applies, and its term as written in the store."""

    title: str
    org: str | None
    start: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    until: str | None

    def describe(self) -> str:
        org = f", {self.org}" if self.org else ""
        return f"{self.title}{org} ({self.start or '?'} – {self.until or 'present'})"


@dataclass(frozen=True, slots=True)
class ImportedPerson:
    """A human item as factdesk will register it."""

    qid: str
    name: str
    description: str
    aliases: tuple[str, ...]
    offices: tuple[Office, ...]
    revision: int
    left_out: tuple[str, ...] = ()  # offices that could not be written truthfully, and why
    matched: str = ""  # the label or alias the search matched, when found by a search

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def is_human(entity: Entity) -> bool:
    return HUMAN in _item_values(entity, "P31")


def label(entity: Entity, language: str) -> str:
    """The entity's label in `language`, else `mul`, else English, else ''."""
    labels = entity.get("labels")
    if not isinstance(labels, dict):
        return ""
    for code in (language, "mul", "en"):
        value = labels.get(code)
        if isinstance(value, dict) and isinstance(value.get("value"), str):
            return str(value["value"])
    return ""


def description(entity: Entity, language: str) -> str:
    descriptions = entity.get("descriptions")
    if isinstance(descriptions, dict):
        for code in (language, "en"):
            value = descriptions.get(code)
            if isinstance(value, dict) and isinstance(value.get("value"), str):
                return str(value["value"])
    return ""


def position_ids(entity: Entity) -> list[str]:
    """The positions a person's P39 statements name."""
    return _item_values(entity, "P39")


def place_ids(position: Entity) -> list[str]:
    """The jurisdiction (P1001), else the country (P17), of a position."""
    return _item_values(position, "P1001")[:1] or _item_values(position, "P17")[:1]


def read_person(
    entity: Entity, positions: dict[str, Entity], places: dict[str, Entity], language: str
) -> ImportedPerson:
    """The register entry for a human item, with its offices named from `positions` and `places`."""
    qid = str(entity.get("id", ""))
    name = label(entity, language) or qid
    offices: list[Office] = []
    left_out: list[str] = []
    for statement in _statements(entity, "P39"):
        position_id = _item_id(statement.get("mainsnak"))
        position = positions.get(position_id or "")
        position_label = label(position, language) if position else ""
        if not position_label:
            left_out.append(f"an office ({position_id or 'unknown'}) with no label in {language!r}")
            continue
        place = next((places[p] for p in place_ids(position or {}) if p in places), None)
        title, org = split_title(position_label, label(place, language) if place else "")
        qualifiers = _mapping(statement.get("qualifiers"))
        start = _qualifier_date(qualifiers, "P580")
        until = _qualifier_date(qualifiers, "P582")
        if until is None and _has_unknown_value(qualifiers, "P582"):
            left_out.append(f"{title}: it ended, but Wikidata does not say when")
            continue
        offices.append(Office(title, org, start, until))
    offices.sort(key=lambda office: (office.start or "", office.title))
    revision = entity.get("lastrevid")
    return ImportedPerson(
        qid,
        name,
        description(entity, language),
        latin_aliases(entity, name, language),
        tuple(offices),
        revision if isinstance(revision, int) else 0,
        tuple(left_out),
    )


def split_title(position: str, place: str) -> tuple[str, str | None]:
    """("Prime Minister of Israel", "Israel") -> ("Prime Minister", "Israel"); no place -> (position, None)."""
    title = position
    if place:
        for ending in (f" of {place}", f" of the {place}"):
            if position.endswith(ending) and len(position) > len(ending):
                title = position[: -len(ending)].strip()
                break
    title = title[:1].upper() + title[1:]
    return title, place or None


def latin_aliases(entity: Entity, name: str, language: str = "en") -> tuple[str, ...]:
    """Other plausible Latin-script spellings of `name` from every language's labels and aliases (`language` first)."""
    seen = {fold(name)}
    wanted_words = 2 if len(name.split()) >= 2 else 1
    found: list[str] = []
    for spelling in _all_spellings(entity, language):
        spelling = " ".join(spelling.split())
        key = fold(spelling)
        if key in seen or len(spelling.split()) < wanted_words or not is_latin_name(spelling):
            continue
        seen.add(key)
        found.append(spelling)
        if len(found) >= MOST_ALIASES:
            break
    return tuple(found)


def is_latin_name(text: str) -> bool:
    """Only Latin letters and the marks names use (space, hyphen, apostrophe, full stop), with some letters."""
    letters = 0
    for char in text:
        if char in _NAME_MARKS:
            continue
        if not char.isalpha() or "LATIN" not in unicodedata.name(char, ""):
            return False
        letters += 1
    return letters >= 2


def _all_spellings(entity: Entity, first: str) -> list[str]:
    """Labels and aliases, language by language: `first`, then the others in a stable order."""
    spellings: list[str] = []
    labels, aliases = _mapping(entity.get("labels")), _mapping(entity.get("aliases"))
    for code in sorted(set(labels) | set(aliases), key=lambda code: (code != first, code)):
        value = labels.get(code)
        if isinstance(value, dict) and isinstance(value.get("value"), str):
            spellings.append(value["value"])
        for alias in aliases.get(code) or []:
            if isinstance(alias, dict) and isinstance(alias.get("value"), str):
                spellings.append(alias["value"])
    return spellings


def _mapping(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _statements(entity: Entity, prop: str) -> list[dict[str, Any]]:
    claims = entity.get("claims")
    if not isinstance(claims, dict):
        return []
    found = claims.get(prop)
    if not isinstance(found, list):
        return []
    return [s for s in found if isinstance(s, dict) and s.get("rank") != "deprecated"]


def _item_id(snak: object) -> str | None:
    if not isinstance(snak, dict) or snak.get("snaktype", "value") != "value":
        return None
    datavalue = snak.get("datavalue")
    value = datavalue.get("value") if isinstance(datavalue, dict) else None
    if isinstance(value, dict) and isinstance(value.get("id"), str):
        return str(value["id"])
    if isinstance(value, dict) and isinstance(value.get("numeric-id"), int):
        return f"Q{value['numeric-id']}"
    return None


def _item_values(entity: Entity, prop: str) -> list[str]:
    return [qid for statement in _statements(entity, prop) if (qid := _item_id(statement.get("mainsnak")))]


def _qualifier_date(qualifiers: dict[str, Any], prop: str) -> str | None:
    for snak in qualifiers.get(prop) or []:
        if not isinstance(snak, dict) or snak.get("snaktype", "value") != "value":
            continue
        datavalue = snak.get("datavalue")
        value = datavalue.get("value") if isinstance(datavalue, dict) else None
        if isinstance(value, dict) and isinstance(value.get("time"), str):
            return wiki_date(value["time"], value.get("precision"))
    return None


def _has_unknown_value(qualifiers: dict[str, Any], prop: str) -> bool:
    return any(isinstance(s, dict) and s.get("snaktype") == "somevalue" for s in qualifiers.get(prop) or [])


def wiki_date(time: str, precision: object) -> str | None:
    """A Wikibase time at its precision: "+2009-03-31T00:00:00Z", 11 -> "2009-03-31"; 10 -> "2009-03"; 9 -> "2009".

    Vaguer precisions (decades, centuries) and dates before year 1 give None: no checkable date.
    """
    match = _TIME.match(time)
    if match is None or not isinstance(precision, int) or precision < 9:
        return None
    year, month, day = match.groups()
    if int(year) < 1:
        return None
    if precision == 9 or month == "00":
        return year
    if precision == 10 or day == "00":
        return f"{year}-{month}"
    return f"{year}-{month}-{day}"
