"""What a vote claim holds, and the measure and body words every vote finder shares."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from typing import Any

from factdesk.claims.extract.lexicon import NATIONALITIES
from factdesk.claims.extract.numbers import NUMBER
from factdesk.claims.extract.votes.ruling_words import ruled_challenge

MEASURE_NOUN = (
    r"\b(?:resolution|bill|motion|measure|amendment|law|legislation|proposal|budget|draft|text|treaty|deal|plan"
    r"|referendum|package|offer|contract|agreement|nomination|ordinance|decree|petition|bid|constitution|charter"
    r"|reforms?|merger|takeover|acquisition|sale|pact|accord|protocol|convention|settlement|rule|rulemaking|regulation"
    r"|acts?|vote\s+of\s+(?:no\s+)?confidence)\b"
)
MEASURE_STOP = re.compile(
    r"\s*(?:[,;:.()]|\s(?:in|by|with|after|for|on|at|during)\s+(?:almost|nearly|about|around|more|over|less|a\s+vote|"
    + NUMBER
    + r")|\s(?:by\s+a\s+vote|with\s+\d|which|that|after|when|while|as|because)\b"
    # "to repeal the head tax on Tuesday": when it was voted is no part of the measure
    r"|\s(?:on|last|this|next|in|early|late)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month"
    r"|year|January|February|March|April|May|June|July|August|September|October|November|December)\b)"
)

BODY = re.compile(
    r"\b(?P<body>(?:(?:UN|U\.N\.|United\s+Nations|European|U\.S\.|US|Israeli|British)\s+)?"
    r"(?:Security\s+Council|General\s+Assembly|Human\s+Rights\s+Council|House\s+of\s+Representatives|"
    r"House\s+of\s+Commons|House\s+of\s+Lords|National\s+Assembly|European\s+Parliament|City\s+Council|"
    # "Senate Judiciary Committee", "House Appropriations Committee": a chamber's committee is its own body
    r"(?:(?:Senate|House)\s+)?(?:[A-Z]\w+\s+){0,2}Committee|(?:[A-Z]\w+\s+){1,3}(?:Commission|Board)|"
    r"Senate|House|Parliament|Congress|Knesset|Bundestag|Bundesrat|Duma|Cabinet|"
    # legislatures known by their own names: "the Chamber of Deputies", "the Lok Sabha", "the Sejm"
    r"Chamber\s+of\s+(?:Deputies|Representatives)|(?:Lok|Rajya)\s+Sabha|Sejm|Riksdag|Storting|Folketing|Diet|"
    r"Verkhovna\s+Rada|Dáil|Seanad|Majlis|"
    r"Supreme\s+Court|"
    # courts by their names: "the Court of Appeal", "the Constitutional Council", "the High Court"
    r"Court\s+of\s+(?:Appeals?|Justice|Cassation)|(?:(?!The\b|A\b|An\b)[A-Z]\w+\s+){1,2}(?:Court|Tribunal)(?:\s+of\s+Appeals?)?|"
    r"Constitutional\s+Council))"
)


@dataclass(frozen=True, slots=True)
class VoteMention:
    start: int
    end: int
    fields: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        f = self.fields
        body = f" in the {f['body']}" if f.get("body") else ""
        if f.get("actor"):
            verb = {
                "abstain": "abstained on",
                "for": "voted for",
                "against": "voted against",
                "veto": "vetoed",
                "absent": "did not vote on",
            }
            if str(f.get("measure", "")).startswith("to "):  # "Huw Pill voted to hold rates"
                against = "against the move " if f["position"] == "against" else ""  # "opposed the cut"
                return f"{f['actor']} voted {against}{f['measure']}{body}"
            measure = f"the {f['measure']}" if f.get("measure") else "the measure"
            return f"{f['actor']} {verb[f['position']]} {measure}{body}"
        tally = f" {describe_tally(f['tally'])}" if f.get("tally") else ""
        if (
            f.get("outcome") and ruled_challenge(str(f.get("measure") or "")) is not None
        ):  # "Supreme Court: upheld the law, 6-3"
            return f"{f.get('body') or 'The court'}: {f['measure']}{',' if tally else ''}{tally}"
        if not f.get("outcome"):  # "nine countries voted against": a count of one side
            return f"{f.get('measure') or 'the measure'}:{tally}{body}"
        return f"{f.get('measure') or 'the measure'} was {f['outcome']}{tally}{body}"


def actor_name(written: str) -> str:
    bare = re.sub(r"^the\s+", "", written.strip(), flags=re.IGNORECASE)
    return NATIONALITIES.get(bare) or bare


def clean_measure(measure: str) -> tuple[str, int]:
    """The measure without its article and trailing context, and how much of `measure` it used."""
    stop = MEASURE_STOP.search(measure)
    if stop:
        measure = measure[: stop.start()]
    used = len(measure.rstrip())
    measure = re.sub(r"^(?:the|a|an|its|their)\s+", "", measure.strip(), flags=re.IGNORECASE)
    return measure.strip(), used


def describe_tally(tally: dict[str, Any]) -> str:
    """ "70-29", "59% for", "59%-41%": a tally as a claim's text gives it."""
    unit = "%" if tally.get("percent") else ""
    if "for" in tally and "against" in tally:
        return f"{tally['for']}{unit}-{tally['against']}{unit}"
    return " ".join(f"{tally[key]}{unit} {key}" for key in ("for", "against") if key in tally)


# "On Thursday parliament approved ...": the day begins the sentence, and the body is the words after it
_WHEN_BEFORE = re.compile(
    r"^(?:(?:On|In|By|Late|Early|Last|This)\s+)?(?:"
    + "|".join([*calendar.day_name, *calendar.month_name[1:]])
    + r")(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:\s+(?:morning|afternoon|evening|night))?,?\s+"
)


def without_when(subject: str) -> str:
    """A sentence's subject without the day written before it ("On Thursday parliament" is parliament)."""
    return _WHEN_BEFORE.sub("", subject)


# ", which the Democratic-led House passed": a relative clause, whose body is the subject of its own vote
_RELATIVE_BEFORE = re.compile(r",\s+(?:which|that|who|whom|where|after|before|when)\s+(?:[\w'’-]+\s+){0,4}$")
_A_TALLY = re.compile(r"\d\s*[-–—]\s*\d|\d\s+votes?\s+to\s+\d")


def in_a_later_clause(text: str, at: int) -> bool:
    """Whether a body named at `at` stands in a clause after a tally the sentence gave first: "Senators voted
    89-10 for the bill, which the House passed by 385-41" is no vote of the House's 89-10."""
    relative = _RELATIVE_BEFORE.search(text, max(0, at - 60), at)
    return relative is not None and _A_TALLY.search(text, 0, relative.start()) is not None


# Every vote pattern needs one of these stems (or a tally like "14-0"); a sentence without any is
# skipped. Substring tests on the lower-cased text are several times faster than one case-blind regex.
_VOTE_STEMS = ("vot", "adopt", "approv", "pass", "reject", "veto", "block", "abstain", "abstention", "defeat", "favo",
               "against", "fail", "withdr", "confirm", "ratif", "prohib", "backed", "supported", "opposed", "cleared",
               "carried", "sided with", "the majority", "the minority", "dissent", "endorsed")  # fmt: skip
# "Had the first motion passed, the government would have fallen", "If approved, ...": no vote that was held
SUPPOSED = re.compile(r"\s*(?:Had|If|Were|Should|Unless)\b")
TALLY_SHAPE = re.compile(r"\d\s*[-–—]\s*\d")


def might_be_a_vote(text: str, lowered: str) -> bool:
    return any(stem in lowered for stem in _VOTE_STEMS) or TALLY_SHAPE.search(text) is not None


# members, not a body the records name (a referendum's voters, a company's shareholders, a union's members)
MEMBERS = frozenset(
    "lawmakers legislators senators mps msps meps mlas mpps deputies councillors councilors voters shareholders"
    " stockholders members delegates".split()
)
ACTIVE_OUTCOME = re.compile(
    r"(?P<body>(?:the\s+)?(?:\d[\d,]*\s+)?(?:[A-Z][\w.'’-]*\s+|voting\s+){0,4}(?:Council|Assembly|Senate|House|"
    rf"Parliament|Congress|Knesset|Bundestag|Commons|Committee|Commission|Cabinet|Board|Chamber\s+of\s+Deputies|Sabha|"
    rf"Sejm|Diet|Rada|(?i:parliament|chamber|assembly|council|committee|board|commission|cabinet|{'|'.join(sorted(MEMBERS))})))"
    r"(?:\s+[-–—]\s[^-–—]{1,100}?\s[-–—])?"  # "the 207 voting members - Kuwait ... did not take part - rejected"
    r"\s+(?:has\s+|have\s+|had\s+|on\s+\w+\s+)?(?:\w+ly\s+)?"
    r"(?P<verb>adopted|approved|passed|ratified|rejected|defeated|blocked|prohibited|vetoed|backed|endorsed|overrode|"
    r"cleared(?!\s+the\s+way)|voted\s+down|"
    r"failed\s+to\s+override)\s+"
    rf"(?P<measure>(?:the|a|an|its)?\s*[^,;.]{{0,100}}?(?:(?i:{MEASURE_NOUN})|veto\b)(?:\s+\d+(?![-–—\d])(?!\s+to\s+\d)(?:\s*\(\d{{4}}\))?)?)"
)


# "A panel of outside experts ... on Tuesday narrowly endorsed Merck's pill": a decision the adverb says was voted,
# whatever it was on (the body is left to the measure's words: "a panel" names no record's committee)
VOTED_ADVERB = re.compile(
    r"\b(?i:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:panel|committee|board|council|commission|jury)\b[^;]"
    r"{0,120}?\s"  # (a dot within one sentence is an abbreviation's: "the U.S. Food and Drug Administration")
    r"(?:narrowly|unanimously|overwhelmingly)\s+(?P<verb>endorsed|backed|approved|rejected|adopted|passed|defeated)\s+"
    r"(?P<measure>[^,;.]{2,80}?)(?=\s+(?:for|on|in|at|after|by|with|as|to|despite)\b|[,;.]|$)"
)


# "the Senate confirmed Jane Doe as Secretary of Labor": a vote on a nominee, whose name is the measure
CONFIRMATION = re.compile(
    r"\b(?P<verb>confirmed|rejected|elected|re-?elected)\s+(?P<measure>(?:[A-Z][\w.'’-]+\s+(?:(?:von|van|der|den|de|da|del|la|le|bin|al|el|di|du|dos)\s+)*){1,3}?"
    r"[A-Z][\w-]*(?:['’][A-Z][\w-]*)?(?!['’\w])"  # "Shaquille O'Neal"; not "rejected Mr. Trump's claim"
    r"(?:\s+as\s+(?:the\s+)?(?:[A-Z][\w'’-]*|of|the|and)(?:\s+(?:[A-Z][\w'’-]*|of|the|and))*)?)"
)
# "Eisner, who ran unopposed, was re-elected to the board", "was voted off the board": a person's election
PERSON_PASSIVE = re.compile(
    r"(?P<measure>\b[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})(?:,\s[^,;]{1,60},)?\s+(?:was|were)\s+(?:\w+ly\s+)?"
    r"(?P<verb>re-?elected|elected|confirmed|voted\s+off)\s+(?:to|as|by|onto|from|the)\b"
)


def without_the_body(positions: list[VoteMention], body: str | None) -> list[VoteMention]:
    """ "the House rejected the plan": the outcome, not the House's own position on it."""
    if not body:
        return positions
    return [p for p in positions if re.sub(r"^(?:\w+['’]s\s+)?(?:the\s+)?", "", p.fields.get("actor", "")) != body]
