"""Titles as the press writes them, checked against the register: sentence -> verdict and reason (table-driven).

The people and terms below are made up for the test; what matters is how a title is written.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from factdesk.claims.check import check_claims
from factdesk.claims.desk import lexicon_for
from factdesk.claims.extract import extract_claims
from factdesk.sources.index import StoreIndex
from factdesk.sources.store import load_store

STORE = """
people:
  - name: Rhea Bissett
    roles: [{title: Mayor, org: Kaluna County, from: 2024-01-02}]
  - name: Mike Vance
    roles: [{title: Mayor, org: Kaluna County, from: 2020-01-02, until: 2024-01-02}]
  - name: Jon Leigh
    roles: [{title: Chief Executive, org: Hong Kong, from: 2022-07-01}]
  - name: Cole Rainer
    roles: [{title: Actor, org: The Long Night, from: 2023-01-01}]
  - name: Niall Hart
    roles: [{title: General Secretary, org: RMT, from: 2021-05-20}]
  - name: Samir Al Hadid
    roles: [{title: COP President, org: UNFCCC, from: 2023-01-12}]
  - name: Joan Sutter
    roles:
      - {title: Deputy Secretary of Labor, org: United States, from: 2021-07-13}
      - {title: Acting Secretary of Labor, org: United States, from: 2023-03-11}
  - name: Mark Ryland
    roles:
      - {title: "Executive Director, Health Emergencies Programme", org: World Health Organization, from: 2017-11-01}
  - name: Jon Mauler
    roles: [{title: "Commander, First Coast Guard District", org: U.S. Coast Guard, from: 2022-06-01}]
  - name: Pavel Orlin
    roles: [{title: Permanent Representative to the United Nations, org: Russia, from: 2017-07-27}]
  - name: Amir Hadi
    roles: [{title: President of the United Nations General Assembly, org: United Nations, from: 2021-09-14}]
  - name: Lena Maris
    roles: [{title: Chancellor, org: Austria, from: 2022-01-10}]
  - name: Tomas Brandt
    roles: [{title: Deputy Ambassador to the United Nations, org: Germany, from: 2021-05-01}]
  - name: Ada Okoro
    roles: [{title: Acting Secretary of Health, org: Nigeria, from: 2023-02-01}]
  - name: Pia Lund
    roles: [{title: Leader of the Social Democrats, from: 2019-06-01}]
  - name: Owen Hale
    roles: [{title: Member of Parliament, org: North Dale, from: 2015-05-07}]
  - name: Mara Voss
    roles: [{title: Chancellor of the Exchequer, from: 2024-07-05}]
  - name: Ivo Marek
    roles: [{title: Minister of Defence, org: Czechia, from: 2024-09-03}]
  - name: Rui Costa Neves
    roles: [{title: Prime Minister, org: Portugal, from: 2019-01-01, until: 2024-10-01}]
  - name: Carl Ohm
    roles: [{title: head coach, org: Norway national football team, from: 2020-01-01}]
  - name: Iris Ngata
    roles: [{title: broadcaster}]
  - name: Alonso Mendieta
  - name: Dana Kiel
    roles: [{title: Chief Executive Officer, org: Northwind, from: 2010-01-01, until: 2016-12-31}]
  - name: Jan Keller
    roles: [{title: President, org: European Commission, from: 2019-12-01}]
  - name: Mila Sand
    roles: [{title: Chief Executive, org: Eastwind, from: 2018-01-01}]
  - name: Piotr Nowak
    roles: [{title: referee, org: FIFA, from: 2015-01-01}]
  - name: Ravi Menon
    roles: [{title: Judge, org: Supreme Court of India, from: 2016-01-01}]
  - name: Eva Lind
    roles: [{title: President-elect, org: Austria, from: 2024-08-20, until: 2024-12-31}]
  - name: Hugo Brandt
    roles: [{title: Chancellor, org: Austria, from: 2015-01-01, until: 2021-12-31}]
  - name: Park Min Ho
    roles: [{title: President, org: South Korea, from: 2022-05-10}]
  - name: Lee Jun-seo
    roles: [{title: Defence Minister, org: South Korea, from: 2022-05-10, until: 2024-08-01}]
  - name: Gil Amara
    roles: [{title: Prime Minister, org: Portugal, from: 2024-01-09, until: 2024-08-05}]
  - name: Ben Odero
    roles: [{title: Prime Minister, org: Kenya, from: 2008-04-17, until: 2013-04-09}]
  - name: Nia Fenn
    roles: [{title: President, org: Sinn Fein, from: 2018-02-10}]
  - name: Tove Arnell
    roles: [{title: Director, org: Regional Climate Service, from: 2020-01-01}]
  - name: Omar Quist
    roles: [{title: Chairman and Chief Executive Officer, org: Northfield Oil, from: 2017-01-01}]
  - name: Rita Moll
    roles: [{title: Acting Director, org: Statistics Bureau, from: 2024-01-15}]
  - name: Sven Dahl
    roles: [{title: President, org: United States, from: 1969-01-20, until: 1974-08-09}]
  - name: Lena Odum
    roles: [{title: Senator, org: Victoria, from: 2020-09-04}]
  - name: Remi Vasseur
    roles: [{title: Mayor, org: Grande-Synthe, from: 2001-01-01, until: 2019-07-01}]
  - name: Nora Velde
    roles: [{title: Chief Financial Officer, org: Northwind Air, from: 2017-08-01, until: 2024-08-28}]
  - name: Ines Marlo
    roles: [{title: Director of the Office of Vaccines, org: National Medicines Agency, from: 2023-01-01}]
  - name: Harald V
    roles: [{title: King, org: Norway, from: 1991-01-17}]
  - name: Tomas Amrein
    roles: [{title: Art dealer, org: "Amrein Fine Art, Zurich", from: 1977-01-01}]
  - name: Neo Dlamini
    roles:
      - {title: Leader, org: Democratic Alliance, from: 2020-11-01}
      - {title: Minister of International Relations and Cooperation, org: South Africa, from: 2024-07-03}
  - name: Ed Marsh
    roles: [{title: "Alderman, 14th Ward", org: Lakeport City Council, from: 1969-01-01}]
  - name: Karl Berg
    roles:
      - {title: Foreign Secretary, org: United Kingdom, from: 2022-09-06, until: 2024-08-28}
      - {title: Home Secretary, org: United Kingdom, from: 2024-08-28}
  - name: Sena Kovac
    roles: [{title: actress, org: Croatia, from: 2005-01-01}]
  - name: Ada Brook
    roles: [{title: MP for North Dale, org: House of Commons, from: 2024-07-04}]
  - name: Faisal bin Nawaf
    roles: [{title: Minister of Energy, org: Qatar, from: 2019-09-08}]
  - name: Lars Vik
    roles: [{title: economist, org: Georgetown University, from: 2001-01-01}]
  - name: Tao Lin
    roles: [{title: Director of the Bureau of Competition, org: Federal Trade Commission, from: 2023-01-01}]
  - name: Rob Wode
    roles: [{title: Alternate Representative for Special Political Affairs in the United Nations, org: United States,
             from: 2021-01-01}]
  - name: Helen Dixon
    roles: [{title: Data Protection Commissioner, org: Ireland, from: 2014-09-01}]
  - name: Pia Corrado
    roles: [{title: Director of the Center for Drug Evaluation and Research, org: U.S. Food and Drug Administration,
             from: 2020-01-01}]
  - name: Duke Aldous
    roles: [{title: President, org: The Football Association, from: 2006-01-01}]
  - name: Mette Holm
    roles: [{title: Commissioner for Competition, org: European Commission, from: 2019-12-01}]
  - name: Kurt Amsel
    roles: [{title: Federal Minister for Economic Affairs and Energy, org: Germany, from: 2018-03-14}]
"""

ON = dt.date(2024, 9, 1)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> StoreIndex:
    folder: Path = tmp_path_factory.mktemp("roles")
    (folder / "people.yaml").write_text(STORE, encoding="utf-8")
    return StoreIndex(load_store(folder))


def roles(index: StoreIndex, text: str) -> list[tuple[str, str]]:
    claims = extract_claims(text, lexicon_for(index.store))
    checked = zip(claims, check_claims(claims, index, ON), strict=True)
    return [(s.verdict.value, s.reason) for claim, s in checked if claim.kind.value == "role"]


@pytest.mark.parametrize(
    ("text", "verdict", "reason"),
    [
        # a nationality adjective is the country, before the title or after the name
        ("Austrian Chancellor Lena Maris welcomed the vote.", "verified", ""),
        ("Lena Maris, the Austrian chancellor, welcomed the vote.", "verified", ""),
        # the wrong country is named in the reason, with the right one
        ("Swiss Chancellor Lena Maris welcomed the vote.", "disputed", "Chancellor of Austria, not Chancellor of"),
        # a rank before the country belongs to the title
        ("Deputy German Ambassador Tomas Brandt spoke.", "verified", ""),
        ("Acting Nigerian Health Secretary Ada Okoro spoke.", "verified", ""),
        # a party of two words is whose leader it is; a party is no seat's org
        ("Social Democrat leader Pia Lund spoke.", "verified", ""),
        ("Labour lawmaker Owen Hale spoke.", "verified", ""),
        # the press's words for a kind of office fit the register's title
        ("Finance minister Mara Voss set out the budget.", "verified", ""),
        # the sentence reports the appointment: the term starts now
        ("Parliament on Friday confirmed Ivo Marek as defence minister.", "verified", "took office"),
        # a date in an aside about something else is not when the title was held
        ("Norway coach Carl Ohm, who won the cup as a player in 1998, praised the team.", "verified", ""),
        # a former office the register does not record is unknown, not wrong
        ("Owen Hale, a former intelligence chief, spoke.", "unsupported", "does not record"),
        # another person's "former" says nothing about this one
        ("Chancellor Lena Maris met former prime minister Rui Costa Neves.", "verified", ""),
        # the office the register gives, at another body: the body is wrong
        ("Dana Kiel, a former chief executive of Southwind, spoke.", "disputed", "of Northwind"),
        # "Former Portuguese ...": whose title it is, without "Former"
        ("Former Austrian chancellor Lena Maris spoke.", "disputed", "former"),
        # a nationality that begins a body's name is the body's, not the country's
        ("European Commission President Jan Keller spoke.", "verified", ""),
        ("European Council President Jan Keller spoke.", "disputed", "European Commission"),
        # a company's legal form is no part of its name
        ("Mila Sand, the chief executive of Eastwind Inc, spoke.", "verified", ""),
        # a calling in lower case after a nationality says where the person is from
        ("Polish referee Piotr Nowak took charge of the match.", "verified", ""),
        # ... but a country's name or possessive before the calling names the country's side
        ("Sweden coach Carl Ohm praised the team.", "disputed", "Norway"),
        # a judge of a supreme court is styled Justice
        ("Justice Ravi Menon wrote the judgment.", "verified", ""),
        # "former" is said as of the article's day, whatever date the sentence gives
        ("Northwind adopted the plan in January 2015 under former chief executive Dana Kiel.", "verified", ""),
        # callings a register seldom lists are unknown beside the offices it gives, not contradicted
        ("Lena Maris, the party's finance spokeswoman, spoke first.", "unsupported", "does not say"),
        ("The centrist lawmaker Lena Maris spoke first.", "unsupported", "does not say"),
        # a year decades before any office of the person's is another thing's
        ("Chancellor Lena Maris signed the accord to the alliance founded by 12 countries in 1949.", "verified", ""),
        # a day written without its year is the one nearest the article's date (next January, not last)
        ("Talks resume on Jan. 10, weeks after President-elect Eva Lind takes office.", "verified", ""),
        # "retired" and "previously" are "former" too
        ("The inquiry's chairman, retired chief executive Dana Kiel, said the report was final.", "verified", ""),
        ("Dana Kiel, previously chief executive of Northwind, joined the board.", "verified", ""),
        # a Korean family name alone is the register's person whose name it begins
        ("South Korea's parliament impeaches President Park over martial law bid", "verified", "Park Min Ho"),
        # "former" after a possessive, with the name after a comma
        ("Park's former defence minister, Lee Jun-seo, was arrested on Tuesday.", "verified", ""),
        # a month written without a year is the last one before the article's date
        ("Her predecessor, Gil Amara, became Portugal's youngest prime minister in January.", "verified", ""),
        # an aside that names the title gives the title's time
        (
            "Ben Odero lost. Odero, who served as prime minister in a unity government from 2008 to 2013, ran again.",
            "verified",
            "",
        ),
        # how a person stands is no office; a calling a register seldom lists is unknown
        ("Far-left leader Nia Fenn called for an election.", "verified", ""),
        ("Libertarian economist Lee Jun-seo won the runoff.", "unsupported", ""),
        # a party's leader may be styled its president
        ("Sinn Fein leader Nia Fenn said the change needed an election.", "verified", ""),
        # a short form the article spells out stands for the body it names, whatever its letters
        ("The Regional Climate Service (RKD) said on Tuesday. RKD Director Tove Arnell spoke.", "verified", ""),
        # one of two offices held together
        ("Northfield Oil chairman Omar Quist spoke.", "verified", ""),
        ("Chief Financial Officer Omar Quist spoke.", "disputed", ""),
        # "acting" before the body's name is the stand-in's office
        ("The report was late, acting Statistics Bureau Director Rita Moll said.", "verified", ""),
        # a plural title over a list of names, under which something happened, is that time's
        ("He served under Presidents Sven Dahl and Gerald Ford.", "verified", "speaks of that time"),
        # a senator for no party; a mayor of a town in a country
        ("Independent senator Lena Odum voted against the bill.", "verified", ""),
        ("Remi Vasseur, a former mayor of the French town of Grande-Synthe, spoke.", "verified", ""),
        # a term that ended days before the article: the title of the days the news tells of
        ("Two days ago the premier replaced her with Foreign Secretary Karl Berg.", "unsupported", "which day"),
        ("Defence Minister Lee Jun-seo spoke in parliament.", "disputed", "only until 2024-08-01"),
        # "former" while the register says the term goes on
        ("Former prime minister Rui Costa Neves will step down next month.", "disputed", "former"),
        # the article spells the body out, with a comma in its name; the register writes it short
        (
            "Members of the National Union of Rail, Maritime and Transport Workers (RMT) walked out. "
            "RMT General Secretary Niall Hart blamed ministers.",
            "verified",
            "",
        ),
        # a state's UN ambassador is its Permanent Representative; the Assembly's President at the body named
        ("Russia's U.N. Ambassador Pavel Orlin told the assembly the text would not help.", "verified", ""),
        ("General Assembly President Amir Hadi announced the result.", "verified", ""),
        # a military rank is not the post the register records
        ("Debris was found, Rear Admiral Jon Mauler told a news conference in Boston.", "unsupported", ""),
        # a surname with its particle; a stand-in's title in lower case; a body's short form inside its name
        ("COP President Samir Al Hadid spoke. Later Al Hadid said more.", "verified", ""),
        ("He sent acting Labor Secretary Joan Sutter to Detroit.", "verified", ""),
        ("Mark Ryland, executive director of the WHO Health Emergencies Programme, spoke.", "verified", ""),
        # a calling with a rank is a post: "chief scientist" is not what the register gives for the body
        ("Tove Arnell, chief scientist of the Regional Climate Service, spoke.", "disputed", "Director"),
        ("Ravi Menon, the court's registrar, read the order.", "disputed", "Judge"),
        # a king or queen without the regnal number; a stand-in's rank after a possessive; a rank is no post
        ("King Harald said the vote was fair.", "verified", "King"),
        ("Rita Moll, the bureau's acting director, spoke.", "verified", "Acting Director"),
        ("General Jon Mauler spoke in Boston.", "unsupported", ""),
        # days after a term ended, another office of its kind is not the one held then
        ("Chief Operating Officer Nora Velde signed the deal.", "disputed", "never Chief Operating Officer"),
        # "former" with a date after the term ended; a date clauses before the name may be another thing's
        ("The library, opened in 1990 by former President Sven Dahl, was full.", "verified", "that time"),
        ("The library, opened in 1990 by then-President Sven Dahl, was full.", "disputed", "only until 1974"),
        (
            "The party lost its majority for the first time since it swept to power in 2008, results showed on"
            " Sunday, forcing it to seek a partner to keep President Park Min Ho in office.",
            "unsupported",
            "read whether",
        ),
        # a demonym in apposition says where the person is from; a party's initials; a member of some council
        ("The works belonged to Tomas Amrein, a Swiss art dealer, and his sister.", "verified", ""),
        ("DA leader Neo Dlamini, 47, conceded.", "verified", ""),
        ("Foreign Minister Neo Dlamini flew to Geneva.", "verified", ""),
        ("Her ties to Ed Marsh, the city's longest-serving council member, hurt her.", "unsupported", ""),
        # a gendered form of one calling; a bare MP of the register's seat; a royal style beside an office; what
        # a person won; a body's initials with a possessive; a predecessor held the office before
        ("Croatian actor Sena Kovac won the prize.", "verified", ""),
        ("Conservative MP Ada Brook voted against.", "verified", ""),
        ("Prince Faisal bin Nawaf spoke.", "unsupported", "whether prince"),
        ("Nobel Prize-winning economist Lars Vik signed the letter.", "verified", ""),
        ("Tao Lin, director of the FTC's Bureau of Competition, said the deal was unlawful.", "verified", ""),
        ("The vote was backed by his predecessor as prime minister, Gil Amara.", "verified", "that time"),
        # the office at another body, its name written with "of", "for" and "and"
        ("Ines Marlo, director of the Center for Drug Safety and Research, spoke.", "disputed", "Office of Vaccines"),
        # a body named with whose it is: the agency's initials after a country's ("U.S. Food and Drug
        # Administration"), a country's possessive, the Union's short form for its Commission; "economy" is what
        # a ministry of economic affairs is called
        ("Pia Corrado, director of the FDA's Center for Drug Evaluation and Research, spoke.", "verified", ""),
        ("The crowd included Duke Aldous, the president of England's Football Association.", "verified", ""),
        ("EU Competition Commissioner Mette Holm blocked the merger.", "verified", ""),
        ("German Economy Minister Kurt Amsel backed the deal.", "verified", ""),
        # a deputy at a mission to the UN, as the press calls an Alternate Representative
        ("U.S. Deputy Ambassador Rob Wode said the council had failed.", "verified", ""),
    ],
)
def test_a_title_as_the_press_writes_it(index: StoreIndex, text: str, verdict: str, reason: str) -> None:
    (found, *_) = roles(index, text)
    assert found[0] == verdict, found[1]
    assert reason in found[1]


def test_former_speaks_of_both_callings_joined_by_and(index: StoreIndex) -> None:
    found = roles(index, "Jan Keller, a former human rights lawyer and chief prosecutor, spoke.")
    assert [verdict for verdict, _ in found] == ["unsupported", "unsupported"], found


def test_an_honour_is_no_office(index: StoreIndex) -> None:
    assert roles(index, "Dame Iris Ngata said she was delighted.") == []
    # an award's category is no title either
    text = "The film, which led the field with 13 nominations, also won for Cole Rainer as best supporting actor."
    assert roles(index, text) == []


def test_a_misspelt_surname_alone_is_disputed_with_the_register_spelling(index: StoreIndex) -> None:
    text = "Alonso Mendieta won the vote. Mendietta, 67, said he was grateful."
    claims = extract_claims(text, lexicon_for(index.store))
    checked = {
        c.text: s for c, s in zip(claims, check_claims(claims, index, ON), strict=True) if c.kind.value == "person"
    }
    assert checked["Alonso Mendieta"].verdict.value == "verified"
    assert checked["Mendietta"].verdict.value == "disputed" and "Alonso Mendieta" in checked["Mendietta"].reason


def test_another_person_s_former_title_says_nothing_of_this_one(index: StoreIndex) -> None:
    """ "former Chancellor Lena Maris" says nothing of "Chancellor Hugo Brandt", said as of the article's day."""
    found = roles(index, "Chancellor Hugo Brandt brought back former Chancellor Lena Maris as his adviser.")
    assert found[0][0] == "disputed" and "until 2021-12-31" in found[0][1], found


def test_a_date_in_a_later_clause_may_be_another_thing_s(index: StoreIndex) -> None:
    """ "... since its return to Chinese rule in 1997" tells when the city returned, not when the chief
    executive took office; a date before the name, in the title's own clause, still disputes it."""
    later = (
        "Chief Executive Jon Leigh told the chamber the city had done a duty left undone since its return to "
        "Chinese rule in 1997."
    )
    [(verdict, reason)] = roles(index, later)
    assert verdict == "unsupported", reason
    assert "read whether the sentence's date (in 1997) is of the title" in reason
    [(verdict, reason)] = roles(index, "In 1997, Chief Executive Jon Leigh told the chamber the city had a duty.")
    assert verdict == "disputed", reason


@pytest.mark.parametrize(
    ("name", "verdict", "reason"),
    [
        ("Rhea Bissett", "verified", "took office as Mayor of Kaluna County on 2024-01-02"),
        # the predecessor, in office in the first days of January, did not take office then
        ("Mike Vance", "disputed", "took office as Mayor of Kaluna County on 2020-01-02, not in 2024-01"),
    ],
)
def test_who_took_office_in_a_month_began_the_term_then(index: StoreIndex, name: str, verdict: str, reason: str):
    text = f"Recovery will be overseen by Kaluna County Mayor {name}, a former judge who took office in January."
    [(found, said)] = roles(index, text)
    assert found == verdict, said
    assert reason in said


def test_a_surname_with_its_particle_is_the_register_s_person_and_a_slip_in_it_a_misspelling(index: StoreIndex):
    claims = extract_claims("Al Hadid spoke first. Later Al Hadib said more.\n", lexicon_for(index.store))
    checked = zip(claims, check_claims(claims, index, ON), strict=True)
    people = [(c.text, s.verdict.value) for c, s in checked if c.kind.value == "person"]
    assert people == [("Al Hadid", "verified"), ("Al Hadib", "disputed")]


def test_a_surname_spelt_as_it_sounds_is_a_misspelling(index: StoreIndex) -> None:
    """ "Helen Dickson" where the register's one Helen is Helen Dixon: too many letters apart for a near miss."""
    claims = extract_claims("Data Protection Commissioner Helen Dickson signed the order.\n", lexicon_for(index.store))
    checked = zip(claims, check_claims(claims, index, ON), strict=True)
    people = [(c.text, s.verdict.value, s.reason) for c, s in checked if c.kind.value == "person"]
    assert people[0][1] == "disputed" and "Helen Dixon" in people[0][2], people
