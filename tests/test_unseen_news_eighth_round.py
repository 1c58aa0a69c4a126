"""Readings of true reports nobody here wrote, and of errors planted in them (an eighth round of fixes), each
checked against a real store file."""

from __future__ import annotations

import datetime as dt

import pytest
from factdesk.claims.sentences import split_sentences

from tests.checking_helpers import checked, store_index

INDICTMENT = """
sources:
  - id: justice-release
    title: Company agrees to plead guilty and pay $1 billion
    publisher: Department of Justice
    date: 2017-01-13
    type: primary
    excerpts:
      - "Three former executives were indicted by a federal grand jury on December 7, 2016, on six counts."
      - "An indictment was also unsealed charging three executives with wire fraud and conspiracy."
"""


@pytest.mark.parametrize(("day", "verdict"), [("Dec. 7", "verified"), ("Dec. 17", "disputed")])
def test_a_date_after_a_verb_and_its_object_pronoun_in_a_long_sentence(tmp_path, day: str, verdict: str):
    """ "indicted them on Dec. 17": the pronoun between verb and date names no event, and the excerpt telling
    of the indictment scores under the bar for "about the sentence" when the sentence tells of more."""
    sentence = (
        "A federal grand jury in Detroit had returned the six-count indictment under seal when it\n"
        f"indicted them on {day}. All three are citizens of Japan.\n"
    )
    found = checked(store_index(tmp_path, INDICTMENT), sentence, dt.date(2017, 1, 13))
    assert [v for kind, v, _ in found.values() if kind == "date"] == [verdict], found


GAMES = """
sources:
  - id: committee-release
    title: City to host the 2020 Games
    publisher: Olympic Committee
    date: 2013-09-07
    type: primary
    excerpts:
      - "The Committee today elected the city as the host city of the Games of the XXXII Olympiad in 2020."
"""


def test_a_year_marked_as_the_last_one_is_not_disputed_by_one_still_to_come(tmp_path):
    sentence = "The city lost the race for the 2016 Games and last hosted the Summer Olympics in 1964.\n"
    found = checked(store_index(tmp_path, GAMES), sentence, dt.date(2013, 9, 7))
    assert "disputed" not in [v for kind, v, _ in found.values() if kind == "date"], found


CHAMBERS = """
sources:
  - id: clerk-roll-call
    title: Roll call on the debt-limit bill
    publisher: Clerk of the House
    date: 2023-05-31
    type: primary
    excerpts:
      - "On passage: 314 yeas, 117 nays."
votes:
  - id: house-passage
    body: U.S. House of Representatives
    date: 2023-05-31
    measure: H.R. 3746, Fiscal Responsibility Act of 2023
    outcome: adopted
    tally: {for: 314, against: 117}
    source: clerk-roll-call
  - id: upper-house-passage
    body: Legislative Council
    date: 2023-05-24
    measure: Amended bill passed
    outcome: adopted
    tally: {for: 22, against: 18}
    source: clerk-roll-call
"""


@pytest.mark.parametrize(("day", "verdict"), [("May 31", "verified"), ("May 30", "disputed")])
def test_a_votes_day_is_checked_against_the_record_with_its_very_tally(tmp_path, day: str, verdict: str):
    """ "The House" names one word of the body and "the bill" none of the measure, but the record with the
    sentence's very tally is the one it tells of."""
    sentence = f"The House approved the bill on {day} by 314 to 117, with more Democrats than Republicans voting yes.\n"
    found = checked(store_index(tmp_path, CHAMBERS), sentence, dt.date(2023, 6, 2))
    assert [v for kind, v, _ in found.values() if kind == "date"] == [verdict], found


def test_last_wednesday_in_a_report_of_a_wednesday_is_a_week_before(tmp_path):
    sentence = "When the Legislative Council passed its amended version last Wednesday, the 22-18 vote came late.\n"
    found = checked(store_index(tmp_path, CHAMBERS), sentence, dt.date(2023, 5, 31))
    assert [v for kind, v, _ in found.values() if kind == "date"] == ["verified"], found


BOARD = """
sources:
  - id: board-minutes
    title: Board of Supervisors minutes
    publisher: City and County
    date: 2022-11-29
    type: primary
    excerpts:
      - "The Board of Supervisors passed the equipment policy on first reading, 8-3."
  - id: daily-paper
    title: Premier to be chosen at a special session
    publisher: Daily Paper
    date: 2024-09-27
    type: secondary
    excerpts:
      - "Ishiba is expected to be nominated as premier at an extraordinary Diet session to be convened on Tuesday."
votes:
  - id: supervisors-equipment-policy
    body: Board of Supervisors
    date: 2022-11-29
    measure: Police equipment use policy
    outcome: adopted
    tally: {for: 8, against: 3}
    source: board-minutes
  - id: national-referendum
    body: National referendum (Central Referendum Commission count)
    date: 2022-06-05
    measure: Amendments to the Constitution
    outcome: adopted
    tally: {for: 6163516, against: 1490470}
    source: board-minutes
  - id: executive-board-recommendation
    body: Executive Board
    date: 2011-10-05
    measure: Recommendation that the General Conference admit the applicant as a Member State
    outcome: adopted
    tally: {for: 40, against: 4, abstain: 14}
    source: board-minutes
"""


@pytest.mark.parametrize(
    "dateline", ["SAN FRANCISCO (Nov. 30) —", "MADISON, Wis. (Nov. 30) -", "SAN FRANCISCO, Nov. 30 —"]
)
def test_a_datelines_day_in_brackets_is_the_day_the_story_was_filed(tmp_path, dateline: str):
    """ "MADISON, Wis. (Dec. 23) -": the day in brackets was taken for the vote's (and "Wis." for a sentence's end)."""
    sentence = f"{dateline} The Board of Supervisors voted 8-3 on Tuesday to pass the equipment policy.\n"
    found = checked(store_index(tmp_path, BOARD), sentence, dt.date(2022, 11, 30))
    assert sorted(v for kind, v, _ in found.values() if kind == "date") == ["verified", "verified"], found


@pytest.mark.parametrize(
    ("sentence", "on"),
    [
        (
            "Voters approved the amendments to the Constitution in the national referendum, according to results "
            "released on Monday.",
            "2022-06-06",
        ),
        (
            "The Executive Board cleared the way for Monday's vote, recommending admission by 40 votes to 4.",
            "2011-10-31",
        ),
        ("Ishiba is expected to be chosen as premier at a Diet session convening on Tuesday, Oct. 1.", "2024-09-27"),
    ],
    ids=["released-on", "a-participle-clause", "to-be-convened"],
)
def test_a_day_of_another_event_than_the_records(tmp_path, sentence: str, on: str):
    """The day results were released, the day of a vote another clause's tally is not of, the day of a session
    still to come: none is disputed by a record's or a source's day."""
    found = checked(store_index(tmp_path, BOARD), sentence + "\n", dt.date.fromisoformat(on))
    assert "disputed" not in [v for kind, v, _ in found.values() if kind == "date"], found


@pytest.mark.parametrize(("share", "verdict"), [("77.18%", "verified"), ("80.5%", "verified"), ("71%", "disputed")])
def test_a_share_of_every_ballot_is_borne_out_by_counts_for_and_against(tmp_path, share: str, verdict: str):
    """Counts for and against give 80.5% for; "77.18% of those who voted" counts blank and spoilt ballots too."""
    sentence = f"The Central Referendum Commission said {share} voted for the amendments to the Constitution.\n"
    found = checked(store_index(tmp_path, BOARD), sentence, dt.date(2022, 6, 6))
    assert [v for kind, v, _ in found.values() if kind == "vote"] == [verdict], found


TARIFFS = """
sources:
  - id: prime-minister-statement
    title: Canada responds to unjustified tariffs
    publisher: Prime Minister of Canada
    date: 2025-03-04
    type: primary
    excerpts:
      - >-
        Canada will respond by imposing 25 per cent tariffs against $155 billion worth of American goods.
        This will include immediate tariffs on goods worth $30 billion as of March 4.
"""


@pytest.mark.parametrize(("amount", "verdict"), [("C$30 billion", "verified"), ("C$35 billion", "disputed")])
def test_a_countrys_dollars_against_its_governments_bare_dollar_sign(tmp_path, amount: str, verdict: str):
    """The Canadian government's "$30 billion" is the article's "C$30 billion": the exact figure was passed over
    for another of the excerpt's, whose words stood nearer the claim's."""
    sentence = f"Ottawa responded the same day with 25 per cent counter-tariffs on {amount} of American products.\n"
    found = checked(store_index(tmp_path, TARIFFS), sentence, dt.date(2025, 3, 10))
    assert [v for text, (kind, v, _) in found.items() if kind == "quantity" and "C$" in text] == [verdict], found


REGISTER = """
sources: []
people:
  - name: Tom Tugendhat
    roles: [{title: Minister of State for Security, org: United Kingdom, from: 2022-09-06, until: 2024-07-05}]
  - name: Hina Rabbani Khar
    roles: [{title: Minister of State for Foreign Affairs, org: Pakistan, from: 2022-04-19, until: 2023-08-14}]
  - name: Joao Leao
    roles: [{title: Minister of State and Finance, org: Portugal, from: 2020-06-15, until: 2024-03-30}]
  - name: Panos Kammenos
    roles: [{title: Leader, org: Independent Greeks, from: 2012-02}]
  - name: David Seymour
    roles: [{title: Leader, org: ACT New Zealand, from: 2014-10-04}]
  - name: Peter Fraser
    roles: [{title: High Court judge, org: High Court of Justice, from: 2013-10-01}]
  - name: Eric Grubman
    roles: [{title: Executive Vice President, org: National Football League, from: 2011}]
  - name: Mike Mohring
    roles: [{title: State chairman of the CDU in Thuringia, org: CDU Thuringia, from: 2014-12-13}]
  - name: Sarah Breeden
    roles: [{title: Deputy Governor for Financial Stability, org: Bank of England, from: 2023-11-01}]
  - name: Clare Lombardelli
    roles: [{title: Deputy Governor for Monetary Policy, org: Bank of England, from: 2024-07-01}]
  - name: Tobias Billstrom
    roles: [{title: Minister for Foreign Affairs, org: Sweden, from: 2022-10-18}]
  - name: Ulf Kristersson
    roles: [{title: Prime Minister, org: Sweden, from: 2022-10-18}]
  - name: Jorge Larranaga
    roles: [{title: Senator (Partido Nacional), org: Senate of Uruguay, from: 2000-02-15}]
"""


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("Tom Tugendhat, the security minister, was knocked out next.", "verified"),
        ("Foreign Minister Hina Rabbani Khar arrived on Monday.", "disputed"),  # a junior office's holder
        ("The budget, drafted by Finance Minister Joao Leao, cut income tax.", "verified"),
        ("Panos Kammenos, the leader of the Independent Greeks, resigned as defence minister.", "verified"),
        ("ACT Party leader David Seymour, his party's only MP, was the lone dissent.", "verified"),
        ("The convictions were quashed after Mr Justice Peter Fraser found the system unreliable.", "verified"),
        ("League executive Eric Grubman said the stadium deal was sound.", "verified"),
        ("The CDU's state leader, Mike Mohring, said the party would not back him.", "verified"),
        ("Jorge Larranaga, another National Party senator, said the law opened a door to the abyss.", "verified"),
    ],
    ids=["minister-of-state-for", "great-office", "minister-of-state-and", "plural-party", "party-leader",
         "mr-justice", "league-executive", "state-leader", "another-party-senator"],
)  # fmt: skip
def test_titles_the_press_gives_offices_of_other_names(tmp_path, sentence: str, verdict: str):
    found = checked(store_index(tmp_path, REGISTER), sentence + "\n", dt.date(2023, 6, 1))
    assert [v for kind, v, _ in found.values() if kind == "role"] == [verdict], found


def test_a_title_after_a_name_and_a_comma_is_that_names_not_the_next_ones(tmp_path):
    sentence = (
        "Andrew Bailey voted with the majority, joining Sarah Breeden, the deputy governor for financial "
        "stability, Clare Lombardelli, who took over last month, and the external member Swati Dhingra.\n"
    )
    found = checked(store_index(tmp_path, REGISTER), sentence, dt.date(2024, 8, 1))
    roles = {text: v for text, (kind, v, _) in found.items() if kind == "role" and "Dhingra" not in text}
    assert roles == {"Sarah Breeden is Deputy Governor for Financial Stability": "verified"}, found


def test_an_initial_after_a_lower_case_word_before_a_common_one_ends_a_sentence(tmp_path):
    """ "wrote on X. Foreign Minister Tobias Billstrom": "X." was an initial, and "X." the minister's body."""
    sentence = "Ulf Kristersson wrote on X. Foreign Minister Tobias Billstrom called the vote a welcome step.\n"
    found = checked(store_index(tmp_path, REGISTER), sentence, dt.date(2024, 1, 24))
    assert found["Tobias Billstrom is Foreign Minister"][1] == "verified", found


@pytest.mark.parametrize(
    "text",
    ["the group founded by science fiction writer L. Ron Hubbard for multiple lifetimes.",
     "ISRO chairman S. Somanath told reporters the lander was healthy.", "It was said by J. Edgar Hoover."],
)  # fmt: skip
def test_an_initial_inside_a_name_ends_no_sentence(text: str):
    assert [s.text for s in split_sentences(text + "\n")] == [text]


COURTS = """
sources:
  - id: court-judgment
    title: Judgment of the court
    publisher: Courts and Tribunals Judiciary
    date: 2021-04-23
    type: primary
    excerpts:
      - "The appeals of three appellants are dismissed."
votes:
  - id: three-appeals
    body: Court of Appeal (Criminal Division)
    date: 2021-04-23
    measure: Appeals against conviction of Wendy Cousins, Stanley Fell and Neelam Hussain (convictions upheld as safe)
    outcome: rejected
    source: court-judgment
  - id: embryo-claims
    body: Alabama Supreme Court
    date: 2024-02-16
    measure: LePage v. Center - reversal of the trial court's dismissal of wrongful-death claims
    outcome: adopted
    source: court-judgment
"""


@pytest.mark.parametrize(
    ("sentence", "on", "verdict"),
    [
        ("The Court of Appeal upheld the convictions of Wendy Cousins, Stanley Fell and Neelam Hussain.", "2021-04-23",
         "verified"),
        ("The Court of Appeal quashed the convictions of Wendy Cousins, Stanley Fell and Neelam Hussain.", "2021-04-23",
         "disputed"),
        ("The Alabama Supreme Court reversed the dismissal of the wrongful-death claims.", "2024-02-20", "verified"),
        ("The Alabama Supreme Court upheld the dismissal of the wrongful-death claims.", "2024-02-20", "disputed"),
    ],
    ids=["upheld-convictions", "quashed-convictions", "reversed-dismissal", "upheld-dismissal"],
)  # fmt: skip
def test_a_rulings_way_read_from_a_records_appeal_or_the_dismissal_it_reverses(
    tmp_path, sentence: str, on: str, verdict: str
):
    """A record of appeals, rejected, whose brackets tell what that meant ("convictions upheld as safe"), and a
    record of a reversal of a dismissal of claims: both were read the other way round."""
    found = checked(store_index(tmp_path, COURTS), sentence + "\n", dt.date.fromisoformat(on))
    assert [v for kind, v, _ in found.values() if kind == "vote"] == [verdict], found


DECISIONS = """
sources:
  - id: agency-minutes
    title: Advisory committee meeting minutes
    publisher: Food and Drug Administration
    date: 2021-11-30
    type: primary
    excerpts:
      - "The committee voted 13 to 10 that the benefits of the drug outweigh its risks."
votes:
  - id: advisory-committee-pill
    body: Antimicrobial Drugs Advisory Committee
    date: 2021-11-30
    measure: Whether the benefits of molnupiravir outweigh its risks in high-risk adults
    outcome: adopted
    tally: {for: 13, against: 10}
    source: agency-minutes
  - id: board-confidence
    body: Board of Visitors
    date: 2021-11-29
    measure: Vote of confidence in Rector Helen Dragas
    outcome: adopted
    source: agency-minutes
  - id: national-referendum
    body: National referendum
    date: 2021-11-28
    measure: Amendments and additions to the Constitution
    outcome: adopted
    source: agency-minutes
"""


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("A panel of outside experts advising the U.S. Food and Drug Administration on Tuesday narrowly endorsed "
         "the experimental pill molnupiravir for high-risk adults.", "verified"),
        ("A panel of outside experts advising the U.S. Food and Drug Administration on Tuesday narrowly rejected "
         "the experimental pill molnupiravir for high-risk adults.", "disputed"),
        ("Minutes later the board approved a vote of confidence in Rector Helen Dragas.", "verified"),
        ("Minutes later the board rejected a vote of confidence in Rector Helen Dragas.", "disputed"),
        ("The yes side won everywhere, so voters approved the package.", "verified"),
        ("The yes side won everywhere, so voters rejected the package.", "disputed"),
        ("The measure failed after days of closed-door talks.", "disputed"),
    ],
    ids=["panel-endorsed", "panel-rejected", "confidence-approved", "confidence-rejected", "package-approved",
         "package-rejected", "the-measure-failed"],
)  # fmt: skip
def test_decisions_on_things_no_measure_noun_names(tmp_path, sentence: str, verdict: str):
    """A panel "narrowly endorsed" a pill, a board "approved a vote of confidence", voters "approved the
    package": no vote claim was read from the first two, and the package was tied to no record."""
    found = checked(store_index(tmp_path, DECISIONS), sentence + "\n", dt.date(2021, 12, 1))
    assert [v for kind, v, _ in found.values() if kind == "vote"] == [verdict], found


@pytest.mark.parametrize(
    ("excerpt", "issued", "sentence", "verdict"),
    [
        ("The storm made landfall over Guiuan at around 4:40 a.m. last Nov. 8.", "2013-12-08",
         "The storm made landfall over Guiuan before dawn on Nov. 8, 2012.", "disputed"),
        ("The storm made landfall over Guiuan at around 4:40 a.m. last Nov. 8.", "2013-12-08",
         "The storm made landfall over Guiuan before dawn on Nov. 8, 2013.", "verified"),
        ("Our fiscal year ends on June 30.", "2021-07-29",
         "The deal should close in the fiscal year that ends on June 30, 2023.", "not disputed"),
        ("Maria made landfall near Yabucoa around 1015 UTC 20 September as a category 4 hurricane.", "2019-02-14",
         "Maria made landfall near Yabucoa on Sept. 20, 2017.", "not disputed"),
    ],
    ids=["last-nov-8-wrong-year", "last-nov-8", "every-year", "a-late-report"],
)  # fmt: skip
def test_a_day_a_source_writes_without_its_year_is_of_the_sources_year(
    tmp_path, excerpt: str, issued: str, sentence: str, verdict: str
):
    """ "last Nov. 8" in a report of December 2013 bore out "Nov. 8, 2012": a day without its year agreed with
    any year. It is of the report's year now, unless it recurs or the report came months later."""
    store = f"""
sources:
  - id: report
    title: Report
    publisher: Agency
    date: {issued}
    type: secondary
    excerpts: ["{excerpt}"]
"""
    found = checked(store_index(tmp_path, store), sentence + "\n", dt.date(2024, 1, 1))
    dates = [v for text, (kind, v, _) in found.items() if kind == "date" and any(ch.isdigit() for ch in text)]
    assert dates and (dates == [verdict] if verdict != "not disputed" else "disputed" not in dates), found


RATES = """
sources:
  - id: central-bank-release
    title: Key rate raised to 20%
    publisher: Central Bank
    date: 2022-02-28
    type: primary
    excerpts:
      - "The central bank on Monday raised its key interest rate to 20% from 9.5%."
"""
TARGET = (
    RATES
    + """      - "The Committee sets monetary policy to meet the 2% inflation target."
"""
)


@pytest.mark.parametrize(
    ("store", "sentence", "verdict"),
    [
        (
            RATES,
            "The central bank raised its key interest rate on Monday; inflation is twice its 4% target.",
            "not disputed",
        ),
        (TARGET, "Inflation fell back to the central bank's 2% inflation target in May.", "verified"),
        (TARGET, "Inflation fell back to the central bank's 4% inflation target in May.", "disputed"),
    ],
    ids=["a-target-against-a-rate", "a-target-against-a-target", "a-wrong-target"],
)
def test_a_figure_set_as_a_target_stands_only_where_a_target_does(tmp_path, store: str, sentence: str, verdict: str):
    """ "the central bank's 4% target" was disputed with the bank's 20% key rate."""
    found = checked(store_index(tmp_path, store), sentence + "\n", dt.date(2022, 2, 28))
    targets = [v for text, (kind, v, _) in found.items() if kind == "quantity" and text.startswith(("4%", "2%"))]
    assert targets and (targets == [verdict] if verdict != "not disputed" else "disputed" not in targets), found


RULING = """
sources:
  - id: opinion
    title: Harrington v. Purdue Pharma L. P.
    publisher: Supreme Court of the United States
    date: 2024-06-27
    type: primary
    excerpts:
      - "The bankruptcy code does not authorize a release and injunction that effectively seeks to discharge claims."
votes:
  - id: releases-case
    body: Supreme Court of the United States
    date: 2024-06-27
    measure: Whether the plan may release the Sackler family from opioid claims without the claimants' consent
    outcome: rejected
    tally: {for: 4, against: 5}
    positions: {Neil Gorsuch: against, Clarence Thomas: against, Brett Kavanaugh: for, Elena Kagan: for}
    source: opinion
"""


@pytest.mark.parametrize(
    ("sentence", "verdicts"),
    [
        ("The Supreme Court on Thursday sided with the opioid victims, ruling 5-4 on the releases.", ["verified"]),
        ("The Supreme Court on Thursday sided with the opioid victims, ruling 6-3 on the releases.", ["disputed"]),
        (
            "Justice Brett Kavanaugh wrote the principal dissent, joined by Justice Elena Kagan.",
            ["verified", "verified"],
        ),
        ("Justice Neil Gorsuch wrote the principal dissent, joined by Justice Elena Kagan.", ["disputed", "verified"]),
    ],
    ids=["the-split", "a-wrong-split", "the-dissenters", "a-majority-justice-as-dissenter"],
)
def test_a_ruling_told_by_its_majority_and_dissent_against_a_record_worded_the_other_way(
    tmp_path, sentence: str, verdicts: list[str]
):
    """The record words the case as the question the court said no to (rejected 4-5, the dissenters "for"): "ruling
    5-4" was disputed as an adoption the other way round, and each dissenter as voting for the measure."""
    found = checked(store_index(tmp_path, RULING), sentence + "\n", dt.date(2024, 6, 27))
    assert [v for kind, v, _ in found.values() if kind == "vote"] == verdicts, found


AMENDMENT = """
sources:
  - id: chamber-gazette
    title: Electricity reform rejected
    publisher: Chamber of Deputies
    date: 2022-04-17
    type: primary
    excerpts:
      - "With 275 votes in favour, 223 against and no abstentions, the reform did not reach the two-thirds required."
votes:
  - id: electricity-amendment
    body: Chamber of Deputies
    date: 2022-04-17
    measure: Constitutional amendment on the electricity industry
    outcome: rejected
    tally: {for: 275, against: 223}
    source: chamber-gazette
"""


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("The Chamber of Deputies amendment on the electricity industry received 275 votes in favor and 223 against.",
         "verified"),
        ("The Chamber of Deputies approved the amendment on the electricity industry by 275 votes to 223.",
         "disputed"),
    ],
    ids=["counts-alone", "an-approval-told"],
)  # fmt: skip
def test_counts_short_of_a_supermajority_are_no_adoption_the_article_claims(tmp_path, sentence: str, verdict: str):
    """ "received 275 votes in favor and 223 against" was read as an adoption, and disputed against the record of
    an amendment that needed two-thirds; the article told no outcome, only counts the record bears out."""
    found = checked(store_index(tmp_path, AMENDMENT), sentence + "\n", dt.date(2022, 4, 18))
    assert [v for kind, v, _ in found.values() if kind == "vote"] == [verdict], found


SETTLEMENT = """
sources:
  - id: court-release
    title: Acordo com a Vale é homologado
    publisher: Tribunal de Justiça de Minas Gerais
    date: 2021-02-04
    type: primary
    excerpts:
      - "As autoridades haviam pedido pagamento por parte da Vale de 54,6 bilhões de reais em danos morais coletivos."
      - "Outros R$ 44,636 bilhões foram registrados como perdas após revisão no valor de ativos."
"""


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("The authorities had asked for Vale to pay R$54.6 billion in collective moral damages.", "not disputed"),
        ("The authorities had asked for Vale to pay R$56.4 billion in collective moral damages.", "disputed"),
        ("A further R$44.636 billion was booked as losses after the assets were revalued.", "not disputed"),
        ("A further R$44.663 billion was booked as losses after the assets were revalued.", "disputed"),
    ],
    ids=["bilhoes-de-reais", "bilhoes-de-reais-wrong", "decimal-comma-before-bilhoes", "decimal-comma-wrong"],
)
def test_amounts_a_source_writes_with_another_languages_scale_word(tmp_path, sentence: str, verdict: str):
    """ "54,6 bilhões de reais" and "R$ 44,636 bilhões" in a Brazilian court's release gave no figure: the
    article's R$54.6 billion went unchecked, and so did a planted R$56.4 billion."""
    found = checked(store_index(tmp_path, SETTLEMENT), sentence + "\n", dt.date(2021, 2, 4))
    amounts = [v for text, (kind, v, _) in found.items() if kind == "quantity" and text.startswith("R$")]
    assert amounts == ["disputed"] if verdict == "disputed" else amounts and "disputed" not in amounts, found
