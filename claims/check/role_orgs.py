"""Whether the body written with a title fits the register's role: "the Portuguese President" is Portugal's,
"FTC Chair" the Federal Trade Commission's, "Labour lawmaker" a party the register need not record."""

from __future__ import annotations

import re

from factdesk.claims.check.offices import is_party, office_words, org_words, short_for, whose_body
from factdesk.claims.extract.lexicon import NATIONALITIES
from factdesk.claims.extract.name_model import common_words
from factdesk.sources.model import Role
from factdesk.sources.text import fold


def org_fits(claimed: str | None, role: Role) -> bool:
    """Whether the body an article gives with a title (`claimed`: "Portuguese", "Credit Suisse", "Labour") fits
    the register's role: its body, a short form of it, the country it is of, or a party the register leaves out."""
    if claimed is None or _an_adjective(claimed):
        return True
    claimed_as_written = claimed
    claimed = NATIONALITIES.get(claimed) or claimed  # "Portuguese" is Portugal's
    said = office_words(claimed)
    if role.org:  # "WHO Health Emergencies Programme", "FTC's Bureau of Competition": the body's short form
        said -= {w.lower() for w in re.sub(r"['’]s\b", "", claimed).split() if w.isupper() and short_for(w, role.org)}
    if _PRAISED.search(claimed):
        return True  # "Nobel Prize-winning economist": what the person won, not whose economist
    if said and said <= office_words(role.title) | office_words(role.org or ""):
        return True  # "the Conservative leader": Leader of the Conservative Party
    if role.org is None or whose_body(claimed_as_written, role.title, role.org):
        return True
    if claimed.isupper() and any(short_for(claimed, tail) for tail in _bodies_in(role.title)):
        return True  # "DIPAM secretary": the "Secretary, Department of Investment and Public Asset Management"
    if is_party(claimed) and not is_party(role.org):
        return True  # "Labour lawmaker X": the register records where the seat is, not the party
    if NATIONALITIES.get(claimed_as_written) and claimed in COUNTRIES and role.org not in COUNTRIES:
        return True  # "mayor of the French town of Grande-Synthe": the country the place is in, not the office's body
    # "President of Switzerland": the register's "President of the Swiss Confederation"
    country_of_org = claimed in COUNTRIES and any(NATIONALITIES.get(word) == claimed for word in role.org.split())
    return (
        country_of_org
        or fold(claimed) == fold(role.org)
        or org_words(claimed) == org_words(role.org)
        or short_for(claimed, role.org)
    )


_PRAISED = re.compile(r"-(?:winning|nominated|decorated)$", re.IGNORECASE)
COUNTRIES = frozenset(country for country in NATIONALITIES.values() if country)


def _bodies_in(title: str) -> list[str]:
    """The bodies a title may name, each run of its capitalised words: "Department of Investment and Public Asset
    Management" of "Secretary, Department of ...", "Scottish National Party" of "Scottish National Party Member
    of Parliament for Edinburgh South West". A bracketed other name is set aside ("(Under Secretary ...)")."""
    words = re.sub(r"\s*\([^()]*\)", "", title).replace(",", " ").split()
    capitalised = [at for at, word in enumerate(words) if word[:1].isupper()]
    return [" ".join(words[start : end + 1]) for start in capitalised for end in capitalised if end > start]


def _an_adjective(claimed: str) -> bool:
    """ "Regional bank presidents A, B and C", "Provincial officials": a common adjective that opens a sentence
    or a list, capitalised, says what kind of office, not whose (a party such as "Liberal" is a body)."""
    word = claimed.lower()
    return " " not in word and word.endswith("al") and word in common_words() and not is_party(claimed)
