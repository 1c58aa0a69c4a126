"""Write claims/extract/data/demonyms.tsv: each country's demonym and other names -> the country.

Run by hand (`python benchmarks/make_demonyms.py`, with `countryinfo` installed); the table is
package data, so factdesk needs nothing at run time. The source is countryinfo 1.0.1 (MIT), whose
data comes from the REST Countries project: "German" -> Germany, "Russian Federation" -> Russia.
"""

from __future__ import annotations

from pathlib import Path

from countryinfo import all_countries  # type: ignore[import-not-found]

DATA = Path(__file__).resolve().parents[1] / "claims" / "extract" / "data"
OUT = DATA / "demonyms.tsv"


def _given_names() -> frozenset[str]:
    lines = (DATA / "given_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def main() -> None:
    rows: dict[str, str] = {}
    given = _given_names()
    # a demonym several places share ("American") names the most populous of them
    entries = sorted(all_countries(), key=lambda entry: -(entry.population() or 0))
    for entry in entries:
        country = str(entry.name() or "").strip()
        if not country:
            continue
        country = country[:1].upper() + country[1:]
        if "," in country:  # "Palestine, State of", "Virgin Islands, British": a catalogue's form, not the press's
            continue
        for demonym in str(entry.demonym() or "").split(","):
            demonym = demonym.strip()
            if demonym and demonym != country and " " not in demonym.strip():
                rows.setdefault(demonym, country)
        for other in entry.alt_spellings() or []:
            # long forms ("Russian Federation", "Republic of Estonia"); codes and native names are left out
            # and a native name that is also a person's given name ("Dominique" for Dominica) is no country
            if (
                len(other) > 3
                and other.isascii()
                and other != country
                and other[:1].isupper()
                and other.lower() not in given
            ):
                rows.setdefault(other, country)
    lines = [
        "# Demonyms and other English names of countries -> the country, from countryinfo 1.0.1 (MIT),",
        "# whose data is REST Countries'. Made by benchmarks/make_demonyms.py; read with nationalities.tsv",
        "# (whose hand entries win). written<TAB>country",
        *(f"{written}\t{country}" for written, country in sorted(rows.items())),
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main()
