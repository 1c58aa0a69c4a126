"""Check person and role claims against the register: spelling, and title on the article's date."""

from __future__ import annotations

import datetime as dt
import re
import weakref
from dataclasses import replace

from factdesk.claims.check.office_holders import closer_holder, sole_holder
from factdesk.claims.check.offices import (
    head_word,
    is_description,
    is_no_office,
    is_party,
    is_ranked,
    member_by_title,
    office_words,
    rank_unrecorded,
    same_office,
)
from factdesk.claims.check.register_names import resolve
from factdesk.claims.check.role_orgs import COUNTRIES, org_fits
from factdesk.claims.check.role_time import (
    DAYS_OF_A_CHANGE,
    When,
    appointed_as,
    called_former,
    distance,
    kindred_offices,
    long_before,
    said_of_the_past,
    spoken_of_as_past,
    starts_near,
    when_of,
)
from factdesk.claims.extract.lexicon import NATIONALITIES, TITLES
from factdesk.claims.model import Claim, Evidence, Suggestion, Verdict
from factdesk.sources.index import NameMatch, StoreIndex
from factdesk.sources.model import Person, Precision, Role
from factdesk.sources.text import fold

_PORTFOLIO_HEADS = frozenset({"minister", "secretary"})  # offices a register lists a career of


def register_line(person: Person, roles: tuple[Role, ...] | None = None) -> str:
    """How a register entry reads in evidence: 'Tzachi Hanegbi (also Tzahi Hanegbi): National Security Advisor, ...'."""
    aliases = f" (also {', '.join(person.aliases)})" if person.aliases else ""
    shown = person.roles if roles is None else roles
    described = "; ".join(role.describe() for role in shown)
    return f"{person.name}{aliases}: {described}" if described else f"{person.name}{aliases}"


def person_evidence(match: NameMatch, roles: tuple[Role, ...] | None = None) -> Evidence:
    return Evidence(f"person:{match.person.name}", "person", register_line(match.person, roles), match.score)


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


def titles_match(claimed: str, registered: str, org: str | None = None) -> bool:
    """Same office, whatever the word order, spelling or short form (see `offices.same_office`)."""
    return same_office(claimed, registered, org)


def _title_fits(title: str, org: str | None, role: Role) -> bool:
    """The title at the body: "General Assembly President" is the President of the UN General Assembly."""
    written = (title, f"{title} of {org}") if org else (title,)
    fits = any(titles_match(said, role.title, role.org) for said in written) or member_by_title(
        title, role.title, role.org
    )
    return fits and org_fits(org, role)


def _nationality_only(sentence: str, title: str, country: str, person: str, roles: tuple[Role, ...]) -> bool:
    """ "Polish referee X", "X, a Polish referee": a demonym before a calling in lower case, where the register
    has the calling only at a body that is no country (FIFA), gives where the person is from, not whom they
    work for. "Polish President X", "France coach X" and "Russia's ambassador X" still name the country's
    office."""
    if country not in COUNTRIES or not title[:1].isupper() or not person.split():
        return False
    calling, first, last = re.escape(title.lower()), re.escape(person.split()[0]), re.escape(person.split()[-1])
    written = re.search(rf"\b([\w-]+)\s+{calling}\s+{first}\b", sentence) or re.search(
        rf"\b{last},\s+(?:a|an|the)\s+([\w-]+)\s+{calling}\b", sentence
    )  # "Thomas Ammann, a Swiss art dealer"
    if written is None or NATIONALITIES.get(written[1]) != country or written[1] == country:
        return False
    held = [role for role in roles if titles_match(title, role.title, role.org)]
    return bool(held) and all(role.org is not None and role.org not in COUNTRIES for role in held)


def _a_persons(org: str, index: StoreIndex) -> bool:
    """ "Lula's chief of staff": whom the office served, a person in the register, not its body (nor a country)."""
    return org not in COUNTRIES and org not in NATIONALITIES and resolve(index, org) is not None


def _of_earlier_years(claim: Claim, on: dt.date) -> bool:
    """A sentence of an earlier year ("after Gov. James Ferguson in 1917"): the office's holder then was another."""
    return any(int(year) < on.year for year in re.findall(r"\b(?:1[5-9]|20)\d\d\b", claim.sentence))


def check_role(claim: Claim, index: StoreIndex, on: dt.date | None) -> Suggestion:
    """The title against the register, as of a date the sentence gives, else the article's date `on`."""
    person_name, title, org = claim.fields["person"], claim.fields["role"], claim.fields.get("org")
    if is_no_office(title):  # disputed by the register's offices: "co-founder Jack Dorsey" against his CEO term
        return Suggestion(Verdict.UNSUPPORTED, 40, f"“{title}” is no office the register records; check it by hand")
    match = resolve(index, person_name)
    if match is None:
        holder = sole_holder(claim, index, on) if on is not None and not _of_earlier_years(claim, on) else None
        if holder is not None:
            # "INE President Lorenzo Cordova" while the register has another president of the INE that day
            person, role = holder
            return Suggestion(
                Verdict.DISPUTED,
                75,
                f"on {on} the register gives {person.name} as {_described(role)}; “{person_name}” is not in it",
                (Evidence(f"person:{person.name}", "person", register_line(person, (role,)), 75.0),),
            )
        return Suggestion(
            Verdict.UNSUPPORTED, 60, f"“{person_name}” is not in the register, so the title cannot be checked"
        )
    person = match.person
    if org and (_nationality_only(claim.sentence, title, org, person_name, person.roles) or _a_persons(org, index)):
        org = None
    if org and is_party(org) and office_words(title) - {"party"} == {"leader"}:
        # "the Republican leader": the party's leader in the chamber; "Opposition Labour Party leader": Labour's
        title, org = " ".join(word for word in f"{org} {title}".split() if word.lower() != "opposition"), None
    same_title = tuple(role for role in person.roles if _title_fits(title, org, role))
    spelled = "" if match.exact else f"; the article spells the name “{person_name}”, the register “{person.name}”"
    when = when_of(claim, person_name, on)
    if when is not None and on is not None and long_before(when, person.roles):
        when = When(on, on, f"on {on}")  # "... the treaty signed in 1949": another thing's year, not the title's
    if when is None:
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
    if on is not None and appointed_as(claim, person_name):
        # "elected Tusk as prime minister": the register's "Prime Minister-elect" of that day is the same news
        to_be = tuple(
            role
            for role in person.roles
            if _ELECT.search(role.title) and _title_fits(title, org, replace(role, title=_ELECT.sub("", role.title)))
        )
        starting = tuple(role for role in (*same_title, *to_be) if starts_near(role, on))
        if starting:
            role = starting[0]
            return Suggestion(
                Verdict.VERIFIED if match.exact else Verdict.DISPUTED,
                80,
                f"{person.name} took office as {_described(role)} on {role.start}; the sentence reports it{spelled}",
                (person_evidence(match, starting),),
            )
    if when.starts and any(role.start for role in same_title):
        # "Mayor X, a former judge who took office in January": the term must begin then
        started = [role for role in same_title if when.begins(role)]
        role = started[0] if started else next(r for r in same_title if r.start)
        took = f"{person.name} took office as {_described(role)} on {role.start}"
        reason = f"{took}; the sentence reports it{spelled}" if started else f"{took}, not {when.label}{spelled}"
        verdict = Verdict.VERIFIED if started and match.exact else Verdict.DISPUTED
        return Suggestion(verdict, 80, reason, (person_evidence(match, (role,)),))
    held_then = tuple(role for role in same_title if when.holds(role))
    # "former" is said as of the article's day, whatever date is given ("in 2016 under former Governor X")
    now = When(on, on, f"on {on}") if on is not None else when
    held_now = tuple(role for role in same_title if now.holds(role))
    if held_now and called_former(claim.sentence, title, person_name):
        role = held_now[0]
        return Suggestion(
            Verdict.DISPUTED,
            80,
            f"the article calls {person.name} a former {title}, but {now.label} the register gives "
            f"{_described(role)} ({role.describe()}){spelled}",
            (person_evidence(match, held_now),),
        )
    if held_then and not any(when.surely_holds(role) for role in held_then):
        return _unrecorded_day(person.name, held_then, when, spelled, person_evidence(match, held_then))
    closer = closer_holder(title, org, held_then, person, index, when.holds) if held_then else None
    if closer is not None:
        # "Michael Barr, the Fed's vice chair": the title written is another's office, not a short form of his
        other, role = closer
        return Suggestion(
            Verdict.DISPUTED,
            80,
            f"{when.label} the register gives {other.name} as {_described(role)}, and {person.name} as "
            f"{_described(held_then[0])}{spelled}",
            (
                person_evidence(match, held_then),
                Evidence(f"person:{other.name}", "person", register_line(other, (role,)), 80.0),
            ),
        )
    if held_then:
        if match.exact:
            return Suggestion(
                Verdict.VERIFIED,
                92,
                f"{person.name} was {held_then[0].title} {when.label}",
                (person_evidence(match, held_then),),
            )
        return Suggestion(
            Verdict.DISPUTED,
            int(match.score),
            f"the title is right {when.label}{spelled}",
            (person_evidence(match, held_then),),
        )
    # "then-Prime Minister X" with no date of its own: any earlier term of X's (a date given is checked above)
    undated = (when.first, when.last) == (on, on)
    if (
        same_title
        and on is not None
        and said_of_the_past(claim.sentence, title, person_name, same_title, when, undated)
    ):
        earlier = tuple(role for role in same_title if role.start is None or role.start <= when.last)
        if earlier:
            role = earlier[0]
            held = f"from {role.start_text} " if role.start else ""
            held += f"until {role.end_text}" if role.end else ""
            return Suggestion(
                Verdict.VERIFIED if match.exact else Verdict.DISPUTED,
                70,
                f"{person.name} held the title {role.title} {held.strip()}; the sentence speaks of that time{spelled}",
                (person_evidence(match, earlier),),
            )
    if same_title:
        role = min(same_title, key=lambda r: distance(r, when))
        term = f"from {role.start_text}" if role.start and when.last < role.start else f"until {role.end_text}"
        if (
            role.end is not None
            and role.end_precision is Precision.DAY  # "until 2021-06": which day is not known, nor how near
            and when.first > role.end
            and distance(role, when) <= DAYS_OF_A_CHANGE
        ):
            # "two days after Sunak replaced her with Foreign Secretary James Cleverly": news of a change of office
            # names the title of the day it tells of, not always the article's (before a term: "President-elect")
            return Suggestion(
                Verdict.UNSUPPORTED,
                60,
                f"{person.name} was {role.title} {term}, {distance(role, when)} day(s) from {when.label}: "
                f"read which day the sentence speaks of{spelled}",
                (person_evidence(match, same_title),),
            )
        if (when.after_name or when.far_before) and held_now and match.exact:
            # "Chief Executive John Lee, 66, told the chamber ... since its return to Chinese rule in 1997": a
            # later clause's date may be another thing's; the title is right on the article's day
            return Suggestion(
                Verdict.UNSUPPORTED,
                55,
                f"{person.name} is {held_now[0].title} {now.label}; read whether the sentence's date "
                f"({when.label}) is of the title",
                (person_evidence(match, held_now),),
            )
        held_instead = tuple(other for other in person.roles if when.holds(other))
        instead = (
            f"; {when.label} the register gives {', '.join(r.title for r in held_instead)}" if held_instead else ""
        )
        return Suggestion(
            Verdict.DISPUTED,
            85,
            f"{person.name} was {role.title} only {term}, not {when.label}{instead}{spelled}",
            (person_evidence(match, same_title + held_instead),),
        )
    other_roles = tuple(role for role in person.roles if when.holds(role))
    elsewhere = tuple(
        role for role in person.roles if titles_match(title, role.title, role.org) and not org_fits(org, role)
    )
    if not same_title and elsewhere and org and not is_description(title):  # "Sarkozy's lawyer": a client, no body
        # "a former chief executive of Visa" where the register has the office at Mastercard: the body is wrong
        bodies = ", ".join(_described(role) for role in elsewhere)
        return Suggestion(
            Verdict.DISPUTED,
            80,
            f"the register gives {person.name} as {bodies}, not {title} of {org}{spelled}",
            (person_evidence(match, elsewhere),),
        )
    if not same_title and spoken_of_as_past(claim.sentence, title, person_name):
        # "X, a former intelligence chief": a past office the register lacks is unknown, not wrong (few list all)
        past = tuple(role for role in person.roles if role.end is not None and (on is None or role.end <= on))
        listed = f"; it lists {', '.join(_described(role) for role in past)}" if past else ""
        # ... but a minister whose other portfolios it records was not, by its record, this one's minister
        career = head_word(title) in _PORTFOLIO_HEADS and any(head_word(r.title) == head_word(title) for r in past)
        return Suggestion(
            Verdict.DISPUTED if career else Verdict.UNSUPPORTED,
            60 if career else 50,
            f"the register does not record {person.name} as {title} at any time{listed}{spelled}",
            (person_evidence(match, past) if past else person_evidence(match),),
        )
    if other_roles:
        titles = ", ".join(_described(role) for role in other_roles)
        if (
            _is_calling(title, index)
            or is_description(title)
            or rank_unrecorded(title, [r.title for r in person.roles])
        ):
            # "a senator and tech entrepreneur": a calling beside the offices the register lists is not contradicted
            return Suggestion(
                Verdict.UNSUPPORTED,
                55,
                f"{when.label} the register gives {person.name} as {titles}; it does not say whether {title.lower()}",
                (person_evidence(match, other_roles),),
            )
        claimed = f"{title} of {org}" if org else title
        return Suggestion(
            Verdict.DISPUTED,
            80,
            f"{when.label} the register gives {person.name} as {titles}, not {claimed}{spelled}",
            (person_evidence(match, other_roles),),
        )
    kindred = kindred_offices(title, person.roles, when, now)
    if kindred and not (_is_calling(title, index) or is_description(title)):
        # "to succeed Chief Justice Antonin Scalia" a month after his term as Associate Justice ended: another
        # office of the same kind, never held, in place of the one the register gives for those days
        role = kindred[0]
        return Suggestion(
            Verdict.DISPUTED,
            75,
            f"the register gives {person.name} as {role.describe()}, never {title}{spelled}",
            (person_evidence(match, kindred),),
        )
    return Suggestion(
        Verdict.UNSUPPORTED,
        55,
        f"the register has no title for {person.name} {when.label}",
        (person_evidence(match),),
    )


_OFFICE_HEADS: weakref.WeakKeyDictionary[StoreIndex, frozenset[str]] = weakref.WeakKeyDictionary()


def _is_calling(title: str, index: StoreIndex) -> bool:
    """Whether a title is a calling ("tech entrepreneur", "lawyer") rather than an office: its last word ends
    no title of the lexicon or the register. A person has callings the register does not list."""
    heads = _OFFICE_HEADS.get(index)
    if heads is None:
        written = [*TITLES, *(role.title for person in index.store.people for role in person.roles)]
        heads = _OFFICE_HEADS[index] = frozenset(head_word(title) for title in written if title.strip())
    head = head_word(title)
    # "chief scientist of C3S" is a post, though "scientist" alone is a calling
    return bool(head) and head not in heads and head.rstrip("s") not in heads and not is_ranked(title)


_ELECT = re.compile(r"[\s-](?:elect|designate)\b", re.IGNORECASE)


def _described(role: Role) -> str:
    """ "Chancellor of Germany", "head coach of Argentina": the title with whose it is, when the title
    does not say."""
    if role.org and fold(role.org) not in fold(role.title):
        return f"{role.title} of {role.org}"
    return role.title


def _unrecorded_day(name: str, roles: tuple[Role, ...], when: When, spelled: str, evidence: Evidence) -> Suggestion:
    """A term whose partial start or end leaves `when` undecided: say so rather than verify or dispute."""
    role = roles[0]
    since = role.surely_from
    bound = role.start_text if since is not None and when.last < since else role.end_text
    return Suggestion(
        Verdict.UNSUPPORTED,
        50,
        f"{name} held the office of {role.title} in {bound}; the day is not recorded, so the register "
        f"cannot say whether {when.label}{spelled}",
        (evidence,),
    )
