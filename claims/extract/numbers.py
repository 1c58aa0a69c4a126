"""Number words and numerals as news copy writes them: "14", "1,200", "2.5", "six", "twenty-five", "none"."""

from __future__ import annotations

import re

UNITS = {
    "zero": 0,
    "none": 0,
    "no": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
    "a dozen": 12,
    "half": 0.5,
}
SCALES = {
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "m": 1_000_000,
    "bn": 1_000_000_000,
    "bln": 1_000_000_000,  # "$68.7 bln", "5 mln", "1.2 trln": the wire services' abbreviations
    "mln": 1_000_000,
    "trln": 1_000_000_000_000,
    "tn": 1_000_000_000_000,
    "k": 1_000,
    "b": 1_000_000_000,  # "$19.4B", "$5T": read only after a currency sign
    "t": 1_000_000_000_000,
    "mn": 1_000_000,
    "lakh": 100_000,  # South Asian numbering: a lakh is 100,000, a crore 10 million
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}

NUMBER_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|hundred|a\s+dozen|dozen)"
)
NUMERAL = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
NUMBER = rf"(?:{NUMERAL}|(?i:\b{NUMBER_WORD}\b))"
# "5-1/4 percent", "1/2 percentage point": the eighths, quarters and halves of rates as central banks
# write them ("24/7" and "9/11" are no fractions)
FRACTION = r"(?:(?:\d{1,2}-)?[1-7]/[248](?![\d/])|\d{0,3}[¼½¾⅛⅜⅝⅞])"
# "4¾%", "3½-hour": the vulgar fractions print and wire copy use
_VULGAR = {"¼": 0.25, "½": 0.5, "¾": 0.75, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}


def number_value(written: str) -> float | None:
    """The value of a numeral or number word; None if it is neither."""
    written = written.strip().lower()
    if written[-1:] in _VULGAR and (written[:-1].isdigit() or not written[:-1]):
        return int(written[:-1] or 0) + _VULGAR[written[-1]]
    fraction = re.fullmatch(r"(?:(\d{1,2})-)?(\d)/(\d)", written)
    if fraction:
        return int(fraction[1] or 0) + int(fraction[2]) / int(fraction[3])
    if re.fullmatch(NUMERAL, written):
        return float(written.replace(",", ""))
    written = re.sub(r"\s+", " ", written)
    if written in UNITS:
        return float(UNITS[written])
    parts = re.split(r"[-\s]", written)
    if len(parts) == 2 and parts[0] in UNITS and parts[1] in UNITS:
        return float(UNITS[parts[0]] + UNITS[parts[1]])
    return None


def tidy(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value
