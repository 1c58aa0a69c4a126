"""One key per voter, so a record's "Russian Federation" and an article's "Russia" are the same voter."""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources

from factdesk.base.text import fold


@cache
def _country_names() -> dict[str, str]:
    """Folded other name -> folded common name (data/country_names.tsv)."""
    data = resources.files("factdesk.claims.extract").joinpath("data", "country_names.tsv")
    table: dict[str, str] = {}
    for line in data.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            written, _, common = line.partition("\t")
            table[fold(written.strip())] = fold(common.strip())
    return table


@lru_cache(maxsize=65536)  # the same record's names are compared for every vote claim
def actor_key(actor: str) -> str:
    """The folded voter without "the", with a country's other names turned into its common one."""
    folded = fold(actor).strip()
    folded = folded.removeprefix("the ")
    return _country_names().get(folded, folded)


def known_actor_keys() -> frozenset[str]:
    """Every country name the table knows, by its key: a listed voter that is one of these is a voter."""
    return frozenset(_country_names().values()) | frozenset(_country_names())
