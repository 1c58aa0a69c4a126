"""Check person and role claims against the register: spelling, and title on the article's date."""

from __future__ import annotations

import datetime as dt

from factdesk.claims.model import Claim, Evidence, Suggestion, Verdict
from factdesk.sources.index import NameMatch, StoreIndex
from factdesk.sources.model import Person, Role
from factdesk.sources.text import fold
from rapidfuzz import fuzz

NEAR_MISS = 85.0  # token_sort_ratio at or above this, but not exact, is a misspelling


def register_line(person: Person, roles: tuple[Role, ...] | None = None) -> str:
    """How a register entry reads in evidence: 'Tzachi Hanegbi (also Tzahi Hanegbi): National Security Advisor, ...'."""
    aliases = f" (also {', '.join(person.aliases)})" if person.aliases else ""
    shown = person.roles if roles is None else roles
    described = "; ".join(role.describe() for role in shown)
    return f"{person.name}{aliases}: {described}" if described else f"{person.name}{aliases}"


def person_evidence(match: NameMatch, roles: tuple[Role, ...] | None = None) -> Evidence:
    return Evidence(f"person:{match.person.name}", "person", register_line(match.person, roles), match.score)


def resolve(index: StoreIndex, name: str) -> NameMatch | None:
    """The register person `name` refers to: exact, a near miss, or a unique surname."""
    matches = index.find_person(name, limit=2)
    if matches and matches[0].score >= NEAR_MISS:
        return matches[0]
    if " " not in name.strip():
        people = index.people_with_surname(name)
        if len(people) == 1:
            return NameMatch(people[0], people[0].name, 100.0)
    return None


def check_person(claim: Claim, index: StoreIndex) -> Suggestion:
    name = claim.fields["name"]
    match = resolve(index, name)
    if match is None:
        others = index.people_with_surname(name.split()[-1])
        if others:
            listed = ", ".join(person.name for person in others[:3])
            return Suggestion(
                Verdict.UNSUPPORTED,
                50,
                f"“{name}” is not in the register; it has {listed} with that surname",
                tuple(Evidence(f"person:{p.name}", "person", register_line(p), 60.0) for p in others[:3]),
            )
        return Suggestion(Verdict.UNSUPPORTED, 60, f"“{name}” is not in the register")
    if match.exact:
        how = (
            "the register's spelling"
            if match.spelling == match.person.name
            else f"an accepted spelling of {match.person.name}"
        )
        return Suggestion(Verdict.VERIFIED, 95, f"“{name}” is {how}", (person_evidence(match),))
    return Suggestion(
        Verdict.DISPUTED,
        int(match.score),
        f"misspelled? The register spells it “{match.person.name}”"
        + (f" (also “{match.spelling}”)" if match.spelling != match.person.name else ""),
        (person_evidence(match),),
    )


def _canonical_title(title: str) -> str:
    words = fold(title).replace("defence", "defense").replace("adviser", "advisor").split()
    words = [word for word in words if word not in ("the",)]
    # "minister of defense" reads as "defense minister"
    if len(words) == 3 and words[1] in ("of", "for") and words[0] in ("minister", "secretary"):
        words = [words[2], words[0]]
    return " ".join(words)


def titles_match(claimed: str, registered: str) -> bool:
    """Same title allowing spelling variants, word order and a shorter form of it.

    "Ambassador" fits "Ambassador to the United Nations"; "President" does not fit "Vice President".
    """
    claimed_form, registered_form = _canonical_title(claimed), _canonical_title(registered)
    if fuzz.ratio(claimed_form, registered_form) >= 90:
        return True
    head = registered_form.split(" to ")[0].split(" of ")[0].split(" for ")[0]
    return bool(head) and registered_form.startswith(claimed_form) and fuzz.ratio(claimed_form, head) >= 90


def _org_fits(claimed: str | None, role: Role) -> bool:
    return claimed is None or role.org is None or fold(claimed) == fold(role.org)


def check_role(claim: Claim, index: StoreIndex, on: dt.date | None) -> Suggestion:
    person_name, title, org = claim.fields["person"], claim.fields["role"], claim.fields.get("org")
    match = resolve(index, person_name)
    if match is None:
        return Suggestion(
            Verdict.UNSUPPORTED, 60, f"“{person_name}” is not in the register, so the title cannot be checked"
        )
    person = match.person
    same_title = tuple(role for role in person.roles if titles_match(title, role.title) and _org_fits(org, role))
    spelled = "" if match.exact else f"; the article spells the name “{person_name}”, the register “{person.name}”"
    if on is None:
        if same_title:
            verdict = Verdict.VERIFIED if match.exact else Verdict.DISPUTED
            return Suggestion(
                verdict,
                60,
                f"{person.name} held the title {title} (no article date to check the term){spelled}",
                (person_evidence(match, same_title),),
            )
        return Suggestion(
            Verdict.UNSUPPORTED,
            50,
            f"the register gives {person.name} no title like {title}",
            (person_evidence(match),),
        )
    held_then = tuple(role for role in same_title if role.held_on(on))
    if held_then:
        if match.exact:
            return Suggestion(
                Verdict.VERIFIED,
                92,
                f"{person.name} was {held_then[0].title} on {on}",
                (person_evidence(match, held_then),),
            )
        return Suggestion(
            Verdict.DISPUTED,
            int(match.score),
            f"the title is right on {on}{spelled}",
            (person_evidence(match, held_then),),
        )
    if same_title:
        role = same_title[0]
        when = f"from {role.start}" if role.start and on < role.start else f"until {role.end}"
        return Suggestion(
            Verdict.DISPUTED,
            85,
            f"{person.name} was {role.title} only {when}, not on {on}{spelled}",
            (person_evidence(match, same_title),),
        )
    other_roles = tuple(role for role in person.roles if role.held_on(on))
    if other_roles:
        titles = ", ".join(role.title for role in other_roles)
        return Suggestion(
            Verdict.DISPUTED,
            80,
            f"on {on} the register gives {person.name} as {titles}, not {title}{spelled}",
            (person_evidence(match, other_roles),),
        )
    return Suggestion(
        Verdict.UNSUPPORTED, 55, f"the register has no title for {person.name} on {on}", (person_evidence(match),)
    )
