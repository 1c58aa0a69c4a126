"""Planted-error benchmark ("mutation testing" for fact-checking).

A store holds an article's TRUE facts and the article agrees with it. For every fact
of the store that the article writes, plant ONE error at a time (a misspelled name, a
swapped title, a date outside a term, a flipped vote position or outcome, a changed
tally, a changed figure), run factdesk's own checking on the variant in-process, and
count the variant as CAUGHT when a claim over the planted words is `disputed` and its
reason names the right (store) value. Claims disputed on the untouched article are
false alarms: the store is true, so nothing there should be disputed.

    python benchmarks/accuracy/planting.py [--quick] [--misses KIND] [--case NAME]

`run_planting(cases, quick)` is what benchmarks/accuracy.py calls; a case is
`(name, article_text, store_dir, article_date)`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import re
import sys
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from factdesk.claims.article import read_article
from factdesk.claims.check import check_claims
from factdesk.claims.dates import DATE_PATTERN
from factdesk.claims.desk import lexicon_for
from factdesk.claims.extract import Lexicon, extract_claims
from factdesk.claims.extract.numbers import NUMBER, SCALES, number_value
from factdesk.claims.model import Claim, ClaimKind, Suggestion, Verdict
from factdesk.claims.sentences import Sentence, split_sentences
from factdesk.sources.index import StoreIndex
from factdesk.sources.model import Person, Position, Role, Store, Vote
from factdesk.sources.store import load_store
from factdesk.sources.text import STOPWORDS, content_words, fold
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"

Case = tuple[str, str, Path, dt.date]

KINDS = ("name", "title", "title-date", "vote-position", "vote-outcome", "vote-tally", "figure", "date", "quote")
# The claims whose false alarms count against each kind (the untouched article's claims of that kind).
CLAIMS_OF = {
    "name": (ClaimKind.PERSON,),
    "title": (ClaimKind.ROLE,),
    "title-date": (ClaimKind.ROLE,),
    "vote-position": (ClaimKind.VOTE,),
    "vote-outcome": (ClaimKind.VOTE,),
    "vote-tally": (ClaimKind.VOTE,),
    "figure": (ClaimKind.QUANTITY,),
    "date": (ClaimKind.DATE,),
    "quote": (ClaimKind.QUOTE,),
}
QUICK_PER_KIND = 4


# -- what a planted error is ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Variant:
    """The article with one planted error: where it is, and what the reason must name."""

    case: str
    kind: str
    how: str  # "transposition", "adopted -> rejected", ...
    text: str
    start: int  # the planted words, as offsets into `text`
    end: int
    original: str
    planted: str
    right: tuple[str, ...]  # the store's value, any of these written forms (or numbers, for figures)
    on: dt.date  # the date the variant is checked as of
    numeric: bool = False  # `right` are numbers: the reason must give one of them

    def describe(self) -> str:
        return f"{self.case}: {self.original!r} -> {self.planted!r} ({self.how}); right: {' / '.join(self.right)}"


@dataclass(frozen=True, slots=True)
class Result:
    variant: Variant
    caught: bool
    verified: bool  # a claim over the planted words was suggested `verified`
    claims: tuple[tuple[Claim, Suggestion], ...]  # the claims over the planted words

    def describe(self) -> str:
        lines = [self.variant.describe()]
        for claim, suggestion in self.claims:
            lines.append(f"    {claim.kind.value} {claim.text!r}: {suggestion.verdict.value} — {suggestion.reason}")
        if not self.claims:
            lines.append("    no claim over the planted words")
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Untouched:
    """The article as written (it agrees with the store): its claims and their suggestions."""

    case: str
    checked: tuple[tuple[Claim, Suggestion], ...]

    def disputed(self, kinds: tuple[ClaimKind, ...] | None = None) -> list[tuple[Claim, Suggestion]]:
        return [
            (claim, suggestion)
            for claim, suggestion in self.checked
            if suggestion.verdict is Verdict.DISPUTED and (kinds is None or claim.kind in kinds)
        ]

    def count(self, kinds: tuple[ClaimKind, ...] | None = None) -> int:
        return sum(1 for claim, _ in self.checked if kinds is None or claim.kind in kinds)


@dataclass(slots=True)
class PlantingResult:
    results: list[Result] = field(default_factory=list)
    untouched: list[Untouched] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[Result]:
        return [result for result in self.results if result.variant.kind == kind]

    def rows(self) -> list[tuple[str, int, int, int, int, int]]:
        """(kind, planted, caught, passed as verified, disputed untouched claims, untouched claims) per kind."""
        rows = []
        for kind in KINDS:
            results = self.of_kind(kind)
            alarms = sum(len(u.disputed(CLAIMS_OF[kind])) for u in self.untouched)
            claims = sum(u.count(CLAIMS_OF[kind]) for u in self.untouched)
            caught = sum(r.caught for r in results)
            verified = sum(r.verified for r in results)
            rows.append((kind, len(results), caught, verified, alarms, claims))
        return rows

    def table(self) -> str:
        """A Markdown table: per kind the planted errors, how many were caught, and the false alarms."""
        lines = [
            "| kind | planted | caught | share caught | passed as verified "
            "| false alarms (disputed / untouched claims) |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        ]
        total_planted = total_caught = total_verified = 0
        for kind, planted, caught, verified, alarms, claims in self.rows():
            total_planted += planted
            total_caught += caught
            total_verified += verified
            lines.append(
                f"| {kind} | {planted} | {caught} | {_share(caught, planted)} | {verified} | "
                f"{alarms} / {claims} ({_share(alarms, claims)}) |"
            )
        alarms = sum(len(u.disputed()) for u in self.untouched)
        claims = sum(u.count() for u in self.untouched)
        lines.append(
            f"| **all** | {total_planted} | {total_caught} | {_share(total_caught, total_planted)} | "
            f"{total_verified} | {alarms} / {claims} ({_share(alarms, claims)}) |"
        )
        return "\n".join(lines)

    def misses(self, kind: str | None = None) -> list[Result]:
        return [r for r in self.results if not r.caught and (kind is None or r.variant.kind == kind)]

    def false_alarms(self) -> list[tuple[str, Claim, Suggestion]]:
        return [(u.case, claim, suggestion) for u in self.untouched for claim, suggestion in u.disputed()]


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "–"


# -- running -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Checker:
    """One case's store, loaded and indexed once, and factdesk's own extraction and checking."""

    store: Store
    index: StoreIndex
    lexicon: Lexicon

    @classmethod
    def for_store(cls, store_dir: Path) -> Checker:
        store = load_store(store_dir, use_cache=False)
        return cls(store, StoreIndex(store), lexicon_for(store))

    def check(self, text: str, on: dt.date) -> list[tuple[Claim, Suggestion]]:
        claims = extract_claims(text, self.lexicon)
        return list(zip(claims, check_claims(claims, self.index, on), strict=True))

    def score(self, variant: Variant, untouched: list[tuple[Claim, Suggestion]] | None = None) -> Result:
        """Check one variant: caught if a claim over the planted words is disputed naming the right value."""
        standing = {(c.kind, s.reason) for c, s in untouched or () if s.verdict is Verdict.DISPUTED}
        return _score(variant, self.check(variant.text, variant.on), standing)


def run_planting(cases: list[Case], quick: bool = False) -> PlantingResult:
    """Plant every kind of error in every case, check each variant, and score what was caught."""
    outcome = PlantingResult()
    for name, text, store_dir, on in cases[:1] if quick else cases:
        checker = Checker.for_store(store_dir)
        untouched = checker.check(text, on)
        outcome.untouched.append(Untouched(name, tuple(untouched)))
        variants = plant_all(name, text, checker.store, on)
        if quick:
            variants = _quick_subset(variants)
        outcome.results += [checker.score(variant, untouched) for variant in variants]
    return outcome


def _quick_subset(variants: list[Variant]) -> list[Variant]:
    kept: list[Variant] = []
    for kind in KINDS:
        kept += [v for v in variants if v.kind == kind][:QUICK_PER_KIND]
    return kept


def _score(variant: Variant, checked: list[tuple[Claim, Suggestion]], standing: set[tuple[ClaimKind, str]]) -> Result:
    over = tuple((c, s) for c, s in checked if c.start < variant.end and variant.start < c.end)
    caught = any(
        s.verdict is Verdict.DISPUTED and (c.kind, s.reason) not in standing and names_right_value(s.reason, variant)
        for c, s in over
    )
    verified = any(s.verdict is Verdict.VERIFIED for _, s in over)
    return Result(variant, caught, verified, over)


_NOT_BEFORE = re.compile(r"\bnot\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)


def names_right_value(reason: str, variant: Variant) -> bool:
    """Whether the reason gives the store's value (and not only as the thing it is 'not')."""
    if variant.numeric:
        wanted = [float(value) for value in variant.right]
        # compared with a tolerance: 4.28 x 1e9 is 4280000000.0000005 in floating point, not 4.28e9
        return any(math.isclose(value, right, rel_tol=1e-9) for value in _figures_named(reason) for right in wanted)
    folded = fold(reason)
    for value in variant.right:
        pattern = re.compile(rf"(?<![\w-]){re.escape(fold(value))}(?![\w-])")
        for match in pattern.finditer(folded):
            if not _NOT_BEFORE.search(folded[: match.start()]):
                return True
    return False


# the scale words the quantity finder reads ("$68.7 bln" names 68.7 billion)
_SCALE_WORDS = "|".join(sorted((word for word in SCALES if word.isalpha() and len(word) > 1), key=len, reverse=True))
_FIGURE = re.compile(rf"(?<![\w.,]){NUMBER}(?:\s*({_SCALE_WORDS})\b)?")


def _figures_named(reason: str) -> Iterator[float]:
    for match in _FIGURE.finditer(reason):
        if _NOT_BEFORE.search(reason[: match.start()]):
            continue
        written = match.group(0)
        scale = match.group(1)
        number = written[: -len(scale)].strip() if scale else written
        value = number_value(number)
        if value is None:
            continue
        yield value
        if scale:
            yield value * SCALES[scale.lower()]


# -- planting: where the article writes a store fact ----------------------------------------------


def plant_all(case: str, text: str, store: Store, on: dt.date) -> list[Variant]:
    """Every planted variant of the article, kind by kind, in a fixed order."""
    sentences = split_sentences(text)
    variants: list[Variant] = []
    variants += plant_names(case, text, store, on)
    variants += plant_titles(case, text, store, on)
    variants += plant_title_dates(case, text, store, on)
    for vote in store.votes.values():
        variants += plant_vote(case, text, sentences, vote, on)
    variants += plant_figures(case, text, sentences, store, on)
    variants += plant_dates(case, text, sentences, store, on)
    variants += plant_quotes(case, text, store, on)
    return variants


def _seeded(*parts: object) -> random.Random:
    """A random generator fixed by its parts, the same on every run and machine."""
    return random.Random(zlib.crc32("\x1f".join(map(str, parts)).encode("utf-8")))


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def name_occurrences(text: str, person: Person) -> list[tuple[int, int, str]]:
    """Where the article writes a register spelling of the person in full (longest spellings first)."""
    found: list[tuple[int, int, str]] = []
    for spelling in sorted(person.spellings, key=len, reverse=True):
        if " " not in spelling.strip():
            continue
        pattern = re.compile(rf"(?<![\w-]){re.escape(spelling)}(?![\w-])")
        for match in pattern.finditer(text):
            if not any(s < match.end() and match.start() < e for s, e, _ in found):
                found.append((match.start(), match.end(), spelling))
    return sorted(found)


# -- names ---------------------------------------------------------------------------------------

_NEIGHBOURS = {  # letters next to each other on a QWERTY keyboard, and vowels for vowels
    "a": "eos", "b": "vn", "c": "kxs", "d": "ts", "e": "aio", "f": "gv", "g": "hk", "h": "gj",
    "i": "eoy", "j": "hk", "k": "cg", "l": "kr", "m": "n", "n": "mr", "o": "aiu", "p": "b",
    "r": "lt", "s": "zd", "t": "dr", "u": "oi", "v": "bw", "w": "v", "x": "ks", "y": "ie", "z": "s",
}  # fmt: skip
# Transliteration variants: the same sound written another way.
TRANSLITERATIONS = (
    ("ch", "kh"), ("kh", "ch"), ("ch", "h"), ("ei", "ie"), ("ie", "ei"), ("y", "i"), ("i", "y"),
    ("ph", "f"), ("f", "ph"), ("ou", "u"), ("tz", "ts"), ("ts", "tz"), ("sh", "sch"), ("v", "w"),
    ("w", "v"), ("k", "c"), ("c", "k"), ("j", "y"), ("dj", "j"), ("ck", "k"), ("ai", "ay"), ("oo", "u"),
)  # fmt: skip


def misspellings(name: str, seed: str) -> list[tuple[str, str]]:
    """(how, misspelled name) for one name: each kind of slip once, at a seeded place; one or two letters off."""
    words = name.split()
    found: list[tuple[str, str]] = []
    for how in ("substitution", "transposition", "dropped letter", "doubled letter", "transliteration"):
        rng = _seeded(seed, name, how)
        order = list(range(len(words)))
        rng.shuffle(order)
        for w in order:
            word = words[w]
            if len(word) < 3 or not word[0].isupper() or word.endswith(".") or word.lower() in STOPWORDS:
                continue
            new_word = _slip(word, how, rng)
            if new_word and new_word != word:
                found.append((how, " ".join([*words[:w], new_word, *words[w + 1 :]])))
                break
    return found


def _slip(word: str, how: str, rng: random.Random) -> str | None:
    lower = word.lower()
    inner = list(range(1, len(word)))  # the first letter is kept: a slip rarely changes it
    rng.shuffle(inner)
    if how == "substitution":
        for i in inner:
            if lower[i] in _NEIGHBOURS:
                new = rng.choice(_NEIGHBOURS[lower[i]])
                return word[:i] + new + word[i + 1 :]
    elif how == "transposition":
        for i in inner:
            if i + 1 < len(word) and lower[i] != lower[i + 1] and word[i + 1].isalpha():
                return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    elif how == "dropped letter":
        doubled = [i for i in inner if lower[i] == lower[i - 1]]
        for i in doubled or inner:
            if word[i].isalpha() and len(word) > 3:
                return word[:i] + word[i + 1 :]
    elif how == "doubled letter":
        for i in inner:
            if lower[i] not in "aeiouy" and word[i].isalpha() and lower[i] != lower[i - 1]:
                if i + 1 < len(word) and lower[i + 1] == lower[i]:
                    continue
                return word[:i] + word[i] + word[i:]
    elif how == "transliteration":
        rules = list(TRANSLITERATIONS)
        rng.shuffle(rules)
        for old, new in rules:
            at = lower.find(old, 1)
            if at > 0:
                written = new if word[at].islower() else new.capitalize()
                return word[:at] + written + word[at + len(old) :]
    return None


def plant_names(case: str, text: str, store: Store, on: dt.date) -> list[Variant]:
    variants = []
    spellings = {fold(s) for person in store.people for s in person.spellings}
    for person in store.people:
        occurrences = name_occurrences(text, person)
        if not occurrences:
            continue
        start, end, spelling = occurrences[0]
        for how, wrong in misspellings(spelling, case):
            if fold(wrong) in spellings:
                continue
            variants.append(
                Variant(
                    case, "name", how, _replace(text, start, end, wrong), start, start + len(wrong),
                    spelling, wrong, person.spellings, on,
                )
            )  # fmt: skip
    return variants


# -- titles --------------------------------------------------------------------------------------

# Titles the press writes, as confusable pairs: each is a real title, and not the other.
TITLE_SWAPS = (
    ("Deputy Prime Minister", "Prime Minister"),
    ("Prime Minister", "President"),
    ("Vice President", "President"),
    ("President", "Prime Minister"),
    ("Foreign Minister", "Defense Minister"),
    ("Defense Minister", "Foreign Minister"),
    ("Defence Minister", "Foreign Minister"),
    ("Finance Minister", "Foreign Minister"),
    ("Interior Minister", "Justice Minister"),
    ("Justice Minister", "Interior Minister"),
    ("Minister of Strategic Affairs", "Minister of Foreign Affairs"),
    ("Minister of Defence", "Minister of Finance"),
    ("Minister of Defense", "Minister of Finance"),
    ("Majority Leader", "Minority Leader"),
    ("Minority Leader", "Majority Leader"),
    ("Senator", "Representative"),
    ("Representative", "Senator"),
    ("Sen.", "Rep."),
    ("Rep.", "Sen."),
    ("Secretary-General", "Deputy Secretary-General"),
    ("Secretary of State", "Secretary of Defense"),
    ("National Security Advisor", "Deputy National Security Advisor"),
    ("National Security Adviser", "Deputy National Security Adviser"),
    ("Chief Executive Officer", "Chief Financial Officer"),
    ("chief executive", "chief financial officer"),
    ("CEO", "CFO"),
    ("Chairman", "Vice Chairman"),
    ("Chair", "Vice Chair"),
    ("Governor", "Lieutenant Governor"),
    ("Mayor", "Deputy Mayor"),
    ("Chief Justice", "Associate Justice"),
    ("Justice", "Chief Justice"),
    ("Speaker", "Deputy Speaker"),
    ("Ambassador", "Consul General"),
    ("spokesman", "chief of staff"),
    ("spokeswoman", "chief of staff"),
    ("spokesperson", "chief of staff"),
    ("head coach", "assistant coach"),
    ("coach", "assistant coach"),
    ("captain", "vice-captain"),
    ("Director", "Deputy Director"),
    ("director", "deputy director"),
    ("Commissioner", "Deputy Commissioner"),
    ("General", "Lieutenant General"),
    ("Major General", "Lieutenant General"),
    ("Lieutenant General", "Major General"),
    ("Brigadier General", "Major General"),
    ("Opposition Leader", "Deputy Opposition Leader"),
    ("opposition leader", "deputy opposition leader"),
)
_GENERIC_PREFIX = "Deputy "


def _titles_known(store: Store) -> list[str]:
    titles = {old for old, _ in TITLE_SWAPS} | {role.title for person in store.people for role in person.roles}
    titles |= {title.lower() for title in titles}
    return sorted(titles, key=len, reverse=True)


def _title_pattern(titles: list[str]) -> str:
    return "|".join(re.escape(title) for title in titles)


@dataclass(frozen=True, slots=True)
class TitleAt:
    """A title the article writes before or after a register person's name."""

    person: Person
    start: int
    end: int
    written: str


def titles_written(text: str, store: Store) -> list[TitleAt]:
    """Titles written right before a person's full name ("Defense Minister Yoav Gallant") or after it
    (", the defense minister")."""
    titles = _titles_known(store)
    before = re.compile(rf"(?<![\w-])(?P<title>(?i:{_title_pattern(titles)}))\s+$")
    after = re.compile(
        rf"^(?:['’]s)?,\s+(?:the\s+)?(?:[A-Z][\w.]*(?:['’]s)?\s+)?(?P<title>(?i:{_title_pattern(titles)}))(?![\w-])"
    )
    found: list[TitleAt] = []
    for person in store.people:
        for start, end, _spelling in name_occurrences(text, person):
            line_start = text.rfind("\n", 0, start) + 1
            match = before.search(text[max(line_start, start - 80) : start])
            if match:
                offset = max(line_start, start - 80)
                title_start, title_end = offset + match.start("title"), offset + match.end("title")
                found.append(TitleAt(person, title_start, title_end, match["title"]))
            line_end = text.find("\n", end)
            match = after.match(text[end : line_end if line_end >= 0 else len(text)])
            if match:
                found.append(TitleAt(person, end + match.start("title"), end + match.end("title"), match["title"]))
    return found


def _same_title(a: str, b: str) -> bool:
    def form(title: str) -> str:
        return fold(title).replace("defence", "defense").replace("adviser", "advisor").replace(".", "")

    return form(a) == form(b)


def _match_case(new: str, written: str) -> str:
    if written.islower():
        return new.lower()
    return new


# Words of an office, which a deputy or vice holder also has; other titles (actor, coach) are swapped
# for another title of the store instead.
_OFFICE_WORDS = frozenset(
    """minister secretary director leader governor mayor president chairman chairwoman chair speaker
    commissioner ambassador advisor adviser chancellor administrator spokesman spokeswoman spokesperson
    editor manager chief head""".split()
)


def title_swaps(written: str, others: list[str], rng: random.Random) -> list[str]:
    """Other real titles for the one written: a confusable one, else a deputy of an office, else
    another title the store gives someone."""
    swaps = [new for old, new in TITLE_SWAPS if old.lower() == written.lower()]
    if not swaps:
        for old, new in TITLE_SWAPS:  # "Israeli Defense Minister": a swap of its last words
            if written.lower().endswith(" " + old.lower()):
                swaps.append(written[: -len(old)] + new)
        swaps = swaps[:1]
    office = set(fold(written).split()) & _OFFICE_WORDS
    if not swaps and office and not written.lower().startswith(("deputy", "vice")):
        swaps = [_GENERIC_PREFIX + written]
    if not swaps and others:
        swaps = [rng.choice(others)]
    return [_match_case(new, written) for new in swaps]


def plant_titles(case: str, text: str, store: Store, on: dt.date) -> list[Variant]:
    variants = []
    store_titles = sorted({role.title for person in store.people for role in person.roles})
    for at in titles_written(text, store):
        held = [role for role in at.person.roles if role.held_on(on)]
        if not held:
            continue
        others = [t for t in store_titles if not any(_same_title(t, role.title) for role in at.person.roles)]
        for new in title_swaps(at.written, others, _seeded(case, at.person.name, at.start)):
            if any(_same_title(new, role.title) for role in at.person.roles):
                continue  # a title the person really held is no planted error
            variants.append(
                Variant(
                    case, "title", f"{at.written} -> {new}", _replace(text, at.start, at.end, new),
                    at.start, at.start + len(new), at.written, new, tuple(role.title for role in held), on,
                )
            )  # fmt: skip
    return variants


def _role_written(at: TitleAt, on: dt.date) -> Role | None:
    """The register role the written title stands for: the one of that title held on the article's date."""
    held = [role for role in at.person.roles if role.held_on(on)]
    same = [role for role in held if _same_title(role.title, at.written) or fold(role.title) in fold(at.written)]
    if same:
        return same[0]
    return held[0] if len(held) == 1 else None


def plant_title_dates(case: str, text: str, store: Store, on: dt.date) -> list[Variant]:
    """The same true title, checked as of a date outside every term of that title."""
    variants = []
    seen: set[tuple[str, int]] = set()
    sentences = split_sentences(text)
    for at in titles_written(text, store):
        role = _role_written(at, on)
        if role is None or (at.person.name, at.start) in seen:
            continue
        sentence = _sentence_of(sentences, at.start)
        if sentence is not None and (
            DATE_PATTERN.search(sentence.text) or re.search(r"\b(?:19|20)\d\d\b", sentence.text)
        ):
            continue  # the sentence says when: the article's date does not decide the title
        seen.add((at.person.name, at.start))
        terms = [r for r in at.person.roles if _same_title(r.title, role.title)]
        # each bound as the store writes it too: a term recorded "from: 2013" is named "2013" in a reason
        bounds = tuple(
            written
            for r in terms
            for day, as_written in ((r.start, getattr(r, "start_text", None)), (r.end, getattr(r, "end_text", None)))
            if day is not None
            for written in dict.fromkeys((day.isoformat(), as_written or day.isoformat()))
        )
        for how, day in (("after the term", role.end and role.end + dt.timedelta(days=400)),
                         ("before the term", role.start and role.start - dt.timedelta(days=400))):  # fmt: skip
            if day is None or any(r.held_on(day) for r in terms):
                continue
            variants.append(
                Variant(case, "title-date", f"{how}: checked as of {day}", text, at.start, at.end,
                        at.written, at.written, bounds, day)
            )  # fmt: skip
    return variants


# -- votes ---------------------------------------------------------------------------------------

_ACTOR_SHORT = {
    "United States": ("United States", "US", "U.S.", "America"),
    "United Kingdom": ("United Kingdom", "UK", "U.K.", "Britain"),
    "Russian Federation": ("Russian Federation", "Russia"),
    "People's Republic of China": ("China",),
}
# How the press writes each position: (phrase taking an object, phrase standing alone)
_POSITION_WORDS = {
    Position.FOR: ("voted for", "voted in favour"),
    Position.AGAINST: ("voted against", "voted against"),
    Position.ABSTAIN: ("abstained on", "abstained"),
    Position.VETO: ("vetoed", "vetoed"),
}
_POSITION_WRITTEN = [
    (Position.ABSTAIN, r"abstained\s+from\s+(?:the\s+)?vot(?:e|ing)(?:\s+on)?|abstained(?:\s+on)?|abstains"),
    (Position.FOR, r"voted\s+(?:in\s+favou?r(?:\s+of)?|for|yes\s+on)|backed|supported"),
    (Position.AGAINST, r"voted\s+(?:against|no\s+on)|opposed"),
    (Position.VETO, r"vetoed"),
]
_FLIPS = {
    Position.FOR: (Position.AGAINST, Position.ABSTAIN),
    Position.AGAINST: (Position.FOR, Position.ABSTAIN),
    Position.ABSTAIN: (Position.AGAINST, Position.FOR),
    Position.VETO: (Position.FOR, Position.ABSTAIN),
}
_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|its|their|this|that|[A-Z0-9])")


def _actor_forms(actor: str) -> tuple[str, ...]:
    forms = _ACTOR_SHORT.get(actor, (actor,))
    words = actor.split()
    if actor not in _ACTOR_SHORT and len(words) >= 2 and words[-1][0].isupper():
        forms = (*forms, words[-1])  # a person's surname
    return forms


def _related(sentence: str, vote: Vote) -> bool:
    """Whether a sentence is about the vote: its body, its measure's words, or its tally."""
    lowered = fold(sentence)
    body_words = [w for w in content_words(vote.body) if len(w) > 2 and w not in ("un", "us")]
    if body_words and body_words[-1] in lowered.split():
        return True
    measure = {w for w in content_words(vote.measure) if len(w) > 3}
    if len(measure & set(content_words(sentence))) >= 2:
        return True
    return bool(vote.tally) and _find_tally(sentence, vote) is not None


def plant_vote(case: str, text: str, sentences: list[Sentence], vote: Vote, on: dt.date) -> list[Variant]:
    variants: list[Variant] = []
    related = [s for s in sentences if _related(s.text, vote)]
    for actor, position in vote.positions:
        variants += _plant_positions(case, text, sentences, vote, actor, position, on)
    variants += _plant_outcomes(case, text, related, vote, on)
    if vote.tally:
        variants += _plant_tallies(case, text, related, vote, on)
    return variants


def _plant_positions(
    case: str, text: str, sentences: list[Sentence], vote: Vote, actor: str, position: Position, on: dt.date
) -> list[Variant]:
    forms = "|".join(re.escape(form) for form in sorted(_actor_forms(actor), key=len, reverse=True))
    phrases = "|".join(f"(?P<p{n}>{pattern})" for n, (_, pattern) in enumerate(_POSITION_WRITTEN))
    pattern = re.compile(rf"(?<![\w.])(?:{forms})(?![\w])[^.;:]{{0,60}}?\b(?:{phrases})\b")
    for sentence in sentences:
        match = pattern.search(sentence.text)
        if match is None:
            continue
        number = next(n for n in range(len(_POSITION_WRITTEN)) if match[f"p{n}"] is not None)
        written_position = _POSITION_WRITTEN[number][0]
        if written_position is not position:
            continue  # the article says something else of this actor: not the record's fact
        start, end = sentence.start + match.start(f"p{number}"), sentence.start + match.end(f"p{number}")
        has_object = _OBJECT_AFTER.match(text, end) is not None
        variants = []
        for other in _FLIPS[position]:
            new = _POSITION_WORDS[other][0 if has_object else 1]
            variants.append(
                Variant(
                    case, "vote-position", f"{text[start:end]} -> {new}", _replace(text, start, end, new),
                    start, start + len(new), text[start:end], new, (position.value,), on,
                )
            )  # fmt: skip
        return variants
    return []


# Outcome words and their opposites, by what the record says.
_OUTCOME_FLIPS = {
    "adopted": {
        "adopted": "rejected", "approved": "rejected", "passed": "rejected", "confirmed": "rejected",
        "approval": "rejection", "adoption": "rejection", "passage": "defeat", "confirmation": "rejection",
        "approve": "reject", "adopt": "reject", "pass": "reject", "confirm": "reject", "ratified": "rejected",
        "endorsed": "rejected", "backed": "rejected",
    },
    "rejected": {
        "rejected": "adopted", "defeated": "passed", "failed": "passed", "rejection": "approval",
        "defeat": "passage", "reject": "approve", "voted down": "passed", "blocked": "approved",
    },
    "vetoed": {"vetoed": "adopted", "veto": "adoption"},
    "withdrawn": {"withdrawn": "rejected", "withdrew": "lost"},
}  # fmt: skip


def _plant_outcomes(case: str, text: str, related: list[Sentence], vote: Vote, on: dt.date) -> list[Variant]:
    flips = _OUTCOME_FLIPS.get(vote.outcome.value, {})
    words = "|".join(re.escape(w) for w in sorted(flips, key=len, reverse=True))
    pattern = re.compile(rf"\b(?P<word>{words})\b", re.IGNORECASE)
    variants = []
    for sentence in related:
        for match in pattern.finditer(sentence.text):
            written = match["word"]
            after = sentence.text[match.end() :]
            if written.lower() in ("passed", "pass") and re.match(r"\s+(?:away|through|by|over|on\b)", after):
                continue
            new = flips[written.lower()]
            if written.lower() == "passed" and not _OBJECT_AFTER.match(after):
                new = "failed"  # "the bill passed." reads "the bill failed."
            new = new.capitalize() if written[0].isupper() else new
            start = sentence.start + match.start("word")
            variants.append(
                Variant(
                    case, "vote-outcome", f"{written} -> {new}", _replace(text, start, start + len(written), new),
                    start, start + len(new), written, new, (vote.outcome.value,), on,
                )
            )  # fmt: skip
            break  # one outcome word per sentence
    return variants


_COUNT = rf"(?:{NUMBER}|none|no|nil)"
_COUNT_WORD = re.compile(rf"(?<![\w.,]){_COUNT}(?![\w]|,\d)", re.IGNORECASE)
_NUMBER_WORDS = ["none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def _count_value(written: str) -> float | None:
    if written.lower() in ("none", "no", "nil"):
        return 0.0
    return number_value(written)


def _find_tally(sentence: str, vote: Vote) -> tuple[re.Match[str], re.Match[str]] | None:
    """The for-count and the against-count as written ("14-0", "14 in favour to none against")."""
    assert vote.tally is not None
    wanted_for, wanted_against = vote.tally.votes_for, vote.tally.against
    if wanted_for is None or wanted_against is None:
        return None
    counts = list(_COUNT_WORD.finditer(sentence))
    for i, first in enumerate(counts):
        if _count_value(first.group()) != wanted_for:
            continue
        for second in counts[i + 1 : i + 3]:
            between = sentence[first.end() : second.start()]
            if _count_value(second.group()) == wanted_against and len(between) <= 40:
                if re.search(r"[-–—]|\bto\b|\band\b|favou?r|for|votes?|,", between) and "." not in between:
                    return first, second
    return None


def _write_count(value: int, like: str) -> str:
    if like.isdigit() or not like.isalpha():
        return str(value)
    if 0 <= value < len(_NUMBER_WORDS):
        word = _NUMBER_WORDS[value]
        return word.capitalize() if like[0].isupper() else word
    return str(value)


def _plant_tallies(case: str, text: str, related: list[Sentence], vote: Vote, on: dt.date) -> list[Variant]:
    assert vote.tally is not None
    real_for, real_against = vote.tally.votes_for or 0, vote.tally.against or 0
    changes = [("one vote moved", real_for - 1, real_against + 1)]
    if real_against > 0:
        changes.append(("one vote moved the other way", real_for + 1, real_against - 1))
    else:
        changes.append(("one more for", real_for + 1, real_against))
    # (a rejection's counts swapped are the press's way of writing it, the prevailing side first: "the House
    # rejected the motion 218-208" is no error)
    if real_for != real_against and vote.outcome.value != "rejected":
        changes.append(("the counts swapped: no longer the outcome", real_against, real_for))
    for sentence in related:
        found = _find_tally(sentence.text, vote)
        if found is None:
            continue
        first, second = found
        variants = []
        for how, new_for, new_against in changes:
            if new_for < 0 or new_against < 0:
                continue
            written_for = _write_count(new_for, first.group())
            written_against = _write_count(new_against, second.group())
            start = sentence.start + first.start()
            planted_text = (
                text[:start]
                + written_for
                + text[sentence.start + first.end() : sentence.start + second.start()]
                + written_against
                + text[sentence.start + second.end() :]
            )
            end = sentence.start + second.end() + len(written_for) - len(first.group())
            end += len(written_against) - len(second.group())
            right = []
            if new_for != real_for:
                right.append(str(real_for))
            if new_against != real_against:
                right.append(str(real_against))
            variants.append(
                Variant(
                    case, "vote-tally", f"{real_for}-{real_against} -> {new_for}-{new_against} ({how})",
                    planted_text, start, end, text[start : sentence.start + second.end()],
                    planted_text[start:end], tuple(right), on, numeric=True,
                )
            )  # fmt: skip
        return variants
    return []


# -- figures -------------------------------------------------------------------------------------

_SCALE_WORDS = r"thousand|million|billion|trillion"
_FIGURE_IN_TEXT = re.compile(
    rf"(?<![\w.,$€£-])(?P<currency>US\$|[$€£])?(?P<number>{NUMBER})(?:\s+(?P<scale>{_SCALE_WORDS})\b)?"
    r"(?P<percent>\s?(?:%|percent\b|per\s+cent\b))?(?![\w-]*\d)(?!-\w)"
)
_SCALE_FLIPS = {"thousand": "million", "million": "billion", "billion": "million", "trillion": "billion"}
_IDENTIFIER_BEFORE = re.compile(
    r"(?i:\b(?:resolution|no\.|number|article|section|chapter|page|room|flight|route|bill|act|paragraph|item|"
    r"version|model|episode|vol\.|ES-\d+/))\s*$"
)
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"  # noqa: E501


@dataclass(frozen=True, slots=True)
class Figure:
    start: int  # the number (and its scale word) as written
    end: int
    value: float  # with the scale applied
    number: str
    scale: str | None


def figures(text: str) -> list[Figure]:
    """Figures written in the text, without years, days of months, identifiers, times and tallies."""
    found = []
    for match in _FIGURE_IN_TEXT.finditer(text):
        number, scale = match["number"], match["scale"]
        value = number_value(number)
        if value is None or number.lower() in ("one", "a dozen", "dozen", "hundred"):
            continue
        before, after = text[max(0, match.start() - 30) : match.start()], text[match.end() : match.end() + 12]
        if re.fullmatch(r"(?:1[89]|20)\d\d", number) and not match["currency"] and not scale:
            continue  # a year
        if re.search(rf"{_MONTHS}\s*$", before) or re.match(rf"\s*(?:{_MONTHS}|\(\d{{4}}\))", after):
            continue  # a day of a month, or "2728 (2024)"
        if _IDENTIFIER_BEFORE.search(before) or re.match(r"\s*[-–—:/]\s*\d", after):
            continue  # an identifier, a time or a tally
        if re.search(r"\d\s*[-–—:/]\s*$", before):
            continue  # one side of a score
        if (
            number[0].isdigit()
            and not (scale or match["currency"])
            and re.search(r"[\w,;:] [A-Z][\w.-]*[A-Za-z] $", before)
        ):
            continue  # a numeral naming a thing: "Internet Explorer 6", "Vostok 1"
        number_end = match.end("scale") if scale else match.end("number")
        found.append(Figure(match.start("number"), number_end, value * (SCALES[scale.lower()] if scale else 1),
                            number, scale))  # fmt: skip
    return found


def _changed_figures(figure: Figure, seed: str) -> list[tuple[str, str]]:
    """(how, new written figure): a few off, digits swapped, and the scale word changed."""
    changes: list[tuple[str, str]] = []
    number = figure.number
    rng = _seeded(seed, figure.start, number)
    digits = [i for i, ch in enumerate(number) if ch.isdigit()]
    scale = f" {figure.scale}" if figure.scale else ""
    if digits:
        significant = [i for i in digits if number[i] != "0"] or digits
        at = significant[-1]
        step = rng.choice((2, -2)) if int(number[at]) >= 2 else 2
        new_digit = int(number[at]) + step
        if not 0 <= new_digit <= 9:
            new_digit = int(number[at]) - step
        changed = number[:at] + str(new_digit) + number[at + 1 :]
        if changed != number and not changed.startswith("0"):
            changes.append(("a few off", changed + scale))
        if len(digits) >= 2 and number[digits[0]] != number[digits[1]] and number[digits[1]] != "0":
            a, b = digits[0], digits[1]
            swapped = number[:a] + number[b] + number[a + 1 : b] + number[a] + number[b + 1 :]
            changes.append(("digits swapped", swapped + scale))
    else:
        value = int(number_value(number) or 0)
        new = value + 2 if value < 8 else value - 2
        if 0 < new < len(_NUMBER_WORDS):
            word = _NUMBER_WORDS[new]
            changes.append(("a few off", (word.capitalize() if number[0].isupper() else word) + scale))
    if figure.scale and figure.scale.lower() in _SCALE_FLIPS:
        changes.append((f"{figure.scale} -> {_SCALE_FLIPS[figure.scale.lower()]}",
                        f"{number} {_SCALE_FLIPS[figure.scale.lower()]}"))  # fmt: skip
    return changes


def _sentence_of(sentences: list[Sentence], at: int) -> Sentence | None:
    return next((s for s in sentences if s.start <= at < s.end), None)


def _about_the_same(sentence: str, excerpt: str) -> bool:
    """Whether an article sentence and an excerpt share enough words to be about the same fact."""
    shared = set(content_words(sentence)) & set(content_words(excerpt))
    return len({word for word in shared if not word[0].isdigit()}) >= 2


_QUOTED = re.compile(r"“[^”\n]{3,}”|\"[^\"\n]{3,}\"")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _QUOTED.finditer(text)]


def _quote_recorded(quote: str, excerpts: list[str]) -> bool:
    """Whether an excerpt gives the quoted words themselves (most of them, in order)."""
    return any(fuzz.partial_ratio(fold(quote), fold(excerpt)) >= 85 for excerpt in excerpts)


def plant_figures(case: str, text: str, sentences: list[Sentence], store: Store, on: dt.date) -> list[Variant]:
    """Figures the store's excerpts record, changed where the article writes them.

    A figure inside a quotation is planted only where the store gives the quotation itself: what
    someone said is checked against what they said, not against other figures."""
    recorded: list[tuple[float, str]] = []
    for source in store.sources.values():
        for excerpt in source.excerpts:
            recorded += [(figure.value, excerpt) for figure in figures(excerpt)]
    tally_counts = {
        float(count)
        for vote in store.votes.values()
        if vote.tally
        for count in (vote.tally.votes_for, vote.tally.against, vote.tally.abstain)
        if count is not None
    }
    variants = []
    planted_at: set[int] = set()
    quoted = _quoted_spans(text)
    for figure in figures(text):
        sentence = _sentence_of(sentences, figure.start)
        if sentence is None or figure.start in planted_at:
            continue
        excerpts = [excerpt for value, excerpt in recorded if value == figure.value]
        if not any(_about_the_same(sentence.text, excerpt) for excerpt in excerpts):
            continue
        quote = next((text[s + 1 : e - 1] for s, e in quoted if s < figure.start < e), None)
        if quote is not None and not _quote_recorded(quote, excerpts):
            continue
        if figure.value in tally_counts and any(_related(sentence.text, v) for v in store.votes.values()):
            continue  # a tally's count: planted as a tally
        planted_at.add(figure.start)
        original = text[figure.start : figure.end]
        for how, new in _changed_figures(figure, case):
            variants.append(
                Variant(
                    case, "figure", f"{original} -> {new} ({how})", _replace(text, figure.start, figure.end, new),
                    figure.start, figure.start + len(new), original, new, (f"{figure.value:g}",), on, numeric=True,
                )
            )  # fmt: skip
    return variants


# -- dates: a day, a month or a year the store records, changed where the article writes it ---------

_MONTH_NAMES = "January February March April May June July August September October November December".split()
# a year standing alone: not part of a number, a range ("2023-24"), money or a decade
_YEAR_ALONE = re.compile(r"(?<![\w$£€.,/:-])(?:19|20)\d\d(?![\w%]|[.,:]\d|\s?[-–/]\s?\d)")


@dataclass(frozen=True, slots=True)
class WrittenDate:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    spans: dict[str, tuple[int, int]]  # where the year, month and day are written, as offsets into the text


def dates_written(text: str) -> list[WrittenDate]:
    """The dates and lone years of a text, with where each part is written."""
    found: list[WrittenDate] = []
    for match in DATE_PATTERN.finditer(text):
        if match["iso"]:
            continue
        prefix = "md" if match["md"] else "dm" if match["dm"] else "my"
        month_name = match[prefix]
        spans = {"month": match.span(prefix)}
        day = match[f"{prefix}_day"] if prefix != "my" else None
        year = match[f"{prefix}_year"]
        if day:
            spans["day"] = match.span(f"{prefix}_day")
        if year:
            spans["year"] = match.span(f"{prefix}_year")
        month = _month_number(month_name)
        found.append(WrittenDate(match.start(), match.end(), int(year) if year else None, month,
                                 int(day) if day else None, spans))  # fmt: skip
    for match in _YEAR_ALONE.finditer(text):
        if not any(date.start <= match.start() < date.end for date in found):
            found.append(WrittenDate(match.start(), match.end(), int(match.group()), None, None,
                                     {"year": match.span()}))  # fmt: skip
    return sorted(found, key=lambda date: date.start)


def _month_number(name: str) -> int:
    folded = name.rstrip(".").lower()[:3]
    return next(at for at, month in enumerate(_MONTH_NAMES, start=1) if month.lower().startswith(folded))


def _records(recorded: WrittenDate, written: WrittenDate) -> bool:
    """Whether a recorded date gives the written one: equal on everything the article writes (a day
    written without its year is the same day of any year)."""
    if written.day is not None:
        return (recorded.month, recorded.day) == (written.month, written.day) and (
            written.year is None or recorded.year == written.year
        )
    if written.month is not None:
        return (recorded.year, recorded.month) == (written.year, written.month)
    return recorded.year == written.year and written.year is not None


def _date_forms(date: WrittenDate) -> tuple[str, ...]:
    """How a reason may name the right date."""
    if date.day is not None and date.month is not None:
        month = _MONTH_NAMES[date.month - 1]
        forms = [f"{month} {date.day}", f"{date.day} {month}"]
        if date.year is not None:
            forms.append(f"{date.year}-{date.month:02d}-{date.day:02d}")
        return tuple(forms)
    if date.month is not None:
        return (f"{_MONTH_NAMES[date.month - 1]} {date.year}", f"{date.year}-{date.month:02d}")
    return (str(date.year),)


def _changed_dates(text: str, date: WrittenDate, seed: str) -> list[tuple[str, str]]:
    """(how, new written date): another day, another month, another year, as the date is written."""
    rng = _seeded(seed, date.start)
    written = text[date.start : date.end]
    changes: list[tuple[str, str]] = []

    def swap(part: str, new: str) -> str:
        start, end = date.spans[part]
        return written[: start - date.start] + new + written[end - date.start :]

    if date.day is not None:
        day = date.day + rng.choice((-3, -2, -1, 1, 2, 3, 10))
        day = day if 1 <= day <= 28 else date.day - 2 if date.day > 2 else date.day + 2
        changes.append(("another day", swap("day", str(day))))
    if date.month is not None:
        month_name = text[slice(*date.spans["month"])]
        other = rng.choice([m for m in range(1, 13) if m != date.month])
        full = _MONTH_NAMES[other - 1]
        abbreviated = month_name.rstrip(".") != _MONTH_NAMES[date.month - 1]
        dot = "." if month_name.endswith(".") else ""
        new_name = full[:3] + dot if abbreviated and len(full) > 4 else full
        changes.append(("another month", swap("month", new_name)))
    if date.year is not None and date.day is None:
        year = date.year + rng.choice((-5, -3, -2, -1, 1, 2, 3))
        changes.append(("another year", swap("year", str(year))))
    return changes


def plant_dates(case: str, text: str, sentences: list[Sentence], store: Store, on: dt.date) -> list[Variant]:
    """Days, months and years the store's excerpts record, changed where the article writes them in a
    sentence about the same thing (a date in a quotation only where the store gives the quotation)."""
    recorded = [
        (date, excerpt)
        for source in store.sources.values()
        for excerpt in source.excerpts
        for date in dates_written(excerpt)
    ]
    quoted = _quoted_spans(text)
    variants = []
    for date in dates_written(text):
        sentence = _sentence_of(sentences, date.start)
        if sentence is None:
            continue
        excerpts = [excerpt for known, excerpt in recorded if _records(known, date)]
        if not any(_about_the_same(sentence.text, excerpt) for excerpt in excerpts):
            continue
        quote = next((text[s + 1 : e - 1] for s, e in quoted if s < date.start < e), None)
        if quote is not None and not _quote_recorded(quote, excerpts):
            continue
        original = text[date.start : date.end]
        for how, new in _changed_dates(text, date, case):
            variants.append(
                Variant(
                    case, "date", f"{original} -> {new} ({how})", _replace(text, date.start, date.end, new),
                    date.start, date.start + len(new), original, new, _date_forms(date), on,
                )
            )  # fmt: skip
    return variants


# -- quotes: one word of a quotation the store records, changed ---------------------------------------

# Words a misquote puts in another's place: common words of the same weight, so the sentence still reads.
_QUOTE_SWAPS = ("major", "serious", "clear", "strong", "great", "real", "simple", "full", "whole", "true")
_QUOTE_WORD = re.compile(r"[A-Za-z][a-z]{3,}")


def plant_quotes(case: str, text: str, store: Store, on: dt.date) -> list[Variant]:
    """A word inside a quotation (not its first or last) changed, where a store excerpt gives the quoted
    words themselves: a misquote."""

    def plain(passage: str) -> str:
        return " " + " ".join(re.findall(r"\w+", fold(passage))) + " "

    excerpts = [plain(excerpt) for source in store.sources.values() for excerpt in source.excerpts]
    variants = []
    for start, end in _quoted_spans(text):
        quote = text[start + 1 : end - 1]
        if len(quote.split()) < 6 or not any(plain(quote) in excerpt for excerpt in excerpts):
            continue
        inner = [m for m in _QUOTE_WORD.finditer(quote) if 0 < m.start() and m.end() < len(quote.rstrip(".,!? "))]
        inner = [m for m in inner if m.group().lower() not in STOPWORDS]
        if not inner:
            continue
        rng = _seeded(case, start)
        word = rng.choice(inner)
        new = rng.choice([w for w in _QUOTE_SWAPS if w != word.group().lower()])
        at = start + 1 + word.start()
        variants.append(
            Variant(
                case, "quote", f"{word.group()} -> {new}", _replace(text, at, at + len(word.group()), new),
                at, at + len(new), word.group(), new, (word.group(),), on,
            )
        )  # fmt: skip
    return variants


# -- the default cases ---------------------------------------------------------------------------

# The seed and the demo article carry errors planted by hand: their untouched form is the article
# with those errors corrected (the store is true).
SEED_CORRECTIONS = {"Tzaji Hanegbi": "Tzachi Hanegbi"}
DEMO_CORRECTIONS = {
    "Thomas-Greenfeld": "Thomas-Greenfield",
    "Israeli Foreign Minister Gilad Erdan": "Israeli Ambassador Gilad Erdan",
    "19 against": "9 against",
}
# The Wikinews stores: this checkout's, else those being written in the main checkout beside it.
STORE_FOLDERS = (
    ROOT / "benchmarks" / "accuracy" / "stores",
    ROOT.parent / "main" / "benchmarks" / "accuracy" / "stores",
)
TEST_ARTICLE_STORES = ROOT / "benchmarks" / "accuracy" / "test_article_stores"
# Vote-heavy wire articles written for this project, each with its store and date (see its README).
HOSTILE_STORES = ROOT / "benchmarks" / "accuracy" / "hostile_stores"


def _corrected(path: Path, corrections: dict[str, str]) -> str:
    text = read_article(path).text
    for wrong, right in corrections.items():
        text = text.replace(wrong, right)
    return text


def seed_case() -> Case:
    return ("seed", _corrected(SHARED / "seed" / "article.txt", SEED_CORRECTIONS), SHARED / "seed" / "store",
            dt.date(2024, 3, 25))  # fmt: skip


def demo_case() -> Case:
    demo = ROOT / "tui" / "demo"
    return ("demo", _corrected(demo / "article.md", DEMO_CORRECTIONS), demo / "store", dt.date(2024, 5, 10))


def _yaml_date(path: Path) -> dt.date | None:
    """`date:` of a labels or expectations file, else the first of its `dates:`."""
    if not path.exists():
        return None
    loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(loaded, dict):
        return None
    day = loaded.get("date") or next(iter(loaded.get("dates") or []), None)
    if isinstance(day, dt.date):
        return day
    return dt.date.fromisoformat(str(day)) if day else None


def default_cases(store_folders: tuple[Path, ...] = STORE_FOLDERS) -> list[Case]:
    """The seed, the demo, the test articles that have a store, the hostile tester's vote articles, and every
    Wikinews article with a store."""
    cases = [seed_case(), demo_case()]
    for article in sorted((ROOT / "tests" / "articles").glob("*.*")):
        store = TEST_ARTICLE_STORES / article.stem
        if article.suffix not in (".txt", ".md", ".html") or not store.is_dir():
            continue
        read = read_article(article)
        day = read.date or _yaml_date(article.with_suffix(".expected.yaml"))
        if day is not None:
            cases.append((f"tests/{article.stem}", read.text, store, day))
    for folder in sorted(p for p in HOSTILE_STORES.iterdir() if p.is_dir()) if HOSTILE_STORES.is_dir() else ():
        day = dt.date.fromisoformat((folder / "date.txt").read_text(encoding="utf-8").strip())
        cases.append((f"hostile/{folder.name}", (folder / "article.txt").read_text(encoding="utf-8"), folder, day))
    seen: set[str] = set()
    for folder in store_folders:
        if not folder.is_dir():
            continue
        for store in sorted(p for p in folder.iterdir() if p.is_dir()):
            article = SHARED / "corpus" / "wikinews" / f"GUM_news_{store.name}.txt"
            day = _yaml_date(folder.parent / "labels" / f"{store.name}.yaml")
            if store.name in seen or not article.exists() or day is None or not any(store.rglob("*.y*ml")):
                continue
            seen.add(store.name)
            cases.append((store.name, read_article(article).text, store, day))
    return cases


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small deterministic subset")
    parser.add_argument("--case", action="append", help="only the cases of these names")
    parser.add_argument("--misses", nargs="?", const="all", help="list the missed variants (of one kind)")
    parser.add_argument("--alarms", action="store_true", help="list the false alarms")
    parser.add_argument("--list", action="store_true", help="list every planted variant")
    args = parser.parse_args(argv)
    cases = default_cases()
    if args.case:
        cases = [case for case in cases if case[0] in args.case]
    result = run_planting(cases, quick=args.quick)
    print(f"Planted errors over {len(result.untouched)} articles: {', '.join(u.case for u in result.untouched)}\n")
    print(result.table())
    if args.list:
        print("\n## Variants\n")
        for item in result.results:
            print(("CAUGHT " if item.caught else "missed ") + item.variant.describe())
    if args.misses:
        print("\n## Missed\n")
        for item in result.misses(None if args.misses == "all" else args.misses):
            print(item.describe())
    if args.alarms:
        print("\n## False alarms\n")
        for case, claim, suggestion in result.false_alarms():
            print(f"{case}: {claim.kind.value} {claim.text!r}: {suggestion.reason}")
    return 0


Printer = Callable[[str], None]

if __name__ == "__main__":
    sys.exit(main())
