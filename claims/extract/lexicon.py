"""The words extraction leans on: titles, nationalities, places and given names.

Built-in lists cover common news usage; `Lexicon.with_register` adds every
title and given name from the store's register, so a newsroom teaches the
extractor its own beat by writing the register.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property

# Titles as they stand before a name or after it in apposition. Longer ones are
# matched first; "Minister of <Portfolio>" is matched by a pattern in roles.py.
TITLES = """
President; Vice President; President-elect; Prime Minister; Deputy Prime Minister; Chancellor;
Defense Minister; Defence Minister; Foreign Minister; Finance Minister; Interior Minister;
Justice Minister; Health Minister; Economy Minister; Energy Minister; Education Minister;
Minister; Deputy Minister; Foreign Secretary; Home Secretary; Secretary of State; Secretary of Defense;
Defense Secretary; Treasury Secretary; Secretary-General; Secretary General; Under-Secretary-General;
Attorney General; Press Secretary; Chief of Staff; National Security Advisor; National Security Adviser;
Security Advisor; Ambassador; Envoy; Special Envoy; Spokesperson; Spokesman; Spokeswoman;
Senator; Sen.; Representative; Rep.; Congressman; Congresswoman; Governor; Gov.; Mayor; Speaker;
Chairman; Chairwoman; Chair; Chief Executive; CEO; Director; Director-General; Director General;
Commissioner; High Commissioner; Judge; Justice; Chief Justice; General; Gen.; Lt. Gen.; Major General;
Brigadier General; Admiral; Colonel; Col.; Commander; Chief; Army Chief; King; Queen; Crown Prince;
Prince; Princess; Emir; Sheikh; Pope; Archbishop; Opposition Leader; Leader; Supreme Leader;
Member of Parliament; MP; Lawmaker; Premier; Foreign Affairs Minister; Mr.; Mrs.; Ms.; Dr.;
Senate Majority Leader; Senate Minority Leader; Majority Leader; Minority Leader; House Speaker;
Majority Whip; Minority Whip; Party Leader; Head of State; Police Chief; Central Bank Governor
"""

# Honorifics mark a person but are not roles worth a claim.
HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "leader", "chief"})

NATIONALITIES = {
    "Israeli": "Israel",
    "Israel's": "Israel",
    "US": "United States",
    "U.S.": "United States",
    "American": "United States",
    "America's": "United States",
    "United States": "United States",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "British": "United Kingdom",
    "Britain's": "United Kingdom",
    "French": "France",
    "France's": "France",
    "German": "Germany",
    "Germany's": "Germany",
    "Russian": "Russia",
    "Russia's": "Russia",
    "Chinese": "China",
    "China's": "China",
    "Ukrainian": "Ukraine",
    "Ukraine's": "Ukraine",
    "Palestinian": "Palestine",
    "Egyptian": "Egypt",
    "Egypt's": "Egypt",
    "Qatari": "Qatar",
    "Qatar's": "Qatar",
    "Saudi": "Saudi Arabia",
    "Iranian": "Iran",
    "Iran's": "Iran",
    "Turkish": "Turkey",
    "Turkey's": "Turkey",
    "Indian": "India",
    "India's": "India",
    "Japanese": "Japan",
    "Japan's": "Japan",
    "Canadian": "Canada",
    "Canada's": "Canada",
    "Australian": "Australia",
    "Australia's": "Australia",
    "Italian": "Italy",
    "Italy's": "Italy",
    "Spanish": "Spain",
    "Spain's": "Spain",
    "Polish": "Poland",
    "Poland's": "Poland",
    "Dutch": "Netherlands",
    "Swedish": "Sweden",
    "Norwegian": "Norway",
    "Finnish": "Finland",
    "Danish": "Denmark",
    "Brazilian": "Brazil",
    "Brazil's": "Brazil",
    "Mexican": "Mexico",
    "Mexico's": "Mexico",
    "Jordanian": "Jordan",
    "Jordan's": "Jordan",
    "Lebanese": "Lebanon",
    "Syrian": "Syria",
    "Iraqi": "Iraq",
    "Emirati": "United Arab Emirates",
    "South African": "South Africa",
    "Nigerian": "Nigeria",
    "Kenyan": "Kenya",
    "Korean": "Korea",
    "South Korean": "South Korea",
    "North Korean": "North Korea",
    "Irish": "Ireland",
    "Greek": "Greece",
    "Belgian": "Belgium",
    "Austrian": "Austria",
    "Swiss": "Switzerland",
    "Portuguese": "Portugal",
    "Hungarian": "Hungary",
    "Czech": "Czech Republic",
    "Romanian": "Romania",
    "Argentine": "Argentina",
    "Chilean": "Chile",
    "Colombian": "Colombia",
    "Venezuelan": "Venezuela",
    "Pakistani": "Pakistan",
    "Afghan": "Afghanistan",
    "Algerian": "Algeria",
    "Moroccan": "Morocco",
    "Tunisian": "Tunisia",
    "Libyan": "Libya",
    "Yemeni": "Yemen",
    "Sudanese": "Sudan",
    "Ethiopian": "Ethiopia",
    "EU": "European Union",
    "European": "European Union",
    "UN": "United Nations",
    "U.N.": "United Nations",
    "NATO": "NATO",
    "Belarusian": "Belarus",
    "Georgian": "Georgia",
    "Armenian": "Armenia",
    "Azerbaijani": "Azerbaijan",
    "Scottish": "Scotland",
    "Welsh": "Wales",
    "Filipino": "Philippines",
    "Indonesian": "Indonesia",
    "Vietnamese": "Vietnam",
    "Thai": "Thailand",
    "Taiwanese": "Taiwan",
    "New Zealand": "New Zealand",
    "White House": "United States",
    "Kremlin": "Russia",
    "state": None,
    "federal": None,
}

COUNTRIES = {
    "Israel",
    "United States",
    "America",
    "United Kingdom",
    "Britain",
    "France",
    "Germany",
    "Russia",
    "China",
    "Ukraine",
    "Palestine",
    "Egypt",
    "Qatar",
    "Saudi Arabia",
    "Iran",
    "Turkey",
    "India",
    "Japan",
    "Canada",
    "Australia",
    "Italy",
    "Spain",
    "Poland",
    "Netherlands",
    "Sweden",
    "Norway",
    "Finland",
    "Denmark",
    "Brazil",
    "Mexico",
    "Jordan",
    "Lebanon",
    "Syria",
    "Iraq",
    "United Arab Emirates",
    "South Africa",
    "Nigeria",
    "Kenya",
    "Korea",
    "South Korea",
    "North Korea",
    "Ireland",
    "Greece",
    "Belgium",
    "Austria",
    "Switzerland",
    "Portugal",
    "Hungary",
    "Romania",
    "Argentina",
    "Chile",
    "Colombia",
    "Venezuela",
    "Pakistan",
    "Afghanistan",
    "Algeria",
    "Morocco",
    "Tunisia",
    "Libya",
    "Yemen",
    "Sudan",
    "Ethiopia",
    "Belarus",
    "Georgia",
    "Armenia",
    "Azerbaijan",
    "Indonesia",
    "Vietnam",
    "Thailand",
    "Taiwan",
    "New Zealand",
    "Malta",
    "Slovenia",
    "Ecuador",
    "Mozambique",
    "Guyana",
    "Sierra Leone",
    "US",
    "U.S.",
    "UK",
    "U.K.",
    "EU",
    "Gaza",
    "West Bank",
    "Rafah",
    "Washington",
    "Jerusalem",
    "Tel Aviv",
    "Moscow",
    "Beijing",
    "London",
    "Paris",
    "Berlin",
    "Brussels",
    "Kyiv",
    "Kiev",
    "Cairo",
    "Doha",
    "Tehran",
    "Ankara",
    "Tokyo",
    "New York",
    "Geneva",
    "Hamas",
    "Hezbollah",
    "Europe",
    "Africa",
    "Asia",
    "Middle East",
    "Ramadan",
    "Congress",
}

# A capitalised phrase with one of these words names an organisation or place, not a person.
ORGANISATION_WORDS = frozenset(
    """Council Assembly Senate House Parliament Congress Committee Commission Court Ministry Department
    Office Agency Authority Bank Fund Union Nations States Kingdom Republic Party Forces Army Navy Air
    Police Government Administration University College School Institute Foundation Center Centre
    Association Organization Organisation Corporation Company Group Council Cabinet Knesset Bundestag
    Duma Commons Lords Board Bureau Service Services Press News Times Post Journal Agency Hospital
    Church Mosque Strip Bank Sea River Ocean Street Square Area Region Province City County District
    Conflict War Developments Relationships Tensions Look Latest Reply Security Affairs Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Coalition Alliance Movement Front Brigade Brigades Airport
    Palace Ministry's Council's Street""".split()
)

SPEECH_VERBS = frozenset(
    """said says told added stated argued insisted warned announced declared wrote noted explained
    asked replied claimed confirmed denied tweeted posted""".split()
)

# Common given names across the regions news covers; the register adds its own.
GIVEN_NAMES = frozenset(
    """aaron abdel abdul abdullah abu adam adrian ahmed ahmad ali alan alex alexander alexandra alexei
    alice alicia amir amy ana andrea andrew angela ann anna anne annalena anthony antonio antony ashraf
    avi ayman barack ben benjamin benny bernie bill boris brian bruce carl carlos caroline catherine
    charles chris christian christine christopher chuck claire daniel david deborah dmitry donald ed
    edward elena elizabeth ellen emily emma emmanuel eric erdogan evan fatima francois frank gabriel
    gary george gideon giorgia hakan hassan heather helen henry hillary hussein ian ibrahim ilhan isaac
    ismail itamar ivan jack jake james jane janet jared jean jeff jennifer jens jerome jessica jill jim
    joe john johnson jonathan jose joseph josep joshua juan julia justin kamala karen karine kate
    katherine keir kevin khalil kim kristi lara laura linda lindsey lisa lloyd liz louis mahmoud marco
    maria marie mark martin mary matthew max maxim michael michel mike mohamed mohammed mohammad muhammad
    nancy naftali nasser natalie nicholas nick nikki olaf olena omar oren pablo patrick paul pedro peter
    petr philip pierre rachel rafael ramzi recep rishi robert roger ron ronald rosa sam samantha samuel
    sara sarah scott sean sergei sergey shimon simon stephen steve steven susan tamar thomas tim tom
    tony ursula valentina victor viktor vladimir volodymyr william xi yahya yair yasser yitzhak yoav
    yossi youssef yuri zelensky benjamin tzachi tzahi tzaji gilad gadi bezalel smotrich isaac herzog
    avigdor moshe dan dana eli efraim ehud ariel shaul amos""".split()
)

FURNITURE_LINES = frozenset(
    """leave a reply|leave a comment|share this|share this article|related|related articles|read more|
    advertisement|subscribe|sign up|comments|click here|follow us|newsletter|you may also like|
    skip to content|menu|search|print|email|cancel reply|post comment|more stories|trending""".replace("\n", "").split(
        "|"
    )
)

# Searched in lower-cased text: a case-blind regex is three times slower.
OPINION_MARKERS = re.compile(
    r"\b(?:in conclusion|it is (?:essential|important|crucial|vital|clear|imperative)|"
    r"(?:underscores|highlights|shows|reflects|illustrates) how|should|ought to|must|"
    r"i (?:think|believe|feel)|we (?:think|believe|must)|in my view|arguably|perhaps|"
    r"it remains to be seen|only time will tell|remains to be seen)\b"
)


def _title_list(raw: str) -> list[str]:
    return [title.strip() for title in raw.replace("\n", " ").split(";") if title.strip()]


@dataclass(frozen=True)
class Lexicon:
    """Titles (matched case-insensitively), given names and register spellings known to extraction."""

    titles: tuple[str, ...] = field(default_factory=lambda: tuple(_title_list(TITLES)))
    given_names: frozenset[str] = GIVEN_NAMES
    known_names: frozenset[str] = frozenset()

    def with_register(self, titles: Iterable[str], names: Iterable[str]) -> Lexicon:
        """A lexicon that also knows the register's titles and every person's spellings."""
        names = [name for name in names if name.strip()]
        given = {name.split()[0].lower() for name in names if " " in name.strip()}
        merged = dict.fromkeys([*self.titles, *(title.strip() for title in titles if title.strip())])
        return Lexicon(
            titles=tuple(merged),
            given_names=self.given_names | given,
            known_names=self.known_names | frozenset(names),
        )

    def title_pattern(self) -> str:
        """A regex alternation of every title, longest first, spaces flexible."""
        return self._title_pattern

    @cached_property
    def _title_pattern(self) -> str:
        # Built once per lexicon: the same string object also lets re's cache find its compiled patterns fast.
        ordered = sorted(set(self.titles), key=len, reverse=True)
        return "|".join(re.escape(title).replace(r"\ ", r"\s+") for title in ordered)


@cache
def default_lexicon() -> Lexicon:
    """The built-in lexicon, made once per process."""
    return Lexicon()


# Words that continue a "Minister of ..." portfolio and never belong to a person's name.
PORTFOLIO_WORDS = frozenset(
    """Strategic Affairs Defense Defence Foreign Finance Interior Justice Health Economy Economic Energy
    Education State Treasury Labor Labour Agriculture Transport Transportation Culture Environment Trade
    Commerce Housing Homeland Security National Public Social Welfare Development Tourism Communications
    Science Technology Industry Infrastructure Immigration Integration Diaspora Intelligence Heritage Sport
    Sports Youth Women Water Resources Natural Planning Regional Cooperation Internal External International
    Religious Services Information Digital Innovation Budget War Veterans Home Office Cabinet Government
    Relations Equality Climate Change Food Rural Fisheries Mines Mining Oil Petroleum Gas Electricity Power
    Telecommunications Construction Settlement Family Children Pensions Work Employment Staff Legal
    Management Operations Policy Research Armed Forces Army Navy Joint Chiefs""".split()
)

# Capitalised words that start sentences or headlines but never start a name.
COMMON_CAPITALISED = frozenset(
    """A An The After Before However In On At But And Or Meanwhile While When Where This That These
    Those It He She They We I His Her Their Its Our As For With Without Following Under Over Between
    Among Despite During If Since Although Though Last Next Earlier Later Former Then Now Both Some Many
    Several Such Also Yet So Still Even Today Yesterday Tomorrow According To From By Of Not No Only
    Why How What Who Which Whose Sources Officials Critics Analysts Residents Speaking Asked Leave Reply
    New Top Senior Acting Interim Outgoing Incoming Late Deputy Mr Mrs Ms One Two Three Four Five Six Seven
    Eight Nine Ten Dozens Hundreds Thousands Millions Every Each All Most See""".split()
)
