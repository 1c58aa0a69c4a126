"""Quantities as news writes them: sentence -> (text, value, unit) (table-driven)."""

from __future__ import annotations

import pytest
from factdesk.claims.extract import extract_claims
from factdesk.claims.model import ClaimKind


def quantities(text: str) -> list[tuple[str, float, str | None]]:
    return [
        (c.text, c.fields["value"], c.fields.get("unit")) for c in extract_claims(text) if c.kind is ClaimKind.QUANTITY
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The six-member team flew home on Sunday.", [("six-member", 6, "member")]),
        # a temperature on its scale; "m" against the number is millions, after a space metres
        ("The year averaged 14.98C, and 2°C above the old level.", [("14.98C", 14.98, "°C"), ("2°C", 2, "°C")]),
        ("The lander, 4.3 m tall, cost £12.5m to build.", [("4.3 m", 4.3, "metres"), ("£12.5m", 12_500_000, "GBP")]),
        # the base of a rate is no count; a change is claimed with its way
        ("Births fell to 6.39 per 1,000 people.", [("fell to 6.39", 6.39, None)]),
        ("Turnout was 58.6%, down from 66%.", [("58.6%", 58.6, "percent"), ("down from 66%", 66, "percent")]),
        (
            "Crude settled down 9.6%, and the unit set up 3 committees.",
            [("down 9.6%", 9.6, "percent"), ("3 committees", 3, "committees")],
        ),
        # a magnitude named before its reading: neither a thing's number nor a count of the noun after it
        (
            "A magnitude 6.8 earthquake struck, after an M 7.8 shock.",
            [("6.8", 6.8, "magnitude"), ("7.8", 7.8, "magnitude")],
        ),
        ("Ian hit Cuba as a Category 3 hurricane.", []),  # a storm's category changes: a name of its state
        # the vulgar fractions print uses
        ("The bank cut its rate to 4¾% after a 3½-hour meeting.", [("4¾%", 4.75, "percent"), ("3½-hour", 3.5, "hour")]),
        ("Users were told to drop the 10-year-old browser.", [("10-year-old", 10, "year-old")]),
        ("Thousands of fans queued outside the hall.", [("Thousands", 1000, "fans")]),
        ("The army fired dozens of rounds into the valley.", [("dozens", 12, "rounds")]),
        ("They were twice denied visas.", [("twice", 2, "times")]),
        (
            "The plan costs $4.5 billion over ten years.",
            [("$4.5 billion", 4_500_000_000, "USD"), ("over ten years", 10, "years")],
        ),
        # money in any of the ways the press writes it is in one currency; "per" counts nothing
        ("Donors pledged USD 100 billion per year.", [("USD 100 billion", 100_000_000_000, "USD")]),
        ("The fund holds 300 million euros.", [("300 million euros", 300_000_000, "EUR")]),
        ("The bank buys about 6 trillion yen a month.", [("about 6 trillion yen", 6_000_000_000_000, "JPY")]),
        ("The state spent Rs 500 crore.", [("Rs 500 crore", 5_000_000_000, "INR")]),
        (
            "They raised 5 million pounds; the bear weighed 300 pounds.",
            [("5 million pounds", 5_000_000, "GBP"), ("300 pounds", 300, "pounds")],
        ),
        ("Sales reached HK$3 billion.", [("HK$3 billion", 3_000_000_000, "HKD")]),
        ("Output grew 100 tonnes per day.", [("grew 100 tonnes", 100, "tonnes")]),
        # a change in a rate, in points; the halves and quarters central banks write; a tie-break's points
        (
            "Rates rose by a quarter of a percentage point, after 0.15 percentage points.",
            [
                ("a quarter of a percentage point", 0.25, "percentage points"),
                ("0.15 percentage points", 0.15, "percentage points"),
            ],
        ),
        (
            "The range was cut by 1/2 percentage point to 4-3/4 to 5 percent.",
            [("1/2 percentage point", 0.5, "percentage points"), ("4-3/4", 4.75, None), ("5 percent", 5, "percent")],
        ),
        ("She won the final 1-6 7-6(6) 6-1 in four hours.", [("four hours", 4, "hours")]),
        # units as tables abbreviate them
        ("The span is 984 ft long, 6 km from the port.", [("984 ft", 984, "feet"), ("6 km", 6, "kilometres")]),
        ("Loans cost 5 per cent per year.", [("5 per cent", 5, "percent")]),
        # a rule reported is no opinion: its figures are claims; a quote's "must" is the speaker's
        ("The form must be returned within twenty days.", [("twenty days", 20, "days")]),
        # a tally is the vote's, a model number is a name
        ("The resolution was adopted 14-0 after Boeing 737 flights resumed.", []),
        # amounts in words: shares, spans, ranks, and "one" where it counts
        ("Almost half of the children lacked iodine.", [("Almost half", 50, "percent")]),
        ("A quarter of citizens voted for the change.", [("A quarter", 25, "percent")]),
        ("The speech lasted nearly half an hour.", [("nearly half an hour", 0.5, "hours")]),
        ("The browser has led for nearly a decade.", [("nearly a decade", 1, "decades")]),
        (
            "It trails by a couple of points and could fall to fourth place.",
            [("a couple", 2, "points"), ("fourth place", 4, "place")],
        ),
        ("Hundreds were killed in the crush.", [("Hundreds", 100, None)]),
        ("Prices rose into the hundreds.", []),
        (
            "The army fired one shell; less than one percent of homes were hit.",
            [("one shell", 1, "shell"), ("less than one percent", 1, "percent")],
        ),
        ("One of them said no one cared, and they helped one another.", []),
        ("The photographs must be shown every ten years.", [("ten years", 10, "years")]),
        # a district's or a model's number names it
        ("Members of District 751 voted on the Boeing 737 MAX deal for 20 months.", [("20 months", 20, "months")]),
        # a row of names, each with its figure, is a table of counts
        ("Seats: PVV 37; GroenLinks-PvdA 25; VVD 24.", [("37", 37, None), ("25", 25, None), ("24", 24, None)]),
        ("Both Apollo 11 and Apollo 12 landed.", []),
        # "second" and "third" count only times and a line of firsts; a stage or a hoped-for title is none
        ("India became the third country to land there.", [("third country", 3, "country")]),
        ("He was named MVP for the second time.", [("second time", 2, "time")]),
        ("The bill passed its second reading before a third straight win.", []),
        # times of day, in minutes after midnight, where a preposition or a.m./p.m. says they are times
        ("The jets collided at about 5:47 p.m. on Tuesday.", [("about 5:47 p.m.", 1067, "time of day")]),
        ("It touched down at 18:04 Hrs. IST.", [("18:04 Hrs.", 1084, "time of day")]),
        ("SYDNEY, Saturday 23:05 UTC", []),
        # a minus sign is no hyphen: "-0.50%" is the 0.5% the press writes as "minus 0.5%"
        ("The rate will be cut to -0.50% after the 2-1 vote.", [("0.50%", 0.5, "percent")]),
        # the wire services' abbreviated scales
        ("Microsoft will buy it for $68.7 bln.", [("$68.7 bln", 68_700_000_000, "USD")]),
        # a range with a scale: both ends are figures, with the scale and the currency
        (
            "Expenses will be $94-99 billion.",
            [("$94", 94_000_000_000, "USD"), ("99 billion", 99_000_000_000, "USD")],
        ),
        # a count past the names and acronyms that describe what it counts; a model's number is no count
        ("If iodine is short you lose 13 IQ points.", [("13 IQ points", 13, "points")]),
        ("About 33,000 UAW members walked out.", [("About 33,000 UAW members", 33000, "members")]),
        (
            "The BBC has 1,200 BBC journalists and 300 Scottish staff.",
            [("1,200 BBC journalists", 1200, "journalists"), ("300 Scottish staff", 300, "staff")],
        ),
        ("Boeing's 737 MAX jets were grounded.", []),
        # an older year where a year is written is no quantity; a count of that size is
        ("The monarchy fell in 1792, and a survey of 1709 pupils followed.", [("1709 pupils", 1709, "pupils")]),
        # a figure in a quotation is still a figure a fact-checker checks
        ('"The toll would have been higher five hours earlier," he said.', [("five hours", 5, "hours")]),
    ],
)
def test_quantities_in_news(text: str, expected: list) -> None:
    assert quantities(text) == expected


def test_a_dateline_time_is_no_quantity() -> None:
    assert quantities("LONDON, 23:05 GMT — The vote was delayed by 45 minutes.") == [("45 minutes", 45, "minutes")]


def test_south_asian_amounts() -> None:
    assert quantities("The state presented a Rs 3.71 lakh crore budget, with Rs 62,009 crore for guarantees.") == [
        ("Rs 3.71 lakh crore", 3_710_000_000_000, "INR"),
        ("Rs 62,009 crore", 620_090_000_000, "INR"),
    ]


def test_an_ordinal_counts_its_noun() -> None:
    assert quantities("Cole Palmer scored in the 89th minute as Spain beat England.") == [("89th minute", 89, "minute")]


def test_a_number_that_names_a_kind_of_thing_is_no_count() -> None:
    assert quantities("He backed a two-state solution in a three-way race.") == []


def test_an_ordinal_after_a_possessive_name_is_a_count_and_a_model_number_none() -> None:
    claims = extract_claims("It was Messi's 26th match at a World Cup. Boeing's 737 MAX was grounded.")
    assert [c.text for c in claims if c.kind is ClaimKind.QUANTITY] == ["26th match"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "m" against a number is metres unless money or a counted noun says millions
        ("Duplantis cleared 6.25m to win.", {"value": 6.25, "unit": "metres"}),
        ("The wall is 4.3m tall.", {"value": 4.3, "unit": "metres"}),
        ("About 2.5m people live there.", {"value": 2_500_000, "unit": "people", "approx": "about"}),
        ("The club paid £5m for him.", {"value": 5_000_000, "unit": "GBP"}),
        # a speed, however written
        ("It hit at roughly 14,000 miles per hour.", {"value": 14_000, "unit": "mph", "approx": "roughly"}),
        ("Winds of 200 km/h hit the coast.", {"value": 200, "unit": "km/h"}),
    ],
)
def test_metres_millions_and_speeds(text: str, expected: dict) -> None:
    (quantity,) = [c for c in extract_claims(text) if c.kind is ClaimKind.QUANTITY]
    assert quantity.fields == expected


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # an age that opens its sentence: the one person the sentence before names
        ("Javier Milei won the runoff on Sunday. The 53-year-old will take office in December.", "Javier Milei"),
        # two people named there: whose age it is takes understanding the sentence, so no one's
        ("Javier Milei beat Sergio Massa on Sunday. The 53-year-old will take office in December.", None),
        # within a sentence: the last person named before it, or one named after a calling
        ("Crowds cheered as Javier Milei spoke, and the 53-year-old promised change.", "Javier Milei"),
        ("The crowd cheered the 53-year-old economist Javier Milei.", "Javier Milei"),
        # nobody named before: no one's
        ("The 53-year-old will take office in December.", None),
    ],
)
def test_whose_age_when_no_name_stands_beside_it(text: str, person: str | None) -> None:
    (age,) = [c for c in extract_claims(text) if c.kind is ClaimKind.QUANTITY and c.fields.get("unit") == "year-old"]
    assert age.fields.get("person") == person


def test_the_numbers_of_a_list_s_items_are_no_quantities() -> None:
    """ "Standings: 1. Max Verstappen 395.5 points; 2. Lewis Hamilton", "1) Ann Lee, 2) Bo Chan": item numbers,
    known by the next item's number; in a source's excerpt (read whole) as in an article's sentence."""
    from factdesk.claims.check.figure_places import figures_in

    excerpt = "Standings: 1. Max Verstappen 395.5 points; 2. Lewis Hamilton 387.5 points."
    assert [figure.written for figure in figures_in(excerpt)] == ["395.5 points", "387.5 points"]
    assert quantities("The finalists: 1) Ann Lee, with 395.5 points, 2) Bo Chan.") == [
        ("395.5 points", 395.5, "points")
    ]
    # a count after a label is still one, as is a number ending a sentence after a word
    assert [figure.written.strip() for figure in figures_in("Votes in favour: 94. The motion fell.")] == ["94"]
    assert quantities("The vote was won by 2. Then came more.") == [("2", 2, None)]


def test_a_number_spaced_in_thousands_gives_no_number_of_leading_zeros():
    """ "1 event per 203 000 years" (the SI's spaced thousands): "000" is the number's second group."""
    found = quantities("Scientists put the false alarm rate at 1 in 203 000 years.\n")
    assert not any(text.startswith("000") for text, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The sell-off wiped R169 million off the value of shares.", [("R169 million", 169e6, "ZAR")]),
        ("The rand weakened to R15.88 against the dollar.", [("weakened to R15.88", 15.88, "ZAR")]),
        ("Route R30 was closed for repairs.", []),
        ("He drove an R2 car to the meeting.", []),
    ],
)
def test_a_one_letter_currency_sign_is_money_only_before_cents_or_a_scale(text: str, found: list) -> None:
    assert quantities(text + "\n") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The committee fined Platini 80,000 euros.", [("80,000 euros", 80000, "EUR")]),
        ("He flew a Boeing 737 down Route 66.", []),
        # "won" is Korea's currency, but here the verb after a ballot measure's number
        ("Amendment 4 won 64.5 percent of the vote.", [("64.5 percent", 64.5, "percent")]),
        ("Proposition 22 passed in phase 2 of the count.", []),
    ],
    ids=["thousands-after-a-name", "a-names-number", "amendment-4-won", "proposition-and-phase"],
)
def test_a_number_with_thousands_after_a_name_is_a_quantity_not_the_names_number(text: str, found: list) -> None:
    assert quantities(text + "\n") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He amassed property estimated at Sh5.2 billion.", [("Sh5.2 billion", 5.2e9, "KES")]),
        (
            "He bought land worth an estimated 5.2 billion shillings.",
            [("an estimated 5.2 billion shillings", 5.2e9, "KES")],
        ),
        ("He earned about Sh12\n    million a year, the motion says.", [("about Sh12 million", 12e6, "KES")]),
    ],
    ids=["sign", "word", "scale-on-the-next-line"],
)
def test_kenyan_shillings_and_a_scale_on_the_next_line(text: str, found: list) -> None:
    assert quantities(text + "\n") == found
