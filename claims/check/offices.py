"""Titles compared as offices: word order, abbreviations and the press's short forms do not matter.

"Minister of Defence" = "Defense Minister", "Speaker of the House" = "House Speaker",
"Sen." = "Senator", "CEO" = "chief executive" = "Chief Executive Officer", and "Justice"
fits an "Associate Justice"; but "Deputy Prime Minister" is not "Prime Minister" and
"House Minority Leader" is not "House Majority Leader". The word lists are in offices.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml
from factdesk.claims.extract.acronyms import initials_in_order
from factdesk.claims.extract.lexicon import NATIONALITIES
from factdesk.sources.text import fold

_WORD = re.compile(r"[^\W_]+(?:'s)?")


@dataclass(frozen=True, slots=True)
class _Lists:
    abbreviations: dict[str, tuple[str, ...]]
    spellings: dict[str, str]
    rank: frozenset[str]
    may_omit: frozenset[str]
    filler: frozenset[str]
    parties: frozenset[str]
    legal_forms: frozenset[str]
    unlisted: frozenset[str]
    leanings: re.Pattern[str]


@cache
def _lists() -> _Lists:
    text = files("factdesk.claims.check").joinpath("offices.yaml").read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(text, Loader=loader)
    return _Lists(
        {short: tuple(long.split()) for short, long in data["abbreviations"].items()},
        dict(data["spellings"]),
        frozenset(data["rank"]),
        frozenset(data["may_omit"]),
        frozenset(data["filler"]),
        frozenset(data.get("parties") or ()),
        frozenset(data.get("legal_forms") or ()),
        frozenset(data.get("unlisted_callings") or ()),
        re.compile(r"\b(?:" + "|".join(re.escape(fold(word)) for word in data.get("leanings") or ()) + r")(?![\w-])"),
    )


def is_description(title: str) -> bool:
    """A calling a register seldom lists ("spokeswoman", "lawmaker"): beside the offices a register gives,
    such a title is unknown, never contradicted."""
    words = office_words(title)
    if words == {"member"}:
        return True  # "council member Ed Burke": a member of some body, which the words before it named
    # "Chief Economist" is an office; a "senior civil servant" or "senior official" is still a calling
    return bool(words & _lists().unlisted) and not (words & _lists().rank) - {"senior"}


_ARMY_RANKS = frozenset({"general", "major", "lieutenant"})  # alone or together they are a rank only


def rank_unrecorded(title: str, recorded: list[str]) -> bool:
    """ "General X" where the register records X's post ("Commander of the Paris Fire Brigade") and no rank:
    a rank only ("General", "Lieutenant General"; not "Attorney General"), which the register does not
    keep, so it is unknown rather than contradicted."""
    words = office_words(title)
    return bool(words) and words <= _ARMY_RANKS and not any(office_words(other) & _ARMY_RANKS for other in recorded)


def is_ranked(title: str) -> bool:
    """Whether a title carries a rank ("chief scientist", "deputy director"): a post in a body, not a calling."""
    return bool(office_words(title) & _lists().rank)


def org_words(org: str) -> frozenset[str]:
    """The words that name a body, without its legal form: "Tesla Inc" and "Tesla" are one company."""
    words = office_words(org)
    return (words - _lists().legal_forms) or words


@cache
def _descriptions() -> dict[frozenset[str], tuple[str, ...]]:
    text = files("factdesk.claims.check").joinpath("offices.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return {office_words(said): tuple(fits) for said, fits in (data.get("descriptions") or {}).items()}


@cache
def office_words(title: str) -> frozenset[str]:
    """The words that name the office, in one spelling, without order or filler."""
    lists = _lists()
    folded = re.sub(r"\b([a-z])\.(?=[a-z]\.)", r"\1", fold(title))  # "U.N." is "un", "U.S." is "us"
    folded = lists.leanings.sub(" ", folded)  # "far-left leader", "long-time adviser": how, not which office
    folded = _BASED.sub(" ", folded)  # "the Geneva-based International Tunnelling Association": where, not which body
    folded = folded.replace("-", " ").replace(".", " ")
    found: set[str] = set()
    written: str
    for written in _WORD.findall(folded):
        word = written.removesuffix("'s")
        for part in lists.abbreviations.get(word, (word,)):
            spelled = lists.spellings.get(part, part)
            for piece in spelled.split():
                if piece not in lists.filler:
                    found.add(piece)
    return frozenset(found)


_BASED = re.compile(r"\b[\w.]+-based\b")


def same_office(claimed: str, registered: str, org: str | None = None, *, described: bool = True) -> bool:
    """Whether a title written in an article names the office the register gives.

    The claim may leave out words of the register's title ("Ambassador" for "Ambassador to the
    United Nations") but never a word that changes the office ("Prime Minister" for "Deputy Prime
    Minister"); it may add only words of the office's organisation ("Senate Majority Leader" for a
    "Majority Leader" of the Senate).
    """
    lists = _lists()
    seat = _A_PARTYS_MEMBER.match(claimed)
    if seat is not None and office_words(seat["rest"]) & _MEMBERS_OF_A_CHAMBER:
        claimed = seat["rest"]  # "National Party senator": the holder's party, not the office
    # "sports minister" for a Minister of Youth, Sport, Arts and Recreation: a plural s changes no office
    said, held = _singulars(office_words(claimed)), _singulars(office_words(registered))
    if not said:
        return False
    named_twice = _ALSO_CALLED.fullmatch(registered)
    if named_twice is not None and any(
        same_office(claimed, f"{name} {named_twice[3]}".strip(), org, described=described)
        for name in named_twice.groups()[:2]
    ):
        return True  # "humanitarian chief (Under-Secretary-General for Humanitarian Affairs)": either name will do,
        # with what follows both ("Chief Representative (leader) of Komeito")
    joined = _offices_held_together(registered)
    if len(joined) > 1 and any(same_office(claimed, part, org, described=described) for part in joined):
        return True  # "chairman" of a "Chairman and Chief Executive Officer": one of the offices held together
    # "Socialist leader" of the register's "Secretary-General" of the Spanish Socialist Workers' Party: the
    # party the org names, and a kind of office
    if {"junior", "minister"} <= said and said - {"junior", "minister"} <= held and held & _JUNIOR_OFFICES:
        return True  # "junior interior minister": a Secretary of State (or Minister of State) at the Interior
    if {"minister", "state"} <= held and "state" not in said and held - {"minister", "state"} <= said:
        if held & _GREAT_OFFICES and not _RANK_AND_PORTFOLIO.search(registered):
            return False  # "Foreign Minister" for a Minister of State for Foreign Affairs: a junior office
        said = said | {"state"}  # "Security Minister", "Finance Minister" for a "Minister of State and Finance":
        # no senior minister of those stands above a Minister of State for them
    party_named = said & lists.parties and said & lists.parties <= office_words(org or "")
    fits = _descriptions().get(said) or (_descriptions().get(said - lists.parties) if party_named else None)
    body = _singulars(office_words(org or ""))
    if fits is None and said & body:  # "league executive" at the National Football League: the body's kind of office
        fits = _descriptions().get(said - body)
    if fits is not None and described:
        # "lawmaker", "premier", "finance minister": a kind of office, any of whose titles will do
        return any(same_office(title, registered, org, described=False) for title in fits)
    if len(said) >= 2 and "chief" in said and said - {"chief"} <= held and held & _HEADS_OF_A_PORTFOLIO:
        return True  # "security chief Chris Tang": the press's word for the Secretary for Security
    if said & lists.parties and "leader" in said and held & {"majority", "minority"}:
        # "Senate Democratic Leader" for the Senate Minority Leader: the party stands for majority or minority
        said = (said - lists.parties) | (held & {"majority", "minority"})
    # "Acting Labour Minister" in a caretaker government: a stand-in's standing, not another office (the
    # register's "Acting Secretary" is not borne out by "Secretary", though)
    said = said - (_STANDING_IN - held)
    # "Republican Senator", "the three liberal justices": a party or leaning said of the holder, not the office
    extra_said = said - held - (lists.parties | _LEANINGS if "leader" not in said else frozenset())
    # "DA Leader", "Director (NSF)", "Co-director (SEC's Division of Enforcement)": the body, as its initials
    for word in _WORD.findall(claimed):
        bare = word.removesuffix("'s")
        if any(_acronym_of(bare, body) for body in (org or "", *_tails(registered))):
            extra_said -= {fold(bare), *office_words(bare)}
    if "leader" in said:
        extra_said -= {"party"}  # "ACT Party leader" for the Leader of ACT New Zealand: a party's leader
    if extra_said and not extra_said <= body:  # "Independent Greeks Leader": the body's words, singular as said
        return False
    # "Secretary of State to the Minister of the Interior", "Adviser to the President": the office is the words
    # before "to"; a claim of the superior's title alone ("Interior Minister") names another office
    head = _SERVES.split(registered, maxsplit=1)
    if len(head) > 1 and not said & office_words(head[0]):
        return False
    left_out = held - said
    if said & _SECOND_IN_COMMAND:  # "Vice President" for the First Vice President: which deputy, left out
        left_out -= _ORDINALS
    # a rank word that a short form may leave out ("Justice" for "Associate Justice") changes nothing, nor one
    # in the body's name ("President" of the "General Assembly")
    left_out = (left_out & lists.rank) - lists.may_omit - _singulars(office_words(_body_named(registered)))
    return not left_out or (left_out == {"chief"} and "judge" in said)  # a Chief Judge is a judge of the court


_A_PARTYS_MEMBER = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}Party\s+(?P<rest>.+)$")
_MEMBERS_OF_A_CHAMBER = frozenset("senator representative lawmaker legislator mp deputy member councillor".split())
_ALSO_CALLED = re.compile(r"(.+?)\s*\(([^()]+)\)\s*(.*)")  # a register's title with its other name in brackets
_OF_THE = re.compile(r"\s(?:of|for)\s+the\s+(.+)$")


def _body_named(title: str) -> str:
    """The body a title names after "of the" ("General Assembly" of "President of the General Assembly")."""
    found = _OF_THE.search(title)
    return found[1] if found else ""


def _singulars(words: frozenset[str]) -> frozenset[str]:
    return frozenset(
        word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word for word in words
    )


_SERVES = re.compile(
    r"\s+to\s+the\s+(?=(?:[A-Z]\w*\s+)*(?:Minister|President|Secretary|Prime|Chancellor|Governor|Mayor|King|Queen))"
)
_JUNIOR_OFFICES = frozenset({"secretary", "state", "deputy", "parliamentary", "under"})  # the press's "junior minister"
# portfolios a cabinet minister holds nearly everywhere, so that a Minister of State for one is a junior minister
_GREAT_OFFICES = frozenset("foreign external finance treasury defence defense interior home justice".split())
# Portugal's "Minister of State and Finance": the rank, then the minister's own portfolio
_RANK_AND_PORTFOLIO = re.compile(r"\bMinister of State and\b", re.IGNORECASE)
_HEADS_OF_A_PORTFOLIO = frozenset("secretary minister commissioner director representative".split())
_JOINED = re.compile(r"\s+(?:and|&)\s+(?=[A-Z])")  # "President and Chief Operating Officer": two offices
_SECOND_IN_COMMAND = frozenset({"vice", "deputy"})
_ORDINALS = frozenset({"first", "second", "third", "fourth"})
_STANDING_IN = frozenset({"acting", "interim", "caretaker"})
_LEANINGS = frozenset("conservative liberal progressive moderate centrist leftist rightist hardline".split())


def _offices_held_together(title: str) -> list[str]:
    """ "Deputy Prime Minister and Minister of Economy and Finance": the two offices, not "Finance" as a third
    (a part naming no office after a portfolio's "of"/"for" is more of that portfolio)."""
    parts: list[str] = []
    for part in _JOINED.split(title):
        if parts and _PORTFOLIO.search(parts[-1]) and not office_words(part) & _OFFICE_NOUNS:
            parts[-1] += " and " + part
        else:
            parts.append(part)
    return parts


_PORTFOLIO = re.compile(r"\s(?:of|for)\s")
# words that make a part of a joined title an office of its own ("and Chief Executive Officer")
_OFFICE_NOUNS = frozenset(
    "minister secretary president chair chairman chairwoman chairperson officer director governor commissioner "
    "ambassador representative leader speaker judge justice mayor chancellor treasurer manager head chief "
    "adviser advisor executive counsel member senator envoy spokesperson deputy vice attorney solicitor auditor "
    "comptroller registrar inspector prosecutor ombudsman".split()
)


def _tails(title: str) -> list[str]:
    """The title from each capitalised word on: "National Science Foundation" of "Director of the National
    Science Foundation", which "NSF" abbreviates."""
    words = title.split()
    return [" ".join(words[at:]) for at, word in enumerate(words) if at and word[:1].isupper()]


def is_party(words: str) -> bool:
    """Whether `words` name a party ("Republican", "Labour"), as a leader's title may be written."""
    return bool(office_words(words) & _lists().parties) or _NAMED_A_PARTY.search(words) is not None


_NAMED_A_PARTY = re.compile(r"\bPart(?:y|i|ido|ito|ei)\b")  # "National Party", "Parti Québécois", "Partido Popular"


def short_for(claimed: str, org: str) -> bool:
    """Whether one of two names of a body is the other's short form: the article's "CDC" for the register's
    "Centers for Disease Control and Prevention", or the register's "RMT" where the article spelled it out."""
    return _acronym_of(claimed, org) or (len(org) >= 3 and org.isupper() and initials_in_order(org, claimed))


def _acronym_of(short: str, long: str) -> bool:
    """ "USI" for "University of Southern Indiana", "UN" for "United Nations", "WSJ" for "The Wall Street Journal",
    "FDA" for "U.S. Food and Drug Administration" (a country's dotted short form before the body's name)."""
    bare = " ".join(word for word in long.split() if "." not in word)
    return _initials_of(short, long) or (bare != long and _initials_of(short, bare))


def _initials_of(short: str, long: str) -> bool:
    letters = short.replace(".", "")
    initials = "".join(word[0] for word in long.split() if word[:1].isupper() and word != "The")
    if len(letters) >= 3 and len(initials) == len(letters) + 1 and initials.startswith(letters):
        return letters.isupper()  # "CDC": the Centers for Disease Control (and Prevention) as the press writes it
    # "INE" for the National Electoral Institute (Instituto Nacional Electoral): a translated name's initials
    # come in another order
    return (
        letters.isupper()
        and len(letters) >= 2
        and (letters == initials or (len(letters) >= 3 and sorted(letters) == sorted(initials)))
    )


def whose_body(claimed: str, title: str, org: str) -> bool:
    """ "England's Football Association" for the register's "The Football Association", "EU Competition" for
    the Commissioner for Competition at the European Commission: the body, with whose it is said before it."""
    first, _, rest = claimed.partition(" ")
    if not rest:
        return False
    if re.search(r"['’]s$", first) and org_words(rest) == org_words(org):
        return True
    polity = NATIONALITIES.get(first)  # "EU" is the European Union's, as the European Commission is
    return (
        bool(polity)
        and bool(office_words(polity or "") & office_words(org))
        and office_words(rest) <= office_words(title) | office_words(org)
    )


def head_word(title: str) -> str:
    """The word a title is about: "Consul General to the U.N." -> "general", "vice-captain" -> "captain"."""
    words = re.split(r"\s+(?:to|of|for|at|in)\s+", fold(title), maxsplit=1)[0].split()
    return words[-1].rsplit("-", 1)[-1] if words else ""


# A member's title, and the words for the body of such members: "Governor" Lisa Cook of the Board of Governors
_MEMBERS_OF = {
    "governor": ("governors",),
    "director": ("directors",),
    "representative": ("representatives",),
    "commissioner": ("commissioners",),
    "senator": ("senate",),
    "mp": ("parliament", "commons"),
    "councillor": ("council",),
    "councilor": ("council",),
}


def member_by_title(claimed: str, title: str, org: str | None) -> bool:
    """Whether a member's title ("Governor", "Rep.", "Sen.") is borne out by any post in a body of such members:
    the register's "Member, Board of Governors", "House Majority Leader" of the House of Representatives, or
    "Chairman, House Judiciary Committee" of it are each a Representative or a Governor as well."""
    said = office_words(claimed) - _lists().parties
    if len(said) != 1:
        return False  # "Deputy Governor", "Vice Chair": an office of its own
    (word,) = said
    bodies = _MEMBERS_OF.get(word, ())
    written = set(_WORD.findall(fold(f"{title} {org or ''}")))
    return any(body in written for body in bodies)


def is_no_office(title: str) -> bool:
    """ "co-founder Jack Dorsey": a part once played, which no register of offices and their terms records."""
    words = office_words(title) - {"co"}
    return bool(words) and words <= {"founder", "cofounder", "creator", "inventor"}
